#pragma once

#include "db/result.h"

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

#include <array>
#include <atomic>

namespace boxoffice {

class Database;

// What the engine did, counted in the process (lock-free; read from any
// thread), and what the database holds right now.
class EngineStatistics final
{
public:
    enum Counter {
        Holds,
        HoldConflicts,
        Releases,
        Extends,
        Sells,
        SellConflicts,
        Cancels,
        SeatChanges,
        RateLimited,
        DuplicatesLevel1, // same payload within 5 s answered from memory
        DuplicatesLevel2, // same composite key in flight: "please wait"
        DuplicatesLevel3, // idempotency key replayed: same order returned
        DuplicatesLevel4, // similar order in the last 5 minutes flagged
        Errors,
        CounterCount
    };

    void add(Counter c, qint64 n = 1) { m_values[c].fetch_add(n, std::memory_order_relaxed); }
    qint64 value(Counter c) const { return m_values[c].load(std::memory_order_relaxed); }
    void enterOrder() { m_inFlight.fetch_add(1, std::memory_order_relaxed); }
    void leaveOrder() { m_inFlight.fetch_sub(1, std::memory_order_relaxed); }
    int ordersInFlight() const { return m_inFlight.load(std::memory_order_relaxed); }
    void reset();

    static QString name(Counter c);
    QList<QPair<QString, qint64>> snapshot() const;

    struct DatabaseCounts
    {
        int heldSeats = 0; // holds not yet lapsed
        int soldSeats = 0;
        int pendingOrders = 0; // orders waiting for payment, not lapsed
        int lapsedHolds = 0;   // past their time, not yet tidied by the job
    };
    // Counted in the database; showId 0 means every show.
    static Result<DatabaseCounts> countInDatabase(Database &db, int showId = 0);

private:
    std::array<std::atomic<qint64>, CounterCount> m_values {};
    std::atomic<int> m_inFlight {0};
};

} // namespace boxoffice
