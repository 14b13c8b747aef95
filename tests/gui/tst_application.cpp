// The real Application, driven as a clerk would: sign in at the sign-in box,
// hold seats, sign out with the cart released or handed over to the next
// clerk at this counter, and quit with seats in the cart (asked first).
// Against the test PostgreSQL (BOXOFFICE_DB), with settings and lock files
// in a temporary home of this program's own.
#include "admin/staffdirectory.h"
#include "application.h"
#include "counter/counterdesk.h"
#include "counter/mainwindow.h"
#include "counter/showlistmodel.h"
#include "counter/signindialog.h"
#include "counteridentity.h"
#include "db/database.h"
#include "gate/gate.h"
#include "gate/gatewindow.h"
#include "gate/offlinegate.h"
#include "sale/orderservice.h"
#include "tcpproxy.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestApplication final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }

    bool hasOpenSession(int counterId)
    {
        return count(QStringLiteral("SELECT count(*) FROM boxoffice.counter_session"
                                    " WHERE terminal_id = ? AND closed_at IS NULL"),
                   {counterId})
            > 0;
    }

    static std::unique_ptr<Application> startApp(const QStringList &extra = {})
    {
        auto app = std::make_unique<Application>(*qApp, QStringList {QStringLiteral("boxoffice")} + extra);
        if (!app->start())
            return {};
        return app;
    }

    // Types the user name and password into the sign-in box and waits for
    // the counter session.
    static bool signIn(Application &app, const QString &user, const QString &password)
    {
        if (!QTest::qWaitFor([&app] { return app.signInDialog() && app.signInDialog()->isVisible(); }, 20000))
            return false;
        SignInDialog *dialog = app.signInDialog();
        dialog->userEdit()->clear();
        QTest::keyClicks(dialog->userEdit(), user);
        QTest::keyClicks(dialog->passwordEdit(), password);
        QSignalSpy signedIn(&app, &Application::signedIn);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        // Counted, not waited for: the answer can come inside the key press.
        if (!QTest::qWaitFor([&signedIn] { return !signedIn.isEmpty(); }, 20000) || !app.window()->session())
            return false;
        // The menu's shortcuts work in the active window.
        app.window()->activateWindow();
        return QTest::qWaitForWindowActive(app.window());
    }

    // The question the window asks (sign-out or quit), once it is up.
    static QMessageBox *question(Application &app)
    {
        if (!QTest::qWaitFor(
                [&app] { return app.window()->question() && app.window()->question()->isVisible(); }, 5000))
            return nullptr;
        return app.window()->question();
    }

    QList<int> holdTwo(Application &app, const QString &type)
    {
        MainWindow *window = app.window();
        window->openShow(m_show);
        if (!QTest::qWaitFor(
                [window] {
                    return !window->session()->seatMap()->bestAvailable(2, QStringLiteral("CLASS3")).isEmpty();
                },
                10000))
            return {};
        window->session()->holdBestAvailable(2, type);
        if (!QTest::qWaitFor([window] { return window->session()->cart()->rowCount() == 2; }, 10000))
            return {};
        return window->cartSeatIds();
    }

    int heldBy(int counterId, const QList<int> &seats)
    {
        int n = 0;
        for (int seat : seats)
            n += count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = ?"
                                      " AND state = 'held' AND held_by = ?"),
                {m_show, seat, counterId});
        return n;
    }

    // One CLASS3 seat of the show sold at a counter of the test's own:
    // its ticket's code.
    QString sellOne(int show)
    {
        if (m_term == 0)
            m_term = m_cluster->registerTerminal(u"Counter APP"_s);
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = show;
        sale.ticketType = u"CLASS3"_s;
        sale.seatIds = m_cluster->seatsOf(show, u"CLASS3"_s, 1, m_sold++);
        sale.confirmSimilar = true;
        const Result<Order> order = OrderService(m_cluster->db()).sell(sale, m_term);
        if (!order)
            return {};
        const Result<TicketCodes> codes = Gate::ticketCodes(m_cluster->db(), order->id, false);
        return codes && !codes->tickets.isEmpty() ? codes->tickets.first().code : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        qputenv("BOXOFFICE_DB", m_cluster->config().toConnInfo().toUtf8());
        qputenv("BOXOFFICE_COUNTER", "Test counter");
        m_show = m_cluster->demoShow(0);
        QVERIFY(m_show > 0);
    }

    void signOutHandsOverOrReleasesTheCart()
    {
        std::unique_ptr<Application> app = startApp();
        QVERIFY(app);
        QVERIFY(signIn(*app, QStringLiteral("clerk"), QStringLiteral("clerk-demo")));
        const int counter = app->counterId();
        QVERIFY(counter > 0);
        QVERIFY(hasOpenSession(counter));
        QCOMPARE(app->window()->staff().username, QStringLiteral("clerk"));
        // "Opening the counter…" is over once it is open.
        const QString status = app->window()->statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("is selling at counter")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("opening")), qPrintable(status));
        // The status bar says which server (BOXOFFICE_DB here) as
        // dbname@host:port, not the options the app adds.
        auto *where = app->window()->findChild<QLabel *>(QStringLiteral("databaseWhere"));
        QVERIFY(where);
        const ConnectionConfig config = m_cluster->config();
        const QString port = config.value(QStringLiteral("port"));
        QCOMPARE(where->toolTip(),
            QStringLiteral("Shared database: %1@%2%3")
                .arg(config.value(QStringLiteral("dbname")), config.value(QStringLiteral("host")),
                    port.isEmpty() ? QString() : QLatin1Char(':') + port));
        // Signed in, the clerk is on the show list: Enter opens the show
        // under the cursor (the first, once the list has come).
        QTRY_VERIFY_WITH_TIMEOUT(app->window()->showView()->model()->rowCount() > 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), app->window()->showView(), 5000);
        const int firstShow = app->window()->showView()->currentIndex().data(ShowListModel::ShowIdRole).toInt();
        QVERIFY(firstShow > 0);
        QTest::keyClick(app->window()->showView(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app->window()->session()->showId(), firstShow, 10000);
        // That one Enter opened the show and did nothing else: no seat held
        // (the window's Enter holds the best available once the map has focus).
        QTRY_COMPARE_WITH_TIMEOUT(app->window()->session()->seatMap()->rowCount() > 0, true, 10000);
        QTest::qWait(200); // a hold, if one had been asked for, would be under way now
        QCOMPARE(app->window()->session()->cart()->rowCount(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE state = 'held' AND held_by = ?"),
                     {counter}),
            0);

        // Hand over: the seats stay held by this counter, the session closes,
        // the sign-in box comes back empty.
        const QList<int> seats = holdTwo(*app, QStringLiteral("CLASS3"));
        QCOMPARE(seats.size(), 2);
        QCOMPARE(heldBy(counter, seats), 2);
        QSignalSpy signedOut(app.get(), &Application::signedOut);
        QTest::keyClick(app->window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox *box = question(*app);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("signOutQuestion"));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("handOverButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), 20000);
        QVERIFY(!hasOpenSession(counter));
        QCOMPARE(heldBy(counter, seats), 2);
        QVERIFY(!app->window()->session());
        QTRY_VERIFY_WITH_TIMEOUT(app->signInDialog() && app->signInDialog()->isVisible(), 10000);
        QVERIFY(app->signInDialog()->userEdit()->text().isEmpty());
        QVERIFY(app->signInDialog()->passwordEdit()->text().isEmpty());

        // The next clerk at this counter finds them in the cart.
        QVERIFY(signIn(*app, QStringLiteral("supervisor"), QStringLiteral("supervisor-demo")));
        QCOMPARE(app->counterId(), counter);
        QCOMPARE(app->window()->staff().username, QStringLiteral("supervisor"));
        QTRY_COMPARE_WITH_TIMEOUT(app->window()->session()->cart()->rowCount(), 2, 10000);
        QList<int> inCart = app->window()->cartSeatIds();
        std::sort(inCart.begin(), inCart.end());
        QList<int> held = seats;
        std::sort(held.begin(), held.end());
        QCOMPARE(inCart, held);

        // Release: the seats are free again, the session is closed.
        signedOut.clear();
        QTest::keyClick(app->window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        box = question(*app);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("releaseButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), 20000);
        QCOMPARE(heldBy(counter, seats), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state = 'held'"),
                     {m_show}),
            0);
        QVERIFY(!hasOpenSession(counter));
        QTRY_VERIFY_WITH_TIMEOUT(app->signInDialog() && app->signInDialog()->isVisible(), 10000);
        app->shutDown();
    }

    void quittingWithACartAsksFirst()
    {
        std::unique_ptr<Application> app = startApp();
        QVERIFY(app);
        QVERIFY(signIn(*app, QStringLiteral("clerk"), QStringLiteral("clerk-demo")));
        const int counter = app->counterId();
        const QList<int> seats = holdTwo(*app, QStringLiteral("CLASS2"));
        QCOMPARE(heldBy(counter, seats), 2);
        QSignalSpy finished(app.get(), &Application::finished);

        // Cancel: nothing happens, the counter sells on.
        app->window()->close();
        QMessageBox *box = question(*app);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("quitQuestion"));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(app->window()->isVisible());
        QVERIFY(finished.isEmpty());
        QVERIFY(app->isSignedIn());
        QCOMPARE(heldBy(counter, seats), 2);
        QVERIFY(hasOpenSession(counter));

        // Quit: the cart is released and the session closed before the end.
        app->window()->close();
        box = question(*app);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("quitButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(heldBy(counter, seats), 0);
        QVERIFY(!hasOpenSession(counter));
        app->shutDown();
    }

    // Door staff (role gate) who sign in get the gate station on their own
    // login, not the counter: a scanned code is admitted, the station pings,
    // and closing the station quits and closes the station in the database
    // (quitting the app does too).
    void doorStaffGetTheGateStation()
    {
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role)"
                                " VALUES ('doorapp', 'Door App', 'gate') ON CONFLICT (username) DO NOTHING"_s));
        VERIFY_OK(StaffDirectory::setPassword(m_cluster->db(), u"doorapp"_s, u"door-app-1"_s));
        std::unique_ptr<Application> app = startApp();
        QVERIFY(app);
        QVERIFY(QTest::qWaitFor([&app] { return app->signInDialog() && app->signInDialog()->isVisible(); }, 20000));
        SignInDialog *dialog = app->signInDialog();
        dialog->userEdit()->clear();
        QTest::keyClicks(dialog->userEdit(), u"doorapp"_s);
        QTest::keyClicks(dialog->passwordEdit(), u"door-app-1"_s);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app->gateWindow() && app->gateWindow()->isVisible(), 20000);
        QVERIFY(!app->window()->isVisible());
        QVERIFY(!app->window()->session());
        GateWindow *gate = app->gateWindow();
        QVERIFY(!gate->gateEdit()->text().isEmpty());        // this PC's counter name by default
        QTRY_VERIFY_WITH_TIMEOUT(gate->showId() > 0, 10000); // the list comes from the database
        QSignalSpy scanned(gate, &GateWindow::scanned);
        QTest::keyClicks(gate->codeEdit(), u"7K3M9Q2X4T8V6B1N5R0H2J4P6W"_s);
        QTest::keyClick(gate->codeEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty(), 10000);
        QCOMPARE(gate->verdictLabel()->text(), u"Unknown or forged"_s);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.admission_scan WHERE login = 'doorapp'"), {}), 1);
        // The station says it is alive for its show and gate.
        const QString alive
            = u"SELECT count(*) FROM boxoffice.gate_station WHERE login = 'doorapp' AND closed_at IS NULL"_s;
        QTRY_COMPARE_WITH_TIMEOUT(count(alive, {}), 1, 10000);
        QSignalSpy finished(app.get(), &Application::finished);
        gate->close();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        app->shutDown();
        // Closed properly: not an offline gate for the supervisor.
        QCOMPARE(count(alive, {}), 0);
        QCOMPARE(count(u"SELECT count(*) FROM boxoffice.gate_station WHERE login = 'doorapp'"_s, {}), 1);

        // Quitting the app otherwise (the Quit menu, a log-out, SIGTERM: all
        // end in the same quit) closes the station as well.
        app.reset();
        app = startApp();
        QVERIFY(app);
        QVERIFY(QTest::qWaitFor([&app] { return app->signInDialog() && app->signInDialog()->isVisible(); }, 20000));
        dialog = app->signInDialog();
        dialog->userEdit()->clear();
        QTest::keyClicks(dialog->userEdit(), u"doorapp"_s);
        QTest::keyClicks(dialog->passwordEdit(), u"door-app-1"_s);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app->gateWindow() && app->gateWindow()->isVisible(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(count(alive, {}), 1, 10000);
        QSignalSpy quitted(app.get(), &Application::finished);
        app->window()->close(); // the counter's hidden window: quit(0), as its Quit menu
        QTRY_VERIFY_WITH_TIMEOUT(!quitted.isEmpty(), 20000);
        app->shutDown();
        QCOMPARE(count(alive, {}), 0);
    }

    // Handing the gate station to the next door person (issue 13, from a
    // user's try): Ctrl+Shift+L closes the station as quitting does (its
    // closing ping) and brings the sign-in back, empty; the next door person
    // signs in and gets a station of their own; the app did not quit.
    void doorStaffSignOutWithCtrlShiftL()
    {
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role)"
                                " VALUES ('doorout', 'Door Out', 'gate') ON CONFLICT (username) DO NOTHING"_s));
        VERIFY_OK(StaffDirectory::setPassword(m_cluster->db(), u"doorout"_s, u"door-out-1"_s));
        std::unique_ptr<Application> app = startApp();
        QVERIFY(app);
        QVERIFY(QTest::qWaitFor([&app] { return app->signInDialog() && app->signInDialog()->isVisible(); }, 20000));
        const auto signInAsDoor = [&app] {
            SignInDialog *dialog = app->signInDialog();
            dialog->userEdit()->clear();
            QTest::keyClicks(dialog->userEdit(), u"doorout"_s);
            QTest::keyClicks(dialog->passwordEdit(), u"door-out-1"_s);
            QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        };
        signInAsDoor();
        QTRY_VERIFY_WITH_TIMEOUT(app->gateWindow() && app->gateWindow()->isVisible(), 20000);
        const QString alive
            = u"SELECT count(*) FROM boxoffice.gate_station WHERE login = 'doorout' AND closed_at IS NULL"_s;
        QTRY_COMPARE_WITH_TIMEOUT(count(alive, {}), 1, 10000);
        QSignalSpy signedOut(app.get(), &Application::signedOut);
        QSignalSpy finished(app.get(), &Application::finished);
        GateWindow *gate = app->gateWindow();
        // The station has the keyboard at once (a user's try under a bare
        // X server: no key worked until the window was clicked).
        QTRY_VERIFY_WITH_TIMEOUT(gate->isActiveWindow(), 5000);
        QTest::keyClick(gate->codeEdit(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), 20000);
        QVERIFY(!app->gateWindow());
        QVERIFY(finished.isEmpty());
        // Closed properly: not an offline gate for the supervisor.
        QCOMPARE(count(alive, {}), 0);
        QCOMPARE(count(u"SELECT count(*) FROM boxoffice.gate_station WHERE login = 'doorout'"_s, {}), 1);
        QTRY_VERIFY_WITH_TIMEOUT(app->signInDialog() && app->signInDialog()->isVisible(), 10000);
        QVERIFY(app->signInDialog()->userEdit()->text().isEmpty());
        // The next door person.
        signInAsDoor();
        QTRY_VERIFY_WITH_TIMEOUT(app->gateWindow() && app->gateWindow()->isVisible(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(count(alive, {}), 1, 10000);
        QSignalSpy quitted(app.get(), &Application::finished);
        app->gateWindow()->close();
        QTRY_VERIFY_WITH_TIMEOUT(!quitted.isEmpty(), 20000);
        app->shutDown();
        QCOMPARE(count(alive, {}), 0);
    }

    // The same counter identity in a second copy (a copied settings file):
    // the second is told who has the counter since when, and gets the
    // sign-in box again.
    void sameIdentityTwiceIsRefusedPlainly()
    {
        std::unique_ptr<Application> first = startApp();
        QVERIFY(first);
        QVERIFY(signIn(*first, QStringLiteral("clerk"), QStringLiteral("clerk-demo")));
        std::unique_ptr<Application> second
            = startApp({QStringLiteral("--counter-slot"), QString::number(first->identity()->slot())});
        QVERIFY(second);
        QCOMPARE(second->identity()->device(), first->identity()->device());
        QTRY_VERIFY_WITH_TIMEOUT(second->signInDialog() && second->signInDialog()->isVisible(), 20000);
        QSignalSpy refused(second.get(), &Application::counterRefused);
        SignInDialog *dialog = second->signInDialog();
        dialog->userEdit()->clear();
        QTest::keyClicks(dialog->userEdit(), QStringLiteral("supervisor"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("supervisor-demo"));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 20000);
        const QString message = refused.first().at(0).toString();
        QVERIFY2(
            message.contains(first->counterName()) && message.contains(QLatin1String("clerk"), Qt::CaseInsensitive),
            qPrintable(message));
        QVERIFY(!second->isSignedIn());
        auto *box = second->window()->findChild<QMessageBox *>(QStringLiteral("counterRefused"));
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->text(), message);
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(second->signInDialog() && second->signInDialog()->isVisible(), 10000);
        // The first counter sells on, its session untouched.
        QVERIFY(first->isSignedIn());
        QVERIFY(hasOpenSession(first->counterId()));
        second->shutDown();
        first->shutDown();
    }

    // A gate PC restarted while the database cannot be reached (issue 13,
    // docs/GATE.md): the door person who signed in there online before
    // signs in again offline, with the same password, and admits from the
    // saved list; a clerk, a wrong password and an unknown login are
    // refused; once the database answers the scan is uploaded in their name.
    void doorStaffSignInOfflineAfterARestart()
    {
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role)"
                                " VALUES ('dooroff', 'Door Offline', 'gate') ON CONFLICT (username) DO NOTHING"_s));
        VERIFY_OK(StaffDirectory::setPassword(m_cluster->db(), u"dooroff"_s, u"door-off-1"_s));
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        const std::unique_ptr<test::TcpProxy> proxy = m_cluster->makeProxy();
        const QByteArray shared = qgetenv("BOXOFFICE_DB");
        qputenv("BOXOFFICE_DB", m_cluster->throughProxy(*proxy).toConnInfo().toUtf8());
        const auto restore = qScopeGuard([&shared] { qputenv("BOXOFFICE_DB", shared); });
        QFile::remove(Application::offlineSignInFile());
        // A counter of its own (another test leaves the usual one's session
        // open, as after a crash).
        const QStringList slot {u"--counter-slot"_s, u"5"_s};
        const auto signInAs = [](Application &app, const QString &user, const QString &password) {
            QVERIFY(QTest::qWaitFor([&app] { return app.signInDialog() && app.signInDialog()->isVisible(); }, 30000));
            SignInDialog *dialog = app.signInDialog();
            dialog->userEdit()->clear();
            QTest::keyClicks(dialog->userEdit(), user);
            QTest::keyClicks(dialog->passwordEdit(), password);
            QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        };

        // Online: the station downloads its show's list; the sign-in left
        // a verifier of the password, not the password.
        std::unique_ptr<Application> app = startApp(slot);
        QVERIFY(app);
        signInAs(*app, u"dooroff"_s, u"door-off-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app->gateWindow() && app->gateWindow()->isVisible(), 20000);
        GateWindow *gate = app->gateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(gate->showId() > 0, 10000);
        const int show = gate->showId();
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.show SET doors_at = now() - interval '1 minute' WHERE id = ?"_s, {show}));
        const QString code = sellOne(show);
        QVERIFY(!code.isEmpty());
        // The list downloaded once the ticket is sold (not one that was
        // on its way when the show was chosen).
        const auto listed = [gate, show, hash = Gate::codeHash(code)] {
            const AdmissionList *list = gate->offlineStore().list(show);
            return list
                && std::any_of(list->tickets.cbegin(), list->tickets.cend(),
                    [&hash](const AdmissionListEntry &t) { return t.codeHash == hash; });
        };
        // (A download can fail on a loaded machine: the station's own is
        // every five minutes; the test asks again sooner.)
        bool inList = false;
        for (int tries = 0; tries < 5 && !inList; ++tries) {
            gate->downloadList();
            inList = QTest::qWaitFor(listed, 4000);
        }
        QVERIFY(inList);
        QFile kept(Application::offlineSignInFile());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray verifiers = kept.readAll();
        QVERIFY(verifiers.contains("dooroff") && verifiers.contains("$argon2id$"));
        QVERIFY(!verifiers.contains("door-off-1"));
        QSignalSpy finished(app.get(), &Application::finished);
        gate->close();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        app->shutDown();
        app.reset();

        // The network is gone and the PC restarts.
        proxy->setRefusing(true);
        proxy->cutAll();
        app = startApp(slot);
        QVERIFY(app);
        QTRY_VERIFY_WITH_TIMEOUT(app->signInDialog() && app->signInDialog()->isVisible(), 30000);
        QVERIFY(app->startedOffline());
        SignInDialog *dialog = app->signInDialog();
        QVERIFY(dialog->noticeLabel()->isVisible());
        QVERIFY2(
            dialog->noticeLabel()->text().contains(u"cannot be reached"_s), qPrintable(dialog->noticeLabel()->text()));
        // A clerk (never signed in here as door staff), a wrong password:
        // refused, saying who can sign in now.
        signInAs(*app, u"clerk"_s, u"clerk-demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 20000);
        QVERIFY2(dialog->errorLabel()->text().contains(u"Only door staff"_s), qPrintable(dialog->errorLabel()->text()));
        QVERIFY(!app->gateWindow() && !app->window()->session());
        dialog->errorLabel()->hide();
        signInAs(*app, u"dooroff"_s, u"door-off-2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 20000);
        QVERIFY(!app->gateWindow());
        // The door person: the station, its show from the saved list, offline.
        signInAs(*app, u"dooroff"_s, u"door-off-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app->gateWindow() && app->gateWindow()->isVisible(), 20000);
        gate = app->gateWindow();
        QTRY_COMPARE_WITH_TIMEOUT(gate->showId(), show, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!gate->isOnline(), 10000);
        QVERIFY2(gate->statusLabel()->text().contains(u"OFFLINE"_s), qPrintable(gate->statusLabel()->text()));
        const QString gateName = gate->gateEdit()->text();
        QVERIFY(!gateName.isEmpty());
        QSignalSpy scanned(gate, &GateWindow::scanned);
        gate->codeEdit()->setFocus();
        QTest::keyClicks(gate->codeEdit(), code);
        QTest::keyClick(gate->codeEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty(), 10000);
        QCOMPARE(scanned.first().first().value<GateVerdict>(), GateVerdict::Valid);
        QCOMPARE(gate->offlineStore().pendingCount(), 1);
        const QString admitted = u"SELECT count(*) FROM boxoffice.admission a JOIN boxoffice.ticket t"
                                 " ON t.order_seat_id = a.order_seat_id WHERE t.code_hash = decode(?, 'hex')"
                                 " AND a.gate = ? AND a.reported_by = 'dooroff' AND a.login = 'dooroff'"_s;
        const QVariantList args {QString::fromLatin1(Gate::codeHash(code).toHex()), gateName};
        QCOMPARE(count(admitted, args), 0);

        // The database is back: the station uploads, online again.
        proxy->setRefusing(false);
        QTRY_COMPARE_WITH_TIMEOUT(count(admitted, args), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(gate->isOnline(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(gate->offlineStore().pendingCount(), 0, 10000);

        // The door person hands over to a supervisor (the demo clerk's
        // login is still at another counter: sameIdentityTwiceIsRefusedPlainly):
        // the start the database missed is done now, and the counter opens
        // without a restart.
        QVERIFY(app->startedOffline());
        QCOMPARE(app->counterId(), 0);
        QSignalSpy signedOut(app.get(), &Application::signedOut);
        QTRY_VERIFY_WITH_TIMEOUT(gate->isActiveWindow(), 5000);
        QTest::keyClick(gate->codeEdit(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), 20000);
        QSignalSpy signedIn(app.get(), &Application::signedIn);
        signInAs(*app, u"supervisor"_s, u"supervisor-demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
        QVERIFY(!app->startedOffline());
        QVERIFY(app->counterId() > 0);
        QVERIFY(app->window()->session());
        QVERIFY(hasOpenSession(app->counterId()));
        const QString status = app->window()->statusBar()->currentMessage();
        QVERIFY2(status.contains(u"is selling at counter"_s), qPrintable(status));
        QSignalSpy quitted(app.get(), &Application::finished);
        app->window()->close();
        QTRY_VERIFY_WITH_TIMEOUT(!quitted.isEmpty(), 20000);
        app->shutDown();
    }

    void cleanupTestCase() { qunsetenv("BOXOFFICE_DB"); }

private:
    TestCluster *m_cluster = nullptr;
    int m_show = 0;
    int m_term = 0;
    int m_sold = 0;
};

int main(int argc, char *argv[])
{
    // Settings and lock files in a home of this run's own (read by QSettings
    // and QStandardPaths from these).
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    QApplication app(argc, argv);
    TestApplication test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_application.moc"
