#include "admin/pricetypeadmin.h"

#include "db/database.h"
#include "db/jsoncall.h"
#include "sale/domain.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

namespace boxoffice {

namespace {

Result<QJsonObject> callRequest(Database &db, const QString &function, const QJsonObject &request)
{
    return callChecked(db, QStringLiteral("SELECT boxoffice.%1(?::jsonb)").arg(function), {jsonText(request)});
}

PriceTypeEntry typeFromJson(const QJsonObject &o)
{
    PriceTypeEntry e;
    e.id = o.value(QLatin1String("id")).toInt();
    e.code = o.value(QLatin1String("code")).toString();
    e.nameEn = o.value(QLatin1String("name_en")).toString();
    e.nameTh = o.value(QLatin1String("name_th")).toString();
    e.isComp = o.value(QLatin1String("is_comp")).toBool();
    e.sortOrder = o.value(QLatin1String("sort_order")).toInt();
    e.active = o.value(QLatin1String("active")).toBool();
    return e;
}

PriceTypeList listFromJson(const QJsonObject &o)
{
    PriceTypeList list;
    for (const auto &v : o.value(QLatin1String("price_types")).toArray())
        list.types << typeFromJson(v.toObject());
    list.approvalBelowPercent = o.value(QLatin1String("approval_below_percent")).toString();
    list.approvalMinutes = o.value(QLatin1String("approval_minutes")).toInt();
    return list;
}

} // namespace

Result<PriceTypeList> PriceTypeAdmin::list(Database &db)
{
    Result<QJsonObject> r = callChecked(db, QStringLiteral("SELECT boxoffice.list_price_types()"), {});
    if (!r)
        return r.error();
    return listFromJson(*r);
}

Result<PriceTypeEntry> PriceTypeAdmin::save(Database &db, const PriceTypeFields &fields)
{
    QJsonObject request {{QStringLiteral("code"), fields.code}};
    if (fields.nameEn)
        request.insert(QStringLiteral("name_en"), *fields.nameEn);
    if (fields.nameTh)
        request.insert(QStringLiteral("name_th"), *fields.nameTh);
    if (fields.isComp)
        request.insert(QStringLiteral("is_comp"), *fields.isComp);
    if (fields.sortOrder)
        request.insert(QStringLiteral("sort_order"), *fields.sortOrder);
    if (fields.active)
        request.insert(QStringLiteral("active"), *fields.active);
    Result<QJsonObject> r = callRequest(db, QStringLiteral("save_price_type"), request);
    if (!r)
        return r.error();
    return typeFromJson(r->value(QLatin1String("price_type")).toObject());
}

Result<PriceTypeList> PriceTypeAdmin::setRule(Database &db, const QString &percent, int minutes)
{
    Result<QJsonObject> r = callRequest(db, QStringLiteral("set_pricing_rule"),
        {{QStringLiteral("approval_below_percent"), percent}, {QStringLiteral("approval_minutes"), minutes}});
    if (!r)
        return r.error();
    return listFromJson(*r);
}

Result<QList<ShowTypePrice>> PriceTypeAdmin::showPrices(Database &db, int showId)
{
    QList<ShowTypePrice> list;
    bool found = false;
    Result<Done> r = db.query(
        QStringLiteral("SELECT z.id, z.ticket_type, z.name, pt.code,"
                       "       CASE WHEN pt.code = 'STANDARD' THEN coalesce(sp.price, z.price) ELSE sp.price END::text"
                       "  FROM boxoffice.show sh JOIN boxoffice.zone z ON z.venue_id = sh.venue_id"
                       " CROSS JOIN boxoffice.price_type pt"
                       "  LEFT JOIN boxoffice.show_price sp ON sp.show_id = sh.id AND sp.zone_id = z.id"
                       "    AND sp.price_type_id = pt.id"
                       " WHERE sh.id = ? ORDER BY z.price DESC, z.id, pt.sort_order, pt.code"),
        {showId}, [&](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                found = true;
                ShowTypePrice p {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), std::nullopt};
                if (!q.value(4).isNull()) {
                    p.price = Money::fromDecimal(q.value(4).toString());
                    if (!p.price)
                        return unreadableAnswer(QStringLiteral("show_price.price"), q.value(4).toString());
                }
                list << p;
            }
            return Done {};
        });
    if (!r)
        return r.error();
    if (!found)
        return ServiceError::make(ErrorCode::UnknownShow);
    return list;
}

Result<bool> PriceTypeAdmin::setShowPrice(
    Database &db, int showId, const QString &ticketType, const QString &priceType, const QString &price)
{
    Result<QJsonObject> r = callRequest(db, QStringLiteral("set_show_price"),
        {{QStringLiteral("show_id"), showId}, {QStringLiteral("ticket_type"), ticketType},
            {QStringLiteral("price_type"), priceType}, {QStringLiteral("price"), price}});
    if (!r)
        return r.error();
    return r->value(QLatin1String("changed")).toBool();
}

Result<bool> PriceTypeAdmin::removeShowPrice(
    Database &db, int showId, const QString &ticketType, const QString &priceType)
{
    Result<QJsonObject> r = callRequest(db, QStringLiteral("set_show_price"),
        {{QStringLiteral("show_id"), showId}, {QStringLiteral("ticket_type"), ticketType},
            {QStringLiteral("price_type"), priceType}, {QStringLiteral("price"), QJsonValue::Null}});
    if (!r)
        return r.error();
    return r->value(QLatin1String("changed")).toBool();
}

} // namespace boxoffice
