#pragma once

#include "db/connectionconfig.h"
#include "db/result.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFuture>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QThreadPool>
#include <QtCore/QVariantList>

#include <atomic>
#include <chrono>
#include <functional>
#include <type_traits>
#include <utility>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace boxoffice {

// The connections of one engine stack: one QSqlDatabase per thread, opened
// inside that thread on first use and removed when the thread ends (QSqlDatabase
// connections must not cross threads). Safe to use from any thread.
//
// It also owns the one way off the GUI thread: run(work) runs work(*this) on
// this Database's executor, a pool of workerThreads threads that never expire,
// so each keeps its connection (and its prepared statements) between calls.
// The answer comes back with QFuture::then(context, ...), on context's thread:
//
//     db.run([showId](Database &db) { return VenueLayout::load(db, showId); })
//         .then(this, [this](const Result<VenueLayout> &layout) { ... });
//
// (If the work has already finished, then() calls back at once, inside the
// call: set any "loading" state before it.)
// The work must capture values (and use the Database it is handed), never the
// widget or model that asked: that may be gone when the work runs. If context
// is destroyed before the answer arrives, the continuation does not run (Qt
// 6.4: the queued call dies with the context; a Debug build of Qt's header
// asserts on it, our builds are RelWithDebInfo). Errors travel inside the
// answer (Result); work must not throw. The destructor waits for work still
// queued or running, so destroy the Database after every object whose work
// it runs (engines, schedulers) and only at teardown, never in a widget.
//
// Sizing: everything of one process shares the executor — the counter's
// sales, screen loads, and the background users, each of which runs one piece
// at a time (jobs, heartbeat, monitoring requests: see WorkGroup). With the
// default of 8 threads a long job or health check leaves at least five
// threads for the counter; each thread holds at most one connection.
class Database final
{
public:
    static constexpr int DefaultWorkerThreads = 8;

    explicit Database(
        ConnectionConfig config, QString name = QStringLiteral("boxoffice"), int workerThreads = DefaultWorkerThreads);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const ConnectionConfig &config() const { return m_config; }

    // Runs work(*this) on the executor; the future carries what it answers.
    template<class Work>
    auto run(Work &&work) -> QFuture<std::invoke_result_t<Work, Database &>>;
    // Runs work(*this) on the executor once previous has finished, without
    // holding a thread while it waits: work that must take turns.
    template<class Work>
    auto runAfter(QFuture<void> previous, Work &&work) -> QFuture<std::invoke_result_t<Work, Database &>>;
    int workerThreads() const { return m_executor.maxThreadCount(); }

    // The calling thread's connection, opened (once) if needed.
    Result<QSqlDatabase> connection();
    // Drops the calling thread's connection (after a loss, or when done).
    void closeThreadConnection();
    // Identifies the calling thread's open connection (0: none). It changes
    // whenever the connection was reopened, which a caller holding
    // per-connection state (LISTEN) must notice.
    quint64 threadConnectionId() const;

    // Calls a function that answers with one jsonb document, e.g.
    // "SELECT boxoffice.hold_seats(?::jsonb)" with the request document. Retries serialization
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

    // How long a call tries to reconnect after a lost connection before it
    // answers DatabaseUnavailable (default DefaultReconnectBudget).
    void setReconnectBudget(std::chrono::milliseconds budget) { m_reconnectBudget = budget; }
    static constexpr std::chrono::milliseconds DefaultReconnectBudget {5000};

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
    Result<Done> execute(
        const QString &sql, const QVariantList &args, const std::function<Result<Done>(QSqlQuery &)> &onRows);
    QSqlQuery *prepared(QSqlDatabase &db, const QString &sql, QSqlError *error);
    QString threadConnectionName() const;

    const ConnectionConfig m_config;
    const QString m_name;
    const quint64 m_serial;
    std::atomic<qint64> m_clockOffsetMs {0};
    std::atomic<qint64> m_retries {0};
    std::atomic<qint64> m_reconnects {0};
    std::chrono::milliseconds m_reconnectBudget {DefaultReconnectBudget};
    // Last member: destroyed (and waited for) first, while the rest still exists.
    QThreadPool m_executor;
};

template<typename Rows>
Result<Done> Database::query(const QString &sql, const QVariantList &args, Rows &&rows)
{
    return execute(sql, args, [&rows](QSqlQuery &q) -> Result<Done> { return rows(q); });
}

template<class Work>
auto Database::run(Work &&work) -> QFuture<std::invoke_result_t<Work, Database &>>
{
    return QtConcurrent::run(&m_executor, [this, work = std::forward<Work>(work)]() mutable { return work(*this); });
}

template<class Work>
auto Database::runAfter(QFuture<void> previous, Work &&work) -> QFuture<std::invoke_result_t<Work, Database &>>
{
    // Taking the parent future as argument: the turn comes even if the
    // previous work failed.
    return previous.then(
        &m_executor, [this, work = std::forward<Work>(work)](const QFuture<void> &) mutable { return work(*this); });
}

} // namespace boxoffice
