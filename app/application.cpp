#include "application.h"

#include "admin/countersessions.h"
#include "admin/showcatalog.h"
#include "admin/staffadmin.h"
#include "counter/firstmanagerdialog.h"
#include "counter/mainwindow.h"
#include "counter/signindialog.h"
#include "counteridentity.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/houseclock.h"
#include "db/migrator.h"
#include "display.h"
#include "gate/gatewindow.h"
#include "gate/offlinesignin.h"
#include "i18n.h"
#include "ops/heartbeat.h"
#include "ops/jobscheduler.h"
#include "ops/monitoringserver.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "unixsignals.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtWidgets/QApplication>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>

Q_LOGGING_CATEGORY(lcApp, "boxoffice.app")

namespace boxoffice {

// What startDatabase's worker answers: an empty error, or why not.
struct Application::Started
{
    QList<StaffMember> staff;
    CounterRef counter;
    QTimeZone houseZone; // the venue's: the box office's days and moments
    bool hasManager = true;
    QString error;
    ErrorCode errorCode = ErrorCode::None;

    void fail(const ServiceError &e)
    {
        error = e.message;
        errorCode = e.code;
    }
};

// What openCounter's worker answers: the counter session and its engine.
struct Application::Opened
{
    std::shared_ptr<SaleEngine> engine;
    qint64 sessionId = 0;
    CounterRef counter;
    QString error;
};

// What closeCounter's worker answers: an empty error, or what went wrong
// (logged; the counter closes on this side whatever the database said).
struct Application::Closed
{
    QString error;
};

Application::Application(QApplication &app, QStringList arguments) : m_app(app), m_arguments(std::move(arguments))
{
    QApplication::setOrganizationName(QStringLiteral("BoxOffice"));
    QApplication::setApplicationName(QStringLiteral("boxoffice"));
    QApplication::setApplicationDisplayName(QStringLiteral("Box Office"));
    if (m_arguments.isEmpty())
        m_arguments = QCoreApplication::arguments();
    m_settings = std::make_unique<QSettings>();
    // The counter signs off before the program ends: quit() ends the loop
    // (when the window closes, see start()).
    QApplication::setQuitOnLastWindowClosed(false);
    // A desktop log-out or a kill: the same clean way out as the Quit menu.
    m_signals = std::make_unique<UnixSignals>();
    connect(m_signals.get(), &UnixSignals::received, this, [this] { quit(0); });
}

Application::~Application()
{
    shutDown();
}

int Application::run()
{
    if (!start())
        return 0;
    const int exitCode = QApplication::exec();
    shutDown();
    return exitCode;
}

bool Application::start()
{
    if (!readSettings())
        return false;
    m_window = std::make_unique<MainWindow>();
    m_window->setStatusText(QCoreApplication::translate("main", "Starting the database…"));
    m_window->setCounterName(m_counterName);
    m_window->setHoldMinutes(std::clamp(m_settings->value(QStringLiteral("sale/holdMinutes"), 5).toInt(), 1, 60));
    // The printer is the counter's (this slot's), like its device id.
    m_window->setPrinterSettings(
        m_settings.get(), CounterIdentity::slotKey(m_identity->slot(), QStringLiteral("printer")));
    connect(m_window.get(), &MainWindow::signOutRequested, this,
        [this](MainWindow::CartChoice choice) { signOut(choice == MainWindow::CartChoice::HandOver); });
    connect(m_window.get(), &MainWindow::closing, this, [this] { quit(0); });
    m_window->show();
    if (m_quitAfterStart) {
        connect(m_window.get(), &MainWindow::showsLoaded, this, [this](int count) {
            qCInfo(lcApp) << "started;" << count << "shows";
            quit(count > 0 ? 0 : 1);
        });
    }
    startDatabase();
    return true;
}

SignInDialog *Application::signInDialog() const
{
    return m_signIn;
}

FirstManagerDialog *Application::firstManagerDialog() const
{
    return m_firstManager;
}

bool Application::readSettings()
{
    // Language: the settings' choice (ui/language, e.g. "th"), else the system's.
    const QString language = m_settings->value(QStringLiteral("ui/language")).toString();
    installTranslations(m_app, language.isEmpty() ? QLocale() : QLocale(language));
    // Every window's title ends with it ("Counter 1 — Box Office").
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Box Office"));
    // Thai dates in the Buddhist era unless the counter is set otherwise.
    Display::setBuddhistEra(m_settings->value(QStringLiteral("dates/buddhistEra"), true).toBool());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Box office for ticket counters."));
    parser.addHelpOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder of the local database."), QStringLiteral("dir"));
    QCommandLineOption quitOption(QStringLiteral("quit-after-start"),
        QCoreApplication::translate("main", "Start, load the shows, and quit (smoke test)."));
    QCommandLineOption autoSignInOption(QStringLiteral("auto-sign-in"),
        QCoreApplication::translate(
            "main", "Sign in as the first clerk on the owner's connection, without a password (tests)."));
    QCommandLineOption slotOption(QStringLiteral("counter-slot"),
        QCoreApplication::translate(
            "main", "Be the counter of this slot of the settings, even if another copy is (tests)."),
        QStringLiteral("n"));
    parser.addOption(dataDirOption);
    parser.addOption(quitOption);
    parser.addOption(autoSignInOption);
    QCommandLineOption noDemoOption(QStringLiteral("no-demo"),
        QCoreApplication::translate(
            "main", "Make a new local database without the demo data; the first start asks for the first manager."));
    parser.addOption(slotOption);
    parser.addOption(noDemoOption);
    parser.process(m_arguments);
    m_noDemo = parser.isSet(noDemoOption);
    m_dataDir = parser.value(dataDirOption);
    if (m_dataDir.isEmpty())
        m_dataDir = qEnvironmentVariable("BOXOFFICE_DATA_DIR", EmbeddedPostgres::defaultDataDir());
    m_quitAfterStart = parser.isSet(quitOption);
    m_autoSignIn = m_quitAfterStart || parser.isSet(autoSignInOption);

    // The counter is this device (a slot of the settings of its own), its
    // name a label: asked once, kept with the slot.
    m_identity = std::make_unique<CounterIdentity>(*m_settings,
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation), parser.value(slotOption).toInt());
    m_counterName = qEnvironmentVariable("BOXOFFICE_COUNTER", m_identity->name());
    if (m_counterName.isEmpty() && !m_autoSignIn) {
        bool ok = false;
        m_counterName = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Box Office"),
            QCoreApplication::translate("main", "Name of this counter:"), QLineEdit::Normal,
            QCoreApplication::translate("main", "Counter %1").arg(m_identity->slot()), &ok)
                            .trimmed();
        if (!ok || m_counterName.isEmpty())
            return false;
        m_identity->setName(m_counterName);
    }
    if (m_counterName.isEmpty())
        m_counterName = QStringLiteral("Counter %1").arg(m_identity->slot());
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
        // Where, not how: the database and its servers, as dbname@host:port
        // (each host of a multi-host string with its port), short enough
        // for the status bar; not the keepalive and timeout options the
        // connection adds, never the password.
        const QStringList hosts = config.value(QStringLiteral("host")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QStringList ports = config.value(QStringLiteral("port")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList servers;
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            const QString port = ports.isEmpty() ? QString() : ports.value(i, ports.constLast());
            servers << (port.isEmpty() ? hosts.at(i) : hosts.at(i) + QLatin1Char(':') + port);
        }
        if (servers.isEmpty() && !config.value(QStringLiteral("hostaddr")).isEmpty())
            servers << config.value(QStringLiteral("hostaddr"));
        // (No host at all: libpq's default socket; the database's name alone.)
        const QString shown = servers.isEmpty()
            ? config.value(QStringLiteral("dbname"))
            : config.value(QStringLiteral("dbname")) + QLatin1Char('@') + servers.join(QLatin1Char(','));
        m_description = QCoreApplication::translate("main", "Shared database: %1").arg(shown);
        m_window->setTicketFolder(ticketFolder(m_dataDir, &config));
    } else {
        EmbeddedPostgres::Options options;
        options.dataDir = m_dataDir;
        m_server = std::make_unique<EmbeddedPostgres>(options);
        // Known before the server runs: where it will listen.
        config = m_server->connectionConfig();
        m_description = QCoreApplication::translate("main", "Local database in %1").arg(options.dataDir);
        m_window->setTicketFolder(ticketFolder(options.dataDir, nullptr));
    }
    m_ownerDb = std::make_unique<Database>(config);
    runStart([this](const Started &started) { databaseStarted(started); });
}

