#pragma once

#include "db/result.h"

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

class QSqlDatabase;

namespace boxoffice {

// A libpq connection string (key=value pairs or a postgresql:// URI; host
// lists and target_session_attrs allowed), checked by libpq itself, with the
// settings every box-office connection needs added where the string is
// silent: TCP keepalives (a dead counter's locks are freed), a connect
// timeout and an application name.
class ConnectionConfig
{
public:
    ConnectionConfig() = default;

    static Result<ConnectionConfig> parse(const QString &connInfo);
    // Socket-only connection to an embedded cluster.
    static ConnectionConfig forSocket(const QString &socketDir, int port, const QString &user, const QString &database);

    QString value(const QString &key) const;
    void set(const QString &key, const QString &value);

    // key='value' pairs as QPSQL passes them on to libpq.
    QString connectOptions() const;
    // The same, fit to hand to psql or pgbench.
    QString toConnInfo() const { return connectOptions(); }
    // For logs and the UI: everything but the password.
    QString describe() const;

    void applyTo(QSqlDatabase &db) const;

private:
    void addDefaults();
    QList<QPair<QString, QString>> m_params;
};

} // namespace boxoffice
