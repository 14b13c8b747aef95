// The box office: wires the services to the window. With no BOXOFFICE_DB the
// app starts (or reuses) its own PostgreSQL cluster in the user's data folder
// and stops it when the last instance exits.
#include "admin/staffdirectory.h"
#include "counter/countersession.h"
#include "counter/mainwindow.h"
#include "counter/signindialog.h"
#include "db/connectionconfig.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "i18n.h"
#include "ops/heartbeat.h"
#include "ops/jobscheduler.h"
#include "ops/monitoringserver.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCommandLineParser>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QInputDialog>

#include <memory>

Q_LOGGING_CATEGORY(lcApp, "boxoffice.app")

using namespace boxoffice;

namespace {

// The service side: the server (embedded or shared), the owner's connection
// that migrates, seeds and checks sign-ins, and the monitoring endpoint.
struct Backend
{
    std::unique_ptr<EmbeddedPostgres> server;
    std::unique_ptr<Database> db;
    QList<StaffMember> staff;
    QString description;
    QString error;
};

// What a signed-in staff member works with: their own database login (their
// PostgreSQL role decides what they may do) and this counter's engine.
struct Session
{
    std::unique_ptr<Database> db;
    std::unique_ptr<SaleEngine> engine;
    QString error;
};

std::shared_ptr<Session> openSession(const ConnectionConfig &login, const QString &counterName)
{
    auto session = std::make_shared<Session>();
    session->db = std::make_unique<Database>(login, QStringLiteral("staff"));
    session->engine = std::make_unique<SaleEngine>(*session->db, SaleEngine::Options {counterName});
    Result<int> terminal = session->engine->registerTerminal();
    if (!terminal)
        session->error = terminal.error().message;
    session->db->closeThreadConnection();
    return session;
}

// Runs on a worker thread: the window is up while the database starts.
std::shared_ptr<Backend> startBackend(const QString &dataDir)
{
    auto backend = std::make_shared<Backend>();
    ConnectionConfig config;
    const QString shared = qEnvironmentVariable("BOXOFFICE_DB");
    if (!shared.isEmpty()) {
        Result<ConnectionConfig> parsed = ConnectionConfig::parse(shared);
        if (!parsed) {
            backend->error = QCoreApplication::translate("main", "BOXOFFICE_DB: %1").arg(parsed.error().message);
            return backend;
        }
        config = parsed.value();
        backend->description = QCoreApplication::translate("main", "Shared database: %1").arg(config.describe());
    } else {
        EmbeddedPostgres::Options options;
        options.dataDir = dataDir;
        backend->server = std::make_unique<EmbeddedPostgres>(options);
        Result<ConnectionConfig> started = backend->server->start();
        if (!started) {
            backend->error = started.error().message;
            return backend;
        }
        config = started.value();
        backend->description = QCoreApplication::translate("main", "Local database in %1").arg(options.dataDir);
    }
    backend->db = std::make_unique<Database>(config);
    Result<QList<int>> migrated = Migrator::migrate(*backend->db);
    if (!migrated) {
        backend->error = migrated.error().message;
        return backend;
    }
    if (backend->server) {
        Result<bool> seeded = Migrator::seedDemo(*backend->db, true);
        if (!seeded) {
            backend->error = seeded.error().message;
            return backend;
        }
    }
    Result<QList<StaffMember>> staff = StaffDirectory::activeStaff(*backend->db);
    if (staff)
        backend->staff = staff.value();
    // This thread's connection goes now; the window's work opens its own.
    backend->db->closeThreadConnection();
    return backend;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BoxOffice"));
    QApplication::setApplicationName(QStringLiteral("boxoffice"));
    QApplication::setApplicationDisplayName(QStringLiteral("Box Office"));
    // Language: the settings' choice (ui/language, e.g. "th"), else the system's.
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Box office for ticket counters."));
    parser.addHelpOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder of the local database."), QStringLiteral("dir"));
    QCommandLineOption quitOption(QStringLiteral("quit-after-start"),
        QCoreApplication::translate("main", "Start, load the shows, and quit (smoke test)."));
    parser.addOption(dataDirOption);
    parser.addOption(quitOption);
    parser.process(app);
    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("BOXOFFICE_DATA_DIR", EmbeddedPostgres::defaultDataDir());
    const bool quitAfterStart = parser.isSet(quitOption);

    // The counter's name: asked once, kept in the settings.
    QSettings settings;
    QString counterName
        = qEnvironmentVariable("BOXOFFICE_COUNTER", settings.value(QStringLiteral("counter/name")).toString());
    if (counterName.isEmpty() && !quitAfterStart) {
        bool ok = false;
        counterName = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Box Office"),
            QCoreApplication::translate("main", "Name of this counter:"), QLineEdit::Normal,
            QCoreApplication::translate("main", "Counter 1"), &ok)
                          .trimmed();
        if (!ok || counterName.isEmpty())
            return 0;
        settings.setValue(QStringLiteral("counter/name"), counterName);
    }
    if (counterName.isEmpty())
        counterName = QStringLiteral("Counter 1");
    std::unique_ptr<SeatFeed> feed;
    std::unique_ptr<JobScheduler> jobs;
    std::unique_ptr<Heartbeat> heartbeat;
    std::unique_ptr<MonitoringServer> monitoring;

