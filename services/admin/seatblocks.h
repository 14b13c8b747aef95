#pragma once

#include "db/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace boxoffice {

class Database;

// Why a seat is kept out of sale. Stored as its name (kindName).
enum class BlockKind { House, Press, Broken, Camera, Kill };

// One blocked seat: of a show (showId set) or of every future show of a
// venue (showId 0).
struct SeatBlock
{
    int showId = 0;
    int venueId = 0;
    int seatId = 0;
    QString label;
    BlockKind kind = BlockKind::House;
    QString reason;
    bool venueWide = false; // a show's block that came from a venue block
    QDateTime blockedAt;
    QString blockedBy; // the login
};

// Where blocks can be set: a show, or (showId 0) every future show of a venue.
struct BlockTarget
{
    int venueId = 0;
    QString venueName;
    int showId = 0;
    QString title;
    QDateTime startsAt; // in the venue's time zone
    QString timeZone;   // IANA name
    int blocked = 0;    // seats blocked (of the show, or venue blocks)
};

// What a change did.
struct BlockOutcome
{
    int seats = 0;      // seats whose block changed (venue blocks for a venue)
    int showSeats = 0;  // for a venue: show seats changed in its future shows
    int shows = 0;      // for a venue: its future shows
    QList<int> seatIds; // for a show: the seats changed
};

// Seat blocks (issue 11): a manager keeps seats of a show, or of every
// future show of a venue, out of sale with a kind and a reason, and
// releases them. Synchronous, safe on any worker thread: call through
// Database::run. Who may change blocks is the database's to enforce (the
// functions of resources/sql/functions/blocks.sql: boxoffice_manager only,
// PermissionDenied below); every change is audited there. Counters read the
// blocks (showBlocks) for the seat map's tooltips.
//
// Refusals of the changes: UnknownShow / UnknownVenue; InvalidValue for a
// reason missing or over 200 characters (field "reason"); EmptySeatList,
// UnknownSeat, DuplicateSeat, SeatNotInShow (a seat of another venue);
// SeatConflict naming the seats held or sold (blocks only); SeatsBusy (a
// counter has the seats this instant). Nothing is changed when refused.
class SeatBlocks final
{
    Q_DECLARE_TR_FUNCTIONS(SeatBlocks)

public:
    static QString kindName(BlockKind kind); // "house", "press", "broken", "camera", "kill"
    static std::optional<BlockKind> kindFromName(const QString &name);
    static QList<BlockKind> kinds();

    // Shows (from a day ago on) and venues, for picking what to block; not
    // the test venues (venue.is_test: the generated benchmark arenas).
    static Result<QList<BlockTarget>> targets(Database &db);
    // The blocked seats of a show, in label order.
    static Result<QList<SeatBlock>> showBlocks(Database &db, int showId);
    // The venue blocks of a venue, in label order.
    static Result<QList<SeatBlock>> venueBlocks(Database &db, int venueId);
    // Seat labels of a venue → seat ids, in the labels' order. UnknownSeat
    // naming the labels the venue does not have; EmptySeatList for none.
    static Result<QList<int>> seatIds(Database &db, int venueId, const QStringList &labels);
    // The venue of a show (UnknownShow).
    static Result<int> venueOfShow(Database &db, int showId);

    // Blocks seats of a show.
    static Result<BlockOutcome> block(
        Database &db, int showId, const QList<int> &seatIds, BlockKind kind, const QString &reason);
    // Blocks seats of every future show of a venue and of shows made later.
    static Result<BlockOutcome> blockVenue(
        Database &db, int venueId, const QList<int> &seatIds, BlockKind kind, const QString &reason);
    // Releases a show's blocked seats to sale: seatIds (empty: all) of
    // `kind` (none: any kind). Releasing what is not blocked changes nothing.
    static Result<BlockOutcome> release(
        Database &db, int showId, const QList<int> &seatIds, std::optional<BlockKind> kind = std::nullopt);
    // Releases venue blocks (and the future shows' seats they block).
    static Result<BlockOutcome> releaseVenue(
        Database &db, int venueId, const QList<int> &seatIds, std::optional<BlockKind> kind = std::nullopt);
    // Blocks in `toShow` every seat blocked in `fromShow` (same venue), with
    // the same kind and reason. SeatNotInShow for shows of two venues.
    static Result<BlockOutcome> copy(Database &db, int fromShow, int toShow);
};

} // namespace boxoffice
