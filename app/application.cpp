#include "application.h"

#include "counter/countersession.h"
#include "counter/mainwindow.h"
#include "counter/signindialog.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "display.h"
#include "i18n.h"
#include "ops/heartbeat.h"
#include "ops/jobscheduler.h"
#include "ops/monitoringserver.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QLoggingCategory>
#include <QtWidgets/QApplication>
#include <QtWidgets/QInputDialog>

Q_LOGGING_CATEGORY(lcApp, "boxoffice.app")

namespace boxoffice {

// What startDatabase's worker answers: an empty error, or why not.
struct Application::Started
{
    QList<StaffMember> staff;
    QString error;
};

// What openCounter's worker answers: this counter's engine, registered.
struct Application::Opened
{
    std::shared_ptr<SaleEngine> engine;
    QString error;
};

Application::Application(QApplication &app) : m_app(app)
{
    QApplication::setOrganizationName(QStringLiteral("BoxOffice"));
    QApplication::setApplicationName(QStringLiteral("boxoffice"));
    QApplication::setApplicationDisplayName(QStringLiteral("Box Office"));
    m_settings = std::make_unique<QSettings>();
    // The counter signs off before the program ends: quit() ends the loop.
    QApplication::setQuitOnLastWindowClosed(false);
    connect(&m_app, &QGuiApplication::lastWindowClosed, this, [this] { quit(0); });
}

Application::~Application()
{
    shutDown();
}

int Application::run()
{
    if (!readSettings())
        return 0;
    m_window = std::make_unique<MainWindow>();
    m_window->setStatusText(QCoreApplication::translate("main", "Starting the database…"));
    m_window->setWindowTitle(QCoreApplication::translate("main", "Box Office — %1").arg(m_counterName));
    m_window->show();
    if (m_quitAfterStart) {
        connect(m_window.get(), &MainWindow::showsLoaded, this, [this](int count) {
            qCInfo(lcApp) << "started;" << count << "shows";
            quit(count > 0 ? 0 : 1);
        });
    }
    startDatabase();
    const int exitCode = QApplication::exec();
    shutDown();
    return exitCode;
}

bool Application::readSettings()
{
    // Language: the settings' choice (ui/language, e.g. "th"), else the system's.
    const QString language = m_settings->value(QStringLiteral("ui/language")).toString();
    installTranslations(m_app, language.isEmpty() ? QLocale() : QLocale(language));
    // Thai dates in the Buddhist era unless the counter is set otherwise.
    Display::setBuddhistEra(m_settings->value(QStringLiteral("dates/buddhistEra"), true).toBool());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Box office for ticket counters."));
    parser.addHelpOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder of the local database."), QStringLiteral("dir"));
    QCommandLineOption quitOption(QStringLiteral("quit-after-start"),
        QCoreApplication::translate("main", "Start, load the shows, and quit (smoke test)."));
    parser.addOption(dataDirOption);
    parser.addOption(quitOption);
    parser.process(m_app);
    m_dataDir = parser.value(dataDirOption);
    if (m_dataDir.isEmpty())
        m_dataDir = qEnvironmentVariable("BOXOFFICE_DATA_DIR", EmbeddedPostgres::defaultDataDir());
    m_quitAfterStart = parser.isSet(quitOption);

    // The counter's name: asked once, kept in the settings.
    m_counterName
        = qEnvironmentVariable("BOXOFFICE_COUNTER", m_settings->value(QStringLiteral("counter/name")).toString());
    if (m_counterName.isEmpty() && !m_quitAfterStart) {
        bool ok = false;
        m_counterName = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Box Office"),
            QCoreApplication::translate("main", "Name of this counter:"), QLineEdit::Normal,
            QCoreApplication::translate("main", "Counter 1"), &ok)
                            .trimmed();
        if (!ok || m_counterName.isEmpty())
            return false;
        m_settings->setValue(QStringLiteral("counter/name"), m_counterName);
    }
    if (m_counterName.isEmpty())
        m_counterName = QStringLiteral("Counter 1");
    return true;
}

