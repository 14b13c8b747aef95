#include "admin/venuesettings.h"

#include "db/database.h"

#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

namespace boxoffice {

Result<QList<VenueSettingsEntry>> VenueSettings::venues(Database &db)
{
    QList<VenueSettingsEntry> venues;
    Result<Done> r = db.query(
        QStringLiteral("SELECT id, name, time_zone, coalesce(promptpay_id, '') FROM boxoffice.venue ORDER BY name, id"),
        {}, [&venues](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                venues << VenueSettingsEntry {
                    q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
            return Done {};
        });
    if (!r)
        return r.error();
    return venues;
}

Result<QString> VenueSettings::setPromptPayId(Database &db, int venueId, const QString &id)
{
    Result<QJsonObject> r
        = db.callJson(QStringLiteral("SELECT boxoffice.set_venue_promptpay_id(?, ?)"), {venueId, id.trimmed()});
    if (!r)
        return r.error();
    if (!r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    return r->value(QLatin1String("promptpay_id")).toString();
}

} // namespace boxoffice
