#include "money/approvals.h"

#include "db/database.h"
#include "sale/domain.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

#include <atomic>

namespace boxoffice {

namespace {

// libpq's words for a login the server refused (wrong password, no such
// role, no login allowed): SQLSTATE 28P01/28000 arrive only as text here.
bool isLoginRefused(const QString &detail)
{
    return detail.contains(QLatin1String("password authentication failed")) || detail.contains(QLatin1String("28P01"))
        || detail.contains(QLatin1String("28000"))
        || (detail.contains(QLatin1String("role")) && detail.contains(QLatin1String("does not exist")))
        || detail.contains(QLatin1String("not permitted to log in"));
}

} // namespace

Result<QJsonObject> Approvals::callAsSupervisor(
    const ConnectionConfig &server, const SupervisorLogin &login, const QString &sql, const QJsonObject &request)
{
    const QString user = login.username.trimmed();
    if (user.isEmpty() || login.password.isEmpty()) {
        ServiceError e = ServiceError::make(ErrorCode::SignInFailed, QStringLiteral("no user name or password"));
        e.message = QCoreApplication::translate("Approvals", "Type the supervisor's user name and password.");
        return e;
    }
    ConnectionConfig config = server;
    config.set(QStringLiteral("user"), user);
    config.set(QStringLiteral("password"), login.password);
    static std::atomic<int> serial {0};
    Database supervisor(config, QStringLiteral("approval-%1").arg(++serial), 1);
    supervisor.setReconnectBudget(std::chrono::milliseconds(0));
    if (Result<Done> ping = supervisor.ping(); !ping) {
        if (!isLoginRefused(ping.error().detail))
            return ping.error();
        ServiceError e = ServiceError::make(ErrorCode::SignInFailed, ping.error().detail);
        e.message = QCoreApplication::translate("Approvals", "Wrong supervisor user name or password.");
        return e;
    }
    Result<QJsonObject> r
        = supervisor.callJson(sql, {QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
    supervisor.closeThreadConnection();
    if (!r) {
        if (r.code() == ErrorCode::PermissionDenied) {
            ServiceError e = r.error();
            e.message = QCoreApplication::translate("Approvals",
                "%1 is not a supervisor: only a supervisor or a "
                "manager can approve.")
                            .arg(user);
            return e;
        }
        return r.error();
    }
    if (!r->value(QLatin1String("ok")).toBool()) {
        ServiceError e = ServiceError::fromJson(r.value());
        if (e.code == ErrorCode::PermissionDenied)
            e.message = QCoreApplication::translate("Approvals",
                "%1 is not a supervisor: only a supervisor or a "
                "manager can approve.")
                            .arg(user);
        return e;
    }
    return r;
}

Result<Approval> Approvals::approvePrice(
    const ConnectionConfig &server, const SupervisorLogin &login, int terminalId, const QString &reason)
{
    const QJsonObject request {
        {QStringLiteral("terminal_id"), terminalId},
        {QStringLiteral("reason"), reason.trimmed()},
    };
    Result<QJsonObject> r
        = callAsSupervisor(server, login, QStringLiteral("SELECT boxoffice.approve_price(?::jsonb)"), request);
    if (!r)
        return r.error();
    Approval a;
    const QString token = r->value(QLatin1String("approval")).toString();
    a.token = QUuid::fromString(token);
    if (a.token.isNull())
        return unreadableAnswer(QStringLiteral("approval"), token);
    a.id = r->value(QLatin1String("approval_id")).toInteger();
    a.expiresAt = QDateTime::fromMSecsSinceEpoch(qint64(r->value(QLatin1String("expires_at")).toDouble() * 1000.0));
    a.approvedBy = r->value(QLatin1String("approved_by")).toString();
    return a;
}

} // namespace boxoffice
