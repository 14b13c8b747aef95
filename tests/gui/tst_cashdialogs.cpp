// The counter's Cash menu (issue 12) with real keys: a shift opened with a
// float counted note by note, a cash and a PromptPay sale through the
// engine, the X report shown and printed, the blind close (no expected
// figure before the count), the Z report shown and printed (read back from
// the PDF, in English and Thai), a short count signed off by a supervisor
// (their own login) in the sign-off list, and a Z reprinted. Refusals
// (shift already open, no shift, bad amounts) are shown translated and
// change nothing; cash needs a shift (by default): a cash checkout without
// one offers the Open-shift dialog right there and then completes the sale.
// A clerk's X report is blind on screen and on paper. At sign-in the clerk
// is told about another clerk's open shift (a supervisor may close it for
// them); signing out with one's own shift open asks to close it (the blind
// count) or leave it open for a break.
#include "admin/countersessions.h"
#include "counter/cartmodel.h"
#include "counter/cashdialogs.h"
#include "counter/checkoutdialog.h"
#include "counter/counterdesk.h"
#include "counter/mainwindow.h"
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "counter/showlistmodel.h"
#include "db/database.h"
#include "i18n.h"
#include "sale/orderservice.h"
#include "sale/saleengine.h"
#include "sqlattempt.h"
#include "supervisor/cashsignoffdialog.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStatusBar>
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

void retype(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

template<class Dialog>
Dialog *waitForDialog(QWidget *window)
{
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (Dialog *d = window->findChild<Dialog *>(); d && d->isVisible())
            return d;
        QTest::qWait(10);
    }
    return nullptr;
}

