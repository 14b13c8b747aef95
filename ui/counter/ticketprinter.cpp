#include "counter/ticketprinter.h"

#include "counter/qrcode.h"
#include "display.h"
#include "gate/gate.h"
#include "money/money.h"

#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtGui/QFontDatabase>
#include <QtGui/QFontMetricsF>
#include <QtGui/QGlyphRun>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPdfWriter>
#include <QtGui/QRawFont>
#include <QtGui/QTextLayout>

#include <algorithm>

namespace boxoffice {

namespace {

// Latin first (digits, "Order", "Row"), then Thai (and ฿, which Noto Sans
// lacks). Files of Debian's fonts-noto-core.
const QString kLatinFamily = QStringLiteral("Noto Sans");
const QString kThaiFamily = QStringLiteral("Noto Sans Thai");
const char *const kFontFolder = "/usr/share/fonts/truetype/noto/";
const char *const kFontFiles[]
    = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"};

QFont printFont(int pixelSize, bool bold)
{
    QFont font;
    font.setFamilies({kLatinFamily, kThaiFamily});
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// Draws text where readers extract exactly what was written (see the class
// comment): the shaped outlines, filled, and over them the same characters
// as invisible glyphs, one per character, from the fonts' character maps.
class TextPainter
{
public:
    TextPainter(QPainter &painter, QPaintDevice *device) : m_p(painter), m_device(device) { }

    // Lays text out in width, at most maxLines lines, the last one ending in
    // "…" if the text is longer; draws it with its top left at topLeft
    // (right-aligned: its right edge at topLeft.x() + width) and returns the
    // rectangle it took.
    QRect draw(const QString &text, const QFont &font, QPoint topLeft, int width, int maxLines,
        Qt::Alignment align = Qt::AlignLeft)
    {
        const QFontMetricsF fm(font, m_device);
        const QStringList lines = wrap(text, font, width, maxLines);
        qreal widest = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const qreal w = fm.horizontalAdvance(lines.at(i));
            widest = std::max(widest, w);
            const qreal x = align & Qt::AlignRight ? topLeft.x() + width - w : topLeft.x();
            drawLine(QPointF(x, topLeft.y() + fm.ascent() + i * fm.lineSpacing()), font, lines.at(i));
        }
        const int w = std::min(width, int(std::ceil(widest)));
        const int left = align & Qt::AlignRight ? topLeft.x() + width - w : topLeft.x();
        return QRect(left, topLeft.y(), w, int(std::ceil(fm.lineSpacing() * qreal(lines.size()))));
    }

    // The height draw() would take.
    int height(const QString &text, const QFont &font, int width, int maxLines) const
    {
        const QFontMetricsF fm(font, m_device);
        return int(std::ceil(fm.lineSpacing() * qreal(wrap(text, font, width, maxLines).size())));
    }

private:
    QStringList wrap(const QString &text, const QFont &font, int width, int maxLines) const
    {
        QTextLayout layout(text, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QStringList lines;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (lines.size() == maxLines - 1) {
                // The last line allowed: the rest of the text, shortened.
                const QString rest = text.mid(line.textStart()).trimmed();
                lines << QFontMetricsF(font, m_device).elidedText(rest, Qt::ElideRight, width);
                break;
            }
            lines << text.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        if (lines.isEmpty())
            lines << QString();
        return lines;
    }

    void drawLine(QPointF baseline, const QFont &font, const QString &line)
    {
        if (line.isEmpty())
            return;
        QPainterPath outlines;
        outlines.addText(baseline, font, line);
        m_p.fillPath(outlines, m_p.pen().color());

        const QList<QRawFont> fonts = rawFonts(font);
        QList<QGlyphRun> runs;
        QList<quint32> glyphs;
        QList<QPointF> positions;
        qsizetype runFont = -1;
        auto flush = [&] {
            if (runFont >= 0 && !glyphs.isEmpty()) {
                QGlyphRun run;
                run.setRawFont(fonts.at(runFont));
                run.setGlyphIndexes(glyphs);
                run.setPositions(positions);
                runs << run;
            }
            glyphs.clear();
            positions.clear();
        };
        qreal x = baseline.x();
        for (const char32_t c : line.toUcs4()) {
            qsizetype f = 0;
            while (f + 1 < fonts.size() && !fonts.at(f).supportsCharacter(c))
                ++f;
            if (f != runFont) {
                flush();
                runFont = f;
            }
            // The character map's glyph, unshaped: it maps back to c.
            const QList<quint32> glyph = fonts.at(f).glyphIndexesForString(QString::fromUcs4(&c, 1));
            if (glyph.isEmpty())
                continue;
            glyphs << glyph.constFirst();
            positions << QPointF(x, baseline.y());
            // Marks advance by nothing, so they stay with their base letter.
            x += fonts.at(f).advancesForGlyphIndexes({glyph.constFirst()}).value(0).x();
        }
        flush();
        m_p.save();
        m_p.setPen(QColor(0, 0, 0, 0));
        for (const QGlyphRun &run : std::as_const(runs))
            m_p.drawGlyphRun(QPointF(), run);
        m_p.restore();
    }

    QList<QRawFont> rawFonts(const QFont &font)
    {
        const QString key = QStringLiteral("%1/%2").arg(font.pixelSize()).arg(font.bold());
        auto it = m_raw.find(key);
        if (it == m_raw.end()) {
            QList<QRawFont> list;
            for (const QString &family : {kLatinFamily, kThaiFamily}) {
                QFont f(family);
                f.setPixelSize(font.pixelSize());
                f.setBold(font.bold());
                list << QRawFont::fromFont(f);
            }
            it = m_raw.insert(key, list);
        }
        return *it;
    }

    QPainter &m_p;
    QPaintDevice *m_device;
    QHash<QString, QList<QRawFont>> m_raw;
};

QString seatPlace(const SeatRef &seat)
{
    QStringList parts;
    if (!seat.section.isEmpty())
        parts << TicketPrinter::tr("Section %1").arg(seat.section);
    if (!seat.row.isEmpty())
        parts << TicketPrinter::tr("Row %1").arg(seat.row);
    parts << TicketPrinter::tr("Seat %1").arg(seat.number > 0 ? QString::number(seat.number) : seat.label);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString TicketPrinter::ticketCode(const Order &order, const SeatRef &seat)
{
    Q_UNUSED(order)
    // The code alone: nothing a forger could make from ids (docs/GATE.md).
    return seat.ticketCode;
}

bool TicketPrinter::loadFonts(QString *error)
{
    static bool loaded = false;
    static QString problem;
    if (!loaded) {
        loaded = true;
        for (const char *file : kFontFiles) {
            const QString path = QString::fromLatin1(kFontFolder) + QString::fromLatin1(file);
            if (QFile::exists(path) && QFontDatabase::addApplicationFont(path) >= 0)
                continue;
            problem = tr("The ticket font %1 is missing (Debian package fonts-noto-core; scripts/install-deps.sh "
                         "installs it). Tickets are not printed without it.")
                          .arg(path);
            qCritical("%s", qPrintable(problem));
            break;
        }
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}

QList<PrintedPage> TicketPrinter::paint(QPagedPaintDevice &device, const TicketJob &job)
{
    loadFonts();
    QList<PrintedPage> printed;
    QPainter p(&device);
    p.setPen(Qt::black);
    TextPainter text(p, &device);
    const QLocale locale;
    const Order &order = job.order;
    const QRect page = p.viewport();
    const int margin = page.width() / 20;
    const QRect area = page.adjusted(margin, margin, -margin, -margin);
    const QFont title = printFont(std::max(12, page.height() / 32), true);
    const QFont body = printFont(std::max(9, page.height() / 58), false);
    const QFont bold = printFont(body.pixelSize(), true);
    const int gap = body.pixelSize() / 2;
    const QString showTime = Display::venueTimeText(order.startsAt, order.timeZone, Display::TimeStyle::Long, locale);
    auto field = [](const QString &name, const QString &value) { return tr("%1: %2").arg(name, value); };

    // Receipt: one column of fields, then the seats and amounts as lines
    // with the amount on the right; a new page when the next does not fit.
    printed << PrintedPage {page, {}, {}};
    int y = area.top();
    auto fits = [&](int height) {
        if (y + height <= area.bottom())
            return;
        device.newPage();
        printed << PrintedPage {page, {}, {}};
        y = area.top();
    };
    auto block = [&](const QString &s, const QFont &font, int maxLines) {
        fits(text.height(s, font, area.width(), maxLines));
        printed.last().text << text.draw(s, font, QPoint(area.left(), y), area.width(), maxLines);
        y = printed.last().text.last().bottom() + 1;
    };
    auto amountLine = [&](const QString &left, const QString &amount, const QFont &font) {
        const int amountWidth = int(std::ceil(QFontMetricsF(font, &device).horizontalAdvance(amount))) + 1;
        const int leftWidth = area.width() - amountWidth - 2 * gap;
        fits(text.height(left, font, leftWidth, 2));
        const QRect l = text.draw(left, font, QPoint(area.left(), y), leftWidth, 2);
        const QRect r
            = text.draw(amount, font, QPoint(area.right() - amountWidth + 1, y), amountWidth, 1, Qt::AlignRight);
        printed.last().text << l << r;
        y = std::max(l.bottom(), r.bottom()) + 1;
    };
    block(tr("Receipt"), title, 1);
    y += gap;
    // One receipt per order, printed again with the same number: the order
    // number is the receipt's number.
    block(field(tr("Receipt no."), tr("%1 (order number)").arg(order.id)), bold, 1);
    block(field(tr("Sold"), Display::venueTimeText(order.createdAt, order.timeZone, Display::TimeStyle::Long, locale)),
        body, 3);
    block(field(tr("Counter"), order.terminalName), body, 2);
    if (!order.clerkName.isEmpty())
        block(field(tr("Clerk"), order.clerkName), body, 2);
    y += gap;
    block(field(tr("Show"), order.showTitle), body, 3);
    block(field(tr("Date"), showTime), body, 3);
    block(field(tr("Venue"), order.venueName), body, 2);
    const QString customer = QStringList {order.customer.name, order.customer.phone}.join(QLatin1Char(' ')).trimmed();
    if (!customer.isEmpty())
        block(field(tr("Customer"), customer), body, 3);
    y += gap;
    const bool priceTypes = std::any_of(order.seats.cbegin(), order.seats.cend(),
        [](const SeatRef &seat) { return !seat.priceType.isEmpty() && seat.priceType != QLatin1String("STANDARD"); });
    auto priceTypeName = [&job](const SeatRef &seat) {
        const QString code = seat.priceType.isEmpty() ? QStringLiteral("STANDARD") : seat.priceType;
        return job.priceTypeNames.value(code, code);
    };
    for (const SeatRef &seat : order.seats) {
        QString zone = seat.zone.isEmpty() ? QString() : QStringLiteral(" · ") + seat.zone;
        if (priceTypes)
            zone += QStringLiteral(" · ") + priceTypeName(seat);
        const QString returned = seat.returned ? tr(" (returned)") : QString();
        amountLine(seatPlace(seat) + zone + returned, formatBaht(seat.price), body);
    }
    y += gap;
    amountLine(tr("Total"), formatBaht(order.total), bold);
    if (!order.approvedBy.isEmpty())
        block(field(tr("Approved by"), tr("%1 (%2)").arg(order.approvedBy, order.approvalReason)), body, 2);
    if (order.payments.isEmpty()) {
        block(field(tr("Payment"), Display::paymentMethodText(order.paymentMethod)), body, 1);
        if (!order.paymentRef.isEmpty())
            block(field(tr("Payment reference"), order.paymentRef), body, 2);
        if (order.paymentMethod == PaymentMethod::Cash && job.tendered > Money()) {
            amountLine(tr("Tendered"), formatBaht(job.tendered), body);
            amountLine(tr("Change"), formatBaht(std::max(Money(), job.tendered - order.total)), body);
        }
    }
    // Every tender taken (split tender) and every refund given, as the
    // database recorded them: cash with what was handed over and the change.
    for (const PaymentRecord &pay : order.payments) {
        const QString method = Display::paymentMethodText(pay.method);
        const QString left = pay.refund ? tr("Refund: %1").arg(method) : field(tr("Payment"), method);
        amountLine(left, pay.refund ? formatBaht(-pay.amount) : formatBaht(pay.amount), body);
        if (!pay.reference.isEmpty())
            block(field(tr("Payment reference"), pay.reference), body, 2);
        if (pay.tendered && pay.change) {
            amountLine(tr("Tendered"), formatBaht(*pay.tendered), body);
            amountLine(tr("Change"), formatBaht(*pay.change), body);
        }
    }

    // One ticket per seat, one page each: the QR code in the top right
    // corner, the fields in the column left of it and, below it, across.
    for (const SeatRef &seat : order.seats) {
        if (seat.returned || job.receiptOnly)
            continue; // given back, or kept and not printed again: no ticket
        device.newPage();
        const int pad = area.width() / 30;
        const QRect inner = area.adjusted(pad, pad, -pad, -pad);
        const int qrSide = inner.width() / 3;
        const QRect qrRect(inner.right() - qrSide + 1, inner.top(), qrSide, qrSide);
        PrintedPage ticket {page, qrRect, {}};
        int ty = inner.top();
        auto ticketField = [&](const QString &s, const QFont &font, int maxLines) {
            const bool besideQr = ty <= qrRect.bottom() + gap;
            const int width = besideQr ? inner.width() - qrSide - 2 * gap : inner.width();
            ticket.text << text.draw(s, font, QPoint(inner.left(), ty), width, maxLines);
            ty = ticket.text.last().bottom() + 1 + gap / 2;
        };
        ticketField(order.showTitle, title, 2);
        ty += gap;
        ticketField(showTime, bold, 3);
        ticketField(field(tr("Venue"), order.venueName), body, 2);
        ticketField(seatPlace(seat), bold, 2);
        if (!seat.zone.isEmpty())
            ticketField(field(tr("Zone"), seat.zone), body, 1);
        if (priceTypes)
            ticketField(field(tr("Price type"), priceTypeName(seat)), body, 1);
        if (!order.customer.name.isEmpty())
            ticketField(field(tr("Customer"), order.customer.name), body, 2);
        ticketField(field(tr("Price"), formatBaht(seat.price)), body, 1);
        ticketField(tr("Order #%1 · %2").arg(order.id).arg(seat.label), body, 1);
        // The short code, typed at the gate when the QR code will not scan.
        const QString entry = ticketCode(order, seat);
        if (entry.isEmpty())
            ticketField(tr("No entry code: not valid for entry. Reprint at the counter."), bold, 2);
        else
            ticketField(field(tr("Entry code"), Gate::printedShortCode(entry)), bold, 1);
        const QRect box(area.left(), area.top(), area.width(), std::max(ty, qrRect.bottom()) + pad - area.top());
        p.setPen(QPen(Qt::black, std::max(1, page.width() / 400)));
        p.drawRect(box);
        p.setPen(Qt::black);
        if (!entry.isEmpty())
            p.drawImage(qrRect, makeQrCode(entry, 8));
        printed << ticket;
    }
    return printed;
}

bool TicketPrinter::writePdf(const TicketJob &job, const QString &path, QString *error)
{
    if (!loadFonts(error))
        return false;
    QPdfWriter writer(path);
    writer.setTitle(tr("Order %1").arg(job.order.id));
    writer.setCreator(QStringLiteral("Box Office"));
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(150);
    paint(writer, job);
    if (!QFile::exists(path)) {
        if (error)
            *error = tr("The tickets could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

QList<PrintedPage> TicketPrinter::paintSlip(
    QPagedPaintDevice &device, const QString &title, const QList<SlipLine> &lines)
{
    loadFonts();
    QList<PrintedPage> printed;
    QPainter p(&device);
    p.setPen(Qt::black);
    TextPainter text(p, &device);
    const QRect page = p.viewport();
    const int margin = page.width() / 20;
    const QRect area = page.adjusted(margin, margin, -margin, -margin);
    const QFont titleFont = printFont(std::max(12, page.height() / 32), true);
    const QFont body = printFont(std::max(9, page.height() / 58), false);
    const QFont bold = printFont(body.pixelSize(), true);
    const int gap = body.pixelSize() / 2;
    printed << PrintedPage {page, {}, {}};
    int y = area.top();
    auto fits = [&](int height) {
        if (y + height <= area.bottom())
            return;
        device.newPage();
        printed << PrintedPage {page, {}, {}};
        y = area.top();
    };
    fits(text.height(title, titleFont, area.width(), 2));
    printed.last().text << text.draw(title, titleFont, QPoint(area.left(), y), area.width(), 2);
    y = printed.last().text.last().bottom() + 1 + gap;
    for (const SlipLine &line : lines) {
        const QFont &font = line.bold ? bold : body;
        if (line.text.isEmpty() && line.amount.isEmpty()) {
            y += gap;
            continue;
        }
        const int amountWidth = line.amount.isEmpty()
            ? 0
            : int(std::ceil(QFontMetricsF(font, &device).horizontalAdvance(line.amount))) + 1;
        const int leftWidth = area.width() - amountWidth - 2 * gap;
        fits(text.height(line.text, font, leftWidth, 3));
        const QRect l = text.draw(line.text, font, QPoint(area.left(), y), leftWidth, 3);
        printed.last().text << l;
        int bottom = l.bottom();
        if (!line.amount.isEmpty()) {
            const QRect r = text.draw(
                line.amount, font, QPoint(area.right() - amountWidth + 1, y), amountWidth, 1, Qt::AlignRight);
            printed.last().text << r;
            bottom = std::max(bottom, r.bottom());
        }
        y = bottom + 1;
    }
    return printed;
}

bool TicketPrinter::writeSlipPdf(
    const QString &title, const QList<SlipLine> &lines, const QString &path, QString *error)
{
    if (!loadFonts(error))
        return false;
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Box Office"));
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(150);
        paintSlip(writer, title, lines);
    }
    if (!QFile::exists(path)) {
        if (error)
            *error = tr("The report could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace boxoffice
