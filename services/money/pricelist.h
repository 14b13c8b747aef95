#pragma once

#include "db/result.h"
#include "money/money.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace boxoffice {

class Database;

// A price type (table price_type, 0018_money.sql), as list_price_types says.
struct PriceTypeInfo
{
    QString code; // "STANDARD", "THAI", "COMP"
    QString nameEn;
    QString nameTh;
    bool comp = false;
    int sortOrder = 0;
    bool active = true;

    // The name in the application's language (Thai when it runs in Thai).
    QString name() const;
};

// Why a line needs a supervisor's approval (show_price_list's "approval").
enum class PriceApproval : quint8 { None, Comp, Discount };

// What a show sells one ticket type at, at one price type (the counter's
// view; the back office's editable row is admin/showadmin.h's ShowPrice).
struct PriceListEntry
{
    QString ticketType;
    QString zone;
    QString priceType;
    Money price;
    PriceApproval approval = PriceApproval::None;
};

// What the counter may sell for a show (show_price_list in
// functions/pricing.sql) with the price types' names (list_price_types): the
// cart offers these, and shows their prices; the database prices the sale.
struct PriceList
{
    int showId = 0;
    QList<PriceListEntry> prices; // dearest ticket type first, then price type order
    QList<PriceTypeInfo> types;

    // The price of a ticket type at a price type; none: not sold.
    std::optional<PriceListEntry> find(const QString &ticketType, const QString &priceType) const;
    // The price types a ticket type is sold at, in their order (STANDARD among them).
    QList<PriceListEntry> forTicketType(const QString &ticketType) const;
    // The name of a price type by its code; the code itself when unknown.
    QString typeName(const QString &code) const;
    bool isEmpty() const { return prices.isEmpty(); }
};

class PriceLists final
{
public:
    static Result<QList<PriceTypeInfo>> priceTypes(Database &db);
    // The show's list with the names: two calls, one answer.
    static Result<PriceList> showPriceList(Database &db, int showId);
};

} // namespace boxoffice