// The window is up while the server starts, the migrations run and the demo
// data goes in: all of that on the owner's executor.
void Application::startDatabase()
{
    ConnectionConfig config;
    const QString shared = qEnvironmentVariable("BOXOFFICE_DB");
    if (!shared.isEmpty()) {
        Result<ConnectionConfig> parsed = ConnectionConfig::parse(shared);
        if (!parsed) {
            fail(QCoreApplication::translate("main", "BOXOFFICE_DB: %1").arg(parsed.error().message));
            return;
        }
        config = parsed.value();
        m_description = QCoreApplication::translate("main", "Shared database: %1").arg(config.describe());
    } else {
        EmbeddedPostgres::Options options;
        options.dataDir = m_dataDir;
        m_server = std::make_unique<EmbeddedPostgres>(options);
        // Known before the server runs: where it will listen.
        config = m_server->connectionConfig();
        m_description = QCoreApplication::translate("main", "Local database in %1").arg(options.dataDir);
    }
    m_ownerDb = std::make_unique<Database>(config);
    // The server outlives the owner's Database (members' order), and that
    // Database waits for this work before it goes.
    m_ownerDb
        ->run([server = m_server.get()](Database &db) {
            Started started;
            if (server) {
                if (Result<ConnectionConfig> r = server->start(); !r) {
                    started.error = r.error().message;
                    return started;
                }
            }
            if (Result<QList<int>> migrated = Migrator::migrate(db); !migrated) {
                started.error = migrated.error().message;
                return started;
            }
            if (server) {
                if (Result<bool> seeded = Migrator::seedDemo(db, true); !seeded) {
                    started.error = seeded.error().message;
                    return started;
                }
            }
            if (Result<QList<StaffMember>> staff = StaffDirectory::activeStaff(db))
                started.staff = staff.value();
            return started;
        })
        .then(this, [this](const Started &started) { databaseStarted(started); });
}

void Application::databaseStarted(const Started &started)
{
    m_databaseAnswered = true;
    if (!started.error.isEmpty()) {
        fail(started.error);
        return;
    }
    m_staff = started.staff;
    startMonitoring();
    signIn();
}

// Optional monitoring over HTTP (off unless the settings say so).
void Application::startMonitoring()
{
    if (!m_settings->value(QStringLiteral("monitoring/enabled"), false).toBool())
        return;
    MonitoringServer::Options options;
    options.address
        = QHostAddress(m_settings->value(QStringLiteral("monitoring/address"), QStringLiteral("127.0.0.1")).toString());
    options.port = quint16(m_settings->value(QStringLiteral("monitoring/port"), 9187).toUInt());
    options.token = qEnvironmentVariable(
        "BOXOFFICE_MONITORING_TOKEN", m_settings->value(QStringLiteral("monitoring/token")).toString());
    m_monitoring = std::make_unique<MonitoringServer>(*m_ownerDb, nullptr, options);
    if (Result<quint16> port = m_monitoring->start(); !port) {
        qCWarning(lcApp).noquote() << "monitoring endpoint not started:" << port.error().detail;
        m_monitoring.reset();
    }
}

void Application::signIn()
{
    // The smoke test works as the first clerk on the owner's connection,
    // without asking for a password.
    if (m_quitAfterStart) {
        for (const StaffMember &m : std::as_const(m_staff)) {
            if (m.role == StaffRole::Clerk) {
                openCounter(m, m_ownerDb->config());
                return;
            }
        }
        openCounter(StaffMember {}, m_ownerDb->config());
        return;
    }
    m_window->setStatusText(QCoreApplication::translate("main", "Sign in to start selling."));
    auto *dialog
        = new SignInDialog(*m_ownerDb, m_settings->value(QStringLiteral("clerk/username")).toString(), m_window.get());
    dialog->setDatabaseLogin(m_ownerDb->config());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings->setValue(QStringLiteral("clerk/username"), dialog->member().username);
        openCounter(dialog->member(), dialog->loginConfig());
    });
    connect(dialog, &QDialog::rejected, m_window.get(), &QWidget::close);
    dialog->open();
}

