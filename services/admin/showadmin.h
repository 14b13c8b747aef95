#pragma once

#include "db/result.h"
#include "money/money.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QTime>
#include <QtCore/QTimeZone>

#include <optional>

namespace boxoffice {

class Database;

// A show (fight card) as the back office sees it. Times are instants in the
// venue's zone (timeZone, the venue's IANA zone): write them with
// Display::venueTimeText, never in this PC's zone. localStart etc. are the
// same times as the venue's wall-clock text "yyyy-MM-dd HH:mm".
struct ShowAdminEntry
{
    int id = 0;
    int venueId = 0;
    QString venue;
    QTimeZone timeZone;
    QString title;
    QString subtitle;
    QDateTime startsAt;
    QString localStart;      // "2026-12-07 18:30", venue time
    QString localDoors;      // empty: not set
    QString localSalesOpen;  // empty: open as soon as created
    QString localSalesClose; // empty: the default, 2 hours after the start
    QString state;           // "on_sale", "paused", "closed" or "cancelled"
    QString cancelReason;
    bool passOut = false;        // the gates allow pass-out and re-entry (Gate::setPassOut)
    int sold = 0;                // seats sold
    QMap<QString, Money> prices; // ticket type -> this show's price
};

// What a manager fills in for a show. Times are the venue's wall-clock text
// "yyyy-MM-dd HH:mm" (the database reads them in the venue's zone, daylight
// saving included). For an edit, std::nullopt leaves the field as it is and
// an empty string clears doors/sales times (the sales window's defaults).
struct ShowFields
{
    std::optional<QString> title;
    std::optional<QString> subtitle;
    std::optional<QString> startsAt;
    std::optional<QString> doorsAt;
    std::optional<QString> salesOpenAt;
    std::optional<QString> salesCloseAt;
};

// A weekly schedule: every `weekdays` (ISO 1 Monday .. 7 Sunday) at `time`
// (venue time) for `weeks` weeks from firstDate (invalid: today at the venue).
struct WeeklySchedule
{
    int venueId = 0;
    QList<int> weekdays;
    QString time; // "18:30"
    int weeks = 0;
    QString title;
    QString subtitle;
    QDate firstDate;
};

struct ScheduledDate
{
    QString date;       // "2026-12-07", venue calendar
    QString localStart; // "2026-12-07 18:30"
    QDateTime startsAt; // the instant (UTC)
    bool isNew = false; // false: skipped, a show exists that day at this venue
    int existingShow = 0;
};

struct ScheduleResult
{
    int created = 0;
    int skipped = 0;
    QList<int> shows;
    QList<ScheduledDate> dates;
};

// One order to refund when a show is cancelled.
struct RefundEntry
{
    qint64 orderId = 0;
    QString customerName;
    QString customerPhone;
    QString status;    // "paid" or "pending"
    QStringList seats; // labels
    Money total;
};

struct ShowPrice
{
    int zoneId = 0;
    QString ticketType;
    QString name;
    Money price;      // this show's price (baht with satang)
    Money venuePrice; // the zone's default price
};

// The back office's shows and prices (issue 11). Synchronous, safe on any
// worker thread: call through Database::run. Who may change is the
// database's to enforce (functions/shows.sql: managers only; supervisors
// read the list and the refunds); every change is audited there with its
// before and after values. Refusals: InvalidValue naming the field and
// problem (title missing or too long, start in the past, doors after the
// start, sales closing before they open, a malformed time or price, a
// negative price, ...), UnknownVenue, UnknownShow, UnknownZone (ticket
// type), ShowCancelled, ReasonRequired, PermissionDenied.
class ShowAdmin final
{
public:
    // Shows from a day ago on (all venues, or one), by start.
    static Result<QList<ShowAdminEntry>> shows(Database &db, int venueId = 0);
    static Result<ShowAdminEntry> show(Database &db, int showId);
    static Result<ShowAdminEntry> create(Database &db, int venueId, const ShowFields &fields);
    static Result<ShowAdminEntry> edit(Database &db, int showId, const ShowFields &fields);
    // Stops sales at once; answers the orders to refund.
    static Result<QList<RefundEntry>> cancel(Database &db, int showId, const QString &reason);
    static Result<QList<RefundEntry>> refunds(Database &db, int showId);
    // One order refunded through the normal cancel path (cancel_order,
    // audited there). terminalId 0: the caller's counter session.
    static Result<Money> refund(Database &db, qint64 orderId, const QString &reason, int terminalId = 0);

    static Result<QList<ScheduledDate>> previewSchedule(Database &db, const WeeklySchedule &schedule);
    static Result<ScheduleResult> createSchedule(Database &db, const WeeklySchedule &schedule);
    // "mon,wed,thu,sun" (English three-letter names or 1-7) -> ISO days;
    // nullopt for anything else.
    static std::optional<QList<int>> parseWeekdays(const QString &text);

    static Result<QList<ShowPrice>> prices(Database &db, int showId);
    // price in baht with satang; answers whether it changed.
    static Result<bool> setPrice(Database &db, int showId, const QString &ticketType, Money price);
    // The same with the price as typed ("2000.00"), checked by the database.
    static Result<bool> setPriceText(Database &db, int showId, const QString &ticketType, const QString &price);
    // Every price of one show to another, by ticket type; answers the
    // ticket types the target's venue does not have.
    static Result<QStringList> copyPrices(Database &db, int fromShowId, int toShowId);
};

} // namespace boxoffice
