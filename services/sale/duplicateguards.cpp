#include "sale/duplicateguards.h"

#include <algorithm>

namespace boxoffice {

RateLimiter::RateLimiter(double perSecond, double burst) : m_perSecond(perSecond), m_burst(burst)
{
    m_clock.start();
}

void RateLimiter::configure(double perSecond, double burst)
{
    std::lock_guard lock(m_mutex);
    m_perSecond = perSecond;
    m_burst = burst;
    m_buckets.clear();
}

bool RateLimiter::tryAcquire(const QString &key)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.nsecsElapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {m_burst, now});
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + double(now - b.lastNs) * 1e-9 * m_perSecond);
    b.lastNs = now;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

InFlightGuard::InFlightGuard(std::chrono::milliseconds window) : m_window(window)
{
    m_clock.start();
}

QString InFlightGuard::orderKey(
    const QString &customer, const QString &ticketType, const QDate &showDate, QList<int> seatIds)
{
    std::sort(seatIds.begin(), seatIds.end());
    QStringList seats;
    seats.reserve(seatIds.size());
    for (int id : seatIds)
        seats << QString::number(id);
    return QStringLiteral("order_%1_%2_%3_%4")
        .arg(customer, ticketType, showDate.toString(Qt::ISODate), seats.join(QLatin1Char(',')));
}

quint64 InFlightGuard::tryEnter(const QString &key)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.elapsed();
    auto it = m_entries.find(key);
    if (it != m_entries.end() && now - it->startedMs < m_window.count())
        return 0;
    const quint64 ticket = m_nextTicket++;
    m_entries.insert(key, Entry {now, ticket});
    return ticket;
}

void InFlightGuard::leave(const QString &key, quint64 ticket)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it != m_entries.end() && it->ticket == ticket)
        m_entries.erase(it);
}

int InFlightGuard::clear()
{
    std::lock_guard lock(m_mutex);
    const int n = int(m_entries.size());
    m_entries.clear();
    return n;
}

int InFlightGuard::size()
{
    std::lock_guard lock(m_mutex);
    return int(m_entries.size());
}

InFlightGuard &InFlightGuard::processWide()
{
    static InFlightGuard guard;
    return guard;
}

} // namespace boxoffice
