#include "sale/seatlockservice.h"

#include "db/database.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>

#include <optional>

namespace boxoffice {

namespace {

// The request document of hold_seats, release_seats and extend_hold
// (resources/sql/functions/sale.sql); minutes for holds and extensions
// (checked there: 1 to 60).
QString seatRequest(int showId, const QList<int> &seatIds, int terminalId, std::optional<int> minutes = std::nullopt)
{
    QJsonArray seats;
    for (int id : seatIds)
        seats.append(id);
    QJsonObject request {
        {QStringLiteral("show_id"), showId},
        {QStringLiteral("seat_ids"), seats},
        {QStringLiteral("terminal_id"), terminalId},
    };
    if (minutes)
        request.insert(QStringLiteral("minutes"), *minutes);
    return QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact));
}

} // namespace

Result<HoldResult> SeatLockService::holdCall(const QString &sql, const QString &request)
{
    Result<QJsonObject> r = m_db.callJson(sql, {request});
    if (!r)
        return r.error();
    const QJsonObject &o = r.value();
    if (!o.value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(o);
    HoldResult h;
    h.token = QUuid::fromString(o.value(QLatin1String("token")).toString());
    if (o.contains(QLatin1String("held_until")))
        h.heldUntil = QDateTime::fromMSecsSinceEpoch(
            qint64(o.value(QLatin1String("held_until")).toDouble() * 1000.0) + m_db.clockOffsetMs());
    h.changes = seatStatusesFromJson(o.value(QLatin1String("changes")).toArray(), m_db.clockOffsetMs());
    for (const auto &v : o.value(QLatin1String("not_held")).toArray()) {
        const QJsonObject s = v.toObject();
        SeatRef seat;
        seat.id = s.value(QLatin1String("id")).toInt();
        seat.label = s.value(QLatin1String("label")).toString();
        h.notHeld << seat;
    }
    return h;
}

Result<HoldResult> SeatLockService::hold(int showId, const QList<int> &seatIds, int terminalId, int minutes)
{
    return holdCall(
        QStringLiteral("SELECT boxoffice.hold_seats(?::jsonb)"), seatRequest(showId, seatIds, terminalId, minutes));
}

Result<HoldResult> SeatLockService::release(int showId, const QList<int> &seatIds, int terminalId)
{
    return holdCall(
        QStringLiteral("SELECT boxoffice.release_seats(?::jsonb)"), seatRequest(showId, seatIds, terminalId));
}

Result<HoldResult> SeatLockService::extend(int showId, const QList<int> &seatIds, int terminalId, int minutes)
{
    return holdCall(
        QStringLiteral("SELECT boxoffice.extend_hold(?::jsonb)"), seatRequest(showId, seatIds, terminalId, minutes));
}

Result<SeatStatusList> SeatLockService::loadShow(int showId)
{
    SeatStatusList seats;
    bool exists = false;
    const qint64 offset = m_db.clockOffsetMs();
    Result<Done> r
        = m_db.query(QStringLiteral("SELECT ss.seat_id, ss.state, coalesce(ss.held_by, 0),"
                                    " extract(epoch FROM ss.held_until)::float8, coalesce(ss.order_id, 0), ss.version"
                                    " FROM boxoffice.show s LEFT JOIN boxoffice.show_seat ss ON ss.show_id = s.id"
                                    " WHERE s.id = ?"),
            {showId}, [&](QSqlQuery &q) -> Result<Done> {
                while (q.next()) {
                    exists = true;
                    if (q.value(0).isNull())
                        continue;
                    SeatStatus s;
                    s.seatId = q.value(0).toInt();
                    const QString state = q.value(1).toString();
                    s.state = seatStateFromLetter(state.isEmpty() ? QLatin1Char('a') : state.at(0));
                    s.heldBy = q.value(2).toInt();
                    if (!q.value(3).isNull())
                        s.heldUntil = QDateTime::fromMSecsSinceEpoch(qint64(q.value(3).toDouble() * 1000.0) + offset);
                    s.orderId = q.value(4).toLongLong();
                    s.version = q.value(5).toLongLong();
                    seats << s;
                }
                return Done {};
            });
    if (!r)
        return r.error();
    if (!exists)
        return ServiceError::make(ErrorCode::UnknownShow);
    return seats;
}

Result<int> SeatLockService::expireHolds()
{
    Result<QJsonObject> r = m_db.callJson(QStringLiteral("SELECT boxoffice.expire_holds()"), {});
    if (!r)
        return r.error();
    return r->value(QLatin1String("released")).toInt();
}

} // namespace boxoffice