// The server outlives the owner's Database (members' order), and that
// Database waits for this work before it goes.
void Application::runStart(std::function<void(const Started &)> then)
{
    m_ownerDb
        ->run([server = m_server.get(), device = m_identity->device(), name = m_counterName, demo = !m_noDemo,
                  offlineSignIns = offlineSignInFile()](Database &db) {
            Started started;
            if (server) {
                if (Result<ConnectionConfig> r = server->start(); !r) {
                    started.fail(r.error());
                    return started;
                }
            }
            if (Result<QList<int>> migrated = Migrator::migrate(db); !migrated) {
                started.fail(migrated.error());
                return started;
            }
            if (server && demo) {
                if (Result<bool> seeded = Migrator::seedDemo(db, true, true); !seeded) {
                    started.fail(seeded.error());
                    return started;
                }
            }
            // Registering a counter is the owner's (or a manager's) act: a
            // clerk's login can only open a session at a known device.
            Result<CounterRef> counter = CounterSessions::registerCounter(db, device, name);
            if (!counter) {
                started.fail(counter.error());
                return started;
            }
            started.counter = counter.value();
            Result<QTimeZone> zone = ShowCatalog::venueTimeZone(db);
            if (!zone) {
                started.fail(zone.error());
                return started;
            }
            started.houseZone = zone.value();
            if (Result<QList<StaffMember>> staff = StaffDirectory::activeStaff(db)) {
                started.staff = staff.value();
                // A door person deactivated (or made a clerk) since they
                // last signed in here cannot sign in offline any more.
                QStringList doorStaff;
                for (const StaffMember &m : std::as_const(started.staff)) {
                    if (m.role == StaffRole::Gate)
                        doorStaff << m.username;
                }
                if (const int forgotten = OfflineSignIn(offlineSignIns).keepOnly(doorStaff); forgotten > 0)
                    qCInfo(lcApp) << forgotten << "door staff no longer active: their offline sign-in is forgotten";
            }
            Result<bool> manager = StaffAdmin::hasActiveManager(db);
            if (!manager) {
                started.fail(manager.error());
                return started;
            }
            started.hasManager = manager.value();
            return started;
        })
        .then(this, [then = std::move(then)](const Started &started) { then(started); });
}

