// Split tender at the checkout and returns in the orders dialog, with real
// keys and clicks: tenders added until nothing remains (Pay only then),
// cash change to the satang, the sale recorded with every tender; a seat of
// a paid order ticked, returned with a reason, refunded cash first, its
// receipt printed and read back from the PDF.
#include "admin/countersessions.h"
#include "counter/approvaldialog.h"
#include "counter/checkoutdialog.h"
#include "counter/counterdesk.h"
#include "counter/ordersdialog.h"
#include "counter/returnseatsdialog.h"
#include "counter/ticketprinter.h"
#include "db/database.h"
#include "sale/orderservice.h"
#include "sale/saleengine.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return u"(pdftotext failed)"_s;
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

// The number of pages of a PDF, from pdfinfo (poppler-utils); -1 if unread.
int pdfPages(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(u"pdfinfo"_s, {path});
    if (!pdfinfo.waitForFinished(30000) || pdfinfo.exitCode() != 0)
        return -1;
    const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

Money baht(const char *text)
{
    return *Money::fromDecimal(QString::fromLatin1(text));
}

} // namespace

class TestTenderDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_cluster = &TestCluster::instance();
        m_engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {u"Counter T"_s});
        VERIFY_OK(m_engine->registerTerminal());
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_engine->terminalId()));
        m_show = m_cluster->demoShow(2);
        QVERIFY(m_show > 0);
    }

    void init()
    {
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = z.price FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ?"_s,
            {m_show}));
    }

    // Cash 500 handed over for 300: change 200.00.
    void cashChange()
    {
        CheckoutDialog d(baht("300.00"), {u"A-1"_s});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        retype(d.tenderedEdit(), u"500"_s);
        QCOMPARE(d.findChild<QLabel *>(u"change"_s)->text(), formatBaht(baht("200.00")));
        QVERIFY(d.confirmButton()->isEnabled());
        QCOMPARE(d.request().tenders.size(), 1);
        QCOMPARE(*d.request().tenders.at(0).tendered, baht("500.00"));
    }

    // Card, then PromptPay for the rest: Pay only when they sum exactly; a
    // satang short keeps it disabled; Delete takes a tender back.
    void cardAndPromptPay()
    {
        CheckoutDialog d(baht("4500.00"), {u"A-1"_s, u"A-2"_s, u"A-3"_s});
        d.setPromptPayId(u"0812345678"_s);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::keyClick(&d, Qt::Key_F6);
        retype(d.amountEdit(), u"2000"_s);
        QVERIFY(!d.confirmButton()->isEnabled());
        QTest::keyClicks(d.findChild<QLineEdit *>(u"cardReference"_s), u"slip 42"_s);
        QTest::keyClick(&d, Qt::Key_F8);
        QCOMPARE(d.addedTenders().size(), 1);
        QCOMPARE(d.remainder(), baht("2500.00"));
        QCOMPARE(d.amountEdit()->text(), u"2500.00"_s);
        QVERIFY(d.findChild<QLabel *>(u"remaining"_s)->text().contains(formatBaht(baht("2500.00"))));
        QTest::keyClick(&d, Qt::Key_F7);
        retype(d.amountEdit(), u"2499.99"_s);
        QVERIFY(!d.confirmButton()->isEnabled());
        QVERIFY(d.promptPayPayload().contains(u"2499.99"_s));
        retype(d.amountEdit(), u"2500"_s);
        // The bank's reference, kept like a card slip's.
        auto *ppRef = d.findChild<QLineEdit *>(u"promptPayReference"_s);
        QVERIFY(ppRef && ppRef->isVisible());
        QTest::keyClicks(ppRef, u"PP 0815"_s);
        QVERIFY(d.confirmButton()->isEnabled());
        QSignalSpy confirmed(&d, &CheckoutDialog::confirmed);
        QTest::mouseClick(d.confirmButton(), Qt::LeftButton);
        QCOMPARE(confirmed.size(), 1);
        const QList<Tender> tenders = d.request().tenders;
        QCOMPARE(tenders.size(), 2);
        QCOMPARE(tenders.at(0).method, PaymentMethod::Card);
        QCOMPARE(tenders.at(0).reference, u"slip 42"_s);
        QCOMPARE(tenders.at(1).method, PaymentMethod::PromptPay);
        QCOMPARE(tenders.at(1).reference, u"PP 0815"_s);
        QCOMPARE(tenders.at(0).amount + tenders.at(1).amount, baht("4500.00"));
        // Taken back: the whole total remains.
        d.tenderList()->setFocus();
        d.tenderList()->setCurrentRow(0);
        QTest::keyClick(d.tenderList(), Qt::Key_Delete);
        QVERIFY(d.addedTenders().isEmpty());
        QCOMPARE(d.remainder(), baht("4500.00"));
    }

    // 333.33 × 3 = 999.99 in three tenders, sold through the database; the
    // receipt lists each tender and the cash change.
    void thirdsSoldAndPrinted()
    {
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 333.33 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS2'"_s,
            {m_show}));
        CheckoutDialog d(baht("999.99"), {u"a"_s, u"b"_s, u"c"_s});
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        retype(d.amountEdit(), u"333.33"_s);
        retype(d.tenderedEdit(), u"340"_s);
        QCOMPARE(d.findChild<QLabel *>(u"change"_s)->text(), formatBaht(baht("6.67")));
        QTest::keyClick(&d, Qt::Key_F8);
        QTest::keyClick(&d, Qt::Key_F6);
        retype(d.amountEdit(), u"333.33"_s);
        QTest::mouseClick(d.addTenderButton(), Qt::LeftButton);
        QCOMPARE(d.remainder(), baht("333.33"));
        QTest::keyClick(&d, Qt::Key_F6);
        QVERIFY(d.confirmButton()->isEnabled());
        SellRequest sale = d.request();
        QCOMPARE(sale.tenders.size(), 3);
        sale.showId = m_show;
        sale.ticketType = u"CLASS2"_s;
        sale.seatIds = m_cluster->seatsOf(m_show, u"CLASS2"_s, 3);
        const Result<Order> sold = OrderService(m_cluster->db()).sell(sale, m_engine->terminalId());
        VERIFY_OK(sold);
        QCOMPARE(sold->total.toDecimal(), u"999.99"_s);
        QCOMPARE(sold->payments.size(), 3);
        QCOMPARE(sold->payments.at(0).change->toDecimal(), u"6.67"_s);

        QTemporaryDir dir;
        const QString file = dir.filePath(u"receipt.pdf"_s);
        QVERIFY(TicketPrinter::writePdf(TicketJob {sold.value(), {}, false, false, {}}, file));
        const QString text = pdfText(file);
        QVERIFY2(
            text.contains(u"Tendered"_s) && text.contains(u"6.67"_s) && text.contains(u"340.00"_s), qPrintable(text));
        QCOMPARE(text.count(u"333.33"_s) >= 6, true); // three seats and three tenders
    }

    // A mismatch the dialog would never send is refused by the database, nothing changed.
    void theDatabaseRefusesAMismatch()
    {
        CheckoutDialog d(baht("1500.00"), {u"a"_s});
        SellRequest sale = d.request();
        sale.tenders.first().amount = baht("1499.99");
        sale.tenders.first().tendered.reset();
        sale.showId = m_show;
        sale.ticketType = u"CLASS3"_s;
        sale.seatIds = m_cluster->seatsOf(m_show, u"CLASS3"_s, 1);
        const QString before = m_cluster->fingerprint();
        const Result<Order> refused = OrderService(m_cluster->db()).sell(sale, m_engine->terminalId());
        QCOMPARE(refused.code(), ErrorCode::PaymentsMismatch);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // One seat of four returned from the orders dialog: ticked, Return seats…,
    // a reason typed, Enter; refund cash first; the receipt says so.
    void returnOneSeatFromTheOrdersDialog()
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.ticketType = u"RINGSIDE"_s;
        sale.seatIds = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 4);
        Tender card {PaymentMethod::Card, baht("6000.00"), std::nullopt, u"slip"_s};
        Tender cash {PaymentMethod::Cash, baht("4000.00"), baht("4000.00"), {}};
        sale.tenders = {card, cash};
        const Result<Order> sold = OrderService(m_cluster->db()).sell(sale, m_engine->terminalId());
        VERIFY_OK(sold);

        CounterDesk desk(m_cluster->db(), *m_engine, nullptr);
        OrdersDialog orders(&desk);
        QSignalSpy receipt(&orders, &OrdersDialog::receiptRequested);
        orders.show();
        QVERIFY(QTest::qWaitForWindowActive(&orders));
        QSignalSpy searched(&orders, &OrdersDialog::searched);
        QTest::keyClicks(orders.searchEdit(), u"#%1"_s.arg(sold->id));
        QTest::keyClick(orders.searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 5000);
        QCOMPARE(orders.seatList()->count(), 4);
        QVERIFY(orders.returnButton()->isEnabled());
        QListWidgetItem *item = orders.seatList()->item(0);
        const int seatId = item->data(Qt::UserRole).toInt();
        orders.seatList()->setFocus();
        orders.seatList()->setCurrentRow(0);
        QTest::keyClick(orders.seatList(), Qt::Key_Space);
        QCOMPARE(orders.tickedSeats(), QList<int> {seatId});
        QTest::mouseClick(orders.returnButton(), Qt::LeftButton);
        auto *dialog = orders.findChild<ReturnSeatsDialog *>(u"returnSeatsDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->refund(), baht("2500.00"));
        QVERIFY(dialog->findChild<QLabel *>(u"refund"_s)->text().contains(formatBaht(baht("2500.00"))));
        QVERIFY(!dialog->returnButton()->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->reasonEdit(), u"customer ill"_s);
        QVERIFY(dialog->returnButton()->isEnabled());
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!receipt.isEmpty(), 5000);
        const Order returned = receipt.first().first().value<Order>();
        QCOMPARE(returned.total.toDecimal(), u"7500.00"_s);
        QVERIFY(orders.findChild<QLabel *>(u"message"_s)->text().contains(formatBaht(baht("2500.00"))));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(method || ' ' || amount, ',') FROM boxoffice.payment"
                              " WHERE order_id = ? AND kind = 'refund'"_s,
                         {sold->id})
                     .toString(),
            u"cash 2500.00"_s);
        QVERIFY(m_cluster->seatRow(m_show, seatId).startsWith(u"available/"_s));
        // The returned seat is listed as such, in the order's row too, and
        // cannot be ticked again.
        QVERIFY2(orders.results()->item(0, 4)->text().contains(u"(returned)"_s),
            qPrintable(orders.results()->item(0, 4)->text()));
        QVERIFY(!(orders.seatList()->item(0)->flags() & Qt::ItemIsUserCheckable));

        QTemporaryDir dir;
        const QString file = dir.filePath(u"refund.pdf"_s);
        QVERIFY(TicketPrinter::writePdf(TicketJob {returned, {}, false, false, {}}, file));
        const QString text = pdfText(file);
        QVERIFY2(text.contains(u"Refund: Cash"_s) && text.contains(u"(returned)"_s) && text.contains(u"7,500.00"_s),
            qPrintable(text));
        // What the counter prints after a return: the receipt alone, no
        // second ticket for the seats kept; the whole order has one page per
        // seat kept after the receipt.
        int kept = 0;
        for (const SeatRef &seat : returned.seats)
            kept += seat.returned ? 0 : 1;
        QVERIFY(kept > 0);
        QCOMPARE(pdfPages(file), 1 + kept);
        const QString receiptFile = dir.filePath(u"receipt-only.pdf"_s);
        TicketJob receiptOnly {returned, {}, false, false, {}};
        receiptOnly.receiptOnly = true;
        QVERIFY(TicketPrinter::writePdf(receiptOnly, receiptFile));
        QCOMPARE(pdfPages(receiptFile), 1);
        QVERIFY(pdfText(receiptFile).contains(u"Refund: Cash"_s));
    }

    // After the show's start a clerk's return asks a supervisor's approval:
    // the reason typed in the return dialog is already in the approval
    // dialog (still editable), and the supervisor's name is what is typed next.
    void lateReturnApprovalKeepsTheReason()
    {
        const QString times = m_cluster
                                  ->scalar(u"SELECT starts_at::text || '|' || coalesce(sales_close_at::text, '')"
                                           " FROM boxoffice.show WHERE id = ?"_s,
                                      {m_show})
                                  .toString();
        auto restore = qScopeGuard([&] {
            m_cluster->exec(u"UPDATE boxoffice.show SET starts_at = split_part(?, '|', 1)::timestamptz,"
                            " sales_close_at = nullif(split_part(?, '|', 2), '')::timestamptz WHERE id = ?"_s,
                {times, times, m_show});
        });
        const QUuid device = QUuid::createUuid();
        const Result<CounterRef> counter = CounterSessions::registerCounter(m_cluster->db(), device, u"Counter Late"_s);
        VERIFY_OK(counter);
        QVERIFY(test::openCashShift(*m_cluster, counter->id));
        Database clerk(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"lateClerk"_s);
        VERIFY_OK(CounterSessions::open(clerk, device, QUuid::createUuid()));
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.ticketType = u"CLASS3"_s;
        sale.seatIds = m_cluster->seatsOf(m_show, u"CLASS3"_s, 2);
        sale.clerkId = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'clerk'"_s).toInt();
        const Result<Order> sold = OrderService(clerk).sell(sale, counter->id);
        VERIFY_OK(sold);
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.show SET starts_at = now() - interval '10 minutes' WHERE id = ?"_s, {m_show}));

        SaleEngine engine(clerk, SaleEngine::Options {u"Counter Late"_s, counter->id});
        CounterDesk desk(clerk, engine, nullptr);
        OrdersDialog orders(&desk);
        orders.show();
        QVERIFY(QTest::qWaitForWindowActive(&orders));
        QSignalSpy searched(&orders, &OrdersDialog::searched);
        QTest::keyClicks(orders.searchEdit(), u"#%1"_s.arg(sold->id));
        QTest::keyClick(orders.searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 5000);
        orders.seatList()->setFocus();
        orders.seatList()->setCurrentRow(0);
        QTest::keyClick(orders.seatList(), Qt::Key_Space);
        QTest::mouseClick(orders.returnButton(), Qt::LeftButton);
        auto *dialog = orders.findChild<ReturnSeatsDialog *>(u"returnSeatsDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->reasonEdit(), u"customer ill"_s);
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        ApprovalDialog *approval = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (approval = orders.findChild<ApprovalDialog *>(u"approvalDialog"_s)) && approval->isVisible(), 5000);
        QCOMPARE(approval->reasonEdit()->toPlainText(), u"customer ill"_s);
        QVERIFY(!approval->reasonEdit()->isReadOnly());
        QTRY_VERIFY(approval->userEdit()->hasFocus());
        // Still editable: the supervisor's words go with the approval.
        approval->reasonEdit()->setFocus();
        QTest::keyClick(approval->reasonEdit(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(approval->reasonEdit(), u", late"_s);
        QCOMPARE(approval->reason(), u"customer ill, late"_s);
        QTest::keyClick(approval, Qt::Key_Escape);
        QVERIFY(m_cluster->seatRow(m_show, sold->seats.first().id).startsWith(u"sold/"_s));
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<SaleEngine> m_engine;
    int m_show = 0;
};

QTEST_MAIN(TestTenderDialogs)
#include "tst_tenderdialogs.moc"
