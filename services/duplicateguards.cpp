#include "duplicateguards.h"

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

bool InFlightGuard::tryEnter(const QString &key)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.elapsed();
    auto it = m_started.find(key);
    if (it != m_started.end() && now - *it < m_window.count())
        return false;
    m_started.insert(key, now);
    return true;
}

void InFlightGuard::leave(const QString &key)
{
    std::lock_guard lock(m_mutex);
    m_started.remove(key);
}

int InFlightGuard::clear()
{
    std::lock_guard lock(m_mutex);
    const int n = int(m_started.size());
    m_started.clear();
    return n;
}

int InFlightGuard::size()
{
    std::lock_guard lock(m_mutex);
    return int(m_started.size());
}

InFlightGuard &InFlightGuard::processWide()
{
    static InFlightGuard guard;
    return guard;
}

} // namespace boxoffice
