#include "admin/venuelayout.h"

#include "db/database.h"
#include "sale/domain.h"

#include <QtCore/QHash>
#include <QtSql/QSqlQuery>

namespace boxoffice {

Result<VenueLayout> VenueLayout::load(Database &db, int showId)
{
    VenueLayout layout;
    layout.showId = showId;
    Result<Done> head = db.query(QStringLiteral("SELECT v.id, v.name, v.ring_half_size, sh.title,"
                                                " extract(epoch FROM sh.starts_at)::float8, v.time_zone,"
                                                " coalesce(v.promptpay_id, '')"
                                                "  FROM boxoffice.show sh"
                                                " JOIN boxoffice.venue v ON v.id = sh.venue_id WHERE sh.id = ?"),
        {showId}, [&layout](QSqlQuery &q) -> Result<Done> {
            if (!q.next())
                return ServiceError::make(ErrorCode::UnknownShow);
            layout.venueId = q.value(0).toInt();
            layout.venueName = q.value(1).toString();
            layout.ringHalfSize = q.value(2).toDouble();
            layout.showTitle = q.value(3).toString();
            layout.timeZone = venueTimeZone(q.value(5).toString());
            layout.startsAt = QDateTime::fromMSecsSinceEpoch(qint64(q.value(4).toDouble() * 1000.0), layout.timeZone);
            layout.promptPayId = q.value(6).toString();
            return Done {};
        });
    if (!head)
        return head.error();
    Result<QList<ZoneInfo>> zones = loadZones(db, showId, layout.venueId);
    if (!zones)
        return zones.error();
    layout.zones = zones.value();
    QHash<int, int> zoneIndex;
    for (int i = 0; i < layout.zones.size(); ++i)
        zoneIndex.insert(layout.zones.at(i).id, i);
    Result<Done> seats
        = db.query(QStringLiteral("SELECT id, zone_id, x, y, label, row_label, number, section FROM boxoffice.seat"
                                  " WHERE venue_id = ?"
                                  // Seats a re-import retired have no row in shows made since.
                                  "   AND id IN (SELECT seat_id FROM boxoffice.show_seat WHERE show_id = ?)"
                                  " ORDER BY id"),
            {layout.venueId, showId}, [&](QSqlQuery &q) -> Result<Done> {
                while (q.next()) {
                    layout.seats.append(Seat {q.value(0).toInt(), zoneIndex.value(q.value(1).toInt()),
                        q.value(2).toFloat(), q.value(3).toFloat(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toInt(), q.value(7).toString()});
                }
                return Done {};
            });
    if (!seats)
        return seats.error();
    return layout;
}

Result<QList<ZoneInfo>> VenueLayout::loadZones(Database &db, int showId, int venueId)
{
    QList<ZoneInfo> list;
    Result<Done> zones = db.query(
        // The show's own price of each ticket type (show_price), the zone's
        // default if it has none: what sell charges.
        QStringLiteral("SELECT z.id, z.ticket_type, z.name, coalesce(sp.price, z.price)::text, z.color"
                       "  FROM boxoffice.zone z"
                       "  LEFT JOIN boxoffice.show_price sp ON sp.show_id = ? AND sp.zone_id = z.id"
                       "    AND sp.price_type_id = (SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD')"
                       " WHERE z.venue_id = ? ORDER BY coalesce(sp.price, z.price) DESC, z.id"),
        {showId, venueId}, [&list](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                const std::optional<Money> price = Money::fromDecimal(q.value(3).toString());
                if (!price)
                    return unreadableAnswer(QStringLiteral("zone.price"), q.value(3).toString());
                list << ZoneInfo {
                    q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), *price, q.value(4).toString()};
            }
            return Done {};
        });
    if (!zones)
        return zones.error();
    return list;
}

} // namespace boxoffice
