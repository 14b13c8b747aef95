// The counter's text and layout as a clerk meets them (issue 10 items 6, 8,
// 15, 16), with real clicks and keys on the real window over a real
// PostgreSQL. The program runs with TZ=UTC unless TZ is set, so that the
// venue's 18:30 (Bangkok) is 11:30 on this PC: every show time shown must
// still be the venue's.
#include "admin/countersessions.h"
#include "counter/cartmodel.h"
#include "counter/checkoutdialog.h"
#include "counter/counterdesk.h"
#include "counter/mainwindow.h"
#include "counter/ordersdialog.h"
#include "counter/seatmaplegend.h"
#include "counter/seatmapview.h"
#include "counter/showlistmodel.h"
#include "db/database.h"
#include "display.h"
#include "i18n.h"
#include "ops/auditlog.h"
#include "ops/emergencycontrols.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "sqlattempt.h"
#include "supervisor/auditlogdialog.h"
#include "supervisor/auditlogmodel.h"
#include "supervisor/supervisordashboard.h"
#include "tcpproxy.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>

#include <QtCore/QTranslator>

#include <ctime>

using namespace boxoffice;
using namespace std::chrono_literals;
using boxoffice::test::TcpProxy;
using boxoffice::test::TestCluster;

namespace {

const QTimeZone kBangkok("Asia/Bangkok");

// Every column of the show list lies inside its viewport (none cut off).
QString columnsOutside(QTableView *view)
{
    QStringList outside;
    const int width = view->viewport()->width();
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (view->isColumnHidden(c))
            continue;
        const QRect r = view->visualRect(view->model()->index(0, c));
        if (r.left() < 0 || r.right() >= width || r.width() < 20)
            outside << QStringLiteral("%1 [%2..%3] of %4")
                           .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                           .arg(r.left())
                           .arg(r.right())
                           .arg(width);
    }
    return outside.join(QStringLiteral("; "));
}

// Only this language's translations, as at a start in it.
void useLanguage(const QLocale &locale)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installTranslations(*qApp, locale);
}

} // namespace

