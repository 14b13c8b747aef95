#include "db/embeddedpostgres.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtCore/QVersionNumber>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcPg, "boxoffice.embedded")

namespace boxoffice {

namespace {

struct ServerUser
{
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

// Root cannot run PostgreSQL: then the tools run as `postgres`.
ServerUser serverUser()
{
    ServerUser u;
    if (geteuid() != 0)
        return u;
    if (const passwd *pw = getpwnam("postgres")) {
        u.switchUser = true;
        u.uid = pw->pw_uid;
        u.gid = pw->pw_gid;
    }
    return u;
}

ServiceError embeddedError(const QString &what)
{
    ServiceError e = ServiceError::make(ErrorCode::DatabaseUnavailable, what);
    e.message = QCoreApplication::translate("ServiceError", "The local database could not be started: %1").arg(what);
    return e;
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options) : m_options(std::move(options))
{
    if (m_options.binDir.isEmpty())
        m_options.binDir = findBinDir();
    m_options.dataDir = QDir::cleanPath(QDir(m_options.dataDir).absolutePath());
}

QString EmbeddedPostgres::defaultDataDir()
{
    if (geteuid() == 0)
        return QStringLiteral("/var/lib/boxoffice/pgdata");
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/pgdata");
}

QString EmbeddedPostgres::findBinDir()
{
    QVersionNumber best;
    QString bestDir;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &v : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber n = QVersionNumber::fromString(v);
        const QString dir = root.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(dir + QStringLiteral("/pg_ctl")) && n > best) {
            best = n;
            bestDir = dir;
        }
    }
    return bestDir;
}

QString EmbeddedPostgres::logFile() const
{
    return m_options.dataDir + QStringLiteral("/server.log");
}

ConnectionConfig EmbeddedPostgres::connectionConfig() const
{
    return ConnectionConfig::forSocket(m_options.dataDir, m_options.port, m_options.superuser, m_options.database);
}

Result<QString> EmbeddedPostgres::runTool(const QString &tool, const QStringList &args, int timeoutMs) const
{
    const QString program = m_options.binDir + QLatin1Char('/') + tool;
    if (m_options.binDir.isEmpty() || !QFileInfo(program).isExecutable())
        return embeddedError(QStringLiteral("%1 not found; is postgresql installed?").arg(tool));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QStringLiteral("/"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    const ServerUser user = serverUser();
    if (user.switchUser) {
        process.setChildProcessModifier([user] {
            // Runs in the child between fork and exec.
            if (setgroups(0, nullptr) != 0 || setgid(user.gid) != 0 || setuid(user.uid) != 0)
                _exit(126);
        });
    }
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return embeddedError(QStringLiteral("%1 did not finish").arg(tool));
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return embeddedError(
            QStringLiteral("%1 failed (%2): %3").arg(tool).arg(process.exitCode()).arg(output.trimmed()));
    return output;
}

Result<Done> EmbeddedPostgres::prepareDataDir()
{
    const QString socket = m_options.dataDir + QStringLiteral("/.s.PGSQL.") + QString::number(m_options.port);
    if (socket.toUtf8().size() > 100)
        return embeddedError(
            QStringLiteral("the data folder path is too long for a Unix socket: %1").arg(m_options.dataDir));
    if (!QDir().mkpath(m_options.dataDir))
        return embeddedError(QStringLiteral("cannot create %1").arg(m_options.dataDir));
    const QByteArray path = QFile::encodeName(m_options.dataDir);
    const ServerUser user = serverUser();
    if (user.switchUser && chown(path.constData(), user.uid, user.gid) != 0)
        return embeddedError(QStringLiteral("cannot hand %1 to the postgres user").arg(m_options.dataDir));
    chmod(path.constData(), 0700);
    return Done {};
}

Result<Done> EmbeddedPostgres::initdb()
{
    QStringList args {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("-U"), m_options.superuser,
        QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
        QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-instructions")};
    if (m_options.fastUnsafe)
        args << QStringLiteral("--no-sync");
    Result<QString> r = runTool(QStringLiteral("initdb"), args, 120000);
    if (!r)
        return r.error();
    // Socket only, in the data folder; nothing listens on the network.
    QString conf = QStringLiteral("\n# box office embedded cluster\n"
                                  "listen_addresses = ''\n"
                                  "unix_socket_directories = '%1'\n"
                                  "port = %2\n"
                                  "max_connections = %3\n"
                                  "shared_buffers = 128MB\n"
                                  "log_min_messages = warning\n")
                       .arg(QString(m_options.dataDir).replace(QLatin1Char('\''), QLatin1String("''")))
                       .arg(m_options.port)
                       .arg(m_options.maxConnections);
    if (m_options.fastUnsafe)
        conf += QStringLiteral("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
    QFile file(m_options.dataDir + QStringLiteral("/postgresql.conf"));
    if (!file.open(QIODevice::Append | QIODevice::Text) || file.write(conf.toUtf8()) < 0)
        return embeddedError(QStringLiteral("cannot write postgresql.conf"));
    return Done {};
}

Result<Done> EmbeddedPostgres::writeAccessRules(bool *changed)
{
    // The socket is in the data folder, which only the account running the
    // cluster can open: the owner role trusts it. Every other role is a
    // staff login and must give its password (SCRAM), so a clerk's
    // credentials open a clerk's connection and nothing more.
    QString owner = m_options.superuser;
    owner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    const QByteArray rules = QStringLiteral("# Box office embedded cluster: written by the app at every start.\n"
                                            "# TYPE  DATABASE  USER  METHOD\n"
                                            "local   all       \"%1\"  trust\n"
                                            "local   all       all   scram-sha-256\n")
                                 .arg(owner)
                                 .toUtf8();
    QFile file(m_options.dataDir + QStringLiteral("/pg_hba.conf"));
    if (file.open(QIODevice::ReadOnly) && file.readAll() == rules) {
        *changed = false;
        return Done {};
    }
    file.close();
    // Rewritten in place: the file keeps its owner (the server's account).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(rules) != rules.size())
        return embeddedError(QStringLiteral("cannot write pg_hba.conf"));
    *changed = true;
    return Done {};
}

bool EmbeddedPostgres::isRunning() const
{
    if (!QFileInfo::exists(m_options.dataDir + QStringLiteral("/postmaster.pid")))
        return false;
    return bool(
        runTool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), m_options.dataDir}, 10000));
}

Result<ConnectionConfig> EmbeddedPostgres::start()
{
    if (Result<Done> r = prepareDataDir(); !r)
        return r.error();
    // Two counters starting at once on one machine: one initialises and
    // starts, the other waits and then reuses.
    QLockFile lock(m_options.dataDir + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(120000))
        return embeddedError(QStringLiteral("another program is starting the local database"));

    if (!QFileInfo::exists(m_options.dataDir + QStringLiteral("/PG_VERSION"))) {
        qCInfo(lcPg) << "initialising a new cluster in" << m_options.dataDir;
        if (Result<Done> r = initdb(); !r)
            return r.error();
    }
    bool rulesChanged = false;
    if (Result<Done> r = writeAccessRules(&rulesChanged); !r)
        return r.error();
    if (isRunning() && rulesChanged) {
        if (Result<QString> r = runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("-s"), QStringLiteral("reload")}, 30000);
            !r)
            return r.error();
    }
    if (!isRunning()) {
        qCInfo(lcPg) << "starting the cluster in" << m_options.dataDir;
        Result<QString> r = runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("-l"), logFile(), QStringLiteral("-w"),
                QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-s"), QStringLiteral("start")},
            90000);
        if (!r) {
            QFile log(logFile());
            if (log.open(QIODevice::ReadOnly))
                qCWarning(lcPg).noquote() << "server log:" << QString::fromUtf8(log.readAll().right(2000));
            return r.error();
        }
        m_startedHere = true;
    }
    if (Result<Done> r = createDatabase(); !r)
        return r.error();
    return connectionConfig();
}

