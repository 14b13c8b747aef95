#pragma once

#include "db/result.h"
#include "sale/domain.h"

namespace boxoffice {

class Database;

// Holds, releases and extends seats through the SQL functions (one round trip
// and one transaction each, seats locked FOR UPDATE NOWAIT, all or nothing),
// and reads a show's seat states. Callable from any worker thread.
class SeatLockService final
{
public:
    explicit SeatLockService(Database &db) : m_db(db) { }

    Result<HoldResult> hold(int showId, const QList<int> &seatIds, int terminalId, int minutes);
    // Lets go of the seats this terminal holds; the others come back in notHeld.
    Result<HoldResult> release(int showId, const QList<int> &seatIds, int terminalId);
    Result<HoldResult> extend(int showId, const QList<int> &seatIds, int terminalId, int minutes);

    // Every seat of the show as committed (read-only; lazy expiry is the
    // reader's: see SeatStatus::effectiveState).
    Result<SeatStatusList> loadShow(int showId);

    // Background job body: held seats past their time become available.
    Result<int> expireHolds();

private:
    // One call of a seat function with its request document (JSON text).
    Result<HoldResult> holdCall(const QString &sql, const QString &request);
    Database &m_db;
};

} // namespace boxoffice
