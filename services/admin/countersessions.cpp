#include "admin/countersessions.h"

#include "db/database.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace boxoffice {

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidText(id));
}

QDateTime fromEpoch(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000.0), Qt::UTC);
}

CounterRef counterOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return CounterRef {o.value(QLatin1String("id")).toInt(), o.value(QLatin1String("name")).toString()};
}

// The answer of a function that says {"ok": …}: refusals become errors.
Result<QJsonObject> call(Database &db, const QString &sql, const QVariantList &args)
{
    Result<QJsonObject> answer = db.callJson(sql, args);
    if (!answer)
        return answer.error();
    if (!answer->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(answer.value());
    return answer;
}

} // namespace

Result<CounterRef> CounterSessions::registerCounter(Database &ownerOrManager, const QUuid &device, const QString &name)
{
    if (device.isNull())
        return ServiceError::make(ErrorCode::InvalidRequest, QStringLiteral("no device id"));
    Result<QJsonObject> answer = call(
        ownerOrManager, QStringLiteral("SELECT boxoffice.register_counter(?::uuid, ?)"), {uuidText(device), name});
    if (!answer)
        return answer.error();
    return counterOf(answer->value(QLatin1String("counter")));
}

Result<CounterSession> CounterSessions::open(Database &staff, const QUuid &device, const QUuid &instance)
{
    if (device.isNull() || instance.isNull())
        return ServiceError::make(ErrorCode::InvalidRequest, QStringLiteral("no device or instance id"));
    Result<QJsonObject> answer = call(staff, QStringLiteral("SELECT boxoffice.open_counter_session(?::uuid, ?::uuid)"),
        {uuidText(device), uuidText(instance)});
    if (!answer)
        return answer.error();
    CounterSession session;
    session.id = answer->value(QLatin1String("session")).toInteger();
    session.counter = counterOf(answer->value(QLatin1String("counter")));
    session.openedAt = fromEpoch(answer->value(QLatin1String("opened_at")));
    return session;
}

Result<Done> CounterSessions::close(Database &staff, const QUuid &instance)
{
    Result<QJsonObject> answer
        = call(staff, QStringLiteral("SELECT boxoffice.close_counter_session(?::uuid)"), {uuidOrNull(instance)});
    if (!answer)
        return answer.error();
    return Done {};
}

Result<QList<OpenCounterSession>> CounterSessions::openSessions(Database &supervisor)
{
    Result<QJsonObject> answer = call(supervisor, QStringLiteral("SELECT boxoffice.counter_sessions()"), {});
    if (!answer)
        return answer.error();
    QList<OpenCounterSession> sessions;
    for (const auto &v : answer->value(QLatin1String("sessions")).toArray()) {
        const QJsonObject o = v.toObject();
        OpenCounterSession s;
        s.session = o.value(QLatin1String("session")).toInteger();
        s.counter
            = CounterRef {o.value(QLatin1String("counter_id")).toInt(), o.value(QLatin1String("counter")).toString()};
        s.login = o.value(QLatin1String("login")).toString();
        s.displayName = o.value(QLatin1String("display_name")).toString();
        s.openedAt = fromEpoch(o.value(QLatin1String("opened_at")));
        s.lastSeen = fromEpoch(o.value(QLatin1String("last_seen")));
        s.stale = o.value(QLatin1String("stale")).toBool();
        sessions << s;
    }
    return sessions;
}

Result<bool> CounterSessions::closeStale(Database &supervisor, int counterId, const QString &reason)
{
    Result<QJsonObject> answer
        = call(supervisor, QStringLiteral("SELECT boxoffice.close_stale_counter_session(?, ?)"), {counterId, reason});
    if (!answer)
        return answer.error();
    return answer->value(QLatin1String("closed")).toBool();
}

Result<Done> CounterSessions::rename(Database &manager, int counterId, const QString &name)
{
    Result<QJsonObject> answer
        = call(manager, QStringLiteral("SELECT boxoffice.rename_counter(?, ?)"), {counterId, name});
    if (!answer)
        return answer.error();
    return Done {};
}

} // namespace boxoffice