Result<Done> EmbeddedPostgres::createDatabase()
{
    const QString name = QStringLiteral("boxoffice-bootstrap-%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
    Result<Done> result = Done {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        ConnectionConfig config = connectionConfig();
        config.set(QStringLiteral("dbname"), QStringLiteral("postgres"));
        config.applyTo(db);
        if (!db.open()) {
            result = embeddedError(db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
            q.addBindValue(m_options.database);
            if (q.exec() && !q.next()) {
                // An identifier cannot be bound; the name is ours, not input,
                // and quoted as an identifier all the same.
                QString ident = m_options.database;
                ident.replace(QLatin1Char('"'), QLatin1String("\"\""));
                QSqlQuery create(db);
                if (!create.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(ident))
                    && create.lastError().nativeErrorCode() != QLatin1String("42P04")) {
                    result = embeddedError(create.lastError().text());
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<Done> EmbeddedPostgres::stop()
{
    if (!isRunning())
        return Done {};
    Result<QString> r = runTool(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
            QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-s"), QStringLiteral("stop")},
        90000);
    if (!r)
        return r.error();
    m_startedHere = false;
    return Done {};
}

Result<int> EmbeddedPostgres::otherAppSessions(const ConnectionConfig &config)
{
    const QString name = QStringLiteral("boxoffice-sessions-%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
    Result<int> result = ServiceError::make(ErrorCode::DatabaseUnavailable);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        ConnectionConfig c = config;
        c.set(QStringLiteral("application_name"), QStringLiteral("boxoffice-shutdown"));
        c.applyTo(db);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                      "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() "
                                      "AND application_name LIKE 'boxoffice%'"))
                && q.next())
                result = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace boxoffice
