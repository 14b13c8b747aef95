#pragma once

#include "db/result.h"
#include "db/workgroup.h"
#include "sale/domain.h"
#include "sale/duplicateguards.h"
#include "sale/enginestatistics.h"
#include "sale/orderservice.h"
#include "sale/seatlockservice.h"

#include <QtCore/QFuture>
#include <QtCore/QHash>

#include <mutex>

namespace boxoffice {

class Database;

// One counter's way into the box office: the sale services behind the
// duplicate guards, in order —
//   1. rate limit per terminal and de-duplication of the same payload (5 s),
//   2. the in-process guard on (customer, ticket type, show date, seats),
//   3. the idempotency key (in the database),
//   4. the similar-order check (in the database),
//   then the locked transaction itself.
// The synchronous calls may be made from any worker thread (each uses its
// thread's connection); the *Async calls run them on the Database's executor
// so that the GUI thread never waits on the database. Destroying the engine
// waits for its own calls still running (they use its guards).
class SaleEngine final
{
public:
    struct Options
    {
        QString terminalName;
        // The counter this engine acts for, from the caller's counter session
        // (CounterSessions::open): when set, no registration is needed. For a
        // staff login the database checks it is the session's counter.
        int counterId = 0;
        double ratePerSecond = 10.0;
        double rateBurst = 20.0;
        std::chrono::milliseconds dedupWindow = std::chrono::seconds(5);
    };

    SaleEngine(Database &db, Options options, InFlightGuard *guard = nullptr);
    ~SaleEngine();
    Q_DISABLE_COPY_MOVE(SaleEngine)

    // The counter to act for: Options::counterId when set; otherwise
    // registers (or finds) the counter of terminalName, which only the owner
    // account may (register_terminal: a device id derived from the name; for
    // tests, the load bench and jobs). Needed before selling.
    Result<int> registerTerminal();
    int terminalId() const { return m_terminalId; }
    const QString &terminalName() const { return m_options.terminalName; }

    Result<HoldResult> hold(int showId, const QList<int> &seatIds, int minutes);
    Result<HoldResult> release(int showId, const QList<int> &seatIds);
    Result<HoldResult> extend(int showId, const QList<int> &seatIds, int minutes);
    Result<Order> sell(const SellRequest &request);
    Result<Order> confirmPayment(qint64 orderId, PaymentMethod method, const QString &reference);
    // Split tender (OrderService::confirmPayment says the errors).
    Result<Order> confirmPayment(qint64 orderId, const QList<Tender> &tenders);
    Result<Order> cancel(qint64 orderId, const QString &reason, int clerkId = 0);
    Result<Order> changeSeats(qint64 orderId, const QList<int> &oldSeats, const QList<int> &newSeats, int clerkId = 0);

    QFuture<Result<HoldResult>> holdAsync(int showId, const QList<int> &seatIds, int minutes);
    QFuture<Result<HoldResult>> releaseAsync(int showId, const QList<int> &seatIds);
    QFuture<Result<HoldResult>> extendAsync(int showId, const QList<int> &seatIds, int minutes);
    QFuture<Result<Order>> sellAsync(const SellRequest &request);
    QFuture<Result<Order>> cancelAsync(qint64 orderId, const QString &reason, int clerkId = 0);
    QFuture<Result<Order>> changeSeatsAsync(
        qint64 orderId, const QList<int> &oldSeats, const QList<int> &newSeats, int clerkId = 0);
    QFuture<Result<SeatStatusList>> loadShowAsync(int showId);

    // Forgets the answers kept for request de-duplication; the seats'
    // state changed in a way this engine did not see (or an emergency clear).
    void forgetRecentAnswers();

    SeatLockService &seatLocks() { return m_seatLocks; }
    OrderService &orders() { return m_orders; }
    EngineStatistics &statistics() { return m_stats; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    InFlightGuard &inFlightGuard() { return *m_guard; }

private:
    std::optional<ServiceError> admit();
    Result<Order> sellGuarded(const SellRequest &request);
    QDate showDate(int showId);
    template<typename T, typename Call>
    Result<T> deduplicated(RequestDeduplicator<Result<T>> &dedup, const QByteArray &key, Call &&call);

    Database &m_db;
    Options m_options;
    InFlightGuard *m_guard;
    int m_terminalId = 0;
    SeatLockService m_seatLocks;
    OrderService m_orders;
    EngineStatistics m_stats;
    RateLimiter m_rateLimiter;
    RequestDeduplicator<Result<HoldResult>> m_holdDedup;
    RequestDeduplicator<Result<Order>> m_orderDedup;
    std::mutex m_showDatesMutex;
    QHash<int, QDate> m_showDates;
    WorkGroup m_calls; // last: waited for before the rest goes
};

} // namespace boxoffice