class TestCounterLayout final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }

    // A counter window of its own over db and feed, shown at 1280×800, its shows loaded.
    std::unique_ptr<MainWindow> makeWindow(Database &db, SaleEngine &engine, SeatFeed *feed)
    {
        auto window = std::make_unique<MainWindow>();
        window->setTicketFolder(m_tickets.path());
        QSignalSpy loaded(window.get(), &MainWindow::showsLoaded);
        window->setDatabase(&db, QStringLiteral("test"));
        window->setCounter(&engine, feed);
        window->setStaff(StaffMember {1, QStringLiteral("clerk"), QStringLiteral("Demo Clerk"), StaffRole::Clerk});
        window->resize(1280, 800);
        window->show();
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        }();
        return window;
    }

    // Clicks the show of that row (its title cell), as a clerk does.
    void clickShow(MainWindow &window, int row)
    {
        QTableView *view = window.showView();
        const QRect cell = view->visualRect(window.showModel()->index(row, ShowListModel::TitleColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    }

    int showOfRow(MainWindow &window, int row)
    {
        return window.showModel()->index(row, 0).data(ShowListModel::ShowIdRole).toInt();
    }

    QList<int> selectedRows(MainWindow &window)
    {
        QList<int> rows;
        for (const QModelIndex &i : window.showView()->selectionModel()->selectedRows())
            rows << i.row();
        return rows;
    }

    // Opens the show of that row by a click and waits for its seats.
    void openRow(MainWindow &window, int row)
    {
        QSignalSpy opened(window.session(), &CounterDesk::showOpened);
        clickShow(window, row);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->seatMap()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isOnline(), 10000);
    }

    // Holds n seats by keys and sells them by keys; the order's id.
    qint64 sellByKeys(MainWindow &window, int n, const QString &phone)
    {
        SeatMapView *map = window.seatMapView();
        map->setFocus();
        QTest::keyClick(map, Qt::Key(Qt::Key_0 + n));
        QTest::keyClick(map, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return window.session()->cart()->rowCount() == n; }, 5000))
            return 0;
        QSignalSpy sold(&window, &MainWindow::orderSold);
        window.checkout();
        if (!QTest::qWaitFor([&] { return window.checkoutDialog() != nullptr; }, 5000))
            return 0;
        window.checkoutDialog()->findChild<QLineEdit *>(QStringLiteral("customerPhone"))->setText(phone);
        QTest::mouseClick(window.checkoutDialog()->confirmButton(), Qt::LeftButton);
        if (!sold.wait(10000) && sold.isEmpty())
            return 0;
        return sold.first().at(0).toLongLong();
    }

    // Searches the orders dialog by keys, as a clerk does.
    void searchOrders(OrdersDialog *orders, const QString &text)
    {
        QSignalSpy searched(orders, &OrdersDialog::searched);
        orders->searchEdit()->clear();
        QTest::keyClicks(orders->searchEdit(), text);
        QTest::keyClick(orders->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 5000);
    }

    // The seats' labels, each line being "label — zone, price".
    static QStringList seatTexts(QListWidget *list)
    {
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text().section(QStringLiteral(" — "), 0, 0);
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        useLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
        // The zone this run is about: not the venue's.
        QVERIFY(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc())
            != kBangkok.offsetFromUtc(QDateTime::currentDateTimeUtc()));
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_cluster->resetSales();
        m_db = std::make_unique<Database>(m_cluster->config(), QStringLiteral("counterL"));
        m_engine = std::make_unique<SaleEngine>(*m_db, SaleEngine::Options {QStringLiteral("Counter L")});
        m_engine->rateLimiter().configure(1e6, 1e6);
        QVERIFY(m_engine->registerTerminal().ok());
        // The feed starts after the window is up: its first connect is the
        // start-up's, and no news.
        m_feed = std::make_unique<SeatFeed>(m_cluster->config());
        m_feed->setPingInterval(200);
        m_window = makeWindow(*m_db, *m_engine, m_feed.get());
        QVERIFY(m_window);
        m_window->setCounterName(QStringLiteral("Counter L"));
        QSignalSpy online(m_feed.get(), &SeatFeed::onlineChanged);
        m_feed->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isOnline(), 10000);
        QTest::qWait(100);
        QVERIFY2(!m_window->statusBar()->currentMessage().contains(QLatin1String("Back online")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!m_window->banner()->isVisible());
    }

    void init()
    {
        if (m_window->session()->cart()->rowCount() > 0) {
            m_window->session()->releaseAll();
            QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->cart()->rowCount(), 0, 10000);
        }
    }

    // Item 16: the title names the counter; the application's name follows
    // it once (applicationDisplayName), never twice.
    void titleNamesTheCounterOnce()
    {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Box Office"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Counter L[*]"));
        QVERIFY(!m_window->windowTitle().contains(QGuiApplication::applicationDisplayName()));
    }

    // Item 15: at 1280×800 every column of the show list shows, the title
    // shortened rather than a column cut off; no sideways scrolling.
    void showListColumnsFitAt1280x800()
    {
        QCOMPARE(m_window->size(), QSize(1280, 800));
        QTableView *view = m_window->showView();
        QVERIFY(m_window->showModel()->rowCount() > 0);
        const QString outside = columnsOutside(view);
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
        // Readable: the title keeps room for a few words, the dates are whole.
        QVERIFY(view->columnWidth(ShowListModel::TitleColumn) >= 60);
        const QString date = m_window->showModel()->index(0, ShowListModel::DateColumn).data().toString();
        QVERIFY(view->columnWidth(ShowListModel::DateColumn) >= view->fontMetrics().horizontalAdvance(date));
        // Bangkok's time, labelled (this PC is in another zone), never this PC's 11:30.
        QVERIFY2(date.contains(QLatin1String("UTC+07:00")), qPrintable(date));
        QVERIFY2(date.contains(QLatin1String("18:30")), qPrintable(date)); // Bangkok's, not this PC's 11:30
        QVERIFY(m_window->grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/shows-1280x800-en.png")));
    }

    // The same in Thai, whose dates and headers are longer.
    void showListColumnsFitInThai()
    {
        useLanguage(QLocale(QLocale::Thai, QLocale::Thailand));
        auto english = qScopeGuard([] { useLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); });
        std::unique_ptr<MainWindow> window = makeWindow(*m_db, *m_engine, nullptr);
        QVERIFY(window);
        QTableView *view = window->showView();
        const QString date = window->showModel()->index(0, ShowListModel::DateColumn).data().toString();
        QVERIFY2(date.contains(QStringLiteral("ธ.ค.")) || date.contains(QStringLiteral("น.")), qPrintable(date));
        const QString outside = columnsOutside(view);
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
        QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
        QVERIFY(view->columnWidth(ShowListModel::TitleColumn) >= 60);
        QVERIFY(view->columnWidth(ShowListModel::DateColumn) >= view->fontMetrics().horizontalAdvance(date));
        QVERIFY(window->grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/shows-1280x800-th.png")));
    }

    // The cart in Thai, whose headers are longer: the seat's label, price,
    // time left and price type show whole (only the zone may be shortened),
    // and the F2 popup names each price type with its price.
    void cartColumnsFitInThai()
    {
        useLanguage(QLocale(QLocale::Thai, QLocale::Thailand));
        auto english = qScopeGuard([] { useLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); });
        std::unique_ptr<MainWindow> window = makeWindow(*m_db, *m_engine, nullptr);
        QVERIFY(window);
        QSignalSpy opened(window->session(), &CounterDesk::showOpened);
        clickShow(*window, 7);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->seatMap()->rowCount() > 0, 10000);
        auto release = qScopeGuard([&window] { window->session()->releaseAll(); });
        SeatMapView *map = window->seatMapView();
        map->setFocus();
        QTest::keyClick(map, Qt::Key_2);
        QTest::keyClick(map, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->cart()->rowCount(), 2, 5000);
        auto *cart = window->findChild<QTableView *>(QStringLiteral("cart"));
        QVERIFY(cart);
        QTRY_VERIFY(cart->isVisible());
        const QString outside = columnsOutside(cart);
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
        for (int c :
            {CartModel::SeatColumn, CartModel::PriceColumn, CartModel::TimeLeftColumn, CartModel::PriceTypeColumn}) {
            for (int r = 0; r < 2; ++r) {
                const QModelIndex i = cart->model()->index(r, c);
                const QString text = i.data().toString();
                QVERIFY(!text.isEmpty());
                // (The header sizes its columns on the next layout after the rows come.)
                QTRY_VERIFY2(cart->visualRect(i).width() >= cart->fontMetrics().horizontalAdvance(text),
                    qPrintable(
                        QStringLiteral("column %1: %2 in %3 px").arg(c).arg(text).arg(cart->visualRect(i).width())));
            }
        }
        QVERIFY(window->grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/cart-1280x800-th.png")));
    }

    // Item 6: a click on a show opens it; the highlight is always the open
    // show (keys move the cursor, Enter opens); with seats in the cart the
    // clerk is asked before they are let go.
    void clickOpensTheShowAndTheHighlightFollows()
    {
        openRow(*m_window, 2);
        QCOMPARE(m_window->currentShowId(), showOfRow(*m_window, 2));
        QCOMPARE(selectedRows(*m_window), QList<int> {2});
        // Down arrow: the cursor moves, the highlight stays with the open show.
        QTableView *view = m_window->showView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 3);
        QCOMPARE(selectedRows(*m_window), QList<int> {2});
        QCOMPARE(m_window->currentShowId(), showOfRow(*m_window, 2));
        // Enter opens where the cursor is.
        QSignalSpy opened(m_window->session(), &CounterDesk::showOpened);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
        QCOMPARE(m_window->currentShowId(), showOfRow(*m_window, 3));
        QCOMPARE(selectedRows(*m_window), QList<int> {3});
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isOnline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->session()->seatMap()->bestAvailable(1, QStringLiteral("CLASS3")).isEmpty(), 10000);

        // A seat in the cart; a click on another show asks first.
        m_window->session()->holdBestAvailable(1, QStringLiteral("CLASS3"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->cart()->rowCount(), 1, 5000);
        clickShow(*m_window, 4);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->question() && m_window->question()->isVisible(), 5000);
        QVERIFY(m_window->question()->text().contains(QLatin1String("1 seat of this show is held")));
        QTest::mouseClick(m_window->question()->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->question(), 5000);
        QCOMPARE(m_window->currentShowId(), showOfRow(*m_window, 3));
        QCOMPARE(selectedRows(*m_window), QList<int> {3});
        QCOMPARE(m_window->session()->cart()->rowCount(), 1);
        // Asked again, and agreed: released, and the other show is open.
        clickShow(*m_window, 4);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->question() && m_window->question()->isVisible(), 5000);
        auto *release = m_window->question()->findChild<QPushButton *>(QStringLiteral("releaseAndOpenButton"));
        QVERIFY(release);
        opened.clear();
        QTest::mouseClick(release, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
        QCOMPARE(m_window->currentShowId(), showOfRow(*m_window, 4));
        QCOMPARE(selectedRows(*m_window), QList<int> {4});
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->cart()->rowCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE held_by = ? "
                                                       "AND state = 'held'"),
                                      {m_engine->terminalId()}),
            0, 5000);
        // A refresh keeps the highlight on the open show.
        QSignalSpy loaded(m_window.get(), &MainWindow::showsLoaded);
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(selectedRows(*m_window), QList<int> {4});
    }

    // Item 6: the open show's date and time, the venue's (18:30 in Bangkok,
    // whatever this PC's zone), in the map's header, the cart, the checkout
    // and the orders list.
    void openShowDateEverywhere()
    {
        openRow(*m_window, 5);
        const VenueLayout &layout = m_window->session()->seatMap()->layout();
        QCOMPARE(layout.startsAt.toTimeZone(kBangkok).time(), QTime(18, 30));
        const QString when = boxoffice::Display::venueTimeText(layout.startsAt, kBangkok);
        QVERIFY(when.contains(QLatin1String("18:30")));
        QVERIFY(when.contains(QLatin1String("UTC+07:00"))); // labelled: this PC is elsewhere
        const QString header = m_window->showHeader()->text();
        QVERIFY2(header.contains(when) && header.contains(layout.showTitle), qPrintable(header));
        QVERIFY(!header.contains(QLatin1String("11:30")));
        QVERIFY2(m_window->cartShowLabel()->text().contains(when), qPrintable(m_window->cartShowLabel()->text()));

        // The checkout says it too.
        SeatMapView *map = m_window->seatMapView();
        map->setFocus();
        QTest::keyClick(map, Qt::Key_1);
        QTest::keyClick(map, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->cart()->rowCount(), 1, 5000);
        // Every column of the cart shows in its dock.
        auto *cart = m_window->findChild<QTableView *>(QStringLiteral("cart"));
        QVERIFY(cart);
        const QString cartOutside = columnsOutside(cart);
        QVERIFY2(cartOutside.isEmpty(), qPrintable(cartOutside));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->checkoutDialog() && m_window->checkoutDialog()->isVisible(), 5000);
        QVERIFY(m_window->checkoutDialog()->showLabel()->isVisible());
        QVERIFY2(m_window->checkoutDialog()->showLabel()->text().contains(when),
            qPrintable(m_window->checkoutDialog()->showLabel()->text()));
        QSignalSpy sold(m_window.get(), &MainWindow::orderSold);
        QTest::keyClick(m_window->checkoutDialog()->tenderedEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!sold.isEmpty(), 10000);
        const qint64 orderId = sold.first().at(0).toLongLong();

        // The orders list: the order's row names its night.
        m_window->showOrders();
        OrdersDialog *orders = m_window->ordersDialog();
        QVERIFY(orders && orders->isVisible());
        searchOrders(orders, QStringLiteral("#%1").arg(orderId));
        QCOMPARE(orders->results()->rowCount(), 1);
        const QString showCell = orders->results()->item(0, 1)->text();
        QVERIFY2(showCell.contains(QLatin1String("18:30")) && showCell.contains(layout.showTitle)
                && showCell.contains(
                    boxoffice::Display::venueTimeText(layout.startsAt, kBangkok, boxoffice::Display::TimeStyle::Short)),
            qPrintable(showCell));
        QCOMPARE(orders->results()->horizontalHeaderItem(1)->text(), QStringLiteral("Show"));
        orders->close();
    }

    // Item 8: a second search lists the seats of the order found now, not
    // the last one's; a cancel leaves the order's seats listed, as released.
    void ordersSecondSearchAndCancelKeepSeats()
    {
        const qint64 first = sellByKeys(*m_window, 2, QStringLiteral("0811110001"));
        QVERIFY(first > 0);
        const qint64 second = sellByKeys(*m_window, 1, QStringLiteral("0811110002"));
        QVERIFY(second > 0);
        const auto labelsOf = [this](qint64 order) {
            QStringList labels;
            const QString all = m_cluster
                                    ->scalar(QStringLiteral("SELECT string_agg(s.label, ',' ORDER BY s.label) FROM "
                                                            "boxoffice.order_seat os JOIN boxoffice.seat s ON s.id = "
                                                            "os.seat_id WHERE os.order_id = ? AND os.active"),
                                        {order})
                                    .toString();
            return all.split(QLatin1Char(','));
        };
        const QStringList firstSeats = labelsOf(first);
        const QStringList secondSeats = labelsOf(second);
        QCOMPARE(firstSeats.size(), 2);
        QCOMPARE(secondSeats.size(), 1);

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        OrdersDialog *orders = m_window->ordersDialog();
        QVERIFY(orders && orders->isVisible());
        searchOrders(orders, QStringLiteral("#%1").arg(first));
        QCOMPARE(seatTexts(orders->seatList()), firstSeats);
        // Each seat with its zone and the price paid for it.
        for (int i = 0; i < orders->seatList()->count(); ++i) {
            const QString line = orders->seatList()->item(i)->text();
            const SeatRef &seat = orders->orders().first().seats.at(i);
            QCOMPARE(line, QStringLiteral("%1 — %2, %3").arg(seat.label, seat.zone, formatBaht(seat.price)));
            QVERIFY(!seat.zone.isEmpty() && seat.price > Money());
        }
        // The second search: only its order's seats.
        searchOrders(orders, QStringLiteral("#%1").arg(second));
        QCOMPARE(orders->orders().size(), 1);
        QCOMPARE(orders->orders().first().id, second);
        QCOMPARE(seatTexts(orders->seatList()), secondSeats);
        // And back by phone (a row that was selected before, in a new answer).
        searchOrders(orders, QStringLiteral("0811110001"));
        QCOMPARE(seatTexts(orders->seatList()), firstSeats);

        // Cancel with a reason: the seats stay listed, as released.
        const QString fingerprintSeats = m_cluster
                                             ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat "
                                                                     "WHERE order_id = ?"),
                                                 {first})
                                             .toString();
        QCOMPARE(fingerprintSeats, QStringLiteral("2"));
        QSignalSpy changed(orders, &OrdersDialog::orderChanged);
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, orders, [orders, &answer] {
            auto *input = orders->findChild<QInputDialog *>();
            if (!input || !input->isVisible())
                return;
            answer.stop();
            input->setTextValue(QStringLiteral("customer cannot come"));
            input->accept();
        });
        answer.start();
        QTest::mouseClick(orders->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE order_id = ?"), {first}), 0);
        QListWidget *seats = orders->seatList();
        QCOMPARE(seats->count(), 2);
        for (int i = 0; i < seats->count(); ++i) {
            QVERIFY2(seats->item(i)->text().startsWith(firstSeats.at(i))
                    && seats->item(i)->text().contains(QLatin1String("released")),
                qPrintable(seats->item(i)->text()));
            QVERIFY(!(seats->item(i)->flags() & Qt::ItemIsUserCheckable)); // nothing to move
        }
        const QString seatsCell = orders->results()->item(0, 4)->text();
        QVERIFY2(
            seatsCell.contains(firstSeats.join(QStringLiteral(", "))) && seatsCell.contains(QLatin1String("released")),
            qPrintable(seatsCell));
        QCOMPARE(orders->results()->item(0, 2)->text(), QStringLiteral("Cancelled"));
        orders->close();
    }

    // Item 15: a legend under the map, an entry per zone and per state, in
    // the map's own colours.
    void legendHasEveryState()
    {
        SeatMapLegend *legend = m_window->legend();
        QVERIFY(legend && legend->isVisible());
        const VenueLayout &layout = m_window->session()->seatMap()->layout();
        QVERIFY(!layout.zones.isEmpty());
        QStringList keys;
        for (const SeatMapLegend::Entry &e : legend->entries())
            keys << e.key;
        QStringList expected;
        for (const ZoneInfo &z : layout.zones)
            expected << QStringLiteral("zone:") + z.ticketType;
        expected << QStringLiteral("heldMine") << QStringLiteral("heldOther") << QStringLiteral("sold")
                 << QStringLiteral("blocked") << QStringLiteral("cursor");
        QCOMPARE(keys, expected);
        const SeatMapView::Palette &palette = SeatMapView::palette();
        const QHash<QString, QColor> mapColors {{QStringLiteral("heldMine"), palette.heldMine},
            {QStringLiteral("heldOther"), palette.heldOther}, {QStringLiteral("sold"), palette.sold},
            {QStringLiteral("blocked"), palette.blocked}};
        for (const SeatMapLegend::Entry &e : legend->entries()) {
            if (mapColors.contains(e.key))
                QCOMPARE(e.color, mapColors.value(e.key));
            QWidget *w = legend->entryWidget(e.key);
            QVERIFY(w && w->isVisible());
            QVERIFY2(legend->rect().contains(w->geometry()), qPrintable(e.key)); // none cut off
            QVERIFY(!e.text.isEmpty());
        }
        for (int z = 0; z < layout.zones.size(); ++z) {
            QCOMPARE(legend->entries().at(z).color, QColor(layout.zones.at(z).color));
            QVERIFY(legend->entries().at(z).text.contains(formatBaht(layout.zones.at(z).price)));
        }
        QCOMPARE(legend->entries().at(layout.zones.size()).text, QStringLiteral("Held by this counter"));
    }

    // Item 15: the map refits when the window or a dock changes size.
    void mapRefitsOnResize()
    {
        SeatMapView *map = m_window->seatMapView();
        map->fitToView();
        const auto seatsOnScreen = [map] {
            const QRectF b = map->model()->bounds();
            return QRectF(map->worldToWidget(b.topLeft()), map->worldToWidget(b.bottomRight()));
        };
        const auto fits = [&] {
            const QRectF seats = seatsOnScreen();
            const QRectF inside = QRectF(map->rect()).adjusted(-1, -1, 1, 1);
            // Whole, and filling one side of the map.
            return inside.contains(seats)
                && (seats.width() > map->width() * 0.8 || seats.height() > map->height() * 0.8);
        };
        QVERIFY(fits());
        const double before = map->scale();
        m_window->resize(1000, 640);
        QTRY_VERIFY_WITH_TIMEOUT(fits() && map->scale() < before, 2000);
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("showsDock"));
        QVERIFY(dock);
        const double narrower = map->scale();
        m_window->resize(1280, 800);
        QTRY_VERIFY_WITH_TIMEOUT(fits() && map->scale() > narrower, 2000);
        const int mapWidth = map->width();
        m_window->resizeDocks({dock}, {dock->width() + 120}, Qt::Horizontal);
        QTRY_VERIFY_WITH_TIMEOUT(map->width() < mapWidth && fits(), 2000);
        m_window->resizeDocks({dock}, {dock->width() - 120}, Qt::Horizontal);
        QTRY_VERIFY_WITH_TIMEOUT(map->width() == mapWidth && fits(), 2000);
    }

    // Item 15: neither the state banner nor a passing message moves the map
    // (a quick second click lands on the seat it was aimed at).
    void bannersNeverMoveTheMap()
    {
        const int show = m_window->currentShowId();
        auto resume = qScopeGuard([&] {
            m_cluster->exec(
                QStringLiteral("SELECT boxoffice.set_sales_state(%1, 'on_sale', NULL, 'test over')").arg(show));
        });
        SeatMapView *map = m_window->seatMapView();
        const QRect mapBefore = map->geometry();
        const QPoint seatBefore = map->seatPosition(map->model()->seatId(0));
        QVERIFY(m_cluster->exec(
            QStringLiteral("SELECT boxoffice.set_sales_state(%1, 'paused', NULL, 'test pause')").arg(show)));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 5000);
        QCOMPARE(map->geometry(), mapBefore);
        QCOMPARE(map->seatPosition(map->model()->seatId(0)), seatBefore);
        QCOMPARE(m_window->banner()->parentWidget(), map); // over the map
        QVERIFY(m_window->banner()->testAttribute(Qt::WA_TransparentForMouseEvents));
        // A refused hold: its message under the state, the map where it was.
        QSignalSpy failed(m_window->session(), &CounterDesk::failed);
        map->setFocus();
        QTest::keyClick(map, Qt::Key_1);
        QTest::keyClick(map, Qt::Key_Return);
        // Counted, not waited for: an answer the worker finishes before the
        // GUI thread attaches its continuation (a busy machine) is delivered
        // inside keyClick, before a wait() would start listening.
        QTRY_VERIFY2_WITH_TIMEOUT(failed.count() > 0, qPrintable(m_window->statusBar()->currentMessage()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBanner()->isVisible(), 2000);
        QCOMPARE(map->geometry(), mapBefore);
        QVERIFY(m_window->messageBanner()->geometry().top() >= m_window->banner()->geometry().bottom());
        QVERIFY(m_window->messageBanner()->testAttribute(Qt::WA_TransparentForMouseEvents));
        resume.dismiss();
        QVERIFY(m_cluster->exec(
            QStringLiteral("SELECT boxoffice.set_sales_state(%1, 'on_sale', NULL, 'test resume')").arg(show)));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->banner()->isVisible(), 5000);
        QCOMPARE(map->geometry(), mapBefore);
    }

    // Item 16: counts are plural forms of the language ("1 seat", "2 seats").
    void pluralsByKeys()
    {
        SeatMapView *map = m_window->seatMapView();
        map->setFocus();
        QTest::keyClick(map, Qt::Key_1);
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("1 seat:")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QTest::keyClick(map, Qt::Key_2);
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("2 seats:")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(QCoreApplication::translate(
                     "boxoffice::CounterDesk", "No %n adjacent %1 seat(s) are free in one row.", nullptr, 1)
                     .arg(QStringLiteral("RINGSIDE")),
            QStringLiteral("No 1 adjacent RINGSIDE seat is free in one row."));
        QCOMPARE(QCoreApplication::translate("boxoffice::MainWindow", "Shows (%n on sale)", nullptr, 1),
            QStringLiteral("Shows (1 on sale)"));

        // In Thai: the Thai sentence, with the number.
        useLanguage(QLocale(QLocale::Thai, QLocale::Thailand));
        auto english = qScopeGuard([] { useLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); });
        QTest::keyClick(map, Qt::Key_3);
        const QString thai = m_window->statusBar()->currentMessage();
        QVERIFY2(thai.contains(QStringLiteral("3 ที่นั่ง")), qPrintable(thai));
        QTest::keyClick(map, Qt::Key_2);
    }

    // Item 16: the dashboard window closes with its own button and with Esc.
    void dashboardHasClose()
    {
        m_window->setStaff(
            StaffMember {2, QStringLiteral("supervisor"), QStringLiteral("Demo Supervisor"), StaffRole::Supervisor});
        auto restore = qScopeGuard([this] {
            m_window->setStaff(
                StaffMember {1, QStringLiteral("clerk"), QStringLiteral("Demo Clerk"), StaffRole::Clerk});
        });
        QPointer<SupervisorDashboard> dashboard = m_window->showDashboard();
        QVERIFY(dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        QVERIFY(dashboard->windowTitle().contains(QLatin1String("Counter L")));
        auto *close = dashboard->findChild<QPushButton *>(QStringLiteral("closeButton"));
        QVERIFY(close && close->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard, 5000);
        dashboard = m_window->showDashboard();
        QVERIFY(dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        dashboard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dashboard));
        QTest::keyClick(dashboard, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard, 5000);
    }

    // Item 16: an act done at a counter names the counter in the audit log,
    // and the log names people by their names.
    void auditLogNamesTheCounterAndThePerson()
    {
        // The manager signs in at a counter of their own (their own login,
        // their own counter session) and pauses, then resumes a show.
        const QUuid device = QUuid::createUuid();
        const Result<CounterRef> counter
            = CounterSessions::registerCounter(m_cluster->db(), device, QStringLiteral("Manager Desk"));
        VERIFY_OK(counter);
        Database manager(test::loginAs(m_cluster->config(), QStringLiteral("manager"), QStringLiteral("manager-demo")),
            QStringLiteral("managerL"));
        const Result<CounterSession> session = CounterSessions::open(manager, device, QUuid::createUuid());
        VERIFY_OK(session);
        auto closeSession = qScopeGuard([&manager] { CounterSessions::close(manager); });
        const int show = m_cluster->demoShow(7);
        EmergencyControls controls(manager, QString());
        VERIFY_OK(controls.setSalesState(show, QStringLiteral("paused"), QStringLiteral("audit counter test")));
        VERIFY_OK(controls.setSalesState(show, QStringLiteral("on_sale"), QStringLiteral("audit counter test over")));
        // A sale at this window's counter, cancelled: its counter too.
        if (m_window->session()->seatMap()->rowCount() == 0)
            openRow(*m_window, 6);
        const qint64 order = sellByKeys(*m_window, 1, QStringLiteral("0811110009"));
        QVERIFY(order > 0);
        VERIFY_OK(m_engine->cancel(order, QStringLiteral("audit counter test cancel")));

        AuditLogDialog dialog(*m_db);
        QSignalSpy searched(&dialog, &AuditLogDialog::searched);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000);
        AuditLogModel *model = dialog.model();
        int paused = -1, cancelled = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString reason = model->index(r, AuditLogModel::ReasonColumn).data().toString();
            if (reason == QLatin1String("audit counter test"))
                paused = r;
            if (reason == QLatin1String("audit counter test cancel"))
                cancelled = r;
        }
        QVERIFY(paused >= 0 && cancelled >= 0);
        QCOMPARE(model->index(paused, AuditLogModel::CounterColumn).data().toString(), counter->name);
        QCOMPARE(model->index(paused, AuditLogModel::ActorColumn).data().toString(), QStringLiteral("Demo Manager"));
        QCOMPARE(model->index(paused, AuditLogModel::ActorColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Login: manager"));
        QCOMPARE(model->index(cancelled, AuditLogModel::CounterColumn).data().toString(), QStringLiteral("Counter L"));
    }

    // Item 16: what said "cannot be reached" while the database was away
    // says so no more once the counter is back online; "Back online" is
    // said after an outage (and was not at start-up, initTestCase).
    void dialogsRecoverWhenBackOnline()
    {
        const QString host = m_cluster->config().value(QStringLiteral("host"));
        const QString port = m_cluster->config().value(QStringLiteral("port"));
        if (host.contains(QLatin1Char(',')))
            QSKIP("the test server is a host list");
        std::unique_ptr<TcpProxy> proxy;
        if (host.startsWith(QLatin1Char('/')))
            proxy = std::make_unique<TcpProxy>(
                host + QStringLiteral("/.s.PGSQL.") + (port.isEmpty() ? QStringLiteral("5432") : port));
        else
            proxy = std::make_unique<TcpProxy>(
                host.isEmpty() ? QStringLiteral("localhost") : host, port.isEmpty() ? 5432 : port.toInt());
        QVERIFY(proxy->port() > 0);
        ConnectionConfig config = m_cluster->config();
        config.set(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        config.set(QStringLiteral("port"), QString::number(proxy->port()));
        config.set(QStringLiteral("sslmode"), QStringLiteral("disable"));
        config.set(QStringLiteral("gssencmode"), QStringLiteral("disable"));
        Database db(config, QStringLiteral("proxiedL"));
        db.setReconnectBudget(300ms);
        SaleEngine engine(db, SaleEngine::Options {QStringLiteral("Counter P")});
        QVERIFY(engine.registerTerminal().ok());
        SeatFeed feed(config);
        feed.setPingInterval(200);
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.isOnline(), 10000);
        std::unique_ptr<MainWindow> window = makeWindow(db, engine, &feed);
        QVERIFY(window);
        window->setStaff(
            StaffMember {2, QStringLiteral("supervisor"), QStringLiteral("Demo Supervisor"), StaffRole::Supervisor});
        QPointer<SupervisorDashboard> dashboard = window->showDashboard();
        QVERIFY(dashboard);
        dashboard->setRefreshInterval(0ms); // only the return to online refreshes it here
        auto *updated = dashboard->findChild<QLabel *>(QStringLiteral("updated"));
        QVERIFY(updated);
        QTRY_VERIFY2_WITH_TIMEOUT(
            updated->text().startsWith(QLatin1String("Updated")), qPrintable(updated->text()), 10000);

        // The network goes.
        proxy->setRefusing(true);
        proxy->cutAll();
        QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), 10000);
        QSignalSpy failed(dashboard.data(), &SupervisorDashboard::refreshFailed);
        dashboard->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY2(updated->text().contains(QLatin1String("cannot be reached")), qPrintable(updated->text()));

        // It comes back: the counter says so, and the dashboard asks again by itself.
        QSignalSpy refreshed(dashboard.data(), &SupervisorDashboard::refreshed);
        proxy->setRefusing(false);
        QTRY_VERIFY_WITH_TIMEOUT(!window->banner()->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
        QVERIFY2(!updated->text().contains(QLatin1String("cannot be reached")), qPrintable(updated->text()));
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("Back online")),
            qPrintable(window->statusBar()->currentMessage()));
        window.reset();
    }

    void screenshot()
    {
        m_window->resize(1280, 800);
        m_window->seatMapView()->fitToView();
        m_window->session()->holdBestAvailable(4, QStringLiteral("RINGSIDE"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->cart()->rowCount(), 4, 5000);
        QTest::qWait(200);
        QVERIFY(
            m_window->grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/counter-1280x800-en.png")));
        m_window->session()->releaseAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->cart()->rowCount(), 0, 5000);
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
    QTemporaryDir m_tickets;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SaleEngine> m_engine;
    std::unique_ptr<SeatFeed> m_feed;
    std::unique_ptr<MainWindow> m_window;
};

int main(int argc, char **argv)
{
    // This PC in another zone than the venue's (unless the caller chose one).
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", "UTC");
    tzset();
    QApplication app(argc, argv);
    TestCounterLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_counterlayout.moc"
