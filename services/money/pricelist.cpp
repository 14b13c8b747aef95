#include "money/pricelist.h"

#include "db/database.h"
#include "db/jsoncall.h"
#include "sale/domain.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>

namespace boxoffice {

QString PriceTypeInfo::name() const
{
    // The translation loaded decides, as for every other text: a Thai
    // counter shows Thai names.
    const bool thai = QLocale().language() == QLocale::Thai;
    QString n = thai ? nameTh : nameEn;
    if (!n.isEmpty())
        return n;
    return nameEn.isEmpty() ? code : nameEn;
}

std::optional<PriceListEntry> PriceList::find(const QString &ticketType, const QString &priceType) const
{
    const QString code = priceType.isEmpty() ? QStringLiteral("STANDARD") : priceType;
    for (const PriceListEntry &p : prices) {
        if (p.ticketType == ticketType && p.priceType == code)
            return p;
    }
    return std::nullopt;
}

QList<PriceListEntry> PriceList::forTicketType(const QString &ticketType) const
{
    QList<PriceListEntry> list;
    for (const PriceListEntry &p : prices) {
        if (p.ticketType == ticketType)
            list << p;
    }
    return list;
}

QString PriceList::typeName(const QString &code) const
{
    QString c = code.isEmpty() ? QStringLiteral("STANDARD") : code;
    for (const PriceTypeInfo &t : types) {
        if (t.code == c)
            return t.name();
    }
    return c;
}

Result<QList<PriceTypeInfo>> PriceLists::priceTypes(Database &db)
{
    Result<QJsonObject> r = callChecked(db, QStringLiteral("SELECT boxoffice.list_price_types()"), {});
    if (!r)
        return r.error();
    QList<PriceTypeInfo> list;
    const QJsonArray entries = r->value(QLatin1String("price_types")).toArray();
    for (const auto &v : entries) {
        const QJsonObject o = v.toObject();
        PriceTypeInfo t;
        t.code = o.value(QLatin1String("code")).toString();
        t.nameEn = o.value(QLatin1String("name_en")).toString();
        t.nameTh = o.value(QLatin1String("name_th")).toString();
        t.comp = o.value(QLatin1String("is_comp")).toBool();
        t.sortOrder = o.value(QLatin1String("sort_order")).toInt();
        t.active = o.value(QLatin1String("active")).toBool(true);
        if (t.code.isEmpty())
            return unreadableAnswer(QStringLiteral("code"), QString());
        list << t;
    }
    return list;
}

Result<PriceList> PriceLists::showPriceList(Database &db, int showId)
{
    Result<QList<PriceTypeInfo>> types = priceTypes(db);
    if (!types)
        return types.error();
    Result<QJsonObject> r = callChecked(db, QStringLiteral("SELECT boxoffice.show_price_list(?)"), {showId});
    if (!r)
        return r.error();
    PriceList list;
    list.showId = showId;
    list.types = types.value();
    const QJsonArray entries = r->value(QLatin1String("prices")).toArray();
    for (const auto &v : entries) {
        const QJsonObject o = v.toObject();
        PriceListEntry p;
        p.ticketType = o.value(QLatin1String("ticket_type")).toString();
        p.zone = o.value(QLatin1String("zone")).toString();
        p.priceType = o.value(QLatin1String("price_type")).toString();
        Result<Money> price = moneyFromJson(o.value(QLatin1String("price")), QStringLiteral("price"));
        if (!price)
            return price.error();
        p.price = price.value();
        const QJsonValue approval = o.value(QLatin1String("approval"));
        if (approval.isString()) {
            if (approval.toString() == QLatin1String("comp"))
                p.approval = PriceApproval::Comp;
            else if (approval.toString() == QLatin1String("discount"))
                p.approval = PriceApproval::Discount;
            else
                return unreadableAnswer(QStringLiteral("approval"), approval.toString());
        }
        list.prices << p;
    }
    return list;
}

} // namespace boxoffice
