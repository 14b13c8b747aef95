#include "sale/enginestatistics.h"

#include "db/database.h"

#include <QtSql/QSqlQuery>

namespace boxoffice {

void EngineStatistics::reset()
{
    for (auto &v : m_values)
        v.store(0);
}

QString EngineStatistics::name(Counter c)
{
    static const char *const names[CounterCount] = {"holds", "hold_conflicts", "releases", "extends", "sells",
        "sell_conflicts", "cancels", "seat_changes", "rate_limited", "duplicates_level1_dedup",
        "duplicates_level2_in_flight", "duplicates_level3_idempotent", "duplicates_level4_similar", "errors"};
    return QString::fromLatin1(names[c]);
}

QList<QPair<QString, qint64>> EngineStatistics::snapshot() const
{
    QList<QPair<QString, qint64>> list;
    for (int c = 0; c < CounterCount; ++c)
        list.append({name(Counter(c)), value(Counter(c))});
    list.append({QStringLiteral("orders_in_flight"), ordersInFlight()});
    return list;
}

Result<EngineStatistics::DatabaseCounts> EngineStatistics::countInDatabase(Database &db, int showId)
{
    DatabaseCounts counts;
    Result<Done> r = db.query(
        QStringLiteral(
            "SELECT count(*) FILTER (WHERE state = 'held' AND held_until > now() AND order_id IS NULL),"
            "       count(*) FILTER (WHERE state = 'sold'),"
            "       (SELECT count(*) FROM boxoffice.orders o WHERE o.status = 'pending' AND o.expires_at > now()"
            "           AND (? = 0 OR o.show_id = ?)),"
            "       count(*) FILTER (WHERE state = 'held' AND held_until <= now())"
            "  FROM boxoffice.show_seat WHERE (? = 0 OR show_id = ?) AND state IN ('held', 'sold')"),
        {showId, showId, showId, showId}, [&counts](QSqlQuery &q) -> Result<Done> {
            if (q.next()) {
                counts.heldSeats = q.value(0).toInt();
                counts.soldSeats = q.value(1).toInt();
                counts.pendingOrders = q.value(2).toInt();
                counts.lapsedHolds = q.value(3).toInt();
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return counts;
}

} // namespace boxoffice
