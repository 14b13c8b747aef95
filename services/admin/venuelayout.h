#pragma once

#include "db/result.h"
#include "money/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QTimeZone>

namespace boxoffice {

class Database;

struct ZoneInfo
{
    int id = 0;
    QString ticketType;
    QString name;
    Money price;
    QString color; // #rrggbb
};

// A venue's seats as drawn: position (venue units, ring centred on 0,0),
// label and zone. Loaded once per show opened; states come from the feed.
struct VenueLayout
{
    int showId = 0;
    int venueId = 0;
    QString venueName;
    QString showTitle;
    QDateTime startsAt;
    QTimeZone timeZone; // the venue's: the show's time is written in it
    double ringHalfSize = 6;
    QString promptPayId; // the venue's (digits; empty: none set)
    QList<ZoneInfo> zones;
    struct Seat
    {
        int id;
        int zoneIndex; // into zones
        float x;
        float y;
        QString label;
        QString row;
        int number;
        QString section;
    };
    QList<Seat> seats;

    static Result<VenueLayout> load(Database &db, int showId);
    // The venue's zones with the show's prices, dearest first (what load
    // reads; a counter reads them again when a price changes).
    static Result<QList<ZoneInfo>> loadZones(Database &db, int showId, int venueId);
};

} // namespace boxoffice