QString Application::ticketFolder(const QString &dataDir, const ConnectionConfig *shared)
{
    if (!shared) {
        // Beside the cluster's folder, not in it: that one is PostgreSQL's
        // (initdb wants it empty, and as root it belongs to the postgres user).
        return QDir::cleanPath(QDir(dataDir).absolutePath()) + QStringLiteral("-tickets");
    }
    const QString host
        = shared->value(QStringLiteral("host")) + QLatin1Char('/') + shared->value(QStringLiteral("hostaddr"));
    const QString port = shared->value(QStringLiteral("port"));
    const QString dbname = shared->value(QStringLiteral("dbname"));
    const QByteArray key = QStringList {host, port, dbname}.join(QLatin1Char('\x1f')).toUtf8();
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    // The database's name too, for people looking at the folder (only
    // letters, digits, '-' and '_').
    QString label = dbname;
    label.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/tickets/")
        + (label.isEmpty() ? hash : label.left(40) + QLatin1Char('-') + hash);
}

void Application::databaseStarted(const Started &started)
{
    m_databaseAnswered = true;
    if (!started.error.isEmpty()) {
        fail(started.error);
        // A gate PC restarted while the database cannot be reached: door
        // staff who signed in here lately can still sign in and admit from
        // the saved admission lists (docs/GATE.md).
        const bool unreachable
            = started.errorCode == ErrorCode::DatabaseUnavailable || started.errorCode == ErrorCode::OutcomeUnknown;
        if (unreachable && !m_autoSignIn && !m_quitting
            && OfflineSignIn(offlineSignInFile()).hasAnyone(QDateTime::currentDateTimeUtc())) {
            m_startedOffline = true;
            // A sign-in does not wait the counter's five seconds to learn
            // that the database is still away.
            m_ownerDb->setReconnectBudget(std::chrono::milliseconds(1500));
            // The venue's clock as the last start said (the station's times).
            const QByteArray zone = m_settings->value(QStringLiteral("venue/timeZone")).toByteArray();
            if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
                HouseClock::setTimeZone(QTimeZone(zone));
            qCInfo(lcApp) << "started without the database: door staff may sign in offline";
            signIn();
        }
        return;
    }
    applyStarted(started);
    startMonitoring();
    if (m_quitting)
        return;
    signIn();
}

