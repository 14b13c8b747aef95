#pragma once

#include "db/result.h"
#include "db/workgroup.h"

#include <QtCore/QFuture>
#include <QtCore/QObject>
#include <QtCore/QUuid>

#include <array>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>

class QTimer;

namespace boxoffice {

class Database;
class EngineStatistics;

// This counter's heartbeat: every interval (15 s unless set) it tells the
// database it is alive, who is signed in, and what its engine did since the
// last beat the database answered (terminal_heartbeat: added into the current
// minute's bucket of terminal_activity). Beats run on the Database's
// executor, one at a time; the timer restarts when a beat is done. A beat
// that fails is kept and sent again, with the same id, before anything newer:
// its counts are neither lost nor counted twice (a retry after a lost reply
// is recognised by the id). The first beat sends everything counted since the
// statistics began (or were reset): make one Heartbeat per engine, for the
// engine's whole life.
class Heartbeat final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Heartbeat)

public:
    Heartbeat(Database &db, const EngineStatistics &statistics, int terminalId, QObject *parent = nullptr);
    ~Heartbeat() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // The clerk signed in at this counter (0: nobody); sent with the next beat.
    void setClerk(int clerkId) { m_clerkId.store(clerkId); }
    int clerk() const { return m_clerkId.load(); }

    // Beats now, then every interval.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // One beat now, on the worker.
    QFuture<Result<Done>> beatNow();
    // The last beat when the counter closes: nobody signed in, and the
    // counter is not reported offline while it is closed.
    QFuture<Result<Done>> signOff();

    // Beats the database answered, and beats waiting to be sent again.
    int beatsSent() const { return m_sent.load(); }
    bool hasUnsentBeat() const;

    // The keys of terminal_heartbeat's counts, in the order of the totals.
    static constexpr int CountKinds = 9;
    static const std::array<const char *, CountKinds> &countKeys();

Q_SIGNALS:
    void beatSent();
    void beatFailed(const QString &message);

private:
    using Totals = std::array<qint64, CountKinds>;
    struct Beat
    {
        QUuid id;
        Totals totals {}; // the statistics when the beat was made
        Totals deltas {}; // what it adds
    };
    Totals currentTotals() const;
    Result<Done> send(const Beat &beat, bool signingOff);
    Result<Done> beat(bool signingOff);
    void schedule();

    Database &m_db;
    const EngineStatistics &m_stats;
    const int m_terminalId;
    std::atomic<int> m_clerkId {0};
    std::chrono::milliseconds m_interval {std::chrono::seconds(15)};
    QTimer *m_timer = nullptr;
    bool m_running = false;
    std::atomic<int> m_sent {0};

    mutable std::mutex m_mutex; // guards the two below (beats run one at a time anyway)
    Totals m_acknowledged {};   // the statistics as of the last answered beat
    std::optional<Beat> m_unsent;

    WorkGroup m_beats {m_db, WorkGroup::InTurn}; // last: waited for before the rest goes
};

} // namespace boxoffice
