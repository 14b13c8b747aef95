#include "admin/showadmin.h"

#include "db/database.h"
#include "db/jsoncall.h"
#include "sale/domain.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUuid>
#include <QtSql/QSqlQuery>

namespace boxoffice {

namespace {

Result<ShowAdminEntry> entryFromJson(const QJsonObject &o)
{
    ShowAdminEntry e;
    e.id = o.value(QLatin1String("id")).toInt();
    e.venueId = o.value(QLatin1String("venue_id")).toInt();
    e.venue = o.value(QLatin1String("venue")).toString();
    e.timeZone = venueTimeZone(o.value(QLatin1String("time_zone")).toString());
    e.title = o.value(QLatin1String("title")).toString();
    e.subtitle = o.value(QLatin1String("subtitle")).toString();
    e.startsAt = QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("starts_epoch")).toInteger(), e.timeZone);
    e.localStart = o.value(QLatin1String("starts_at")).toString();
    e.localDoors = o.value(QLatin1String("doors_at")).toString();
    e.localSalesOpen = o.value(QLatin1String("sales_open_at")).toString();
    e.localSalesClose = o.value(QLatin1String("sales_close_at")).toString();
    e.state = o.value(QLatin1String("state")).toString();
    e.cancelReason = o.value(QLatin1String("cancel_reason")).toString();
    e.passOut = o.value(QLatin1String("pass_out")).toBool();
    e.sold = o.value(QLatin1String("sold")).toInt();
    const QJsonObject prices = o.value(QLatin1String("prices")).toObject();
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        const std::optional<Money> price = Money::fromDecimal(it.value().toString());
        if (!price)
            return unreadableAnswer(QStringLiteral("show price"), it.value().toString());
        e.prices.insert(it.key(), *price);
    }
    return e;
}

void putFields(QJsonObject &request, const ShowFields &f)
{
    const auto put = [&request](const char *key, const std::optional<QString> &value) {
        if (value)
            request.insert(QLatin1String(key), *value);
    };
    put("title", f.title);
    put("subtitle", f.subtitle);
    put("starts_at", f.startsAt);
    put("doors_at", f.doorsAt);
    put("sales_open_at", f.salesOpenAt);
    put("sales_close_at", f.salesCloseAt);
}

Result<QList<RefundEntry>> refundsFromJson(const QJsonArray &orders)
{
    QList<RefundEntry> list;
    for (const auto &v : orders) {
        const QJsonObject o = v.toObject();
        RefundEntry e;
        e.orderId = o.value(QLatin1String("order_id")).toInteger();
        e.customerName = o.value(QLatin1String("customer_name")).toString();
        e.customerPhone = o.value(QLatin1String("customer_phone")).toString();
        e.status = o.value(QLatin1String("status")).toString();
        for (const auto &s : o.value(QLatin1String("seats")).toArray())
            e.seats << s.toString();
        const std::optional<Money> total = Money::fromDecimal(o.value(QLatin1String("total")).toString());
        if (!total)
            return unreadableAnswer(QStringLiteral("order total"), o.value(QLatin1String("total")).toString());
        e.total = *total;
        list << e;
    }
    return list;
}

QJsonObject scheduleRequest(const WeeklySchedule &s)
{
    QJsonArray days;
    for (int d : s.weekdays)
        days << d;
    QJsonObject request {{QStringLiteral("venue_id"), s.venueId}, {QStringLiteral("weekdays"), days},
        {QStringLiteral("time"), s.time}, {QStringLiteral("weeks"), s.weeks}, {QStringLiteral("title"), s.title},
        {QStringLiteral("subtitle"), s.subtitle}};
    if (s.firstDate.isValid())
        request.insert(QStringLiteral("first_date"), s.firstDate.toString(Qt::ISODate));
    return request;
}

