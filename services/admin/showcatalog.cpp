#include "admin/showcatalog.h"

#include "db/database.h"

#include <QtSql/QSqlQuery>

namespace boxoffice {

Result<QList<ShowSummary>> ShowCatalog::comingShows(Database &db, int limit)
{
    QList<ShowSummary> shows;
    Result<Done> r = db.query(
        QStringLiteral("SELECT sh.id, sh.title, v.name, extract(epoch FROM sh.starts_at)::float8, sh.sales_state,"
                       "       z.ticket_type,"
                       "       count(*) FILTER (WHERE ss.state = 'available'"
                       "                         OR (ss.state = 'held' AND ss.held_until <= now())),"
                       "       count(*), v.time_zone, sh.window_status,"
                       "       extract(epoch FROM sh.opens_at)::float8, extract(epoch FROM sh.closes_at)::float8,"
                       "       coalesce(v.promptpay_id, ''), sh.cancelled_at IS NOT NULL"
                       "  FROM (SELECT s.*, w.status AS window_status, w.opens_at, w.closes_at"
                       "          FROM boxoffice.show s CROSS JOIN LATERAL boxoffice.show_sales_window(s.id) w"
                       "         WHERE s.starts_at > now() - interval '6 hours'"
                       // A test venue's shows (the benchmark arenas) are never sold.
                       "           AND NOT (SELECT tv.is_test FROM boxoffice.venue tv WHERE tv.id = s.venue_id)"
                       "         ORDER BY s.starts_at LIMIT ?) sh"
                       "  JOIN boxoffice.venue v ON v.id = sh.venue_id"
                       "  JOIN boxoffice.show_seat ss ON ss.show_id = sh.id"
                       "  JOIN boxoffice.seat s ON s.id = ss.seat_id"
                       "  JOIN boxoffice.zone z ON z.id = s.zone_id"
                       " GROUP BY sh.id, sh.title, v.name, v.time_zone, v.promptpay_id, sh.starts_at, sh.sales_state, "
                       "z.ticket_type,"
                       "          sh.window_status, sh.opens_at, sh.closes_at, sh.cancelled_at"
                       " ORDER BY sh.starts_at, sh.id, z.ticket_type"),
        {limit}, [&shows](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                const int id = q.value(0).toInt();
                if (shows.isEmpty() || shows.last().id != id) {
                    ShowSummary s;
                    s.id = id;
                    s.title = q.value(1).toString();
                    s.venue = q.value(2).toString();
                    s.timeZone = boxoffice::venueTimeZone(q.value(8).toString());
                    s.startsAt = QDateTime::fromMSecsSinceEpoch(qint64(q.value(3).toDouble() * 1000.0), s.timeZone);
                    const QString state = q.value(4).toString();
                    const std::optional<SalesState> known = salesStateFromName(state);
                    if (!known)
                        return unreadableAnswer(QStringLiteral("sales_state"), state);
                    s.salesState = *known;
                    const QString window = q.value(9).toString();
                    if (window == QLatin1String("open"))
                        s.salesWindow = SalesWindow::Open;
                    else if (window == QLatin1String("not_yet_open"))
                        s.salesWindow = SalesWindow::NotYetOpen;
                    else if (window == QLatin1String("ended"))
                        s.salesWindow = SalesWindow::Ended;
                    else
                        return unreadableAnswer(QStringLiteral("sales window"), window);
                    if (!q.value(10).isNull())
                        s.salesOpenAt
                            = QDateTime::fromMSecsSinceEpoch(qint64(q.value(10).toDouble() * 1000.0), s.timeZone);
                    s.salesCloseAt
                        = QDateTime::fromMSecsSinceEpoch(qint64(q.value(11).toDouble() * 1000.0), s.timeZone);
                    s.promptPayId = q.value(12).toString();
                    s.cancelled = q.value(13).toBool();
                    shows << s;
                }
                shows.last().freeByType.insert(q.value(5).toString(), q.value(6).toInt());
                shows.last().totalSeats += q.value(7).toInt();
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return shows;
}

Result<QTimeZone> ShowCatalog::venueTimeZone(Database &db)
{
    QString id;
    Result<Done> r = db.query(QStringLiteral("SELECT time_zone FROM boxoffice.venue ORDER BY id LIMIT 1"), {},
        [&id](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                id = q.value(0).toString();
            return Done {};
        });
    if (!r)
        return r.error();
    return boxoffice::venueTimeZone(id);
}

} // namespace boxoffice