// Signed in: the counter works on the staff member's own database login
// (their PostgreSQL role decides what they may do).
void Application::openCounter(const StaffMember &member, const ConnectionConfig &login)
{
    m_member = member;
    m_window->setStatusText(
        QCoreApplication::translate("main", "Signed in as %1; opening the counter…").arg(member.displayName));
    m_staffDb = std::make_unique<Database>(login, QStringLiteral("staff"));
    m_staffDb
        ->run([counterName = m_counterName](Database &db) {
            // Made on the worker and handed over: nothing here points back
            // at the Application.
            Opened opened;
            opened.engine = std::make_shared<SaleEngine>(db, SaleEngine::Options {counterName});
            if (Result<int> terminal = opened.engine->registerTerminal(); !terminal)
                opened.error = terminal.error().message;
            return opened;
        })
        .then(this, [this](const Opened &opened) { counterOpened(opened); });
}

void Application::counterOpened(const Opened &opened)
{
    m_engine = opened.engine;
    if (!opened.error.isEmpty()) {
        fail(opened.error);
        return;
    }
    m_window->setDatabase(m_staffDb.get(), m_description);
    startFeed();
    m_window->setCounter(m_engine.get(), m_feed.get());
    m_window->setStaff(m_member);
    m_window->session()->setHoldMinutes(
        std::clamp(m_settings->value(QStringLiteral("sale/holdMinutes"), 5).toInt(), 1, 60));
    startJobs();
    startHeartbeat();
}

void Application::startFeed()
{
    m_feed = std::make_unique<SeatFeed>(m_staffDb->config());
    m_feed->start();
}

// Every counter runs the background jobs; the database lets one of them do
// each run. Intervals in seconds from the settings.
void Application::startJobs()
{
    m_jobs = std::make_unique<JobScheduler>(*m_staffDb, m_counterName);
    for (int j = 0; j < JobScheduler::JobCount; ++j) {
        const auto job = JobScheduler::Job(j);
        const int seconds = m_settings->value(QStringLiteral("jobs/") + JobScheduler::jobName(job), 0).toInt();
        if (seconds > 0)
            m_jobs->setInterval(job, std::chrono::seconds(seconds));
    }
    m_jobs->start();
}

// This counter is alive, who is signed in, and what its engine did (for the
// supervisor's dashboard and the health check).
void Application::startHeartbeat()
{
    m_heartbeat = std::make_unique<Heartbeat>(*m_staffDb, m_engine->statistics(), m_engine->terminalId());
    m_heartbeat->setClerk(m_member.id);
    const int beat = m_settings->value(QStringLiteral("monitoring/heartbeatSeconds"), 15).toInt();
    m_heartbeat->setInterval(std::chrono::seconds(std::clamp(beat, 1, 600)));
    m_heartbeat->start();
}

void Application::fail(const QString &message)
{
    qCWarning(lcApp).noquote() << message;
    m_window->showStartupError(message);
    if (m_quitAfterStart)
        quit(1);
}

void Application::quit(int code)
{
    if (m_quitting)
        return;
    m_quitting = true;
    // Queued: quit may come before the event loop runs (a failed start).
    const auto leave = [this, code] {
        QMetaObject::invokeMethod(
            this, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    };
    if (!m_heartbeat) {
        leave();
        return;
    }
    // The last beat: nobody signed in, and not reported offline while closed.
    m_heartbeat->signOff().then(this, [leave](const Result<Done> &) { leave(); });
}

void Application::shutDown()
{
    // The window and its dialogs first: they use the engine and the staff
    // login. Work still running holds no pointer to them.
    m_window.reset();
    m_monitoring.reset();
    m_heartbeat.reset();
    m_jobs.reset();
    m_feed.reset();
    m_engine.reset();
    m_staffDb.reset(); // waits for its executor's work (a late start-up step)

    // The last instance to leave stops the cluster the app started (once its
    // start-up answered: one cut short is left to the next instance).
    if (m_server && m_ownerDb && m_databaseAnswered) {
        const ConnectionConfig config = m_ownerDb->config();
        m_ownerDb.reset();
        Result<int> others = EmbeddedPostgres::otherAppSessions(config);
        if (others && others.value() == 0) {
            qCInfo(lcApp) << "last instance: stopping the local database";
            m_server->stop();
        }
    }
    m_ownerDb.reset();
    m_server.reset();
}

} // namespace boxoffice