QList<ScheduledDate> datesFromJson(const QJsonArray &dates)
{
    QList<ScheduledDate> list;
    for (const auto &v : dates) {
        const QJsonObject o = v.toObject();
        list << ScheduledDate {o.value(QLatin1String("date")).toString(),
            o.value(QLatin1String("starts_at")).toString(),
            QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("starts_epoch")).toInteger(), QTimeZone::utc()),
            o.value(QLatin1String("status")).toString() == QLatin1String("new"),
            o.value(QLatin1String("existing_show")).toInt()};
    }
    return list;
}

} // namespace

Result<QList<ShowAdminEntry>> ShowAdmin::shows(Database &db, int venueId)
{
    Result<QJsonObject> r = db.callJson(QStringLiteral("SELECT boxoffice.list_shows(?)"),
        {venueId > 0 ? QVariant(venueId) : QVariant(QMetaType::fromType<int>())});
    if (!r)
        return r.error();
    QList<ShowAdminEntry> list;
    for (const auto &v : r->value(QLatin1String("shows")).toArray()) {
        Result<ShowAdminEntry> e = entryFromJson(v.toObject());
        if (!e)
            return e.error();
        list << e.value();
    }
    return list;
}

Result<ShowAdminEntry> ShowAdmin::show(Database &db, int showId)
{
    Result<QJsonObject> r = db.callJson(QStringLiteral("SELECT boxoffice.list_shows(NULL, '-infinity')"), {});
    if (!r)
        return r.error();
    for (const auto &v : r->value(QLatin1String("shows")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toInt() == showId)
            return entryFromJson(v.toObject());
    }
    return ServiceError::make(ErrorCode::UnknownShow);
}

Result<ShowAdminEntry> ShowAdmin::create(Database &db, int venueId, const ShowFields &fields)
{
    QJsonObject request {{QStringLiteral("venue_id"), venueId}};
    putFields(request, fields);
    Result<QJsonObject> r = callFunction(db, QStringLiteral("create_show"), request);
    if (!r)
        return r.error();
    return entryFromJson(r->value(QLatin1String("show")).toObject());
}

Result<ShowAdminEntry> ShowAdmin::edit(Database &db, int showId, const ShowFields &fields)
{
    QJsonObject request {{QStringLiteral("show_id"), showId}};
    putFields(request, fields);
    Result<QJsonObject> r = callFunction(db, QStringLiteral("edit_show"), request);
    if (!r)
        return r.error();
    return entryFromJson(r->value(QLatin1String("show")).toObject());
}

Result<QList<RefundEntry>> ShowAdmin::cancel(Database &db, int showId, const QString &reason)
{
    Result<QJsonObject> r = callFunction(
        db, QStringLiteral("cancel_show"), {{QStringLiteral("show_id"), showId}, {QStringLiteral("reason"), reason}});
    if (!r)
        return r.error();
    return refundsFromJson(r->value(QLatin1String("orders")).toArray());
}

