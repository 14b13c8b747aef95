// The box office: wires the services to the window. With no BOXOFFICE_DB the
// app starts (or reuses) its own PostgreSQL cluster in the user's data folder
// and stops it when the last instance exits.
#include "connectionconfig.h"
#include "database.h"
#include "embeddedpostgres.h"
#include "i18n.h"
#include "mainwindow.h"
#include "migrator.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCommandLineParser>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

#include <memory>

Q_LOGGING_CATEGORY(lcApp, "boxoffice.app")

using namespace boxoffice;

namespace {

struct Backend
{
    std::unique_ptr<EmbeddedPostgres> server;
    std::unique_ptr<Database> db;
    QString description;
    QString error;
};

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
    installTranslations(app, QLocale());

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

    std::shared_ptr<Backend> backend;
    int exitCode = 0;
    {
        MainWindow window;
        window.setStatusText(QCoreApplication::translate("main", "Starting the database…"));
        window.show();

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
            window.setDatabase(backend->db.get(), backend->description);
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
    }
    QThreadPool::globalInstance()->waitForDone();

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
