#include "counter/ticketprinter.h"

#include "counter/qrcode.h"
#include "display.h"
#include "money/money.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtGui/QPageLayout>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>

namespace boxoffice {

QString TicketPrinter::ticketCode(const Order &order, const SeatRef &seat)
{
    return QStringLiteral("BOXOFFICE/1;order=%1;show=%2;seat=%3;label=%4")
        .arg(order.id)
        .arg(order.showId)
        .arg(seat.id)
        .arg(seat.label);
}

void TicketPrinter::paint(QPagedPaintDevice &device, const TicketJob &job)
{
    QPainter p(&device);
    const QLocale locale;
    const QRect page = p.viewport();
    const int margin = page.width() / 20;
    const QRect area = page.adjusted(margin, margin, -margin, -margin);
    QFont title = p.font();
    title.setPixelSize(std::max(12, page.height() / 30));
    title.setBold(true);
    QFont body = p.font();
    body.setPixelSize(std::max(9, page.height() / 55));
    const int line = body.pixelSize() * 3 / 2;

    // Receipt.
    p.setFont(title);
    p.drawText(area.left(), area.top() + title.pixelSize(), tr("Receipt"));
    p.setFont(body);
    int y = area.top() + title.pixelSize() * 2 + line;
    auto row = [&](const QString &left, const QString &right) {
        p.drawText(QRect(area.left(), y, area.width() * 2 / 3, line), Qt::AlignLeft | Qt::AlignVCenter, left);
        p.drawText(QRect(area.left(), y, area.width(), line), Qt::AlignRight | Qt::AlignVCenter, right);
        y += line;
    };
    row(tr("Order"), QStringLiteral("#%1").arg(job.order.id));
    row(job.showTitle, locale.toString(job.startsAt.toLocalTime(), QLocale::ShortFormat));
    row(job.venue, job.counter);
    if (!job.order.customer.name.isEmpty() || !job.order.customer.phone.isEmpty())
        row(tr("Customer"), job.order.customer.name + QLatin1Char(' ') + job.order.customer.phone);
    y += line / 2;
    for (const SeatRef &seat : job.order.seats)
        row(seat.label, formatBaht(seat.price));
    y += line / 2;
    const Money total = job.order.total;
    row(tr("Total"), formatBaht(total));
    row(tr("Payment"), Display::paymentMethodText(job.order.paymentMethod));
    if (job.order.paymentMethod == PaymentMethod::Cash && job.tendered > Money()) {
        row(tr("Tendered"), formatBaht(job.tendered));
        row(tr("Change"), formatBaht(std::max(Money(), job.tendered - total)));
    }

    // One ticket per seat, one page each.
    for (const SeatRef &seat : job.order.seats) {
        device.newPage();
        const TicketJob::SeatInfo info = job.seats.value(seat.id);
        const QRect ticket = area.adjusted(0, 0, 0, -area.height() / 2);
        p.setPen(QPen(Qt::black, std::max(1, page.width() / 400)));
        p.drawRect(ticket);
        const int pad = ticket.width() / 30;
        const QRect inner = ticket.adjusted(pad, pad, -pad, -pad);
        const int qrSide = std::min(inner.height(), inner.width() / 3);
        const QImage qr = makeQrCode(ticketCode(job.order, seat), 8);
        p.drawImage(QRect(inner.right() - qrSide, inner.top(), qrSide, qrSide), qr);
        p.setFont(title);
        p.drawText(QRect(inner.left(), inner.top(), inner.width() - qrSide, title.pixelSize() * 2),
            Qt::AlignLeft | Qt::AlignVCenter, job.showTitle);
        p.setFont(body);
        int ty = inner.top() + title.pixelSize() * 2 + line / 2;
        auto field = [&](const QString &name, const QString &value) {
            p.drawText(QRect(inner.left(), ty, inner.width() - qrSide, line), Qt::AlignLeft | Qt::AlignVCenter,
                name + QStringLiteral(": ") + value);
            ty += line;
        };
        field(tr("Date"), locale.toString(job.startsAt.toLocalTime(), QLocale::LongFormat));
        field(tr("Venue"), job.venue);
        field(tr("Zone"), info.zone);
        field(tr("Row"), info.row);
        field(tr("Seat"), info.number > 0 ? QString::number(info.number) : seat.label);
        field(tr("Price"), formatBaht(seat.price));
        field(tr("Order"), QStringLiteral("#%1  (%2)").arg(job.order.id).arg(seat.label));
    }
}

bool TicketPrinter::writePdf(const TicketJob &job, const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Order %1").arg(job.order.id));
    writer.setCreator(QStringLiteral("Box Office"));
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(150);
    paint(writer, job);
    return true;
}

} // namespace boxoffice