Result<QList<RefundEntry>> ShowAdmin::refunds(Database &db, int showId)
{
    Result<QJsonObject> r = db.callJson(QStringLiteral("SELECT boxoffice.show_refunds(?)"), {showId});
    if (!r)
        return r.error();
    if (!r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    return refundsFromJson(r->value(QLatin1String("orders")).toArray());
}

Result<Money> ShowAdmin::refund(Database &db, qint64 orderId, const QString &reason, int terminalId)
{
    QJsonObject request {{QStringLiteral("order_id"), orderId}, {QStringLiteral("reason"), reason}};
    if (terminalId > 0)
        request.insert(QStringLiteral("terminal_id"), terminalId);
    Result<QJsonObject> r = callFunction(db, QStringLiteral("cancel_order"), request);
    if (!r)
        return r.error();
    if (r->value(QLatin1String("already")).toBool())
        return Money::fromSatang(0);
    const std::optional<Money> refund = Money::fromDecimal(r->value(QLatin1String("refund")).toString());
    if (!refund)
        return unreadableAnswer(QStringLiteral("refund"), r->value(QLatin1String("refund")).toString());
    return *refund;
}

Result<QList<ScheduledDate>> ShowAdmin::previewSchedule(Database &db, const WeeklySchedule &schedule)
{
    Result<QJsonObject> r = callFunction(db, QStringLiteral("preview_schedule"), scheduleRequest(schedule));
    if (!r)
        return r.error();
    return datesFromJson(r->value(QLatin1String("dates")).toArray());
}

Result<ScheduleResult> ShowAdmin::createSchedule(Database &db, const WeeklySchedule &schedule)
{
    Result<QJsonObject> r = callFunction(db, QStringLiteral("create_schedule"), scheduleRequest(schedule));
    if (!r)
        return r.error();
    ScheduleResult result;
    result.created = r->value(QLatin1String("created")).toInt();
    result.skipped = r->value(QLatin1String("skipped")).toInt();
    for (const auto &v : r->value(QLatin1String("shows")).toArray())
        result.shows << v.toInt();
    result.dates = datesFromJson(r->value(QLatin1String("dates")).toArray());
    return result;
}

std::optional<QList<int>> ShowAdmin::parseWeekdays(const QString &text)
{
    static const QStringList names {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
        QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        bool number = false;
        const int n = p.toInt(&number);
        int day = number ? n : int(names.indexOf(p.left(3))) + 1;
        if (!number && p.size() < 3)
            day = 0;
        if (day < 1 || day > 7)
            return std::nullopt;
        if (!days.contains(day))
            days << day;
    }
    if (days.isEmpty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
    return days;
}

Result<QList<ShowPrice>> ShowAdmin::prices(Database &db, int showId)
{
    QList<ShowPrice> list;
    bool found = false;
    Result<Done> r = db.query(
        QStringLiteral("SELECT z.id, z.ticket_type, z.name, coalesce(sp.price, z.price)::text, z.price::text"
                       "  FROM boxoffice.show sh JOIN boxoffice.zone z ON z.venue_id = sh.venue_id"
                       "  LEFT JOIN boxoffice.show_price sp ON sp.show_id = sh.id AND sp.zone_id = z.id"
                       "    AND sp.price_type_id = (SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD')"
                       " WHERE sh.id = ? ORDER BY z.price DESC, z.id"),
        {showId}, [&](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                found = true;
                const std::optional<Money> price = Money::fromDecimal(q.value(3).toString());
                const std::optional<Money> venuePrice = Money::fromDecimal(q.value(4).toString());
                if (!price || !venuePrice)
                    return unreadableAnswer(QStringLiteral("show_price.price"), q.value(3).toString());
                list << ShowPrice {
                    q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), *price, *venuePrice};
            }
            return Done {};
        });
    if (!r)
        return r.error();
    if (!found)
        return ServiceError::make(ErrorCode::UnknownShow);
    return list;
}

Result<bool> ShowAdmin::setPrice(Database &db, int showId, const QString &ticketType, Money price)
{
    return setPriceText(db, showId, ticketType, price.toDecimal());
}

Result<bool> ShowAdmin::setPriceText(Database &db, int showId, const QString &ticketType, const QString &price)
{
    Result<QJsonObject> r = callFunction(db, QStringLiteral("set_show_price"),
        {{QStringLiteral("show_id"), showId}, {QStringLiteral("ticket_type"), ticketType},
            {QStringLiteral("price"), price}});
    if (!r)
        return r.error();
    return r->value(QLatin1String("changed")).toBool();
}

Result<QStringList> ShowAdmin::copyPrices(Database &db, int fromShowId, int toShowId)
{
    Result<QJsonObject> r = callFunction(db, QStringLiteral("copy_show_prices"),
        {{QStringLiteral("from_show_id"), fromShowId}, {QStringLiteral("to_show_id"), toShowId}});
    if (!r)
        return r.error();
    QStringList missing;
    for (const auto &v : r->value(QLatin1String("missing")).toArray())
        missing << v.toString();
    return missing;
}

} // namespace boxoffice