void Application::applyStarted(const Started &started)
{
    m_staff = started.staff;
    m_hasManager = started.hasManager;
    m_settings->setValue(QStringLiteral("venue/timeZone"), QString::fromUtf8(started.houseZone.id()));
    // From now on every day and moment on the supervisor's screens is the
    // venue's (HouseClock), whatever this PC's zone is.
    HouseClock::setTimeZone(started.houseZone);
    // The name the database knows (a manager may have changed it, or a
    // taken name got a number).
    m_counterId = started.counter.id;
    m_counterName = started.counter.name;
    if (qEnvironmentVariableIsEmpty("BOXOFFICE_COUNTER"))
        m_identity->setName(m_counterName);
    m_window->setCounterName(m_counterName);
    qCInfo(lcApp).noquote() << QStringLiteral("counter %1 \"%2\" (device %3, slot %4)")
                                   .arg(m_counterId)
                                   .arg(m_counterName, m_identity->device().toString(QUuid::WithoutBraces))
                                   .arg(m_identity->slot());
}

// Started without the database, and now someone other than door staff
// signed in (the database checked them, so it answers again): the start
// is done now, then their counter opens; if the start fails again, the
// sign-in box comes back.
void Application::finishStart(const StaffMember &member, const ConnectionConfig &login)
{
    m_window->setStatusText(QCoreApplication::translate("main", "The database answers again: starting…"));
    runStart([this, member, login](const Started &started) {
        if (m_quitting)
            return;
        if (!started.error.isEmpty()) {
            fail(started.error);
            signIn();
            return;
        }
        m_startedOffline = false;
        m_ownerDb->setReconnectBudget(Database::DefaultReconnectBudget);
        m_window->showStartupError(QString());
        applyStarted(started);
        startMonitoring();
        qCInfo(lcApp) << "started once the database answered again";
        openCounter(member, login);
    });
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

void Application::signIn(bool afterSignOut)
{
    // The smoke test works as the first clerk on the owner's connection,
    // without asking for a password.
    if (m_autoSignIn) {
        for (const StaffMember &m : std::as_const(m_staff)) {
            if (m.role == StaffRole::Clerk) {
                openCounter(m, m_ownerDb->config());
                return;
            }
        }
        openCounter(StaffMember {}, m_ownerDb->config());
        return;
    }
    if (!m_hasManager) {
        askFirstManager();
        return;
    }
    m_window->setStatusText(QCoreApplication::translate("main", "Sign in to start selling."));
    // At start the last clerk's name is filled in; after a sign-out the box
    // is empty: the next clerk is most likely someone else.
    const QString lastUser = afterSignOut ? QString() : m_settings->value(QStringLiteral("clerk/username")).toString();
    auto *dialog = new SignInDialog(*m_ownerDb, lastUser, m_window.get());
    m_signIn = dialog;
    dialog->setDatabaseLogin(m_ownerDb->config());
    dialog->setOfflineSignIn(offlineSignInFile());
    if (m_startedOffline) {
        // (A plain variable: lupdate loops forever on a call with "::" in
        // translate()'s arguments.)
        const int hours = int(OfflineSignIn::DefaultValidFor.count());
        m_window->setStatusText(QCoreApplication::translate("main", "Door staff can sign in to the gate."));
        dialog->setNotice(QCoreApplication::translate("main",
            "The database cannot be reached. Door staff who signed in at this station in the last %n hour(s) can sign "
            "in to the gate and admit from its saved lists; selling starts once the database answers again.",
            "", hours));
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_quitting)
            return;
        m_settings->setValue(QStringLiteral("clerk/username"), dialog->member().username);
        if (dialog->isOffline())
            qCInfo(lcApp).noquote() << QStringLiteral("%1 signed in offline").arg(dialog->member().username);
        if (m_startedOffline && dialog->member().role != StaffRole::Gate) {
            finishStart(dialog->member(), dialog->loginConfig());
            return;
        }
        openCounter(dialog->member(), dialog->loginConfig());
    });
    connect(dialog, &QDialog::rejected, m_window.get(), &QWidget::close);
    dialog->open();
}

