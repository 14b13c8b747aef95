#pragma once

#include "admin/staffdirectory.h"
#include "db/connectionconfig.h"

#include <QtCore/QObject>
#include <QtCore/QSettings>
#include <QtCore/QString>

#include <memory>

class QApplication;

namespace boxoffice {

class Database;
class EmbeddedPostgres;
class Heartbeat;
class JobScheduler;
class MainWindow;
class MonitoringServer;
class SaleEngine;
class SeatFeed;

// The box office as one program: start-up in named steps, each started by
// the one before it (a step that waits for the database runs on an executor
// and comes back with the next step), and an orderly shutdown. With no
// BOXOFFICE_DB it starts (or reuses) its own PostgreSQL cluster in the user's
// data folder, and the last instance to leave stops it.
//
//   readSettings → startDatabase (worker) → startMonitoring → signIn
//     → openCounter (worker) → startFeed, startJobs, startHeartbeat
//   quit → signed off (worker) → the event loop ends → shutDown
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(QApplication &app);
    ~Application() override;

    // Start-up, the event loop, shutdown; answers the exit code.
    int run();

private:
    struct Started;
    struct Opened;

    // Language, command line, the counter's name (asked once); false: the
    // clerk gave no name.
    bool readSettings();
    void startDatabase();
    void databaseStarted(const Started &started);
    void startMonitoring();
    void signIn();
    void openCounter(const StaffMember &member, const ConnectionConfig &login);
    void counterOpened(const Opened &opened);
    void startFeed();
    void startJobs();
    void startHeartbeat();
    void fail(const QString &message);
    // Signs this counter off, then ends the event loop with code.
    void quit(int code);
    void shutDown();

    QApplication &m_app;
    std::unique_ptr<QSettings> m_settings; // made once the application has its names
    QString m_dataDir;
    QString m_counterName;
    bool m_quitAfterStart = false;
    bool m_quitting = false;
    bool m_databaseAnswered = false;
    StaffMember m_member;

    // Destroyed bottom-up: the window before what it shows, every user of a
    // Database before it, the owner's Database before the server it runs on.
    std::unique_ptr<EmbeddedPostgres> m_server;
    std::unique_ptr<Database> m_ownerDb; // migrates, seeds, checks sign-ins
    QString m_description;
    QList<StaffMember> m_staff;
    std::unique_ptr<MonitoringServer> m_monitoring;
    std::unique_ptr<Database> m_staffDb; // the signed-in staff member's own login
    std::shared_ptr<SaleEngine> m_engine;
    std::unique_ptr<SeatFeed> m_feed;
    std::unique_ptr<JobScheduler> m_jobs;
    std::unique_ptr<Heartbeat> m_heartbeat;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace boxoffice