void dropTranslations()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestCashDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_cluster = &TestCluster::instance();
        m_engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {u"Counter Cash UI"_s});
        VERIFY_OK(m_engine->registerTerminal());
        m_show = m_cluster->demoShow(2);
        QVERIFY(m_show > 0);
        m_supervisor = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"supervisor"_s, u"supervisor-demo"_s), u"cashSupervisor"_s);
    }

    void init()
    {
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"TRUNCATE boxoffice.cash_report, boxoffice.cash_movement, boxoffice.cash_shift;"
                                " UPDATE boxoffice.cash_office_setting SET cash_needs_shift = DEFAULT;"
                                " UPDATE boxoffice.counter_session SET closed_at = now(), closed_by = 'test',"
                                " close_reason = 'test reset' WHERE closed_at IS NULL"_s));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 300.00 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS3'"_s,
            {m_show}));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 1500.00 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS2'"_s,
            {m_show}));
        m_window = std::make_unique<QMainWindow>();
        m_cash = new CashMenu(m_window.get());
        m_cash->setOutput(m_dir.path(), {});
        QSignalSpy changed(m_cash, &CashMenu::shiftChanged);
        m_cash->setCounter(&m_cluster->db(), m_engine->terminalId(), u"Counter Cash UI"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        dropTranslations();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The issue's example: float 500 (one 500 note), a 300 cash sale and a
    // 1,500 PromptPay sale; X shows 800 expected; the blind count of 800
    // gives difference 0 and PromptPay is not in the expected cash.
    void issueExample()
    {
        QVERIFY(m_cash->shiftLabel()->text().contains(u"No shift open"_s));
        openShiftWithFiveHundred();

        sell(u"CLASS3"_s, PaymentMethod::Cash, "300.00");
        sell(u"CLASS2"_s, PaymentMethod::PromptPay, "1500.00");

        // X report (Ctrl+Shift+X): shown, printed on request.
        QSignalSpy shown(m_cash, &CashMenu::reportShown);
        shortcut(Qt::Key_X);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        CashReportDialog *x = m_cash->reportDialog();
        QVERIFY(x);
        QCOMPARE(x->report().kind, QLatin1Char('X'));
        QCOMPARE(x->report().expected.toDecimal(), u"800.00"_s);
        QVERIFY(x->textView()->toPlainText().contains(u"Expected cash in the drawer: ฿800.00"_s));
        QSignalSpy printedX(x, &CashReportDialog::printed);
        QTest::mouseClick(x->printButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!printedX.isEmpty(), 10000);
        const QString xText = pdfText(printedX.first().first().toString());
        QVERIFY2(xText.contains(u"X report"_s) && xText.contains(u"800.00"_s), qPrintable(xText));
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.cash_shift WHERE closed_at IS NULL"_s).toInt(), 1);
        QTest::keyClick(x, Qt::Key_Escape);

        // The blind close: nothing on the dialog says what is expected.
        const CashReport z = closeWith({{500, 1}, {100, 3}});
        QCOMPARE(z.kind, QLatin1Char('Z'));
        QCOMPARE(z.expected.toDecimal(), u"800.00"_s);
        QCOMPARE(z.counted->toDecimal(), u"800.00"_s);
        QCOMPARE(z.difference->toDecimal(), u"0.00"_s);
        QCOMPARE(z.methods.value(u"promptpay"_s).taken.toDecimal(), u"1500.00"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT format('%s/%s/%s/%s/%s', float_amount, expected, counted, difference,"
                              " denominations ->> '500') FROM boxoffice.cash_shift"_s)
                     .toString(),
            u"500.00/800.00/800.00/0.00/1"_s);
        const QString zText = pdfText(m_cash->reportDialog()->lastFile());
        // Whose shift it was, by name, on the paper (and on the X before it).
        const QString clerk = m_cluster
                                  ->scalar(u"SELECT coalesce(st.display_name, s.opened_by) FROM boxoffice.cash_shift s"
                                           " LEFT JOIN boxoffice.staff st ON st.id = s.clerk_id"_s)
                                  .toString();
        QVERIFY(!clerk.isEmpty());
        QCOMPARE(z.clerk, clerk);
        QVERIFY2(zText.contains(u"Clerk: "_s + clerk), qPrintable(zText));
        QVERIFY2(xText.contains(u"Clerk: "_s + clerk), qPrintable(xText));
        QVERIFY2(zText.contains(u"Z report"_s) && zText.contains(u"฿800.00"_s) && zText.contains(u"฿1,500.00"_s)
                && zText.contains(u"Difference"_s) && zText.contains(u"฿0.00"_s) && !zText.contains(u"-0.00"_s)
                && !zText.contains(u"฿2,300.00"_s),
            qPrintable(zText));
        QTRY_VERIFY(m_cash->shiftLabel()->text().contains(u"No shift open"_s));
        // Nothing to sign off.
        CashSignOffDialog list(m_supervisor.get());
        QSignalSpy loaded(&list, &CashSignOffDialog::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
        QCOMPARE(loaded.first().first().toInt(), 0);
    }

    // 700 counted for 800 expected: −100.00, listed for the supervisor, who
    // signs it off with a reason (their login recorded); the Z reprinted.
    void shortCountSignedOff()
    {
        openShiftWithFiveHundred();
        sell(u"CLASS3"_s, PaymentMethod::Cash, "300.00");
        sell(u"CLASS2"_s, PaymentMethod::PromptPay, "1500.00");
        const CashReport z = closeWith({{500, 1}, {100, 2}});
        QCOMPARE(z.difference->toDecimal(), u"-100.00"_s);
        const QString zText = pdfText(m_cash->reportDialog()->lastFile());
        QVERIFY2(zText.contains(u"-฿100.00"_s) && zText.contains(u"฿700.00"_s), qPrintable(zText));

        CashSignOffDialog list(m_supervisor.get());
        list.setFolder(m_dir.path());
        QSignalSpy loaded(&list, &CashSignOffDialog::loaded);
        list.show();
        QVERIFY(QTest::qWaitForWindowActive(&list));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
        QCOMPARE(list.table()->rowCount(), 1);
        QCOMPARE(list.table()->item(0, 5)->text(), u"-฿100.00"_s);
        QCOMPARE(list.table()->item(0, 3)->text(), u"฿800.00"_s);
        QVERIFY(!list.signOffButton()->isEnabled()); // no reason yet

        QSignalSpy reprinted(&list, &CashSignOffDialog::reprinted);
        QTest::mouseClick(list.reprintButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!reprinted.isEmpty(), 10000);
        const QString again = pdfText(reprinted.first().first().toString());
        QVERIFY2(again.contains(u"Z report"_s) && again.contains(u"-฿100.00"_s), qPrintable(again));

        // A blank reason is refused by the dialog; a real one signs off.
        QTest::keyClicks(list.reasonEdit(), u"   "_s);
        QVERIFY(!list.signOffButton()->isEnabled());
        retype(list.reasonEdit(), u"100 note given as change twice"_s);
        QVERIFY(list.signOffButton()->isEnabled());
        QSignalSpy signedOff(&list, &CashSignOffDialog::signedOff);
        QSignalSpy refused(&list, &CashSignOffDialog::failed);
        loaded.clear();
        QTest::keyClick(list.reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!signedOff.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
        QCOMPARE(list.table()->rowCount(), 0);
        QCOMPARE(
            m_cluster->scalar(u"SELECT format('%s/%s', signed_off_by, sign_off_reason) FROM boxoffice.cash_shift"_s)
                .toString(),
            u"supervisor/100 note given as change twice"_s);
        QCOMPARE(
            m_cluster->scalar(u"SELECT actor FROM boxoffice.audit_log WHERE action = 'sign_off_shift'"_s).toString(),
            u"supervisor"_s);
        // One Enter, one sign-off: no default button heard it too.
        QCOMPARE(
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = 'sign_off_shift'"_s).toInt(),
            1);
        QCOMPARE(signedOff.size(), 1);
        QVERIFY(refused.isEmpty());
    }

    // Paid in and out with a reason move the expected cash; the total typed
    // instead of notes.
    void paidInAndOut()
    {
        openShiftWithFiveHundred();
        movement(1, u"200.50"_s, u"more change"_s);
        movement(0, u"100.25"_s, u"ice"_s);
        QTRY_COMPARE(m_cluster
                         ->scalar(u"SELECT string_agg(kind || ' ' || amount || ' ' || reason, ',' ORDER BY id)"
                                  " FROM boxoffice.cash_movement"_s)
                         .toString(),
            u"paid_in 200.50 more change,paid_out 100.25 ice"_s);
        shortcut(Qt::Key_Z);
        auto *close = waitForDialog<CloseShiftDialog>(m_window.get());
        QVERIFY(close);
        retype(close->countWidget()->totalEdit(), u"600.25"_s);
        QVERIFY(!close->countWidget()->notesBox(1000)->isEnabled());
        QSignalSpy shown(m_cash, &CashMenu::reportShown);
        QTest::keyClick(close->countWidget()->totalEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        const CashReport z = m_cash->reportDialog()->report();
        QCOMPARE(z.expected.toDecimal(), u"600.25"_s);
        QCOMPARE(z.paidIn.toDecimal(), u"200.50"_s);
        QCOMPARE(z.paidOut.toDecimal(), u"100.25"_s);
        QCOMPARE(z.difference->toDecimal(), u"0.00"_s);
    }

    // Refused, translated, nothing changed: opening twice, no shift for
    // paid in/out or X, amounts that are not amounts (or zero).
    void refusalsChangeNothing()
    {
        // No shift yet: paid out and X refused.
        QString before = fingerprint();
        shortcut(Qt::Key_M);
        auto *move = waitForDialog<CashMovementDialog>(m_window.get());
        QVERIFY(move);
        retype(move->amountEdit(), u"50"_s);
        QTest::keyClicks(move->reasonEdit(), u"taxi"_s);
        QSignalSpy failed(move, &CashDialog::failed);
        QTest::keyClick(move->reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QCOMPARE(failed.first().first().toString(), ServiceError::make(ErrorCode::ShiftNotOpen).message);
        QVERIFY(move->isVisible());
        QCOMPARE(fingerprint(), before);
        QTest::keyClick(move, Qt::Key_Escape);
        QSignalSpy menuFailed(m_cash, &CashMenu::failed);
        shortcut(Qt::Key_X);
        QTRY_VERIFY_WITH_TIMEOUT(!menuFailed.isEmpty(), 5000);
        QCOMPARE(menuFailed.first().first().toString(), ServiceError::make(ErrorCode::ShiftNotOpen).message);
        QCOMPARE(fingerprint(), before);

        openShiftWithFiveHundred();
        before = fingerprint();
        // Opened again: shift_already_open.
        shortcut(Qt::Key_O);
        auto *open = waitForDialog<OpenShiftDialog>(m_window.get());
        QVERIFY(open);
        retype(open->countWidget()->totalEdit(), u"1000"_s);
        QSignalSpy openFailed(open, &CashDialog::failed);
        QTest::keyClick(open->countWidget()->totalEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!openFailed.isEmpty(), 5000);
        // Whose shift it is (here the owner account's login) and since when.
        const QString already = openFailed.first().first().toString();
        const QString opener
            = m_cluster->scalar(u"SELECT opened_by FROM boxoffice.cash_shift WHERE closed_at IS NULL"_s).toString();
        QVERIFY2(!opener.isEmpty() && already.startsWith(opener + u"'s shift is already open at this counter"_s)
                && already.contains(u"since"_s),
            qPrintable(already));
        // Not an amount: refused before the database.
        openFailed.clear();
        retype(open->countWidget()->totalEdit(), u"12.345"_s);
        QTest::keyClick(open->countWidget()->totalEdit(), Qt::Key_Return);
        QCOMPARE(openFailed.size(), 1);
        QVERIFY(open->messageLabel()->text().contains(u"not an amount"_s));
        QVERIFY(open->isVisible());
        QTest::keyClick(open, Qt::Key_Escape);
        // Paid out of nothing, and of letters.
        shortcut(Qt::Key_M);
        QTRY_VERIFY((move = m_window->findChild<CashMovementDialog *>()) && move->isVisible());
        QSignalSpy moveFailed(move, &CashDialog::failed);
        retype(move->amountEdit(), u"0"_s);
        QTest::keyClicks(move->reasonEdit(), u"nothing"_s);
        QTest::keyClick(move->reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!moveFailed.isEmpty(), 5000);
        QVERIFY(!moveFailed.first().first().toString().isEmpty());
        retype(move->amountEdit(), u"abc"_s);
        QTest::keyClick(move->amountEdit(), Qt::Key_Return);
        QCOMPARE(moveFailed.size(), 2);
        QVERIFY(move->messageLabel()->text().contains(u"not an amount"_s));
        // Blank reason: the database's reason_required.
        retype(move->amountEdit(), u"10"_s);
        retype(move->reasonEdit(), u" "_s);
        QTest::keyClick(move->reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(moveFailed.size() > 2, 5000);
        QCOMPARE(moveFailed.last().first().toString(), ServiceError::make(ErrorCode::ReasonRequired).message);
        QCOMPARE(fingerprint(), before);
        QTest::keyClick(move, Qt::Key_Escape);
    }

    // Cash needs an open shift (the default): a cash sale without one is
    // refused (nothing written) with the clear message; card still sells;
    // once a shift is open, cash sells.
    void cashNeedsAShift()
    {
        VERIFY_OK(m_engine->hold(m_show, m_cluster->seatsOf(m_show, u"CLASS3"_s, 1), 5));
        const QString before = fingerprint();
        const Result<Order> refused = sellResult(u"CLASS3"_s, PaymentMethod::Cash, "300.00");
        QCOMPARE(refused.code(), ErrorCode::ShiftNotOpen);
        QCOMPARE(refused.error().message, ServiceError::make(ErrorCode::ShiftNotOpen).message);
        QVERIFY(refused.error().message.contains(u"shift"_s));
        QCOMPARE(fingerprint(), before);
        VERIFY_OK(sellResult(u"CLASS2"_s, PaymentMethod::Card, "1500.00", 1));
        openShiftWithFiveHundred();
        VERIFY_OK(sellResult(u"CLASS3"_s, PaymentMethod::Cash, "300.00", 2));
    }

    // The counter's window: the Cash menu is there, the status bar says
    // whether a shift is open, and a cash checkout without a shift is refused
    // in the checkout with the clear message (nothing sold) while the
    // Open-shift dialog opens over it, saying why. Cancelled: the checkout
    // stays, nothing sold. Counted: the shift opens and the same sale goes
    // through at once.
    void counterWindowNeedsAShiftForCash()
    {
        m_window.reset();
        MainWindow window;
        window.setTicketFolder(m_dir.path());
        window.setClerk(1, u"Demo Clerk"_s);
        QSignalSpy loaded(&window, &MainWindow::showsLoaded);
        window.setDatabase(&m_cluster->db(), u"test"_s);
        window.setCounter(m_engine.get(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        CashMenu *cash = window.cashMenu();
        QVERIFY(cash && window.menuBar()->actions().contains(cash->menu()->menuAction()));
        QTRY_VERIFY(cash->shiftLabel()->text().contains(u"No shift open"_s));
        QVERIFY(window.statusBar()->isAncestorOf(cash->shiftLabel()));

        QSignalSpy opened(window.session(), &CounterDesk::showOpened);
        window.openShow(m_show);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->seatMap()->rowCount() > 0, 10000);
        // One CLASS3 seat in the cart (picked as a click on the map would).
        window.session()->pickSeats(m_cluster->seatsOf(m_show, u"CLASS3"_s, 1));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->cart()->rowCount(), 1, 10000);
        const QString before = fingerprint();
        QTest::keyClick(&window, Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(window.checkoutDialog() && window.checkoutDialog()->isVisible(), 5000);
        CheckoutDialog *checkout = window.checkoutDialog();
        QTest::keyClick(checkout->tenderedEdit(), Qt::Key_Return);
        auto *error = checkout->findChild<QLabel *>(u"error"_s);
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), ServiceError::make(ErrorCode::ShiftNotOpen).message, 5000);
        // Offered right there, over the checkout, saying why.
        auto *open = waitForDialog<OpenShiftDialog>(checkout);
        QVERIFY(open);
        QVERIFY2(open->introLabel()->isVisible() && open->introLabel()->text().contains(u"sale"_s),
            qPrintable(open->introLabel()->text()));
        QCOMPARE(fingerprint(), before);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.orders"_s).toInt(), 0);
        // Not now: the checkout stays, with the message; nothing sold.
        QVERIFY(QTest::qWaitForWindowActive(open));
        const QPointer<OpenShiftDialog> cancelled = open;
        QTest::keyClick(open, Qt::Key_Escape);
        QTRY_VERIFY(!cancelled || !cancelled->isVisible());
        QVERIFY(checkout->isVisible());
        QCOMPARE(error->text(), ServiceError::make(ErrorCode::ShiftNotOpen).message);
        QCOMPARE(fingerprint(), before);

        // Again, and this time the float is counted: the sale goes through.
        QSignalSpy sold(&window, &MainWindow::orderSold);
        checkout->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(checkout));
        QTest::keyClick(checkout->tenderedEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT((open = waitForDialog<OpenShiftDialog>(checkout)) != nullptr, 5000);
        QVERIFY(QTest::qWaitForWindowActive(open));
        retype(open->countWidget()->totalEdit(), u"500"_s);
        QTest::keyClick(open->countWidget()->totalEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!sold.isEmpty(), 10000);
        QVERIFY(cash->shiftLabel()->text().contains(u"Shift open"_s));
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.payment WHERE method = 'cash'"_s).toInt(), 1);
        QCOMPARE(m_cluster->scalar(u"SELECT float_amount::text FROM boxoffice.cash_shift WHERE closed_at IS NULL"_s)
                     .toString(),
            u"500.00"_s);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.orders WHERE status = 'paid'"_s).toInt(), 1);
    }

    // A clerk's own X report (their login, their counter session) is blind
    // on screen and on paper: no expected cash, no cash taken, no tickets;
    // PromptPay and the float are there, and the slip says why.
    void clerksXReportIsBlind()
    {
        const QUuid device = QUuid::createUuid();
        const Result<CounterRef> counter
            = CounterSessions::registerCounter(m_cluster->db(), device, u"Counter Blind"_s);
        VERIFY_OK(counter);
        Database clerk(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"blindClerk"_s);
        VERIFY_OK(CounterSessions::open(clerk, device, QUuid::createUuid()));
        m_window = std::make_unique<QMainWindow>();
        m_cash = new CashMenu(m_window.get());
        m_cash->setOutput(m_dir.path(), {});
        QSignalSpy changed(m_cash, &CashMenu::shiftChanged);
        m_cash->setCounter(&clerk, 0, u"Counter Blind"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        openShiftWithFiveHundred(counter->id);
        OrderService orders(clerk);
        for (const auto &[type, method, amount] : {std::tuple {u"CLASS3"_s, PaymentMethod::Cash, "300.00"},
                 std::tuple {u"CLASS2"_s, PaymentMethod::PromptPay, "1500.00"}}) {
            SellRequest s;
            s.idempotencyKey = QUuid::createUuid();
            s.showId = m_show;
            s.seatIds = m_cluster->seatsOf(m_show, type, 1);
            s.ticketType = type;
            Tender t;
            t.method = method;
            t.amount = *Money::fromDecimal(QString::fromLatin1(amount));
            s.tenders = {t};
            VERIFY_OK(orders.sell(s, counter->id));
        }
        QSignalSpy shown(m_cash, &CashMenu::reportShown);
        shortcut(Qt::Key_X);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        CashReportDialog *x = m_cash->reportDialog();
        QVERIFY(x->report().blind);
        const QString text = x->textView()->toPlainText();
        QVERIFY2(!text.contains(u"Expected"_s) && !text.contains(u"Cash taken: "_s) && !text.contains(u"800"_s)
                && !text.contains(u"300.00"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"PromptPay taken: ฿1,500.00"_s) && text.contains(u"Float: ฿500.00"_s)
                && text.contains(u"blind count"_s) && !text.contains(u"Tickets sold"_s),
            qPrintable(text));
        QSignalSpy printed(x, &CashReportDialog::printed);
        QTest::mouseClick(x->printButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!printed.isEmpty(), 10000);
        const QString paper = pdfText(printed.first().first().toString());
        QVERIFY2(paper.contains(u"X report"_s) && paper.contains(u"1,500.00"_s) && !paper.contains(u"800.00"_s)
                && !paper.contains(u"Expected"_s),
            qPrintable(paper));
        QTest::keyClick(x, Qt::Key_Escape);
        m_window.reset();
        VERIFY_OK(CounterSessions::close(clerk));
    }

    // At sign-in a clerk is told that another clerk's shift is open at the
    // counter (whose, since when, what to do) and the status bar says whose;
    // a supervisor is offered to close it for them: the blind count, then
    // the Z report.
    void signInTellsOfAnotherClerksShift()
    {
        m_window.reset();
        const int clerkId = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'clerk'"_s).toInt();
        const QString clerkName
            = m_cluster->scalar(u"SELECT display_name FROM boxoffice.staff WHERE id = ?"_s, {clerkId}).toString();
        QVERIFY(m_cluster
                    ->scalar(u"SELECT boxoffice.open_shift(jsonb_build_object('terminal_id', ?::integer, 'clerk_id',"
                             " ?::integer, 'float', '500.00')) ->> 'ok'"_s,
                        {m_engine->terminalId(), clerkId})
                    .toString()
            == u"true"_s);
        for (const StaffRole role : {StaffRole::Clerk, StaffRole::Supervisor}) {
            MainWindow window;
            window.setTicketFolder(m_dir.path());
            window.setDatabase(&m_cluster->db(), u"test"_s);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.setCounter(m_engine.get(), nullptr);
            StaffMember other;
            other.id = clerkId + 1000; // someone else
            other.username = u"other"_s;
            other.displayName = u"Other Staff"_s;
            other.role = role;
            window.setStaff(other);
            QTRY_VERIFY_WITH_TIMEOUT(
                window.cashMenu()->shiftNotice() && window.cashMenu()->shiftNotice()->isVisible(), 5000);
            QMessageBox *notice = window.cashMenu()->shiftNotice();
            QVERIFY2(notice->text().contains(clerkName), qPrintable(notice->text()));
            QVERIFY(window.cashMenu()->otherClerksShiftOpen());
            QVERIFY2(window.cashMenu()->shiftLabel()->text().contains(clerkName)
                    && window.cashMenu()->shiftLabel()->text().contains(u"no cash"_s),
                qPrintable(window.cashMenu()->shiftLabel()->text()));
            auto *closeForThem = notice->findChild<QPushButton *>(u"closeForThemButton"_s);
            if (role == StaffRole::Clerk) {
                QVERIFY2(notice->text().contains(u"supervisor"_s), qPrintable(notice->text()));
                QVERIFY(!closeForThem);
                QTest::keyClick(notice, Qt::Key_Return);
                QTRY_VERIFY(!window.cashMenu()->shiftNotice());
                continue;
            }
            QVERIFY(closeForThem);
            QTest::mouseClick(closeForThem, Qt::LeftButton);
            auto *close = waitForDialog<CloseShiftDialog>(&window);
            QVERIFY(close);
            QVERIFY(QTest::qWaitForWindowActive(close));
            retype(close->countWidget()->totalEdit(), u"500"_s);
            QSignalSpy shown(window.cashMenu(), &CashMenu::reportShown);
            QTest::keyClick(close->countWidget()->totalEdit(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
            QCOMPARE(window.cashMenu()->reportDialog()->report().difference->toDecimal(), u"0.00"_s);
            QTRY_VERIFY(window.cashMenu()->shiftLabel()->text().contains(u"No shift open"_s));
            QCOMPARE(
                m_cluster->scalar(u"SELECT count(*) FROM boxoffice.cash_shift WHERE closed_at IS NULL"_s).toInt(), 0);
        }
    }

    // Signing out with one's own shift open asks first: Leave it open (a
    // break) signs out with the shift open; Cancel stays; Close counts the
    // drawer (blind), shows the Z report, and signs out once it is closed.
    void signOutAsksAboutTheOpenShift()
    {
        m_window.reset();
        const int clerkId = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'clerk'"_s).toInt();
        QVERIFY(m_cluster
                    ->scalar(u"SELECT boxoffice.open_shift(jsonb_build_object('terminal_id', ?::integer, 'clerk_id',"
                             " ?::integer, 'float', '500.00')) ->> 'ok'"_s,
                        {m_engine->terminalId(), clerkId})
                    .toString()
            == u"true"_s);
        MainWindow window;
        window.setTicketFolder(m_dir.path());
        window.setDatabase(&m_cluster->db(), u"test"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy noticed(window.cashMenu(), &CashMenu::notice);
        window.setCounter(m_engine.get(), nullptr);
        StaffMember me;
        me.id = clerkId;
        me.username = u"clerk"_s;
        me.displayName = u"Demo Clerk"_s;
        window.setStaff(me);
        // Told at sign-in: their own shift, carry on.
        QTRY_VERIFY_WITH_TIMEOUT(!noticed.isEmpty(), 5000);
        QVERIFY2(noticed.first().first().toString().contains(u"Your shift is open"_s),
            qPrintable(noticed.first().first().toString()));
        QVERIFY(window.cashMenu()->ownShiftOpen());
        QSignalSpy signOut(&window, &MainWindow::signOutRequested);

        const auto ask = [&window] {
            window.activateWindow();
            if (!QTest::qWaitForWindowActive(&window))
                return static_cast<QMessageBox *>(nullptr);
            QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
            QMessageBox *question = nullptr;
            const bool shown = QTest::qWaitFor(
                [&] {
                    question = window.question();
                    return question && question->isVisible();
                },
                5000);
            return shown ? question : nullptr;
        };
        QMessageBox *question = ask();
        QVERIFY(question);
        QCOMPARE(question->objectName(), u"signOutShiftQuestion"_s);
        QVERIFY2(question->text().contains(u"฿500.00"_s), qPrintable(question->text()));
        // Cancel: still signed in.
        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_VERIFY(!window.question());
        QVERIFY(signOut.isEmpty());
        // A break: signed out, the shift left open.
        question = ask();
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"leaveShiftOpenButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signOut.size(), 1, 5000);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.cash_shift WHERE closed_at IS NULL"_s).toInt(), 1);
        // Back from the break (still this window, for the test): close it.
        QTRY_VERIFY(!window.question());
        question = ask();
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"closeShiftButton"_s), Qt::LeftButton);
        auto *close = waitForDialog<CloseShiftDialog>(&window);
        QVERIFY(close);
        QVERIFY(QTest::qWaitForWindowActive(close));
        retype(close->countWidget()->totalEdit(), u"500"_s);
        QSignalSpy shown(window.cashMenu(), &CashMenu::reportShown);
        QTest::keyClick(close->countWidget()->totalEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.cash_shift WHERE closed_at IS NULL"_s).toInt(), 0);
        // Signed out only once the Z report is put away.
        QCOMPARE(signOut.size(), 1);
        CashReportDialog *z = window.cashMenu()->reportDialog();
        QVERIFY(z && z->report().kind == QLatin1Char('Z'));
        QTest::keyClick(z, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(signOut.size(), 2, 5000);
    }

    // The Z report in Thai: the title and labels translated, the amounts
    // exact.
    void zReportInThai()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Thai, QLocale::Thailand)));
        QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        CashReport z;
        z.kind = QLatin1Char('Z');
        z.shiftId = 7;
        z.from = QDateTime(QDate(2026, 7, 12), QTime(11, 0), QTimeZone::utc());
        z.to = QDateTime(QDate(2026, 7, 12), QTime(15, 30), QTimeZone::utc());
        z.floatAmount = *Money::fromDecimal(u"500.00");
        z.methods.insert(u"cash"_s, {*Money::fromDecimal(u"300.00"), Money(), *Money::fromDecimal(u"300.00")});
        z.expected = *Money::fromDecimal(u"800.00");
        z.counted = *Money::fromDecimal(u"700.00");
        z.difference = *Money::fromDecimal(u"-100.00");
        const QString file = m_dir.filePath(u"z-th.pdf"_s);
        QString problem;
        QVERIFY2(
            CashReportSlip::writePdf(z, u"Counter 1"_s, QTimeZone(QByteArrayLiteral("Asia/Bangkok")), file, &problem),
            qPrintable(problem));
        const QString text = pdfText(file);
        QVERIFY2(text.contains(CashReportSlip::title(z)) && CashReportSlip::title(z).contains(u"รายงาน"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"-฿100.00"_s) && text.contains(u"฿800.00"_s), qPrintable(text));
        // Venue-local time: 15:30 UTC is 22:30 in Bangkok.
        QVERIFY2(text.contains(u"22:30"_s), qPrintable(text));

        // The count's "or type the total" hint is whole in Thai (a tester
        // saw it cut off).
        CashCountWidget count;
        count.show();
        QVERIFY(QTest::qWaitForWindowExposed(&count));
        auto *total = count.findChild<QLineEdit *>(u"total"_s);
        QVERIFY(total);
        QVERIFY2(total->placeholderText().contains(u"ยอดรวม"_s), qPrintable(total->placeholderText()));
        const int needed = total->fontMetrics().horizontalAdvance(total->placeholderText());
        QVERIFY2(total->contentsRect().width() - 8 >= needed,
            qPrintable(u"%1 < %2"_s.arg(total->contentsRect().width() - 8).arg(needed)));
    }

private:
    QString fingerprint()
    {
        return m_cluster->fingerprint()
            + m_cluster
                  ->scalar(u"SELECT format('%s|%s|%s', (SELECT string_agg(format('%s/%s/%s/%s', id, float_amount,"
                           " closed_at, counted), ',') FROM boxoffice.cash_shift), (SELECT count(*) FROM"
                           " boxoffice.cash_movement), (SELECT count(*) FROM boxoffice.cash_report))"_s)
                  .toString();
    }

    // A Cash menu shortcut, typed once the counter's window is active again.
    void shortcut(Qt::Key key)
    {
        // The offscreen platform does not give the activation back by itself.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), key, Qt::ControlModifier | Qt::ShiftModifier);
    }

    void openShiftWithFiveHundred(int terminalId = 0)
    {
        shortcut(Qt::Key_O);
        auto *open = waitForDialog<OpenShiftDialog>(m_window.get());
        QVERIFY(open);
        QVERIFY(QTest::qWaitForWindowActive(open));
        // Focus starts on the 1000 notes; Tab to the 500s, one note.
        QCOMPARE(open->focusWidget(), open->countWidget()->notesBox(1000));
        QTest::keyClick(open->focusWidget(), Qt::Key_Tab);
        QCOMPARE(open->focusWidget(), open->countWidget()->notesBox(500));
        QTest::keyClick(open->focusWidget(), Qt::Key_Up);
        QCOMPARE(open->countWidget()->findChild<QLabel *>(u"countSum"_s)->text(), u"฿500.00"_s);
        QSignalSpy changed(m_cash, &CashMenu::shiftChanged);
        const QPointer<QLabel> message = open->messageLabel();
        QTest::keyClick(open->focusWidget(), Qt::Key_Return);
        // The dialog closes itself (and is deleted) once the shift is open.
        QTRY_VERIFY2_WITH_TIMEOUT(!changed.isEmpty(), qPrintable(message ? message->text() : QString()), 5000);
        QVERIFY(m_cash->shift().has_value());
        QVERIFY2(m_cash->shiftLabel()->text().contains(u"Shift open"_s), qPrintable(m_cash->shiftLabel()->text()));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT float_amount::text FROM boxoffice.cash_shift WHERE closed_at IS NULL"
                              " AND terminal_id = ?"_s,
                         {terminalId > 0 ? terminalId : m_engine->terminalId()})
                     .toString(),
            u"500.00"_s);
    }

    void movement(int kindIndex, const QString &amount, const QString &reason)
    {
        shortcut(Qt::Key_M);
        auto *move = waitForDialog<CashMovementDialog>(m_window.get());
        QVERIFY(move);
        move->kindBox()->setFocus();
        if (kindIndex == 1)
            QTest::keyClick(move->kindBox(), Qt::Key_Down);
        QCOMPARE(move->kindBox()->currentIndex(), kindIndex);
        retype(move->amountEdit(), amount);
        QTest::keyClicks(move->reasonEdit(), reason);
        QSignalSpy answered(move, &CashDialog::answered);
        QSignalSpy failed(move, &CashDialog::failed);
        QSignalSpy recorded(move, &CashMovementDialog::recorded);
        QTest::keyClick(move->reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 5000);
        // Recorded, the dialog has closed (and may be gone): ask the spies.
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(recorded.size(), 1);
    }

    CashReport closeWith(const QList<QPair<int, int>> &notes)
    {
        shortcut(Qt::Key_Z);
        auto *close = waitForDialog<CloseShiftDialog>(m_window.get());
        if (!close)
            return {};
        // Blind: no figure of the shift anywhere on the dialog.
        for (QLabel *label : close->findChildren<QLabel *>()) {
            if (label->text().contains(u"800"_s))
                qWarning("expected figure shown before the count: %s", qPrintable(label->text()));
            [&] { QVERIFY(!label->text().contains(u"800"_s)); }();
        }
        for (const auto &[baht, n] : notes)
            retype(close->countWidget()->notesBox(baht), QString::number(n));
        QSignalSpy shown(m_cash, &CashMenu::reportShown);
        QTest::keyClick(close->countWidget()->notesBox(notes.last().first), Qt::Key_Return);
        // The answer may come inside the key press (QFuture::then runs a
        // continuation at once when the work has finished), so count.
        if (!QTest::qWaitFor([&] { return !shown.isEmpty(); }, 5000))
            return {};
        CashReportDialog *z = m_cash->reportDialog();
        QSignalSpy printed(z, &CashReportDialog::printed);
        if (z->lastFile().isEmpty()
            && !QTest::qWaitFor([&] { return !printed.isEmpty() || !z->lastFile().isEmpty(); }, 10000))
            qWarning("the Z report was not saved within 10 s");
        return z->report();
    }

    Result<Order> sellResult(const QString &ticketType, PaymentMethod method, const char *amount, int offset = 0)
    {
        SellRequest s;
        s.idempotencyKey = QUuid::createUuid();
        s.showId = m_show;
        s.seatIds = m_cluster->seatsOf(m_show, ticketType, 1, offset);
        s.ticketType = ticketType;
        Tender t;
        t.method = method;
        t.amount = *Money::fromDecimal(QString::fromLatin1(amount));
        s.tenders = {t};
        const Result<HoldResult> held = m_engine->hold(m_show, s.seatIds, 5);
        if (!held)
            return held.error();
        return m_engine->sell(s);
    }

    void sell(const QString &ticketType, PaymentMethod method, const char *amount)
    {
        VERIFY_OK(sellResult(ticketType, method, amount));
    }

    TestCluster *m_cluster = nullptr;
    std::unique_ptr<SaleEngine> m_engine;
    std::unique_ptr<Database> m_supervisor;
    std::unique_ptr<QMainWindow> m_window;
    CashMenu *m_cash = nullptr;
    QTemporaryDir m_dir;
    int m_show = 0;
};

QTEST_MAIN(TestCashDialogs)
#include "tst_cashdialogs.moc"
