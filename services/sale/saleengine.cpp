#include "sale/saleengine.h"

#include "db/database.h"

#include <QtCore/QScopeGuard>
#include <QtSql/QSqlQuery>

#include <algorithm>

namespace boxoffice {

namespace {

QByteArray seatKey(QList<int> seats)
{
    std::sort(seats.begin(), seats.end());
    QByteArray k;
    for (int id : seats)
        k += QByteArray::number(id) + ',';
    return k;
}

bool isConflict(const ServiceError &e)
{
    return e.code == ErrorCode::SeatConflict || e.code == ErrorCode::SeatsBusy || e.code == ErrorCode::SeatTaken;
}

} // namespace

SaleEngine::SaleEngine(Database &db, Options options, InFlightGuard *guard)
    : m_db(db)
    , m_options(std::move(options))
    , m_guard(guard ? guard : &InFlightGuard::processWide())
    , m_seatLocks(db)
    , m_orders(db)
    , m_rateLimiter(m_options.ratePerSecond, m_options.rateBurst)
    , m_holdDedup(m_options.dedupWindow)
    , m_orderDedup(m_options.dedupWindow)
    , m_calls(db)
{
    m_terminalId = m_options.counterId;
}

SaleEngine::~SaleEngine() = default;

Result<int> SaleEngine::registerTerminal()
{
    if (m_options.counterId > 0)
        return m_options.counterId;
    int id = 0;
    Result<Done> r = m_db.query(QStringLiteral("SELECT boxoffice.register_terminal(?)"), {m_options.terminalName},
        [&id](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                id = q.value(0).toInt();
            return Done {};
        });
    if (!r)
        return r.error();
    if (id <= 0)
        return ServiceError::make(ErrorCode::UnknownTerminal);
    m_terminalId = id;
    return id;
}

std::optional<ServiceError> SaleEngine::admit()
{
    if (m_rateLimiter.tryAcquire(m_options.terminalName))
        return std::nullopt;
    m_stats.add(EngineStatistics::RateLimited);
    return ServiceError::make(ErrorCode::RateLimited);
}

template<typename T, typename Call>
Result<T> SaleEngine::deduplicated(RequestDeduplicator<Result<T>> &dedup, const QByteArray &key, Call &&call)
{
    auto ticket = dedup.begin(key);
    if (!ticket.owner) {
        m_stats.add(EngineStatistics::DuplicatesLevel1);
        return ticket.answer.get();
    }
    Result<T> answer = call();
    dedup.finish(ticket, answer, answer.ok() || !answer.error().isTransient());
    return answer;
}

Result<HoldResult> SaleEngine::hold(int showId, const QList<int> &seatIds, int minutes)
{
    if (auto refused = admit())
        return *refused;
    const QByteArray key
        = "hold|" + QByteArray::number(showId) + '|' + seatKey(seatIds) + '|' + QByteArray::number(minutes);
    return deduplicated<HoldResult>(m_holdDedup, key, [&] {
        Result<HoldResult> r = m_seatLocks.hold(showId, seatIds, m_terminalId, minutes);
        if (r)
            m_stats.add(EngineStatistics::Holds);
        else if (isConflict(r.error()))
            m_stats.add(EngineStatistics::HoldConflicts);
        else
            m_stats.add(EngineStatistics::Errors);
        return r;
    });
}

void SaleEngine::forgetRecentAnswers()
{
    m_holdDedup.clear();
    m_orderDedup.clear();
}

Result<HoldResult> SaleEngine::release(int showId, const QList<int> &seatIds)
{
    if (auto refused = admit())
        return *refused;
    Result<HoldResult> r = m_seatLocks.release(showId, seatIds, m_terminalId);
    m_stats.add(r ? EngineStatistics::Releases : EngineStatistics::Errors);
    // A remembered "held" answer is stale now: the same hold must really run.
    m_holdDedup.clear();
    return r;
}

Result<HoldResult> SaleEngine::extend(int showId, const QList<int> &seatIds, int minutes)
{
    if (auto refused = admit())
        return *refused;
    Result<HoldResult> r = m_seatLocks.extend(showId, seatIds, m_terminalId, minutes);
    m_stats.add(r ? EngineStatistics::Extends : EngineStatistics::Errors);
    m_holdDedup.clear();
    return r;
}

QDate SaleEngine::showDate(int showId)
{
    {
        std::lock_guard lock(m_showDatesMutex);
        auto it = m_showDates.constFind(showId);
        if (it != m_showDates.constEnd())
            return *it;
    }
    QDate date;
    m_db.query(QStringLiteral("SELECT to_char(starts_at, 'YYYY-MM-DD') FROM boxoffice.show WHERE id = ?"), {showId},
        [&date](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            return Done {};
        });
    if (date.isValid()) {
        std::lock_guard lock(m_showDatesMutex);
        m_showDates.insert(showId, date);
    }
    return date;
}

Result<Order> SaleEngine::sell(const SellRequest &request)
{
    if (auto refused = admit())
        return *refused;
    const QByteArray key = "sell|" + request.idempotencyKey.toByteArray() + '|' + request.payloadHash() + '|'
        + (request.confirmSimilar ? '1' : '0');
    return deduplicated<Order>(m_orderDedup, key, [&] { return sellGuarded(request); });
}

Result<Order> SaleEngine::sellGuarded(const SellRequest &request)
{
    // The seed keys on the customer; a walk-in with neither name nor phone
    // is this counter's own customer.
    QString customer = request.customer.phone.trimmed();
    if (customer.isEmpty())
        customer = request.customer.name.trimmed();
    if (customer.isEmpty())
        customer = QLatin1String("walk-in@") + m_options.terminalName;
    const QDate date = showDate(request.showId);
    const QString key = InFlightGuard::orderKey(
        customer, request.ticketType, date.isValid() ? date : QDate(1, 1, 1).addDays(request.showId), request.seatIds);
    const quint64 ticket = m_guard->tryEnter(key);
    if (!ticket) {
        m_stats.add(EngineStatistics::DuplicatesLevel2);
        return ServiceError::make(ErrorCode::InProgress, key);
    }
    m_stats.enterOrder();
    const auto leave = qScopeGuard([&] {
        m_stats.leaveOrder();
        m_guard->leave(key, ticket);
    });

    Result<Order> r = m_orders.sell(request, m_terminalId);
    if (r)
        m_holdDedup.clear(); // the held seats are sold now
    if (r) {
        m_stats.add(r->replayed ? EngineStatistics::DuplicatesLevel3 : EngineStatistics::Sells);
    } else if (r.code() == ErrorCode::PossibleDuplicate) {
        m_stats.add(EngineStatistics::DuplicatesLevel4);
    } else if (r.code() == ErrorCode::IdempotencyMismatch) {
        m_stats.add(EngineStatistics::DuplicatesLevel3);
    } else if (isConflict(r.error())) {
        m_stats.add(EngineStatistics::SellConflicts);
    } else {
        m_stats.add(EngineStatistics::Errors);
    }
    return r;
}

Result<Order> SaleEngine::confirmPayment(qint64 orderId, PaymentMethod method, const QString &reference)
{
    if (auto refused = admit())
        return *refused;
    return m_orders.confirmPayment(orderId, m_terminalId, method, reference);
}

Result<Order> SaleEngine::confirmPayment(qint64 orderId, const QList<Tender> &tenders)
{
    if (auto refused = admit())
        return *refused;
    return m_orders.confirmPayment(orderId, m_terminalId, tenders);
}

Result<Order> SaleEngine::cancel(qint64 orderId, const QString &reason, int clerkId)
{
    if (auto refused = admit())
        return *refused;
    Result<Order> r = m_orders.cancel(orderId, m_terminalId, clerkId, reason);
    m_stats.add(r ? EngineStatistics::Cancels : EngineStatistics::Errors);
    m_holdDedup.clear();
    return r;
}

Result<Order> SaleEngine::changeSeats(
    qint64 orderId, const QList<int> &oldSeats, const QList<int> &newSeats, int clerkId)
{
    if (auto refused = admit())
        return *refused;
    Result<Order> r = m_orders.changeSeats(orderId, oldSeats, newSeats, m_terminalId, clerkId);
    m_holdDedup.clear();
    if (r)
        m_stats.add(EngineStatistics::SeatChanges);
    else
        m_stats.add(isConflict(r.error()) ? EngineStatistics::SellConflicts : EngineStatistics::Errors);
    return r;
}

QFuture<Result<HoldResult>> SaleEngine::holdAsync(int showId, const QList<int> &seatIds, int minutes)
{
    return m_calls.run([=, this](Database &) { return hold(showId, seatIds, minutes); });
}

QFuture<Result<HoldResult>> SaleEngine::releaseAsync(int showId, const QList<int> &seatIds)
{
    return m_calls.run([=, this](Database &) { return release(showId, seatIds); });
}

QFuture<Result<HoldResult>> SaleEngine::extendAsync(int showId, const QList<int> &seatIds, int minutes)
{
    return m_calls.run([=, this](Database &) { return extend(showId, seatIds, minutes); });
}

QFuture<Result<Order>> SaleEngine::sellAsync(const SellRequest &request)
{
    return m_calls.run([=, this](Database &) { return sell(request); });
}

QFuture<Result<Order>> SaleEngine::cancelAsync(qint64 orderId, const QString &reason, int clerkId)
{
    return m_calls.run([=, this](Database &) { return cancel(orderId, reason, clerkId); });
}

QFuture<Result<Order>> SaleEngine::changeSeatsAsync(
    qint64 orderId, const QList<int> &oldSeats, const QList<int> &newSeats, int clerkId)
{
    return m_calls.run([=, this](Database &) { return changeSeats(orderId, oldSeats, newSeats, clerkId); });
}

QFuture<Result<SeatStatusList>> SaleEngine::loadShowAsync(int showId)
{
    return m_calls.run([=, this](Database &) { return m_seatLocks.loadShow(showId); });
}

} // namespace boxoffice
