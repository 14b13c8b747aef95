#pragma once

#include "db/connectionconfig.h"
#include "db/result.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace boxoffice {

// A private PostgreSQL cluster for a counter with no BOXOFFICE_DB: initdb and
// pg_ctl from the installed server, the data in a folder of its own, listening
// only on a Unix socket in that folder. A second instance on the same machine
// reuses the running cluster. PostgreSQL refuses to run as root; as root the
// server runs as the unprivileged `postgres` system user.
class EmbeddedPostgres final
{
public:
    struct Options
    {
        QString dataDir;
        QString binDir; // empty: the newest installed server
        QString superuser = QStringLiteral("boxoffice");
        QString database = QStringLiteral("boxoffice");
        int port = 5432;
        bool fastUnsafe = false; // fsync off: for throw-away test clusters only
        int maxConnections = 200;
    };

    explicit EmbeddedPostgres(Options options);
    Q_DISABLE_COPY_MOVE(EmbeddedPostgres)

    // initdb if the folder is empty, start unless running, create the
    // database; answers the connection settings.
    Result<ConnectionConfig> start();
    Result<Done> stop();
    bool isRunning() const;
    bool startedHere() const { return m_startedHere; }

    // Client sessions of box-office apps other than the caller's own.
    static Result<int> otherAppSessions(const ConnectionConfig &config);

    const Options &options() const { return m_options; }
    QString logFile() const;
    ConnectionConfig connectionConfig() const;

    // The user's data folder; as root a folder the server user can reach.
    static QString defaultDataDir();
    static QString findBinDir();

private:
    Result<QString> runTool(const QString &tool, const QStringList &args, int timeoutMs) const;
    Result<Done> prepareDataDir();
    Result<Done> initdb();
    // pg_hba.conf: the owner trusts the private socket, staff logins need
    // their password. Sets *changed when the file was rewritten.
    Result<Done> writeAccessRules(bool *changed);
    Result<Done> createDatabase();

    Options m_options;
    bool m_startedHere = false;
};

} // namespace boxoffice
