#include "db/jsoncall.h"

#include "db/database.h"

#include <QtCore/QJsonDocument>

#include <cmath>

namespace boxoffice {

QString jsonText(const QJsonObject &document)
{
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> callChecked(Database &db, const QString &sql, const QVariantList &args)
{
    Result<QJsonObject> answer = db.callJson(sql, args);
    if (!answer)
        return answer.error();
    if (!answer->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(answer.value());
    return answer;
}

Result<QJsonObject> callFunction(Database &db, const QString &function, const QJsonObject &request)
{
    return callChecked(db, QStringLiteral("SELECT boxoffice.%1(?::jsonb)").arg(function), {jsonText(request)});
}

QVariant epochOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(double(t.toMSecsSinceEpoch()) / 1000.0) : QVariant(QMetaType::fromType<double>());
}

QDateTime fromEpoch(const QJsonValue &seconds)
{
    if (!seconds.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds.toDouble() * 1000.0), Qt::UTC);
}

QDateTime fromEpoch(const QVariant &seconds)
{
    if (seconds.isNull() || !seconds.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds.toDouble() * 1000.0), Qt::UTC);
}

QJsonValue nullableId(int id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonArray idArray(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

} // namespace boxoffice
