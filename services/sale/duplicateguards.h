#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <chrono>
#include <future>
#include <memory>
#include <mutex>

namespace boxoffice {

// Rate limit: a token bucket per terminal (default 10 operations/s, burst 20).
class RateLimiter final
{
public:
    explicit RateLimiter(double perSecond = 10.0, double burst = 20.0);
    void configure(double perSecond, double burst);
    bool tryAcquire(const QString &key);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastNs = 0;
    };
    std::mutex m_mutex;
    double m_perSecond;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

// Request de-duplication: the same terminal sending the same payload within the window
// (5 s) gets the first answer back: while the first is in flight the second
// waits for it; afterwards it is answered from memory. Answers that are not
// final (busy, offline, …) are not remembered, so a retry really retries.
template<typename T>
class RequestDeduplicator final
{
public:
    explicit RequestDeduplicator(std::chrono::milliseconds window = std::chrono::seconds(5)) : m_window(window)
    {
        m_clock.start();
    }

    struct Ticket
    {
        bool owner = false;
        std::shared_future<T> answer;
        std::shared_ptr<std::promise<T>> promise;
        QByteArray key;
    };

    Ticket begin(const QByteArray &key)
    {
        std::lock_guard lock(m_mutex);
        const qint64 now = m_clock.elapsed();
        purge(now);
        auto it = m_entries.find(key);
        if (it != m_entries.end() && (!it->finished || now - it->startedMs < m_window.count()))
            return Ticket {false, it->answer, nullptr, key};
        auto promise = std::make_shared<std::promise<T>>();
        Entry e {promise->get_future().share(), now, false};
        m_entries.insert(key, e);
        return Ticket {true, e.answer, promise, key};
    }

    void finish(Ticket &ticket, const T &answer, bool remember)
    {
        ticket.promise->set_value(answer);
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(ticket.key);
        if (it == m_entries.end())
            return;
        if (remember)
            it->finished = true;
        else
            m_entries.erase(it);
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->finished)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }

private:
    struct Entry
    {
        std::shared_future<T> answer;
        qint64 startedMs = 0;
        bool finished = false;
    };

    void purge(qint64 now)
    {
        if (now - m_lastPurgeMs < 1000)
            return;
        m_lastPurgeMs = now;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->finished && now - it->startedMs >= m_window.count())
                it = m_entries.erase(it);
            else
                ++it;
        }
    }

    std::mutex m_mutex;
    const std::chrono::milliseconds m_window;
    QElapsedTimer m_clock;
    qint64 m_lastPurgeMs = 0;
    QHash<QByteArray, Entry> m_entries;
};

// In-flight guard: one order at a time per composite key (customer, ticket type,
// show date, sorted seats), as the original web back end's `order_${user}_${type}_${date}_${seats}`.
// A second identical submission while the first is in flight is refused at
// once ("Processing, please wait"); a key older than the window (30 s) is
// taken to be stuck and may be entered again.
class InFlightGuard final
{
public:
    explicit InFlightGuard(std::chrono::milliseconds window = std::chrono::seconds(30));

    static QString orderKey(
        const QString &customer, const QString &ticketType, const QDate &showDate, QList<int> seatIds);

    // A ticket (> 0) when entered, 0 when the key is in flight elsewhere.
    quint64 tryEnter(const QString &key);
    // Leaves only if the key is still this ticket's: a call that outlived
    // the window must not free the key of the call that took it over.
    void leave(const QString &key, quint64 ticket);
    // Emergency control: forget every key (a stuck counter's included).
    int clear();
    int size();

    // The guard shared by every engine of this process.
    static InFlightGuard &processWide();

private:
    std::mutex m_mutex;
    const std::chrono::milliseconds m_window;
    QElapsedTimer m_clock;
    struct Entry
    {
        qint64 startedMs = 0;
        quint64 ticket = 0;
    };
    QHash<QString, Entry> m_entries;
    quint64 m_nextTicket = 1;
};

} // namespace boxoffice
