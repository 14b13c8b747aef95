#pragma once

#include "admin/staffdirectory.h"
#include "db/connectionconfig.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSettings>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUuid>

#include <functional>
#include <memory>
#include <vector>

class QApplication;

namespace boxoffice {

class CounterIdentity;
class Database;
class EmbeddedPostgres;
class FirstManagerDialog;
class Heartbeat;
class JobScheduler;
class GateWindow;
class MainWindow;
class MonitoringServer;
class SaleEngine;
class SeatFeed;
class SignInDialog;
class UnixSignals;

// The box office as one program: start-up in named steps, each started by
// the one before it (a step that waits for the database runs on an executor
// and comes back with the next step), and an orderly shutdown. With no
// BOXOFFICE_DB it starts (or reuses) its own PostgreSQL cluster in the user's
// data folder, and the last instance to leave stops it.
//
//   readSettings (the counter identity: CounterIdentity)
//     → startDatabase (worker: server, migrations, demo data, the owner
//       registers this device as a counter) → startMonitoring → signIn
//     (or, on a database without an active manager, askFirstManager)
//     → openCounter (worker: the counter session on the staff login)
//     → startFeed, startJobs, startHeartbeat
//   (startDatabase cannot reach the database, and door staff may sign in
//     offline here: OfflineSignIn) → signIn, door staff only → openGate
//     (offline, from the saved lists); the first sign-in of anyone else,
//     once the database answers → finishStart (the same worker steps)
//     → openCounter
//   signOut → closeCounter (worker: cart released or handed over, session
//     closed) → signIn again, the sign-in box empty
//   signOutGate (the gate station's Ctrl+Shift+L) → closeCounter (the
//     station's closing ping, as on quit) → signIn again, the box empty
//   quit (Quit menu, window closed, SIGTERM/SIGINT/SIGHUP) → closeCounter
//     (cart released) → the event loop ends → shutDown
//
// Everything that works on the signed-in staff member's login (their
// Database, the engine, the seat feed, the jobs and the heartbeat) lives from
// a sign-in to the next sign-out and is made anew for the next clerk: each of
// them speaks for that login and that counter session, and the heartbeat must
// stop before the session closes (a beat keeps the session alive). Only the
// owner's connection, the monitoring endpoint and the window stay.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    // arguments: the command line (empty: the application's own).
    explicit Application(QApplication &app, QStringList arguments = {});
    ~Application() override;

    // Start-up, the event loop, shutdown; answers the exit code.
    int run();
    // Start-up only (run() without the event loop, for tests); false: there
    // is nothing to run (no counter name given).
    bool start();
    // Shuts down what start() began (run() does it itself).
    void shutDown();

    // The parts, for tests.
    MainWindow *window() const { return m_window.get(); }
    // Door staff's gate station once they signed in (else null).
    GateWindow *gateWindow() const { return m_gateWindow.get(); }
    SignInDialog *signInDialog() const;
    // The first manager's account, asked for instead of the sign-in on a
    // database without an active manager (e.g. made with --no-demo).
    FirstManagerDialog *firstManagerDialog() const;
    const CounterIdentity *identity() const { return m_identity.get(); }
    int counterId() const { return m_counterId; }
    const QString &counterName() const { return m_counterName; }
    qint64 counterSessionId() const { return m_sessionId; }
    bool isSignedIn() const { return m_sessionId != 0; }

    // Where this database's ticket PDFs go, never shared with another
    // database: beside the local database's folder (dataDir, the one
    // --data-dir selects) as "<dataDir>-tickets", or with shared (the
    // server BOXOFFICE_DB names) a folder of the app's local data named
    // after that server's host, port and database.
    static QString ticketFolder(const QString &dataDir, const ConnectionConfig *shared);
    // Door staff's offline sign-in (OfflineSignIn): AppDataLocation/gate/
    // offline-sign-in.json, beside the gate station's saved lists.
    static QString offlineSignInFile();
    // The database could not be reached at start, and door staff may sign
    // in offline. The first sign-in of anyone else (which the database
    // checked: it answers again) finishes the start, then opens the counter.
    bool startedOffline() const { return m_startedOffline; }

Q_SIGNALS:
    // A counter session is open and the counter sells.
    void signedIn(qint64 sessionId);
    // The counter session closed; the sign-in box is back.
    void signedOut();
    // Opening the counter was refused (e.g. the counter is in use): why.
    void counterRefused(const QString &message);
    // Signed off: the event loop ends with this code.
    void finished(int code);

private:
    struct Started;
    struct Opened;
    struct Closed;

