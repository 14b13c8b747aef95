#include "admin/countersessions.h"

#include "db/database.h"
#include "db/jsoncall.h"

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

CounterRef counterOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return CounterRef {o.value(QLatin1String("id")).toInt(), o.value(QLatin1String("name")).toString()};
}

} // namespace

Result<CounterRef> CounterSessions::registerCounter(Database &ownerOrManager, const QUuid &device, const QString &name)
{
    if (device.isNull())
        return ServiceError::make(ErrorCode::InvalidRequest, QStringLiteral("no device id"));
    Result<QJsonObject> answer = callChecked(
        ownerOrManager, QStringLiteral("SELECT boxoffice.register_counter(?::uuid, ?)"), {uuidText(device), name});
    if (!answer)
        return answer.error();
    return counterOf(answer->value(QLatin1String("counter")));
}

Result<CounterSession> CounterSessions::open(Database &staff, const QUuid &device, const QUuid &instance)
{
    if (device.isNull() || instance.isNull())
        return ServiceError::make(ErrorCode::InvalidRequest, QStringLiteral("no device or instance id"));
    Result<QJsonObject> answer
        = callChecked(staff, QStringLiteral("SELECT boxoffice.open_counter_session(?::uuid, ?::uuid)"),
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
        = callChecked(staff, QStringLiteral("SELECT boxoffice.close_counter_session(?::uuid)"), {uuidOrNull(instance)});
    if (!answer)
        return answer.error();
    return Done {};
}

Result<QList<OpenCounterSession>> CounterSessions::openSessions(Database &supervisor)
{
    Result<QJsonObject> answer = callChecked(supervisor, QStringLiteral("SELECT boxoffice.counter_sessions()"), {});
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
    Result<QJsonObject> answer = callChecked(
        supervisor, QStringLiteral("SELECT boxoffice.close_stale_counter_session(?, ?)"), {counterId, reason});
    if (!answer)
        return answer.error();
    return answer->value(QLatin1String("closed")).toBool();
}

Result<Done> CounterSessions::rename(Database &manager, int counterId, const QString &name)
{
    Result<QJsonObject> answer
        = callChecked(manager, QStringLiteral("SELECT boxoffice.rename_counter(?, ?)"), {counterId, name});
    if (!answer)
        return answer.error();
    return Done {};
}

} // namespace boxoffice