QString Application::offlineSignInFile()
{
    // Beside the gate station's lists and offline scans (GateWindow).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("gate/offline-sign-in.json"));
}

// A database without an active manager (made without the demo data): the
// first manager's account instead of the sign-in, then signed in as them.
void Application::askFirstManager()
{
    m_window->setStatusText(QCoreApplication::translate("main", "Make the first manager's account to start."));
    auto *dialog = new FirstManagerDialog(*m_ownerDb, m_ownerDb->config(), m_window.get());
    m_firstManager = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_quitting)
            return;
        m_hasManager = true;
        m_settings->setValue(QStringLiteral("clerk/username"), dialog->member().username);
        openCounter(dialog->member(), dialog->loginConfig());
    });
    connect(dialog, &QDialog::rejected, m_window.get(), &QWidget::close);
    dialog->open();
}

// Signed in: the counter works on the staff member's own database login
// (their PostgreSQL role decides what they may do), in a counter session
// the database opens for this device and this process.
void Application::openCounter(const StaffMember &member, const ConnectionConfig &login)
{
    if (member.role == StaffRole::Gate) {
        openGate(member, login);
        return;
    }
    m_member = member;
    m_opening = true;
    m_window->setStatusText(
        QCoreApplication::translate("main", "Signed in as %1; opening the counter…").arg(member.displayName));
    m_staffDb = std::make_unique<Database>(login, QStringLiteral("staff"));
    m_staffDb
        ->run([device = m_identity->device(), instance = m_instance](Database &db) {
            // Made on the worker and handed over: nothing here points back
            // at the Application.
            Opened opened;
            Result<CounterSession> session = CounterSessions::open(db, device, instance);
            if (!session) {
                opened.error = session.error().message;
                return opened;
            }
            opened.sessionId = session->id;
            opened.counter = session->counter;
            SaleEngine::Options options;
            options.terminalName = session->counter.name;
            options.counterId = session->counter.id;
            opened.engine = std::make_shared<SaleEngine>(db, options);
            return opened;
        })
        .then(this, [this](const Opened &opened) { counterOpened(opened); });
}

// Door staff: no counter session (their login may not open one), the gate
// station on their own login instead of the counter; its gate name is this
// PC's (gate/name, by default the counter's name).
void Application::openGate(const StaffMember &member, const ConnectionConfig &login)
{
    m_member = member;
    m_staffDb = std::make_unique<Database>(login, QStringLiteral("staff"));
    // A door cannot wait the counter's five seconds for a lost database: a
    // scan goes to the station's offline list after 1.5 s (docs/GATE.md).
    m_staffDb->setReconnectBudget(std::chrono::milliseconds(1500));
    m_gateWindow = std::make_unique<GateWindow>(*m_staffDb);
    m_gateWindow->setStaffLogin(member.username);
    m_gateWindow->setGateName(m_settings->value(QStringLiteral("gate/name"), m_counterName).toString());
    connect(m_gateWindow->gateEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_gateWindow)
            m_settings->setValue(QStringLiteral("gate/name"), m_gateWindow->gateEdit()->text());
    });
    // Queued: the window goes in dropCounter, not inside its own close event.
    connect(
        m_gateWindow.get(), &GateWindow::closing, this, [this] { quit(0); }, Qt::QueuedConnection);
    // Queued too: the window goes in dropCounter, not inside its own shortcut.
    connect(m_gateWindow.get(), &GateWindow::signOutRequested, this, &Application::signOutGate, Qt::QueuedConnection);
    m_gateWindow->loadShows();
    m_window->hide();
    m_gateWindow->show();
    // Its keys (F4, Ctrl+Shift+L) work at once: the sign-in box that had
    // the keyboard is gone, and without a window manager nothing else
    // would make the station the active window.
    m_gateWindow->raise();
    m_gateWindow->activateWindow();
    qCInfo(lcApp).noquote() << QStringLiteral("gate station open for %1").arg(member.username);
}

