#include "ops/emergencycontrols.h"

#include "db/database.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

namespace boxoffice {

namespace {
QVariant seatsOrNull(const QList<int> &seats)
{
    return seats.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(Database::intArray(seats));
}
QVariant idOrNull(int id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<int>());
}
} // namespace

Result<QJsonObject> EmergencyControls::call(const QString &sql, const QVariantList &args)
{
    Result<QJsonObject> r = m_db.callJson(sql, args);
    if (r && !r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    return r;
}

Result<QList<EmergencyControls::HoldingCounter>> EmergencyControls::holdingCounters(int showId)
{
    QList<HoldingCounter> counters;
    // Counted as force_unlock_targets counts them: plain holds, not orders.
    Result<Done> r = m_db.query(QStringLiteral("SELECT t.id, t.name, count(*) FROM boxoffice.show_seat ss"
                                               "  JOIN boxoffice.terminal t ON t.id = ss.held_by"
                                               " WHERE ss.show_id = ? AND ss.state = 'held' AND ss.order_id IS NULL"
                                               " GROUP BY t.id, t.name ORDER BY t.name"),
        {showId}, [&counters](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                counters << HoldingCounter {q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()};
            return Done {};
        });
    if (!r)
        return r.error();
    return counters;
}

Result<QList<EmergencyControls::Target>> EmergencyControls::previewForceUnlock(
    int showId, const QList<int> &seatIds, int terminalId)
{
    QList<Target> targets;
    const qint64 offset = m_db.clockOffsetMs();
    Result<Done> r = m_db.query(
        QStringLiteral("SELECT seat_id, label, coalesce(holder, ''), extract(epoch FROM held_until)::float8"
                       " FROM boxoffice.force_unlock_targets(?, ?::int[], ?)"),
        {showId, seatsOrNull(seatIds), idOrNull(terminalId)}, [&](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                targets << Target {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                    QDateTime::fromMSecsSinceEpoch(qint64(q.value(3).toDouble() * 1000.0) + offset)};
            return Done {};
        });
    if (!r)
        return r.error();
    return targets;
}

Result<HoldResult> EmergencyControls::forceUnlock(
    int showId, const QList<int> &seatIds, int terminalId, const QString &reason)
{
    Result<QJsonObject> r = call(QStringLiteral("SELECT boxoffice.force_unlock(?, ?::int[], ?, ?, ?)"),
        {showId, seatsOrNull(seatIds), idOrNull(terminalId), m_actor, reason});
    if (!r)
        return r.error();
    HoldResult h;
    h.changes = seatStatusesFromJson(r->value(QLatin1String("changes")).toArray(), m_db.clockOffsetMs());
    return h;
}

Result<Done> EmergencyControls::setSalesState(int showId, SalesState state, const QString &reason)
{
    return setSalesState(showId, salesStateName(state), reason);
}

Result<Done> EmergencyControls::setSalesState(int showId, const QString &state, const QString &reason)
{
    Result<QJsonObject> r
        = call(QStringLiteral("SELECT boxoffice.set_sales_state(?, ?, ?, ?)"), {showId, state, m_actor, reason});
    if (!r)
        return r.error();
    return Done {};
}

Result<Done> EmergencyControls::clearDuplicateLocks(const QString &reason)
{
    Result<QJsonObject> r = call(QStringLiteral("SELECT boxoffice.clear_duplicate_locks(?, ?)"), {m_actor, reason});
    if (!r)
        return r.error();
    return Done {};
}

} // namespace boxoffice
