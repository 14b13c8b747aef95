#pragma once

#include "db/result.h"
#include "money/money.h"
#include "sale/domain.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace boxoffice {

class Database;

// One row of boxoffice.audit_log, with the names its detail points at.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // the server's clock: the record of when it happened
    QString actor;
    QString actorName; // the actor's display name when the actor is a staff member's login
    QString dbUser;    // the database login that made the change (session_user)
    QString terminal;  // the counter that made the change, when one did
    QString action;    // force_unlock, set_sales_state, cancel_order, …
    QString reason;
    QJsonObject detail;
    int rows = 0;
    // Looked up from the detail ("show", "terminal") when they are ids.
    QString showTitle;
    QDateTime showStartsAt;
    QString targetTerminal;
    // Read from the detail where the action records them; nullopt when absent
    // or not readable (an old record stays listed, its raw detail shown).
    std::optional<SalesState> salesStateFrom; // set_sales_state
    std::optional<SalesState> salesStateTo;
    std::optional<Money> refund; // cancel_order
};

struct AuditPage
{
    QList<AuditEntry> entries; // newest first
    bool more = false;         // more rows match than the limit let through
};

// Reads the audit log (supervisors and managers may). Read-only; safe on any
// worker thread (each uses its thread's connection).
class AuditLog final
{
public:
    static constexpr int MaxLimit = 1000;

    struct Filter
    {
        QDateTime from;  // inclusive; invalid: no lower bound
        QDateTime to;    // exclusive; invalid: no upper bound
        QString actor;   // exact; empty: anyone
        QString action;  // exact; empty: any
        QString text;    // in the reason or the detail, case-insensitive; empty: anything
        int limit = 200; // capped to 1..MaxLimit
    };

    static Result<AuditPage> find(Database &db, const Filter &filter);
    // Someone on record: the login the log names and, if it is a staff
    // account's, that person's display name (empty otherwise: the owner,
    // a login since removed).
    struct Actor
    {
        QString login;
        QString displayName;
    };
    // The distinct actions and actors on record, for the filter choices;
    // actors in display-name order (logins without one last).
    static Result<QStringList> actions(Database &db);
    static Result<QList<Actor>> actors(Database &db);
};

} // namespace boxoffice
