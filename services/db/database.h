#pragma once

#include "db/connectionconfig.h"
#include "db/result.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QVariantList>

#include <atomic>
#include <chrono>
#include <functional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace boxoffice {

// The connections of one engine stack: one QSqlDatabase per thread, opened
// inside that thread on first use and removed when the thread ends (QSqlDatabase
// connections must not cross threads). Safe to use from any thread.
class Database final
{
public:
    explicit Database(ConnectionConfig config, QString name = QStringLiteral("boxoffice"));
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const ConnectionConfig &config() const { return m_config; }

    // The calling thread's connection, opened (once) if needed.
    Result<QSqlDatabase> connection();
    // Drops the calling thread's connection (after a loss, or when done).
    void closeThreadConnection();
    // Identifies the calling thread's open connection (0: none). It changes
    // whenever the connection was reopened, which a caller holding
    // per-connection state (LISTEN) must notice.
    quint64 threadConnectionId() const;

    // Calls a function that answers with one jsonb document, e.g.
    // "SELECT boxoffice.hold_seats(?, ?::int[], ?, ?)". Retries serialization
    // failures and deadlocks with jitter; after a lost connection reconnects
    // with back-off and sends the call again. That is safe because every
    // engine function is idempotent for the same request (sell by its
    // idempotency key). Past the reconnect budget: OutcomeUnknown if the call
    // may have reached the server, DatabaseUnavailable if it cannot have.
    Result<QJsonObject> callJson(const QString &sql, const QVariantList &args);

    // Runs a query with bound values on this thread's connection and hands
    // the positioned query to rows(); reconnects like callJson.
    template<typename Rows>
    Result<Done> query(const QString &sql, const QVariantList &args, Rows &&rows);

    // A round trip; notices a dead connection and reopens it.
    Result<Done> ping();

    // The SCRAM-SHA-256 verifier of a login role's password, made by libpq
    // on this side (PQencryptPasswordConn): only the verifier is sent.
    Result<QString> passwordVerifier(const QString &role, const QString &password);

    // Local clock minus the server's, measured when the connection opened.
    qint64 clockOffsetMs() const { return m_clockOffsetMs.load(); }

    void setReconnectBudget(std::chrono::milliseconds budget) { m_reconnectBudget = budget; }

    // Serialization failures and deadlocks retried, and connections reopened
    // after a loss, since this Database was made (for statistics and health).
    qint64 retries() const { return m_retries.load(); }
    qint64 reconnects() const { return m_reconnects.load(); }

    // Is this error the connection dying (rather than the statement failing)?
    static bool isConnectionLost(const QSqlDatabase &db, const QSqlError &error);
    static bool isRetryable(const QSqlError &error);
    // An int[] literal for `?::int[]`: QPSQL cannot bind a QVariantList to ANY($1).
    static QString intArray(const QList<int> &values);

private:
    Result<Done> run(
        const QString &sql, const QVariantList &args, const std::function<Result<Done>(QSqlQuery &)> &onRows);
    QSqlQuery *prepared(QSqlDatabase &db, const QString &sql, QSqlError *error);
    QString threadConnectionName() const;

    const ConnectionConfig m_config;
    const QString m_name;
    const quint64 m_serial;
    std::atomic<qint64> m_clockOffsetMs {0};
    std::atomic<qint64> m_retries {0};
    std::atomic<qint64> m_reconnects {0};
    std::chrono::milliseconds m_reconnectBudget {std::chrono::seconds(5)};
};

template<typename Rows>
Result<Done> Database::query(const QString &sql, const QVariantList &args, Rows &&rows)
{
    return run(sql, args, [&rows](QSqlQuery &q) -> Result<Done> { return rows(q); });
}

} // namespace boxoffice
