// The printed ticket and receipt: a real order sold through the SQL
// functions, and orders with the longest realistic values, rendered to PDF
// and read back with pdftotext. Every field is there, Thai names come back
// exactly as typed, no text is under the QR code or off the page, and Thai
// dates give the Buddhist-era year when that is on.
#include "counter/ticketprinter.h"
#include "display.h"
#include "i18n.h"
#include "sale/orderservice.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtGui/QPdfWriter>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

namespace {

const QString kThaiName = QStringLiteral("ก้อง น้ำใจ ผู้ยิ่งใหญ่");
const QString kThaiShort = QStringLiteral("ก้อง น้ำใจ");

// The text of pages [first, last] of a PDF (all pages: 0, 0).
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << path << QStringLiteral("-");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), args);
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return QStringLiteral("(pdftotext failed: %1)").arg(QString::fromLocal8Bit(pdftotext.readAllStandardError()));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

// Lines joined with spaces, runs of white space as one: a field that
// wrapped reads as typed.
QString flat(const QString &text)
{
    return text.simplified();
}

// Without any white space: Thai has no spaces between words, so a line
// may break inside one, and the reader's line break then reads as a space.
QString squeezed(const QString &text)
{
    QString s = text;
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

QString longLatinName()
{
    QString name = QStringLiteral("Maximilian Alexander Christopher Wolfeschlegelsteinhausen Bergerdorff "
                                  "Montgomery-Featherstonehaugh the Third of Ayutthaya");
    name = name.left(120);
    return name;
}

Order madeOrder(const QString &customer, const QString &title)
{
    Order o;
    o.id = 987654;
    o.status = OrderStatus::Paid;
    o.showId = 42;
    o.total = Money::fromSatang(250000 + 180000);
    o.customer = {customer, QStringLiteral("0812345678")};
    o.paymentMethod = PaymentMethod::Card;
    o.paymentRef = QStringLiteral("CARD-APPROVAL-778899");
    o.timeZone = QTimeZone("Asia/Bangkok");
    // 00:30 in Bangkok on 13 July 2026: 12 July in UTC and in New York.
    o.startsAt = QDateTime(QDate(2026, 7, 13), QTime(0, 30), o.timeZone);
    o.createdAt = QDateTime(QDate(2026, 7, 12), QTime(19, 5), o.timeZone);
    o.showTitle = title;
    o.venueName = QStringLiteral("Rajadamnern Demo Stadium");
    o.terminalName = QStringLiteral("Counter 7 (north gate)");
    o.clerkName = QStringLiteral("สมศรี ใจดี");
    SeatRef a;
    a.id = 1001;
    a.label = QStringLiteral("N-A-8");
    a.price = Money::fromSatang(250000);
    a.section = QStringLiteral("North");
    a.row = QStringLiteral("A");
    a.number = 8;
    a.zone = QStringLiteral("Ringside");
    SeatRef b = a;
    b.id = 1002;
    b.label = QStringLiteral("E-K-120");
    b.price = Money::fromSatang(180000);
    b.section = QStringLiteral("East");
    b.row = QStringLiteral("K");
    b.number = 120;
    b.zone = QStringLiteral("Class 2");
    o.seats = {a, b};
    return o;
}

} // namespace

