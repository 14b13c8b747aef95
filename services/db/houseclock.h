#pragma once

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QTimeZone>

namespace boxoffice {

// The box office's clock: its days and moments are the venue's (IANA zone
// of venue.time_zone, the first venue's when there are several — the zone
// ShowCatalog::venueTimeZone reads), whatever this PC's zone is. A cash
// drawer's day, "today" in the audit log and the supervisor's "last seen"
// times are all written in it.
//
// The Application sets it once the database has answered; until then, and
// in a program that never sets it, it is this PC's zone. Any thread may
// read it.
class HouseClock final
{
public:
    static void setTimeZone(const QTimeZone &zone);
    static QTimeZone timeZone();
    // Today at the venue.
    static QDate today();
    // The venue's midnight that starts `day` (a day of the venue's calendar).
    static QDateTime startOfDay(const QDate &day);
    // The moment in the venue's zone, for writing it.
    static QDateTime at(const QDateTime &moment);
};

} // namespace boxoffice