void Application::counterOpened(const Opened &opened)
{
    m_opening = false;
    if (!opened.error.isEmpty()) {
        // E.g. another copy of the app is this counter: said plainly, then
        // the sign-in box again (its Cancel quits).
        qCWarning(lcApp).noquote() << "counter not opened:" << opened.error;
        dropCounter();
        Q_EMIT counterRefused(opened.error);
        if (m_closing || m_quitting) {
            closeOpenCounter(m_releaseWhenOpened);
            return;
        }
        if (m_autoSignIn) {
            fail(opened.error);
            quit(1);
            return;
        }
        m_window->setStatusText(opened.error);
        auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("main", "Counter not opened"),
            opened.error, QMessageBox::Ok, m_window.get());
        box->setObjectName(QStringLiteral("counterRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this] {
            if (!m_quitting)
                signIn();
        });
        box->open();
        return;
    }
    m_engine = opened.engine;
    m_sessionId = opened.sessionId;
    m_counterName = opened.counter.name;
    qCInfo(lcApp).noquote() << QStringLiteral("counter session %1 open at counter %2 \"%3\"")
                                   .arg(m_sessionId)
                                   .arg(opened.counter.id)
                                   .arg(opened.counter.name);
    if (m_closing || m_quitting) {
        // A sign-out or quit came while the session was opening.
        closeOpenCounter(m_releaseWhenOpened);
        return;
    }
    m_window->setDatabase(m_staffDb.get(), m_description);
    // "opening the counter…" is over: say who sells where.
    m_window->setStatusText(
        QCoreApplication::translate("main", "%1 is selling at counter %2.").arg(m_member.displayName, m_counterName));
    startFeed();
    m_window->setCounter(m_engine.get(), m_feed.get());
    m_window->setStaff(m_member);
    startJobs();
    startHeartbeat();
    // Seats handed over at this counter's last sign-out are in the cart again.
    if (m_handOverShow > 0) {
        m_window->openShow(m_handOverShow);
        m_handOverShow = 0;
    }
    // The counter's keys (F3, F4, Ctrl+L…) work at once: the sign-in box
    // that had the keyboard is gone, and without a window manager (a kiosk
    // PC, Xvfb) nothing else would make the counter the active window.
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT signedIn(m_sessionId);
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
// supervisor's dashboard and the health check); it also keeps the counter
// session fresh.
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
    if (m_autoSignIn)
        quit(1);
}

void Application::signOut(bool handOver)
{
    if (m_closing || m_quitting || !isSignedIn())
        return;
    const bool cart = !m_window->cartSeatIds().isEmpty();
    m_handOverShow = handOver && cart ? m_window->currentShowId() : 0;
    m_window->setStatusText(QCoreApplication::translate("main", "Signing out…"));
    closeCounter(!handOver, [this] {
        if (m_quitting)
            return;
        qCInfo(lcApp) << "signed out";
        m_window->setStatusText(QCoreApplication::translate("main", "Signed out."));
        Q_EMIT signedOut();
        signIn(true);
    });
}

// The next door person takes over the station: it closes as on quit (the
// station's closing ping, then the staff login goes), and the sign-in box
// comes back, empty.
void Application::signOutGate()
{
    if (m_closing || m_quitting || !m_gateWindow)
        return;
    qCInfo(lcApp).noquote() << QStringLiteral("gate station signing out %1").arg(m_member.username);
    closeCounter(true, [this] {
        if (m_quitting)
            return;
        qCInfo(lcApp) << "signed out";
        m_window->setStatusText(QCoreApplication::translate("main", "Signed out."));
        m_window->show();
        Q_EMIT signedOut();
        signIn(true);
    });
}