    // Language, command line, the counter identity (its name asked once);
    // false: the clerk gave no name.
    bool readSettings();
    void startDatabase();
    // The start's database steps on the owner's connection (startDatabase,
    // and finishStart after a start without the database), then `then`.
    void runStart(std::function<void(const Started &)> then);
    void databaseStarted(const Started &started);
    void applyStarted(const Started &started);
    void finishStart(const StaffMember &member, const ConnectionConfig &login);
    void startMonitoring();
    // afterSignOut: the box comes up empty (the next clerk is someone else).
    void signIn(bool afterSignOut = false);
    void askFirstManager();
    void openCounter(const StaffMember &member, const ConnectionConfig &login);
    void openGate(const StaffMember &member, const ConnectionConfig &login);
    void counterOpened(const Opened &opened);
    void startFeed();
    void startJobs();
    void startHeartbeat();
    void fail(const QString &message);
    // The clerk signs out: the cart released or handed over, then the
    // sign-in box again.
    void signOut(bool handOver);
    void signOutGate();
    // Stops the heartbeat and jobs, releases the cart (unless handed over),
    // closes the counter session, lets go of everything of the login, then
    // done() (also when nobody is signed in).
    void closeCounter(bool releaseCart, std::function<void()> done);
    void closeOpenCounter(bool releaseCart);
    void dropCounter();
    // Signs this counter off, then ends the event loop with code.
    void quit(int code);

    QApplication &m_app;
    QStringList m_arguments;
    std::unique_ptr<QSettings> m_settings; // made once the application has its names
    std::unique_ptr<UnixSignals> m_signals;
    std::unique_ptr<CounterIdentity> m_identity;
    const QUuid m_instance = QUuid::createUuid(); // this process, for the counter session
    QString m_dataDir;
    QString m_counterName;
    int m_counterId = 0;
    qint64 m_sessionId = 0;
    int m_handOverShow = 0; // the show of the seats handed over at the last sign-out
    bool m_quitAfterStart = false;
    bool m_autoSignIn = false;
    bool m_noDemo = false; // --no-demo: a new local database gets no demo data
    bool m_hasManager = true;
    bool m_startedOffline = false; // started without the database: door staff may sign in offline
    bool m_quitting = false;
    bool m_opening = false;                          // a counter session is being opened
    bool m_closing = false;                          // the counter is being closed
    bool m_releaseWhenOpened = true;                 // a close asked for while opening: release the cart
    std::vector<std::function<void()>> m_afterClose; // what waits for the close
    bool m_databaseAnswered = false;
    bool m_shutDown = false;
    StaffMember m_member;
    QPointer<SignInDialog> m_signIn;
    QPointer<FirstManagerDialog> m_firstManager;

    // Destroyed bottom-up: the window before what it shows, every user of a
    // Database before it, the owner's Database before the server it runs on.
    std::unique_ptr<EmbeddedPostgres> m_server;
    std::unique_ptr<Database> m_ownerDb; // migrates, seeds, registers the counter, checks sign-ins
    QString m_description;
    QList<StaffMember> m_staff;
    std::unique_ptr<MonitoringServer> m_monitoring;
    std::unique_ptr<Database> m_staffDb; // the signed-in staff member's own login
    std::shared_ptr<SaleEngine> m_engine;
    std::unique_ptr<SeatFeed> m_feed;
    std::unique_ptr<JobScheduler> m_jobs;
    std::unique_ptr<Heartbeat> m_heartbeat;
    std::unique_ptr<MainWindow> m_window;
    // Door staff (role gate) get the gate station instead of the counter.
    std::unique_ptr<GateWindow> m_gateWindow;
};

} // namespace boxoffice
