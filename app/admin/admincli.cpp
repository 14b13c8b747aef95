#include "admincli.h"

#include "db/connectionconfig.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "i18n.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QTextStream>

#include <cstdio>
#include <memory>

namespace boxoffice::admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("boxoffice::admin", text); // the context lupdate gives tr() here
}

QList<Command> allCommands()
{
    QList<Command> all;
    all << venueCommands() << showCommands() << blockCommands() << staffCommands();
    return all;
}

void printUsage(QTextStream &to, const QList<Command> &commands)
{
    to << tr("Usage: boxoffice admin [--data-dir DIR] COMMAND [ARGUMENTS]") << '\n'
       << tr("Works on BOXOFFICE_DB if set (as the login named there), else on the local database in DIR.") << '\n'
       << '\n'
       << tr("Commands:") << '\n';
    for (const Command &c : commands)
        to << "  " << c.name << ' ' << c.synopsis << '\n' << "      " << c.summary << '\n';
    if (commands.isEmpty())
        to << "  " << tr("(none yet)") << '\n';
}

} // namespace

bool isAdminCommandLine(int argc, char **argv)
{
    return argc >= 2 && QByteArray(argv[1]) == "admin";
}

int run(const QStringList &arguments)
{
    // The app's names: the same default data folder and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("BoxOffice"));
    QCoreApplication::setApplicationName(QStringLiteral("boxoffice"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (QCoreApplication *app = QCoreApplication::instance())
        installTranslations(*app, QLocale());

    // boxoffice admin [--data-dir DIR] COMMAND ARGUMENTS…
    QStringList rest = arguments.mid(2);
    QString dataDir = qEnvironmentVariable("BOXOFFICE_DATA_DIR", EmbeddedPostgres::defaultDataDir());
    if (!rest.isEmpty() && rest.first() == QLatin1String("--data-dir")) {
        if (rest.size() < 2) {
            err << tr("--data-dir needs a folder.") << '\n';
            return ExitUsage;
        }
        dataDir = rest.at(1);
        rest = rest.mid(2);
    } else if (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--data-dir="))) {
        dataDir = rest.first().mid(int(qstrlen("--data-dir=")));
        rest = rest.mid(1);
    }
    const QList<Command> commands = allCommands();
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("help")) {
        printUsage(rest.isEmpty() ? err : out, commands);
        return rest.isEmpty() ? ExitUsage : ExitDone;
    }
    const QString name = rest.takeFirst();
    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (c.name == name)
            command = &c;
    }
    if (!command) {
        err << tr("Unknown command \"%1\".").arg(name) << '\n';
        printUsage(err, commands);
        return ExitUsage;
    }

    // The database: the shared one as its login, or the local cluster as
    // its owner (started for the command if it was not running).
    ConnectionConfig config;
    std::unique_ptr<EmbeddedPostgres> server;
    const QString shared = qEnvironmentVariable("BOXOFFICE_DB");
    if (!shared.isEmpty()) {
        Result<ConnectionConfig> parsed = ConnectionConfig::parse(shared);
        if (!parsed) {
            err << tr("BOXOFFICE_DB: %1").arg(parsed.error().message) << '\n';
            return ExitNoDatabase;
        }
        config = parsed.value();
    } else {
        EmbeddedPostgres::Options options;
        options.dataDir = dataDir;
        server = std::make_unique<EmbeddedPostgres>(options);
        Result<ConnectionConfig> started = server->start();
        if (!started) {
            err << tr("The local database in %1 cannot be started: %2").arg(dataDir, started.error().message) << '\n';
            return ExitNoDatabase;
        }
        config = started.value();
    }
    int status = ExitFailed;
    {
        Database db(config, QStringLiteral("admin"));
        if (server) {
            // The owner brings the schema up to date (a manager's login
            // cannot, and need not: the app's owner did).
            if (Result<QList<int>> migrated = Migrator::migrate(db); !migrated) {
                err << migrated.error().message << '\n';
                status = ExitNoDatabase;
                command = nullptr;
            }
        } else if (Result<Done> pinged = db.ping(); !pinged) {
            err << pinged.error().message << '\n';
            status = ExitNoDatabase;
            command = nullptr;
        }
        if (command) {
            Context context {db, out, err};
            status = command->run(context, rest);
        }
        out.flush();
        err.flush();
        db.closeThreadConnection();
    }
    if (server && server->startedHere())
        server->stop();
    return status;
}

} // namespace boxoffice::admin