void Application::closeCounter(bool releaseCart, std::function<void()> done)
{
    m_afterClose.push_back(std::move(done));
    if (m_closing)
        return; // the close under way calls done too
    m_closing = true;
    if (m_opening) {
        // The session is being opened: closed as soon as it is (counterOpened).
        m_releaseWhenOpened = releaseCart;
        return;
    }
    closeOpenCounter(releaseCart);
}

void Application::closeOpenCounter(bool releaseCart)
{
    const auto finished = [this] {
        dropCounter();
        m_closing = false;
        const std::vector<std::function<void()>> waiting = std::exchange(m_afterClose, {});
        for (const std::function<void()> &then : waiting)
            then();
    };
    if (!m_staffDb || m_sessionId == 0) {
        finished();
        return;
    }
    if (m_jobs)
        m_jobs->stop();
    const QList<int> seats = releaseCart && m_window ? m_window->cartSeatIds() : QList<int> {};
    const int show = m_window ? m_window->currentShowId() : 0;
    // The last beat first (nobody signed in): a beat keeps the session
    // alive, and after the close the counter acts for nobody.
    const auto release = [this, seats, show, finished] {
        m_staffDb
            ->run([engine = m_engine.get(), seats, show, instance = m_instance](Database &db) {
                Closed closed;
                if (!seats.isEmpty()) {
                    if (Result<HoldResult> r = engine->release(show, seats); !r)
                        closed.error = r.error().message + QLatin1Char(' ');
                }
                // This instance's session only: the owner account (the smoke
                // test) may hold sessions at several counters.
                if (Result<Done> r = CounterSessions::close(db, instance); !r)
                    closed.error += r.error().message;
                return closed;
            })
            .then(this, [finished, count = seats.size()](const Closed &closed) {
                if (!closed.error.isEmpty())
                    qCWarning(lcApp).noquote() << "closing the counter:" << closed.error;
                else
                    qCInfo(lcApp) << "counter session closed;" << count << "seat(s) released";
                finished();
            });
    };
    if (m_heartbeat)
        m_heartbeat->signOff().then(this, [release](const Result<Done> &) { release(); });
    else
        release();
}

// Everything of the signed-in login goes; the window forgets the counter first.
void Application::dropCounter()
{
    if (m_window)
        m_window->clearCounter();
    if (m_gateWindow) {
        // Its answers still queued die with it; nothing it does later needs
        // the staff login, which goes below (after the station's closing,
        // already queued on it: a quit is a proper close, not an offline gate).
        m_gateWindow->closeStation();
        m_gateWindow->hide();
        m_gateWindow.release()->deleteLater();
    }
    m_heartbeat.reset();
    m_jobs.reset();
    m_feed.reset();
    m_engine.reset();
    m_staffDb.reset(); // its work is done: this runs in an answer of it, or before it ran any
    m_sessionId = 0;
    m_member = StaffMember {};
}

void Application::quit(int code)
{
    if (m_quitting)
        return;
    m_quitting = true;
    closeCounter(true, [this, code] {
        Q_EMIT finished(code);
        // Queued: quit may come before the event loop runs (a failed start).
        QMetaObject::invokeMethod(
            this, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    });
}

void Application::shutDown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    // The window and its dialogs first: they use the engine and the staff
    // login. Work still running holds no pointer to them.
    m_gateWindow.reset();
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
        // Our own connections were closed just now, but their server
        // processes take a moment to go (longer on a loaded machine): until
        // they have, they look like another instance's. Asked again for up
        // to two seconds before deciding that someone else is still here.
        Result<int> others = EmbeddedPostgres::otherAppSessions(config);
        for (int waited = 0; others && others.value() > 0 && waited < 2000; waited += 100) {
            QThread::msleep(100);
            others = EmbeddedPostgres::otherAppSessions(config);
        }
        if (others && others.value() == 0) {
            qCInfo(lcApp) << "last instance: stopping the local database";
            m_server->stop();
        }
    }
    m_ownerDb.reset();
    m_server.reset();
    m_identity.reset();
    // Last: a second signal during the shutdown finds no event loop and is
    // ignored rather than killing the process before the server is stopped.
    m_signals.reset();
}

} // namespace boxoffice
