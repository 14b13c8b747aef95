// The counter's window over a real database: the show list loads off the GUI
// thread, shows free seats per ticket type, and a database that is not there
// gives a clear banner. Saves a screenshot for the README.
#include "counter/counterdesk.h"
#include "counter/mainwindow.h"
#include "counter/showlistmodel.h"
#include "db/database.h"
#include "manager/emergencypanel.h"
#include "sale/saleengine.h"
#include "supervisor/supervisordashboard.h"
#include "testcluster.h"

#include <QtCore/QDir>
#include <QtGui/QAction>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
    }

    void listsComingShowsWithFreeSeats()
    {
        Database db(m_cluster->config(), QStringLiteral("window"));
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::showsLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setDatabase(&db, QStringLiteral("test database"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(loaded.first().at(0).toInt(), 14);
        ShowListModel *model = window.showModel();
        QCOMPARE(model->rowCount(), 14);
        QCOMPARE(model->index(0, ShowListModel::TitleColumn).data().toString(), QStringLiteral("Muay Thai Night"));
        QCOMPARE(model->index(0, ShowListModel::RingsideColumn).data().toString(), QLocale().toString(304));
        QCOMPARE(model->index(0, ShowListModel::StateColumn).data().toString(), QStringLiteral("On sale"));

        // A sale elsewhere shows after a refresh (Ctrl+R), with the real keys.
        const int show = model->index(0, 0).data(ShowListModel::ShowIdRole).toInt();
        const QList<int> seats = m_cluster->seatsOf(show, QStringLiteral("RINGSIDE"), 4);
        const int terminal = m_cluster->registerTerminal(QStringLiteral("Counter W"));
        QVERIFY(
            m_cluster
                ->scalar(QStringLiteral("SELECT boxoffice.hold_seats(jsonb_build_object('show_id', ?::int, 'seat_ids',"
                                        " ?::int[], 'terminal_id', ?::int, 'minutes', 5))->>'ok'"),
                    {show, Database::intArray(seats), terminal})
                .toString()
            == QLatin1String("true"));
        loaded.clear();
        QTest::keyClick(window.showView(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(model->index(0, ShowListModel::RingsideColumn).data().toString(), QLocale().toString(300));

        // A failover formation's whole connection string does not crowd out
        // the status bar's messages: shortened, whole in the tooltip.
        const QString formation
            = QStringLiteral("Shared database: host=10.0.0.11,10.0.0.12,10.0.0.13 port=5432,5432,5432 dbname=boxoffice"
                             " user=counter target_session_attrs=read-write connect_timeout=2");
        loaded.clear();
        window.setDatabase(&db, formation);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        auto *where = window.findChild<QLabel *>(QStringLiteral("databaseWhere"));
        QVERIFY(where);
        QCOMPARE(where->toolTip(), formation);
        QVERIFY2(where->text() != formation && where->fontMetrics().horizontalAdvance(where->text()) <= 280,
            qPrintable(where->text()));
        QVERIFY(where->text().startsWith(QStringLiteral("Shared database")));

        window.resize(1000, 560);
        QDir().mkpath(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots"));
        QVERIFY(window.grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/shows-en.png")));
    }

    // A show a manager cancelled reads "Cancelled" in the list, and a click
    // on it does not open it for sale (the status bar says why).
    void aCancelledShowReadsCancelledAndIsNotOpened()
    {
        Database db(m_cluster->config(), QStringLiteral("cancelled"));
        SaleEngine engine(db, SaleEngine::Options {QStringLiteral("Counter Cancelled")});
        QVERIFY(engine.registerTerminal());
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::showsLoaded);
        window.resize(1000, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setDatabase(&db, QStringLiteral("test database"));
        window.setCounter(&engine, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        const int show = m_cluster->demoShow(2);
        QVERIFY(m_cluster->exec(QStringLiteral("UPDATE boxoffice.show SET sales_state = 'closed', cancelled_at = now(),"
                                               " cancel_reason = 'storm' WHERE id = ?"),
            {show}));
        loaded.clear();
        QTest::keyClick(window.showView(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        ShowListModel *model = window.showModel();
        const int row = model->rowOfShow(show);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, ShowListModel::StateColumn).data().toString(), QStringLiteral("Cancelled"));
        QCOMPARE(model->index(row + 1, ShowListModel::StateColumn).data().toString(), QStringLiteral("On sale"));

        QTableView *view = window.showView();
        view->scrollTo(model->index(row, ShowListModel::TitleColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->visualRect(model->index(row, ShowListModel::TitleColumn)).center());
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("cancelled")),
            qPrintable(window.statusBar()->currentMessage()));
        QTest::qWait(200);
        QVERIFY(window.session());
        QVERIFY(window.session()->showId() != show);
        QVERIFY(window.session()->seatMap()->layout().showId != show);
        // Another show opens as before.
        const int other = model->index(row + 1, 0).data(ShowListModel::ShowIdRole).toInt();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->visualRect(model->index(row + 1, ShowListModel::TitleColumn)).center());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->seatMap()->layout().showId, other, 10000);
        QVERIFY(m_cluster->exec(QStringLiteral("UPDATE boxoffice.show SET sales_state = 'on_sale', cancelled_at = NULL,"
                                               " cancel_reason = NULL WHERE id = ?"),
            {show}));
    }

    void databaseDownShowsABanner()
    {
        Database db(ConnectionConfig::forSocket(
            QStringLiteral("/tmp/no-such-boxoffice"), 5432, QStringLiteral("x"), QStringLiteral("y")));
        db.setReconnectBudget(std::chrono::milliseconds(100));
        MainWindow window;
        window.show();
        window.setDatabase(&db, QStringLiteral("nowhere"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->text().contains(QLatin1String("cannot be reached")));
        QCOMPARE(window.showModel()->rowCount(), 0);
    }

    // The menus follow the signed-in role; each tool opens on the staff
    // member's own database login, whose grants are enough for it.
    void menusFollowTheStaffRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("supervisorTools");
        QTest::addColumn<bool>("managerTools");
        QTest::newRow("clerk") << QStringLiteral("clerk") << false << false;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << true << false;
        QTest::newRow("manager") << QStringLiteral("manager") << true << true;
    }
    void menusFollowTheStaffRole()
    {
        QFETCH(QString, role);
        QFETCH(bool, supervisorTools);
        QFETCH(bool, managerTools);
        ConnectionConfig login = m_cluster->config();
        login.set(QStringLiteral("user"), role);
        login.set(QStringLiteral("password"), role + QStringLiteral("-demo"));
        Database db(login, QStringLiteral("role-window"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setDatabase(&db, QStringLiteral("test database"));
        const int id
            = m_cluster->scalar(QStringLiteral("SELECT id FROM boxoffice.staff WHERE username = ?"), {role}).toInt();
        window.setStaff(StaffMember {id, role, role, staffRoleFromName(role).value()});
        QCOMPARE(window.clerkId(), id);
        QCOMPARE(window.supervisorMenu()->menuAction()->isVisible(), supervisorTools);
        QCOMPARE(window.managerMenu()->menuAction()->isVisible(), managerTools);

        // The manager's shortcut opens the panel only for a manager.
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.findChild<EmergencyPanel *>() != nullptr, managerTools);
        // F10: the dashboard, only for supervisors and managers; it loads
        // with the role's own grants.
        QTest::keyClick(&window, Qt::Key_F10);
        SupervisorDashboard *dashboard = window.findChild<SupervisorDashboard *>();
        QCOMPARE(dashboard != nullptr, supervisorTools);
        if (dashboard) {
            QSignalSpy refreshed(dashboard, &SupervisorDashboard::refreshed);
            QSignalSpy failed(dashboard, &SupervisorDashboard::refreshFailed);
            dashboard->refresh();
            QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() || !failed.isEmpty(), 20000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
            QVERIFY(window.showReports() != nullptr);
            QVERIFY(window.showAuditLog() != nullptr);
            QVERIFY(window.showReconciliation() != nullptr);
        } else {
            QVERIFY(window.showReports() == nullptr);
            QVERIFY(window.showAuditLog() == nullptr);
        }
        // Demoted while signed in (another sign-in at this counter): the
        // tools close.
        window.setStaff(StaffMember {id, role, role, StaffRole::Clerk});
        QTRY_VERIFY(window.findChild<SupervisorDashboard *>() == nullptr);
        QVERIFY(window.findChild<EmergencyPanel *>() == nullptr);
        QVERIFY(!window.supervisorMenu()->menuAction()->isVisible());
        // The window's background loads run on db's executor: db waits for
        // them when it goes, after the window.
        window.close();
    }

private:
    TestCluster *m_cluster = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