    std::shared_ptr<Backend> backend;
    std::shared_ptr<Session> session;
    int exitCode = 0;
    {
        MainWindow window;
        window.setStatusText(QCoreApplication::translate("main", "Starting the database…"));
        window.setWindowTitle(QCoreApplication::translate("main", "Box Office — %1").arg(counterName));
        window.show();

        // Signed in: the counter starts working on the staff member's own
        // database login.
        QFutureWatcher<std::shared_ptr<Session>> sessionWatcher;
        StaffMember member;
        QObject::connect(&sessionWatcher, &QFutureWatcherBase::finished, &window, [&] {
            session = sessionWatcher.result();
            if (!session->error.isEmpty()) {
                qCWarning(lcApp).noquote() << session->error;
                window.showStartupError(session->error);
                if (quitAfterStart)
                    QCoreApplication::exit(1);
                return;
            }
            window.setDatabase(session->db.get(), backend->description);
            feed = std::make_unique<SeatFeed>(session->db->config());
            feed->start();
            window.setCounter(session->engine.get(), feed.get());
            window.setStaff(member);
            window.session()->setHoldMinutes(
                std::clamp(settings.value(QStringLiteral("sale/holdMinutes"), 5).toInt(), 1, 60));
            // Every counter runs the background jobs; the database lets one
            // of them do each run. Intervals in seconds from the settings.
            jobs = std::make_unique<JobScheduler>(*session->db, counterName);
            for (int j = 0; j < JobScheduler::JobCount; ++j) {
                const auto job = JobScheduler::Job(j);
                const int seconds = settings.value(QStringLiteral("jobs/") + JobScheduler::jobName(job), 0).toInt();
                if (seconds > 0)
                    jobs->setInterval(job, std::chrono::seconds(seconds));
            }
            jobs->start();
            // The heartbeat: this counter is alive, who is signed in, and what
            // its engine did (for the supervisor's dashboard and health check).
            heartbeat = std::make_unique<Heartbeat>(
                *session->db, session->engine->statistics(), session->engine->terminalId());
            heartbeat->setClerk(member.id);
            const int beat = settings.value(QStringLiteral("monitoring/heartbeatSeconds"), 15).toInt();
            heartbeat->setInterval(std::chrono::seconds(std::clamp(beat, 1, 600)));
            heartbeat->start();
        });
        const auto startSession = [&](const StaffMember &who, const ConnectionConfig &login) {
            member = who;
            window.setStatusText(
                QCoreApplication::translate("main", "Signed in as %1; opening the counter…").arg(who.displayName));
            sessionWatcher.setFuture(QtConcurrent::run(openSession, login, counterName));
        };

        QFutureWatcher<std::shared_ptr<Backend>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &window, [&] {
            backend = watcher.result();
            if (!backend->error.isEmpty()) {
                qCWarning(lcApp).noquote() << backend->error;
                window.showStartupError(backend->error);
                if (quitAfterStart)
                    QCoreApplication::exit(1);
                return;
            }
            // Optional monitoring over HTTP (off unless the settings say so).
            if (settings.value(QStringLiteral("monitoring/enabled"), false).toBool()) {
                MonitoringServer::Options options;
                options.address = QHostAddress(
                    settings.value(QStringLiteral("monitoring/address"), QStringLiteral("127.0.0.1")).toString());
                options.port = quint16(settings.value(QStringLiteral("monitoring/port"), 9187).toUInt());
                options.token = qEnvironmentVariable(
                    "BOXOFFICE_MONITORING_TOKEN", settings.value(QStringLiteral("monitoring/token")).toString());
                monitoring = std::make_unique<MonitoringServer>(*backend->db, nullptr, options);
                if (Result<quint16> port = monitoring->start(); !port) {
                    qCWarning(lcApp).noquote() << "monitoring endpoint not started:" << port.error().detail;
                    monitoring.reset();
                }
            }
            // The smoke test works as the first clerk on the owner's
            // connection, without asking for a password.
            if (quitAfterStart) {
                for (const StaffMember &m : backend->staff) {
                    if (m.role == StaffRole::Clerk) {
                        startSession(m, backend->db->config());
                        return;
                    }
                }
                startSession(StaffMember {}, backend->db->config());
                return;
            }
            window.setStatusText(QCoreApplication::translate("main", "Sign in to start selling."));
            auto *signIn
                = new SignInDialog(*backend->db, settings.value(QStringLiteral("clerk/username")).toString(), &window);
            signIn->setDatabaseLogin(backend->db->config());
            signIn->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(signIn, &QDialog::accepted, &window, [&settings, signIn, &startSession] {
                settings.setValue(QStringLiteral("clerk/username"), signIn->member().username);
                startSession(signIn->member(), signIn->loginConfig());
            });
            QObject::connect(signIn, &QDialog::rejected, &window, &QWidget::close);
            signIn->open();
        });
        if (quitAfterStart) {
            QObject::connect(&window, &MainWindow::showsLoaded, &app, [](int count) {
                qCInfo(lcApp) << "started;" << count << "shows";
                QCoreApplication::exit(count > 0 ? 0 : 1);
            });
        }
        watcher.setFuture(QtConcurrent::run(startBackend, dataDir));
        exitCode = QApplication::exec();
        watcher.waitForFinished();
        sessionWatcher.waitForFinished();
        if (heartbeat)
            heartbeat->signOff().waitForFinished();
    }
    monitoring.reset();
    heartbeat.reset();
    jobs.reset();
    feed.reset();
    if (session)
        session->engine.reset();
    QThreadPool::globalInstance()->waitForDone();
    if (session)
        session->db.reset();

    // The last instance to leave stops the cluster the app started.
    if (backend && backend->server && backend->db) {
        const ConnectionConfig config = backend->db->config();
        backend->db.reset();
        Result<int> others = EmbeddedPostgres::otherAppSessions(config);
        if (others && others.value() == 0) {
            qCInfo(lcApp) << "last instance: stopping the local database";
            backend->server->stop();
        }
    }
    return exitCode;
}
