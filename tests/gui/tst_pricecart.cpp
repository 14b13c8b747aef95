// Price types at the counter (issue 12) with real clicks and keys: seats of
// two ticket types in one cart, a price type per seat (Ctrl+T and the cart's
// combo), sub-totals, a mixed order sold with its price types on the
// receipt, and a comp sold only after a supervisor approved it in the
// approval dialog (a wrong password refused, nothing sold).
#include "counter/approvaldialog.h"
#include "counter/cartmodel.h"
#include "counter/checkoutdialog.h"
#include "counter/counterdesk.h"
#include "counter/mainwindow.h"
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "counter/showlistmodel.h"
#include "db/database.h"
#include "money/money.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

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

} // namespace

class TestPriceCart final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }
    CartModel *cart() { return m_window->session()->cart(); }

    // Clicks the best free seat of a ticket type on the map; it joins the cart.
    int clickSeat(const QString &ticketType)
    {
        SeatMapView *map = m_window->seatMapView();
        const int seat = m_window->session()->seatMap()->bestAvailable(1, ticketType).first();
        const int before = cart()->rowCount();
        map->fitToView();
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, map->seatPosition(seat));
        if (!QTest::qWaitFor([&] { return cart()->rowCount() == before + 1; }, 5000))
            return 0;
        return rowOf(seat) >= 0 ? seat : 0;
    }

    int rowOf(int seatId)
    {
        for (int r = 0; r < cart()->rowCount(); ++r) {
            if (cart()->index(r, 0).data(CartModel::SeatIdRole).toInt() == seatId)
                return r;
        }
        return -1;
    }

    QString priceTypeOf(int seatId)
    {
        return cart()->index(rowOf(seatId), 0).data(CartModel::PriceTypeRole).toString();
    }

    QTableView *cartView() { return m_window->findChild<QTableView *>(u"cart"_s); }

    void selectCartRow(int row)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // A click on the row's seat cell selects that row alone.
        QTableView *view = m_window->findChild<QTableView *>(u"cart"_s);
        view->setFocus();
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cart()->index(row, 0)).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        m_show = m_cluster->demoShow(6);
        QVERIFY(m_show > 0);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.pricing_rule SET approval_below_percent = 10"_s));
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                                " SELECT ?, z.id, pt.id, CASE WHEN pt.code = 'THAI' THEN 333.33 ELSE 0 END"
                                " FROM boxoffice.show sh JOIN boxoffice.zone z ON z.venue_id = sh.venue_id,"
                                " boxoffice.price_type pt"
                                " WHERE sh.id = ? AND z.ticket_type = 'CLASS2' AND pt.code IN ('THAI', 'COMP')"
                                " ON CONFLICT DO NOTHING"_s,
            {m_show, m_show}));
        m_db = std::make_unique<Database>(m_cluster->config(), u"counterPT"_s);
        m_engine = std::make_unique<SaleEngine>(*m_db, SaleEngine::Options {u"Counter PT GUI"_s});
        QVERIFY(m_engine->registerTerminal().ok());
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_engine->terminalId()));
        m_feed = std::make_unique<SeatFeed>(m_cluster->config());
        m_feed->start();
        m_window = std::make_unique<MainWindow>();
        m_window->setTicketFolder(m_tickets.path());
        QSignalSpy loaded(m_window.get(), &MainWindow::showsLoaded);
        m_window->setDatabase(m_db.get(), u"test"_s);
        m_window->setCounter(m_engine.get(), m_feed.get());
        m_window->setClerk(1, u"Demo Clerk"_s);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QSignalSpy opened(m_window->session(), &CounterDesk::showOpened);
        m_window->openShow(m_show);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isOnline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!cart()->priceList().isEmpty(), 10000);
        // CLASS3's STANDARD price as the database says (the show's own, else the zone's).
        m_class3 = *Money::fromDecimal(m_cluster
                                           ->scalar(u"SELECT coalesce(sp.price, z.price)::text FROM boxoffice.show sh"
                                                    " JOIN boxoffice.zone z ON z.venue_id = sh.venue_id"
                                                    " LEFT JOIN boxoffice.show_price sp ON sp.show_id = sh.id"
                                                    " AND sp.zone_id = z.id AND sp.price_type_id = (SELECT id FROM"
                                                    " boxoffice.price_type WHERE code = 'STANDARD')"
                                                    " WHERE sh.id = ? AND z.ticket_type = 'CLASS3'"_s,
                                               {m_show})
                                           .toString());
    }

    void init()
    {
        if (cart()->rowCount() > 0) {
            m_window->session()->releaseAll();
            QTRY_COMPARE_WITH_TIMEOUT(cart()->rowCount(), 0, 10000);
        }
    }

    // Two CLASS2 seats and a CLASS3 one: Ctrl+T and the combo choose price
    // types (CLASS3 is offered STANDARD only), the sub-totals and total follow,
    // and the order is sold with each seat at its price type.
    void mixedCartSold()
    {
        const int a = clickSeat(u"CLASS2"_s);
        const int b = clickSeat(u"CLASS2"_s);
        const int c = clickSeat(u"CLASS3"_s);
        QVERIFY(a && b && c);
        QCOMPARE(cart()->ticketType(), QString()); // mixed

        // Ctrl+T on the first CLASS2 seat: STANDARD → THAI.
        selectCartRow(rowOf(a));
        QTest::keyClick(cartView(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(priceTypeOf(a), u"THAI"_s);
        QCOMPARE(priceTypeOf(b), u"STANDARD"_s);
        // The CLASS3 seat has nothing else to be sold at.
        selectCartRow(rowOf(c));
        m_window->statusBar()->clearMessage();
        QTest::keyClick(cartView(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(priceTypeOf(c), u"STANDARD"_s);
        // Not silent: the clerk is told why nothing changed, and what to do.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"one price type only"_s),
            qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(
            cart()->index(rowOf(c), 0).data(CartModel::OfferedCodesRole).toStringList(), QStringList {u"STANDARD"_s});

        // The second CLASS2 seat by the cart's combo: F2, down to "Thai resident", Enter.
        QTableView *view = m_window->findChild<QTableView *>(u"cart"_s);
        view->setFocus();
        view->setCurrentIndex(cart()->index(rowOf(b), CartModel::PriceTypeColumn));
        QTest::keyClick(view, Qt::Key_F2);
        QComboBox *combo = nullptr;
        QTRY_VERIFY((combo = view->findChild<QComboBox *>(u"priceTypeCombo"_s)));
        QCOMPARE(combo->count(), 3); // STANDARD, THAI, COMP
        // Each choice with its price, as the database prices it.
        QVERIFY2(combo->findText(u"Thai resident — "_s + formatBaht(Money::fromSatang(33333))) >= 0,
            qPrintable(combo->itemText(1)));
        QVERIFY(combo->findText(u"Comp — "_s + formatBaht(Money())) >= 0);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), u"THAI"_s);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(priceTypeOf(b), u"THAI"_s);

        const Money total = Money::fromSatang(66666) + m_class3;
        QString rows;
        for (int r = 0; r < cart()->rowCount(); ++r)
            rows += cart()->index(r, 0).data().toString() + u':'
                + cart()->index(r, CartModel::PriceTypeColumn).data(CartModel::PriceTypeRole).toString() + u':'
                + cart()->index(r, CartModel::PriceColumn).data().toString() + u' ';
        QVERIFY2(cart()->total() == total, qPrintable(rows + total.toDecimal()));
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"cartTotal"_s)->text().contains(formatBaht(total)));
        const QString subtotals = m_window->cartSubtotals()->text();
        QVERIFY2(
            subtotals.contains(u"Thai resident × 2: "_s + formatBaht(Money::fromSatang(66666))), qPrintable(subtotals));
        QVERIFY2(subtotals.contains(u"Standard × 1: "_s + formatBaht(m_class3)), qPrintable(subtotals));

        QSignalSpy sold(m_window.get(), &MainWindow::orderSold);
        QSignalSpy delivered(m_window.get(), &MainWindow::ticketsDelivered);
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->checkoutDialog() && m_window->checkoutDialog()->isVisible(), 5000);
        QVERIFY(!m_window->approvalDialog());
        QTest::keyClick(m_window->checkoutDialog()->tenderedEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!sold.isEmpty(), 10000);
        const qint64 id = sold.first().at(0).toLongLong();
        QCOMPARE(m_cluster->scalar(u"SELECT total::text FROM boxoffice.orders WHERE id = ?"_s, {id}).toString(),
            total.toDecimal());
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(os.ticket_type || ':' || pt.code || ':' || os.price, ','"
                              " ORDER BY os.ticket_type, pt.code) FROM boxoffice.order_seat os"
                              " JOIN boxoffice.price_type pt ON pt.id = os.price_type_id WHERE os.order_id = ?"_s,
                         {id})
                     .toString(),
            u"CLASS2:THAI:333.33,CLASS2:THAI:333.33,CLASS3:STANDARD:"_s + m_class3.toDecimal());

        // The receipt and the tickets name the price types.
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), 10000);
        const QString text = pdfText(delivered.first().at(1).toString());
        QVERIFY2(text.count(u"Thai resident"_s) >= 4, qPrintable(text)); // 2 receipt lines, 2 tickets
        QVERIFY2(text.contains(u"Price type"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Standard"_s), qPrintable(text));
        QVERIFY(text.contains(formatBaht(total)));
    }

    // The cart from the keyboard alone (a tester found it out of reach):
    // Tab leaves the show list for the map (not its next cell), F4 goes to
    // the cart with its first seat chosen, the arrows choose another, Ctrl+T
    // changes that seat alone, F2 opens its price type whatever cell is
    // current, and F3 goes back to the map.
    void cartFromTheKeyboard()
    {
        const int a = clickSeat(u"CLASS2"_s);
        const int b = clickSeat(u"CLASS2"_s);
        QVERIFY(a && b);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTableView *shows = m_window->findChild<QTableView *>(u"shows"_s);
        QCOMPARE(QApplication::focusWidget(), shows);
        QTest::keyClick(shows, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_window->seatMapView());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
        QTableView *view = cartView();
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        const int second = view->currentIndex().data(CartModel::SeatIdRole).toInt();
        const int first = second == a ? b : a;
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(priceTypeOf(second), u"THAI"_s);
        QCOMPARE(priceTypeOf(first), u"STANDARD"_s);

        QCOMPARE(view->currentIndex().column(), 0); // the seat's cell, not the price type's
        QTest::keyClick(view, Qt::Key_F2);
        QComboBox *combo = nullptr;
        QTRY_VERIFY((combo = view->findChild<QComboBox *>(u"priceTypeCombo"_s)));
        QCOMPARE(combo->currentData().toString(), u"THAI"_s);
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentData().toString(), u"STANDARD"_s);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(priceTypeOf(second), u"STANDARD"_s);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
        QCOMPARE(QApplication::focusWidget(), m_window->seatMapView());
    }

    // A comp: checkout asks for a supervisor; a wrong password is refused
    // with nothing sold or approved; the right one approves, and the comp is
    // sold at 0 with the approval used.
    void compNeedsTheSupervisor()
    {
        const int seat = clickSeat(u"CLASS2"_s);
        QVERIFY(seat);
        selectCartRow(0);
        QTest::keyClick(cartView(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(priceTypeOf(seat), u"THAI"_s);
        QTest::keyClick(cartView(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(priceTypeOf(seat), u"COMP"_s);
        QCOMPARE(cart()->total(), Money());
        QCOMPARE(cart()->approvalNeeded(), PriceApproval::Comp);
        // A Standard seat beside it: sold in the same order, but not the
        // supervisor's business (the dialog lists only the comp).
        const int standardSeat = clickSeat(u"CLASS2"_s);
        QVERIFY(standardSeat && standardSeat != seat);
        QTRY_COMPARE(cart()->rowCount(), 2);
        QCOMPARE(priceTypeOf(standardSeat), u"STANDARD"_s);
        QCOMPARE(cart()->approvalNeeded(), PriceApproval::Comp);

        const int orders = count(u"SELECT count(*) FROM boxoffice.orders"_s);
        const int approvals = count(u"SELECT count(*) FROM boxoffice.price_approval"_s);
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->approvalDialog() && m_window->approvalDialog()->isVisible(), 5000);
        QVERIFY(!m_window->checkoutDialog());
        ApprovalDialog *dialog = m_window->approvalDialog();
        const QString purpose = dialog->findChild<QLabel *>(u"approvalPurpose"_s)->text();
        QVERIFY2(purpose.contains(u"Comp × 1"_s), qPrintable(purpose));
        QVERIFY2(!purpose.contains(u"Standard"_s), qPrintable(purpose));

        // No reason: said, nothing asked of the database.
        QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(!dialog->errorLabel()->text().isEmpty());

        QTest::keyClicks(dialog->reasonEdit(), u"Promoter's guest"_s);
        QTest::keyClicks(dialog->userEdit(), u"supervisor"_s);
        QTest::keyClicks(dialog->passwordEdit(), u"wrong-password"_s);
        QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->errorLabel()->text().contains(u"Not approved"_s), 10000);
        QVERIFY(dialog->errorLabel()->text().contains(u"password"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_window->checkoutDialog());
        QCOMPARE(count(u"SELECT count(*) FROM boxoffice.orders"_s), orders);
        QCOMPARE(count(u"SELECT count(*) FROM boxoffice.price_approval"_s), approvals);

        QTest::keyClicks(dialog->passwordEdit(), u"supervisor-demo"_s);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->checkoutDialog() && m_window->checkoutDialog()->isVisible(), 10000);
        QTRY_VERIFY(!m_window->approvalDialog());
        QCOMPARE(count(u"SELECT count(*) FROM boxoffice.price_approval WHERE used_at IS NULL"_s), 1);

        QSignalSpy sold(m_window.get(), &MainWindow::orderSold);
        QSignalSpy delivered(m_window.get(), &MainWindow::ticketsDelivered);
        QTest::keyClick(m_window->checkoutDialog()->tenderedEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!sold.isEmpty(), 10000);
        const qint64 id = sold.first().at(0).toLongLong();
        QCOMPARE(m_cluster->scalar(u"SELECT total::text FROM boxoffice.orders WHERE id = ?"_s, {id}).toString(),
            m_cluster
                ->scalar(u"SELECT price::text FROM boxoffice.order_seat WHERE order_id = ? AND seat_id = ?"_s,
                    {id, standardSeat})
                .toString());
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT price::text FROM boxoffice.order_seat WHERE order_id = ? AND seat_id = ?"_s,
                         {id, seat})
                     .toString(),
            u"0.00"_s);
        QCOMPARE(count(u"SELECT count(*) FROM boxoffice.price_approval WHERE order_id = ? AND used_at IS NOT NULL"
                       " AND approver = 'supervisor' AND reason = 'Promoter''s guest'"_s,
                     {id}),
            1);
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), 10000);
        const QString text = pdfText(delivered.first().at(1).toString());
        QVERIFY2(text.contains(u"Comp"_s), qPrintable(text));
        // The receipt names the approving supervisor and the reason.
        const QString approver
            = m_cluster->scalar(u"SELECT display_name FROM boxoffice.staff WHERE username = 'supervisor'"_s).toString();
        QVERIFY(!approver.isEmpty());
        QVERIFY2(text.contains(u"Approved by: %1 (Promoter's guest)"_s.arg(approver)), qPrintable(text));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_feed.reset();
        m_engine.reset();
        m_db.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SaleEngine> m_engine;
    std::unique_ptr<SeatFeed> m_feed;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_tickets;
    int m_show = 0;
    Money m_class3;
};

QTEST_MAIN(TestPriceCart)
#include "tst_pricecart.moc"
