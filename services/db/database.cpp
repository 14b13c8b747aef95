#include "db/database.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <libpq-fe.h>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcDb, "boxoffice.db", QtInfoMsg)

namespace boxoffice {

namespace {

std::atomic<quint64> nextSerial {1};

// What one thread holds for each Database: its connection's name and the
// statements prepared on it. Destroyed when the thread ends, which closes and
// removes the connections that thread opened.
std::atomic<quint64> nextOpenId {1};

struct ThreadConnection
{
    QString name;
    quint64 openId = 0;
    // Set by the server's warning that a commit stopped waiting for the
    // synchronous standby (noteUnreplicated); cleared before each call.
    std::unique_ptr<bool> unreplicated;
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
};

struct ThreadConnections
{
    std::unordered_map<quint64, ThreadConnection> byDatabase;

    void drop(quint64 serial)
    {
        auto it = byDatabase.find(serial);
        if (it == byDatabase.end())
            return;
        const QString name = it->second.name;
        it->second.statements.clear(); // queries go before their connection
        byDatabase.erase(it);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    ~ThreadConnections()
    {
        while (!byDatabase.empty())
            drop(byDatabase.begin()->first);
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

PGconn *pgConnection(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QPSQL registers the handle under libpq's struct name ("pg_conn*").
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// QSqlQuery::finish() does not end a forward-only answer (QPSQL reads those
// in libpq's single-row mode): the end of it stays unread, and libpq parses
// nothing behind it, not even a NOTIFY, until the connection's next
// statement. On the seat feed's connection that held every other counter's
// change back until the next ping, up to 2 s (bench_repaint). Reading the
// answer to its end through QPSQL (which then looks for notifications too)
// keeps the connection idle between statements.
void readToEnd(const QSqlDatabase &db, QSqlQuery &q)
{
    PGconn *conn = pgConnection(db);
    if (!conn || PQtransactionStatus(conn) != PQTRANS_ACTIVE)
        return;
    while (q.nextResult()) { }
}

// libpq's notice receiver for every connection: notes the warning a commit
// gives when it stops waiting for the synchronous standby (statement_timeout
// or a cancel during the wait). The commit is then done here and answered as
// done, but it may be on this server only: a failover next would lose it.
// The warning has no SQLSTATE of its own (01000) and its text is in the
// server's language; the function that raised it is named in every message.
void noteUnreplicated(void *flag, const PGresult *result)
{
    const char *function = PQresultErrorField(result, PG_DIAG_SOURCE_FUNCTION);
    if (function && qstrcmp(function, "SyncRepWaitForLSN") == 0) {
        *static_cast<bool *>(flag) = true;
        qCWarning(lcDb) << "server:" << PQresultErrorMessage(result);
    }
}

void sleepWithJitter(int baseMs)
{
    const int jitter = int(QRandomGenerator::global()->bounded(quint32(baseMs / 2 + 1)));
    QThread::msleep(ulong(baseMs / 2) + ulong(jitter));
}

} // namespace

Database::Database(ConnectionConfig config, QString name, int workerThreads)
    : m_config(std::move(config)), m_name(std::move(name)), m_serial(nextSerial.fetch_add(1))
{
    m_executor.setMaxThreadCount(std::max(1, workerThreads));
    // Threads that expired would drop their connections with them.
    m_executor.setExpiryTimeout(-1);
    m_executor.setObjectName(m_name);
}

Database::~Database()
{
    // The executor's threads end here, closing their connections.
    m_executor.waitForDone();
    // Connections of other threads go when those threads end; the caller's
    // goes now so that it is not left to static destruction.
    closeThreadConnection();
}

QString Database::threadConnectionName() const
{
    return QStringLiteral("%1-%2-%3").arg(m_name).arg(m_serial).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

quint64 Database::threadConnectionId() const
{
    const ThreadConnections &tc = threadConnections();
    auto it = tc.byDatabase.find(m_serial);
    return it == tc.byDatabase.end() ? 0 : it->second.openId;
}

void Database::closeThreadConnection()
{
    threadConnections().drop(m_serial);
}

Result<QSqlDatabase> Database::connection()
{
    ThreadConnections &tc = threadConnections();
    auto it = tc.byDatabase.find(m_serial);
    if (it != tc.byDatabase.end()) {
        {
            QSqlDatabase db = QSqlDatabase::database(it->second.name, false);
            if (db.isOpen())
                return db;
        }
        // libpq noticed the connection die (e.g. while reading a
        // notification): start a new one, under a new openId.
        tc.drop(m_serial);
    }
    const QString name = threadConnectionName();
    std::unique_ptr<bool> unreplicated;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        m_config.applyTo(db);
        if (!db.open()) {
            const QSqlError err = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            qCWarning(lcDb) << "cannot connect:" << err.text();
            return ServiceError::make(ErrorCode::DatabaseUnavailable, err.text());
        }
        // A dead counter must not keep rows locked: the server ends a
        // session left idle inside a transaction. lock_timeout bounds the
        // few waits that are not NOWAIT (an order row).
        unreplicated = std::make_unique<bool>(false);
        if (PGconn *pg = pgConnection(db))
            PQsetNoticeReceiver(pg, &noteUnreplicated, unreplicated.get());
        QSqlQuery setup(db);
        if (!setup.exec(QStringLiteral("SET idle_in_transaction_session_timeout = '60s'; "
                                       "SET lock_timeout = '5s'; SET statement_timeout = '120s'"))) {
            qCWarning(lcDb) << "session setup failed:" << setup.lastError().text();
        }
        // A replication barrier before this connection reads anything. The
        // server may hold commits no synchronous standby has yet: ones made
        // as it was stopped or killed, whose callers were never answered
        // (a restarted primary replays them from its WAL). What this
        // connection reads of them ("already sold" under a lost sale's
        // idempotency key) would be told to a clerk and then lost if a
        // standby without them were promoted next. boxoffice.replication_barrier()
        // writes, so its commit waits until a synchronous standby has all the
        // WAL before it (pg_auto_failover promotes the standby furthest
        // ahead). It runs on every new connection, not only after a lost
        // call: an uncertain call is resolved by a later call of its own, on
        // whatever connection is open by then. A standby (in recovery) has
        // nothing to wait for; a database not migrated yet has no barrier
        // (and nothing to lose).
        QElapsedTimer barrierTime;
        barrierTime.start();
        const bool barrier
            = setup.exec(QStringLiteral(
                  "SELECT NOT pg_is_in_recovery() AND to_regprocedure('boxoffice.replication_barrier()') IS NOT NULL"))
            && setup.next() && setup.value(0).toBool();
        setup.finish();
        if (barrier && (!setup.exec(QStringLiteral("SELECT boxoffice.replication_barrier()")) || *unreplicated)) {
            const QSqlError err = *unreplicated
                ? QSqlError(QStringLiteral("no synchronous standby confirmed the replication barrier"))
                : setup.lastError();
            setup = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            qCWarning(lcDb) << "replication barrier failed:" << err.text();
            return ServiceError::make(ErrorCode::DatabaseUnavailable, err.text());
        }
        if (PGconn *pg = pgConnection(db)) {
            qCDebug(lcDb) << "connected to" << PQhost(pg) << PQport(pg) << "barrier" << barrier << "in"
                          << barrierTime.elapsed() << "ms";
        }
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        if (setup.exec(QStringLiteral("SELECT extract(epoch FROM clock_timestamp())::float8")) && setup.next()) {
            const qint64 after = QDateTime::currentMSecsSinceEpoch();
            const qint64 server = qint64(setup.value(0).toDouble() * 1000.0);
            m_clockOffsetMs.store((before + after) / 2 - server);
        }
    }
    ThreadConnection &entry = tc.byDatabase[m_serial];
    entry.name = name;
    entry.openId = nextOpenId.fetch_add(1);
    entry.unreplicated = std::move(unreplicated);
    return QSqlDatabase::database(name, false);
}

QSqlQuery *Database::prepared(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    ThreadConnection &conn = threadConnections().byDatabase[m_serial];
    auto it = conn.statements.find(sql);
    if (it != conn.statements.end())
        return it->get();
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = query->lastError();
        return nullptr;
    }
    conn.statements.insert(sql, query);
    return query.get();
}

bool Database::isRetryable(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("40001") || state == QLatin1String("40P01");
}

bool Database::isConnectionLost(const QSqlDatabase &db, const QSqlError &error)
{
    if (!db.isOpen())
        return true;
    PGconn *conn = pgConnection(db);
    if (conn && PQstatus(conn) == CONNECTION_BAD)
        return true;
    const QString state = error.nativeErrorCode();
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03");
}

QString Database::intArray(const QList<int> &values)
{
    QString s;
    s.reserve(values.size() * 7 + 2);
    s += QLatin1Char('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QString::number(values.at(i));
    }
    s += QLatin1Char('}');
    return s;
}

Result<Done> Database::execute(
    const QString &sql, const QVariantList &args, const std::function<Result<Done>(QSqlQuery &)> &onRows)
{
    QElapsedTimer lostFor;
    bool maybeSent = false; // a call that may have reached the server
    int retries = 0;
    int backoffMs = 50;

    auto waitOrGiveUp = [&](const QString &why) -> std::optional<ServiceError> {
        if (!lostFor.isValid())
            lostFor.start();
        if (lostFor.elapsed() >= m_reconnectBudget.count()) {
            return ServiceError::make(maybeSent ? ErrorCode::OutcomeUnknown : ErrorCode::DatabaseUnavailable, why);
        }
        sleepWithJitter(backoffMs);
        backoffMs = qMin(backoffMs * 2, 1000);
        return std::nullopt;
    };

    for (;;) {
        QSqlError error;
        bool lost = false;
        {
            Result<QSqlDatabase> conn = connection();
            if (!conn) {
                if (auto e = waitOrGiveUp(conn.error().detail))
                    return *e;
                continue;
            }
            QSqlDatabase db = conn.value();
            QSqlQuery *q = prepared(db, sql, &error);
            if (q) {
                for (int i = 0; i < args.size(); ++i)
                    q->bindValue(i, args.at(i));
                maybeSent = true;
                bool *unreplicated = threadConnections().byDatabase[m_serial].unreplicated.get();
                if (unreplicated)
                    *unreplicated = false;
                if (q->exec()) {
                    Result<Done> r = onRows(*q);
                    readToEnd(db, *q);
                    // An error after the rows is the statement's commit
                    // failing (a deferred constraint such as order_balance,
                    // 0018_money.sql): nothing was done, whatever the rows said.
                    // A connection gone by now is no better: the rows came
                    // (row by row, before the commit) but the commit's answer
                    // did not, so whether it is done is unknown — on a
                    // synchronous standby after a failover, or nowhere. Never
                    // "done": reconnect and send it again (every call is safe
                    // to repeat: a sale answers from its idempotency key).
                    // A commit that stopped waiting for the synchronous
                    // standby (noteUnreplicated) is no better either: done
                    // here, perhaps only here. Sent again on a new
                    // connection, it answers after that connection's
                    // replication barrier.
                    PGconn *pg = pgConnection(db);
                    const bool cut = (pg && PQstatus(pg) == CONNECTION_BAD) || (unreplicated && *unreplicated);
                    if (!q->lastError().isValid() && !cut) {
                        q->finish();
                        return r;
                    }
                    if (!q->lastError().isValid()) {
                        error = QSqlError(unreplicated && *unreplicated
                                ? QStringLiteral("the commit stopped waiting for the synchronous standby")
                                : QStringLiteral("the connection was lost before the statement's end"),
                            QString(), QSqlError::ConnectionError, QStringLiteral("08006"));
                        q->finish();
                    }
                }
                if (!error.isValid())
                    error = q->lastError();
                q->finish();
            }
            if (isRetryable(error) && retries < 8) {
                ++retries;
                m_retries.fetch_add(1);
                sleepWithJitter(5 << qMin(retries, 6));
                continue;
            }
            lost = isConnectionLost(db, error);
        }
        if (lost) {
            qCWarning(lcDb) << "connection lost, reconnecting:" << error.text();
            closeThreadConnection();
            m_reconnects.fetch_add(1);
            if (auto e = waitOrGiveUp(error.text()))
                return *e;
            continue;
        }
        qCWarning(lcDb) << "statement failed:" << sql << error.nativeErrorCode() << error.text();
        return ServiceError::fromSql(error);
    }
}

Result<QJsonObject> Database::callJson(const QString &sql, const QVariantList &args)
{
    QJsonObject answer;
    Result<Done> r = execute(sql, args, [&answer](QSqlQuery &q) -> Result<Done> {
        if (!q.next())
            return ServiceError::make(ErrorCode::DatabaseError, QStringLiteral("no row returned"));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
        if (!doc.isObject())
            return ServiceError::make(ErrorCode::DatabaseError, parseError.errorString());
        answer = doc.object();
        return Done {};
    });
    if (!r)
        return r.error();
    return answer;
}

Result<QString> Database::passwordVerifier(const QString &role, const QString &password)
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    PGconn *conn = pgConnection(db.value());
    if (!conn)
        return ServiceError::make(ErrorCode::DatabaseUnavailable, QStringLiteral("no libpq handle"));
    char *verifier
        = PQencryptPasswordConn(conn, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return ServiceError::make(ErrorCode::DatabaseError, QString::fromUtf8(PQerrorMessage(conn)));
    QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

Result<Done> Database::ping()
{
    return query(QStringLiteral("SELECT 1"), {}, [](QSqlQuery &q) -> Result<Done> {
        if (!q.next())
            return ServiceError::make(ErrorCode::DatabaseUnavailable);
        return Done {};
    });
}

} // namespace boxoffice
