#pragma once

#include "db/result.h"
#include "money/money.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace boxoffice {

class Database;

// A price type as the back office edits it (issue 12, price_type).
struct PriceTypeEntry
{
    int id = 0;
    QString code; // "CHILD": capitals, digits and _
    QString nameEn;
    QString nameTh;
    bool isComp = false; // always sold at 0, needs a supervisor's approval
    int sortOrder = 0;
    bool active = true;
};

// The price types and the approval rule (pricing_rule): a seat sold below
// approvalBelowPercent % of its STANDARD price needs a supervisor's
// approval, which lasts approvalMinutes.
struct PriceTypeList
{
    QList<PriceTypeEntry> types;
    QString approvalBelowPercent; // "50.00"
    int approvalMinutes = 0;
};

// What a manager saves: code (a new one adds the type) and the fields to
// set; std::nullopt leaves a field of an existing type as it is.
struct PriceTypeFields
{
    QString code;
    std::optional<QString> nameEn;
    std::optional<QString> nameTh;
    std::optional<bool> isComp;
    std::optional<int> sortOrder;
    std::optional<bool> active;
};

// One cell of a show's price table: a ticket type (zone) at a price type.
// price: none where the show does not sell that price type for that ticket
// type (STANDARD always has one: the show's or the zone's).
struct ShowTypePrice
{
    int zoneId = 0;
    QString ticketType;
    QString zoneName;
    QString priceType; // code
    std::optional<Money> price;
};

// The back office's price types and a show's prices per price type
// (functions/pricing.sql and shows.sql; managers change, audited there).
// Synchronous, for a worker thread: call through Database::run. Refusals:
// InvalidValue (field and problem: a malformed code, a name missing or too
// long, STANDARD made inactive or a comp, a comp's price other than 0, a
// negative or malformed price, the rule out of range), UnknownPriceType,
// UnknownShow, UnknownZone (a ticket type of another venue), ShowCancelled,
// PermissionDenied.
class PriceTypeAdmin final
{
public:
    static Result<PriceTypeList> list(Database &db);
    // Adds or changes a price type; answers it as saved.
    static Result<PriceTypeEntry> save(Database &db, const PriceTypeFields &fields);
    // percent as typed ("50" or "33.5"); answers the list as it is after.
    static Result<PriceTypeList> setRule(Database &db, const QString &percent, int minutes);

    // Every ticket type of the show's venue × every price type, ordered by
    // the zone's price (highest first) then the price types' order.
    static Result<QList<ShowTypePrice>> showPrices(Database &db, int showId);
    // A show's price of a ticket type at a price type, as typed ("1000.00");
    // answers whether it changed.
    static Result<bool> setShowPrice(
        Database &db, int showId, const QString &ticketType, const QString &priceType, const QString &price);
    // The counter stops offering that price type for that ticket type of the
    // show (not STANDARD). Answers whether there was a price to remove.
    static Result<bool> removeShowPrice(Database &db, int showId, const QString &ticketType, const QString &priceType);
};

} // namespace boxoffice
