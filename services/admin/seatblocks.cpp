#include "admin/seatblocks.h"

#include "db/database.h"
#include "sale/domain.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

#include <array>

namespace boxoffice {

namespace {

constexpr std::array<std::pair<BlockKind, const char *>, 5> KindNames {{
    {BlockKind::House, "house"},
    {BlockKind::Press, "press"},
    {BlockKind::Broken, "broken"},
    {BlockKind::Camera, "camera"},
    {BlockKind::Kill, "kill"},
}};

// NULL for "all seats" (an empty list), else an int[] literal.
QVariant seatArray(const QList<int> &seatIds)
{
    return seatIds.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(Database::intArray(seatIds));
}

QVariant kindArgument(std::optional<BlockKind> kind)
{
    return kind ? QVariant(SeatBlocks::kindName(*kind)) : QVariant(QMetaType(QMetaType::QString));
}

Result<BlockOutcome> outcome(Result<QJsonObject> answer, const QString &countKey)
{
    if (!answer)
        return answer.error();
    if (!answer->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(answer.value());
    BlockOutcome o;
    o.seats = answer->value(countKey).toInt();
    o.showSeats = answer->value(QLatin1String("show_seats")).toInt();
    o.shows = answer->value(QLatin1String("shows")).toInt();
    for (const auto &seat : answer->value(QLatin1String("seats")).toArray())
        o.seatIds << seat.toObject().value(QLatin1String("id")).toInt();
    return o;
}

Result<QList<SeatBlock>> readBlocks(Database &db, const QString &sql, int id)
{
    QList<SeatBlock> blocks;
    Result<Done> r = db.query(sql, {id}, [&blocks](QSqlQuery &q) -> Result<Done> {
        while (q.next()) {
            SeatBlock b;
            b.showId = q.value(0).toInt();
            b.venueId = q.value(1).toInt();
            b.seatId = q.value(2).toInt();
            b.label = q.value(3).toString();
            const std::optional<BlockKind> kind = SeatBlocks::kindFromName(q.value(4).toString());
            if (!kind)
                return unreadableAnswer(QStringLiteral("seat_block.kind"), q.value(4).toString());
            b.kind = *kind;
            b.reason = q.value(5).toString();
            b.venueWide = q.value(6).toBool();
            b.blockedAt = QDateTime::fromMSecsSinceEpoch(qint64(q.value(7).toDouble() * 1000.0));
            b.blockedBy = q.value(8).toString();
            blocks << b;
        }
        return Done {};
    });
    if (!r)
        return r.error();
    return blocks;
}

} // namespace

QString SeatBlocks::kindName(BlockKind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<BlockKind> SeatBlocks::kindFromName(const QString &name)
{
    for (const auto &[k, text] : KindNames) {
        if (name.trimmed().compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QList<BlockKind> SeatBlocks::kinds()
{
    QList<BlockKind> all;
    for (const auto &entry : KindNames)
        all << entry.first;
    return all;
}

Result<QList<BlockTarget>> SeatBlocks::targets(Database &db)
{
    QList<BlockTarget> targets;
    Result<Done> r = db.query(
        QStringLiteral("SELECT v.id, v.name, 0, '', NULL::float8, v.time_zone,"
                       "       (SELECT count(*) FROM boxoffice.venue_seat_block vb WHERE vb.venue_id = v.id), 0"
                       "  FROM boxoffice.venue v"
                       // The generated benchmark arenas are not a stadium's (issue 11).
                       " WHERE NOT v.is_test"
                       " UNION ALL "
                       "SELECT v.id, v.name, sh.id, sh.title, extract(epoch FROM sh.starts_at)::float8, v.time_zone,"
                       "       (SELECT count(*) FROM boxoffice.seat_block b WHERE b.show_id = sh.id), 1"
                       "  FROM boxoffice.show sh JOIN boxoffice.venue v ON v.id = sh.venue_id"
                       " WHERE sh.starts_at > now() - interval '1 day' AND NOT v.is_test"
                       " ORDER BY 8, 2, 1, 5, 3"),
        {}, [&targets](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                BlockTarget t;
                t.venueId = q.value(0).toInt();
                t.venueName = q.value(1).toString();
                t.showId = q.value(2).toInt();
                t.title = q.value(3).toString();
                t.timeZone = q.value(5).toString();
                if (!q.value(4).isNull())
                    t.startsAt = QDateTime::fromMSecsSinceEpoch(
                        qint64(q.value(4).toDouble() * 1000.0), venueTimeZone(t.timeZone));
                t.blocked = q.value(6).toInt();
                targets << t;
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return targets;
}

Result<QList<SeatBlock>> SeatBlocks::showBlocks(Database &db, int showId)
{
    return readBlocks(db,
        QStringLiteral("SELECT b.show_id, s.venue_id, b.seat_id, s.label, b.kind, b.reason, b.venue_wide,"
                       "       extract(epoch FROM b.blocked_at)::float8, b.blocked_by"
                       "  FROM boxoffice.seat_block b JOIN boxoffice.seat s ON s.id = b.seat_id"
                       " WHERE b.show_id = ? ORDER BY s.label"),
        showId);
}

Result<QList<SeatBlock>> SeatBlocks::venueBlocks(Database &db, int venueId)
{
    return readBlocks(db,
        QStringLiteral("SELECT 0, vb.venue_id, vb.seat_id, s.label, vb.kind, vb.reason, true,"
                       "       extract(epoch FROM vb.blocked_at)::float8, vb.blocked_by"
                       "  FROM boxoffice.venue_seat_block vb JOIN boxoffice.seat s ON s.id = vb.seat_id"
                       " WHERE vb.venue_id = ? ORDER BY s.label"),
        venueId);
}

Result<QList<int>> SeatBlocks::seatIds(Database &db, int venueId, const QStringList &labels)
{
    QStringList wanted;
    for (const QString &label : labels) {
        if (!label.trimmed().isEmpty())
            wanted << label.trimmed();
    }
    if (wanted.isEmpty())
        return ServiceError::make(ErrorCode::EmptySeatList);
    QHash<QString, int> found;
    Result<Done> r = db.query(QStringLiteral("SELECT label, id FROM boxoffice.seat WHERE venue_id = ?"
                                             " AND label = ANY (string_to_array(?, chr(31)))"),
        {venueId, wanted.join(QChar(31))}, [&found](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                found.insert(q.value(0).toString(), q.value(1).toInt());
            return Done {};
        });
    if (!r)
        return r.error();
    QList<int> ids;
    QList<SeatIssue> unknown;
    for (const QString &label : wanted) {
        if (found.contains(label))
            ids << found.value(label);
        else
            unknown << SeatIssue {0, label, {}, {}, 0, -1, 0};
    }
    if (!unknown.isEmpty()) {
        ServiceError e = ServiceError::make(ErrorCode::UnknownSeat, QStringLiteral("unknown seat labels"));
        e.seats = unknown;
        e.message = describe(ErrorCode::UnknownSeat, unknown);
        return e;
    }
    return ids;
}

Result<int> SeatBlocks::venueOfShow(Database &db, int showId)
{
    int venue = 0;
    Result<Done> r = db.query(QStringLiteral("SELECT venue_id FROM boxoffice.show WHERE id = ?"), {showId},
        [&venue](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                venue = q.value(0).toInt();
            return Done {};
        });
    if (!r)
        return r.error();
    if (venue == 0)
        return ServiceError::make(ErrorCode::UnknownShow);
    return venue;
}

Result<BlockOutcome> SeatBlocks::block(
    Database &db, int showId, const QList<int> &seatIds, BlockKind kind, const QString &reason)
{
    return outcome(db.callJson(QStringLiteral("SELECT boxoffice.block_seats(?, ?::int[], ?, ?)"),
                       {showId, Database::intArray(seatIds), kindName(kind), reason}),
        QStringLiteral("blocked"));
}

Result<BlockOutcome> SeatBlocks::blockVenue(
    Database &db, int venueId, const QList<int> &seatIds, BlockKind kind, const QString &reason)
{
    return outcome(db.callJson(QStringLiteral("SELECT boxoffice.block_venue_seats(?, ?::int[], ?, ?)"),
                       {venueId, Database::intArray(seatIds), kindName(kind), reason}),
        QStringLiteral("blocked"));
}

Result<BlockOutcome> SeatBlocks::release(
    Database &db, int showId, const QList<int> &seatIds, std::optional<BlockKind> kind)
{
    return outcome(db.callJson(QStringLiteral("SELECT boxoffice.release_seat_blocks(?, ?::int[], ?)"),
                       {showId, seatArray(seatIds), kindArgument(kind)}),
        QStringLiteral("released"));
}

Result<BlockOutcome> SeatBlocks::releaseVenue(
    Database &db, int venueId, const QList<int> &seatIds, std::optional<BlockKind> kind)
{
    return outcome(db.callJson(QStringLiteral("SELECT boxoffice.release_venue_seat_blocks(?, ?::int[], ?)"),
                       {venueId, seatArray(seatIds), kindArgument(kind)}),
        QStringLiteral("released"));
}

Result<BlockOutcome> SeatBlocks::copy(Database &db, int fromShow, int toShow)
{
    Result<QJsonObject> answer
        = db.callJson(QStringLiteral("SELECT boxoffice.copy_seat_blocks(?, ?)"), {fromShow, toShow});
    if (answer && answer->value(QLatin1String("other_venue")).toBool()) {
        ServiceError e = ServiceError::fromJson(answer.value());
        e.message = tr("The two shows are at different venues: blocks are copied only between shows of one venue.");
        return e;
    }
    return outcome(std::move(answer), QStringLiteral("blocked"));
}

} // namespace boxoffice