class TestTickets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(TicketPrinter::loadFonts(&error), qPrintable(error));
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        boxoffice::Display::setBuddhistEra(true);
    }

    // A sale made through the SQL functions: the order's answer carries the
    // show, its zone, the counter, the clerk's name and each seat's place.
    void realOrder()
    {
        TestCluster &c = TestCluster::instance();
        c.resetSales();
        const int terminal = c.registerTerminal(QStringLiteral("Ticket test counter"));
        // Not about money: the sale's cash needs no open shift here (the
        // venue's rule off).
        QVERIFY(test::allowCashWithoutShift(c));
        const int clerk = c.scalar(QStringLiteral("SELECT id FROM boxoffice.staff WHERE username = 'clerk'")).toInt();
        const int show = c.demoShow(0);
        const QList<int> seats = c.seatsOf(show, QStringLiteral("RINGSIDE"), 2);
        QCOMPARE(seats.size(), 2);
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = show;
        sale.seatIds = seats;
        sale.ticketType = QStringLiteral("RINGSIDE");
        sale.customer = {kThaiName, QStringLiteral("0899999999")};
        sale.payment = PaymentMethod::Card;
        sale.paymentRef = QStringLiteral("REF-4711");
        sale.clerkId = clerk;
        const Result<Order> order = OrderService(c.db()).sell(sale, terminal);
        QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
        QCOMPARE(order->terminalName, QStringLiteral("Ticket test counter"));
        QCOMPARE(order->clerkName,
            c.scalar(QStringLiteral("SELECT display_name FROM boxoffice.staff WHERE id = ?"), {clerk}).toString());
        QCOMPARE(order->timeZone.id(), QByteArray("Asia/Bangkok"));
        QVERIFY(!order->showTitle.isEmpty());
        QCOMPARE(order->startsAt.toSecsSinceEpoch(),
            c.scalar(QStringLiteral("SELECT extract(epoch FROM starts_at)::bigint FROM boxoffice.show WHERE id = ?"),
                 {show})
                .toLongLong());
        for (const SeatRef &seat : order->seats) {
            QVERIFY(!seat.section.isEmpty());
            QVERIFY(!seat.row.isEmpty());
            QVERIFY(seat.number > 0);
            QCOMPARE(seat.zone, QStringLiteral("Ringside"));
        }

        const QString path = m_dir.filePath(QStringLiteral("real.pdf"));
        QVERIFY(TicketPrinter::writePdf(TicketJob {*order, {}, false, false, {}}, path));
        const QString receipt = flat(pdfText(path, 1, 1));
        QVERIFY2(receipt.contains(QStringLiteral("%1 (order number)").arg(order->id)), qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("Counter: Ticket test counter")), qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("Clerk: ") + order->clerkName), qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("Payment reference: REF-4711")), qPrintable(receipt));
        QVERIFY2(receipt.contains(kThaiName), qPrintable(receipt));
        const QString sold = flat(boxoffice::Display::venueTimeText(
            order->createdAt, order->timeZone, boxoffice::Display::TimeStyle::Long, QLocale()));
        QVERIFY2(receipt.contains(sold), qPrintable(receipt + QStringLiteral(" / ") + sold));
        for (int page = 2; page <= 3; ++page) {
            const QString ticket = flat(pdfText(path, page, page));
            const SeatRef &seat = order->seats.at(page - 2);
            QVERIFY2(ticket.contains(
                         QStringLiteral("Section %1 · Row %2 · Seat %3").arg(seat.section, seat.row).arg(seat.number)),
                qPrintable(ticket));
            QVERIFY2(ticket.contains(QStringLiteral("Customer: ") + kThaiName), qPrintable(ticket));
            QVERIFY2(ticket.contains(QStringLiteral("UTC+07:00")), qPrintable(ticket));
        }
    }

    // The longest realistic values: every field there, in full on the
    // receipt; nothing under the QR code or off the page.
    void longestValues_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("thai");
        const QString longTitle = QStringLiteral("Muay Thai Grand Championship Night: Rajadamnern vs Lumpinee, "
                                                 "Title Fights in Five Weight Classes");
        QTest::newRow("120-character name") << longLatinName() << longTitle << false;
        QTest::newRow("Thai name, stacked marks") << kThaiName << longTitle << false;
        QTest::newRow("Thai name, Thai title, Thai locale")
            << kThaiName << QStringLiteral("ศึกมวยไทยราชดำเนิน ชิงแชมป์ห้ารุ่น คู่เอกนัดพิเศษประจำปี ผู้ยิ่งใหญ่แห่งสังเวียน") << true;
        QTest::newRow("short Thai name") << kThaiShort << QStringLiteral("Muay Thai Night") << false;
    }

    void longestValues()
    {
        QFETCH(QString, customer);
        QFETCH(QString, title);
        QFETCH(bool, thai);
        if (thai)
            QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        const Order order = madeOrder(customer, title);
        const TicketJob job {order, {}, false, false, {}};

        const QString path = m_dir.filePath(QStringLiteral("long-%1.pdf")
                                                .arg(QString::fromUtf8(QTest::currentDataTag()))
                                                .replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(TicketPrinter::writePdf(job, path));
        // To look at them: BOXOFFICE_KEEP_PDF=folder keeps a copy.
        if (const QString keep = qEnvironmentVariable("BOXOFFICE_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(path, keep + QLatin1Char('/') + QFileInfo(path).fileName());
        const QString all = pdfText(path);
        QCOMPARE(all.count(QLatin1Char('\f')), 3); // receipt, two tickets

        const QString receipt = flat(pdfText(path, 1, 1));
        for (const QString &expected :
            {customer, title, order.venueName, order.terminalName, order.clerkName, order.paymentRef,
                QString::number(order.id), formatBaht(order.seats.at(0).price), formatBaht(order.total)}) {
            QVERIFY2(receipt.contains(flat(expected)), qPrintable(expected + QStringLiteral(" in: ") + receipt));
        }
        for (int page = 2; page <= 3; ++page) {
            const QString ticket = flat(pdfText(path, page, page));
            const QString ticketLetters = squeezed(ticket);
            const SeatRef &seat = order.seats.at(page - 2);
            // Fields are wrapped or shortened, never lost: each begins on
            // the ticket, and a shortened one ends in "…".
            for (const QString &expected : {customer, title, seat.section, seat.row, QString::number(seat.number),
                     seat.zone, formatBaht(seat.price), QString::number(order.id)}) {
                const QString start = squeezed(expected).left(20);
                QVERIFY2(ticketLetters.contains(start), qPrintable(start + QStringLiteral(" in: ") + ticket));
                QVERIFY2(ticketLetters.contains(squeezed(expected)) || ticket.contains(QStringLiteral("…")),
                    qPrintable(expected + QStringLiteral(" in: ") + ticket));
            }
            // The date, time and zone in full.
            QVERIFY2(ticket.contains(flat(boxoffice::Display::venueTimeText(
                         order.startsAt, order.timeZone, boxoffice::Display::TimeStyle::Long, QLocale()))),
                qPrintable(ticket));
            QVERIFY2(ticket.contains(QStringLiteral("00:30")) || ticket.contains(QStringLiteral("12:30 AM")),
                qPrintable(ticket));
        }
        // Thai names come back exactly as typed, marks and all.
        if (customer.contains(kThaiShort)) {
            QVERIFY2(all.contains(customer), qPrintable(all));
            QVERIFY2(all.contains(kThaiShort), qPrintable(all));
        }

        // Layout: every text rectangle on the page, none under the QR code,
        // none over another.
        QPdfWriter writer(m_dir.filePath(QStringLiteral("layout.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(150);
        const QList<PrintedPage> pages = TicketPrinter::paint(writer, job);
        QCOMPARE(pages.size(), 3);
        for (const PrintedPage &page : pages) {
            QVERIFY(!page.text.isEmpty());
            for (int i = 0; i < page.text.size(); ++i) {
                const QRect r = page.text.at(i);
                QVERIFY2(page.page.contains(r), qPrintable(QStringLiteral("text %1 off the page").arg(i)));
                QVERIFY2(!r.intersects(page.qrCode), qPrintable(QStringLiteral("text %1 under the QR code").arg(i)));
                for (int j = i + 1; j < page.text.size(); ++j)
                    QVERIFY2(!r.intersects(page.text.at(j)), qPrintable(QStringLiteral("texts %1, %2").arg(i).arg(j)));
            }
        }
        QVERIFY(pages.at(0).qrCode.isEmpty());
        QVERIFY(!pages.at(1).qrCode.isEmpty() && pages.at(1).page.contains(pages.at(1).qrCode));
    }

    // Thai dates: the Buddhist-era year when on (the default), else the
    // Gregorian one; other languages always Gregorian.
    void buddhistEra_data()
    {
        QTest::addColumn<bool>("thai");
        QTest::addColumn<bool>("era");
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("notYear");
        QTest::newRow("Thai, Buddhist era") << true << true << QStringLiteral("2569") << QStringLiteral("2026");
        QTest::newRow("Thai, Gregorian") << true << false << QStringLiteral("2026") << QStringLiteral("2569");
        QTest::newRow("English") << false << true << QStringLiteral("2026") << QStringLiteral("2569");
    }

    void buddhistEra()
    {
        QFETCH(bool, thai);
        QFETCH(bool, era);
        QFETCH(QString, year);
        QFETCH(QString, notYear);
        if (thai)
            QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        boxoffice::Display::setBuddhistEra(era);
        const Order order = madeOrder(kThaiShort, QStringLiteral("Muay Thai Night"));
        const QString path = m_dir.filePath(QStringLiteral("era.pdf"));
        QVERIFY(TicketPrinter::writePdf(TicketJob {order, {}, false, false, {}}, path));
        const QString ticket = flat(pdfText(path, 2, 2));
        QVERIFY2(ticket.contains(year), qPrintable(ticket));
        QVERIFY2(!ticket.contains(notYear), qPrintable(ticket));
        QVERIFY2(ticket.contains(kThaiShort), qPrintable(ticket));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTickets)
#include "tst_tickets.moc"
