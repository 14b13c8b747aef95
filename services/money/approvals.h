#pragma once

#include "db/connectionconfig.h"
#include "db/result.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QUuid>

namespace boxoffice {

// Who approves, as they typed it at the counter: their own database login.
struct SupervisorLogin
{
    QString username;
    QString password;
};

// A supervisor's approval (table price_approval, 0019_pricetypes.sql): good
// for one sale at the counter it was given for, until it expires.
struct Approval
{
    QUuid token;
    qint64 id = 0;
    QDateTime expiresAt; // the PC's clock
    QString approvedBy;  // display name
};

// A supervisor approves at a counter by signing in there for one call: a
// short-lived connection of its own, as the supervisor's login (the database
// checks their password and their role), closed at once. The counter's own
// connection stays the clerk's. Blocking: call on a worker thread.
class Approvals final
{
public:
    // approve_price (functions/pricing.sql) for a comp or a discount at
    // terminalId. A wrong user name or password: SignInFailed; not a
    // supervisor: PermissionDenied; no reason: InvalidValue. Nothing is
    // recorded then.
    static Result<Approval> approvePrice(
        const ConnectionConfig &server, const SupervisorLogin &login, int terminalId, const QString &reason);

    // Any approving function of the same shape ("SELECT boxoffice.f(?::jsonb)"
    // answering {"ok", …}) on the supervisor's login: for approvals of other
    // kinds (a return after the show's start).
    static Result<QJsonObject> callAsSupervisor(
        const ConnectionConfig &server, const SupervisorLogin &login, const QString &sql, const QJsonObject &request);
};

} // namespace boxoffice
