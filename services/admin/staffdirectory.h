#pragma once

#include "db/result.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace boxoffice {

class Database;

// What a staff member may do; each includes the one before.
// Gate: door staff, who only admit tickets (issue 13, docs/GATE.md); not in
// the clerk < supervisor < manager chain.
enum class StaffRole { Clerk, Supervisor, Manager, Gate };
// "clerk", "supervisor", "manager", "gate" (the database's names).
QString staffRoleName(StaffRole role);
std::optional<StaffRole> staffRoleFromName(QStringView name);

struct StaffMember
{
    int id = 0;
    QString username;
    QString displayName;
    StaffRole role = StaffRole::Clerk;
    // A new account or a reset password: the staff member chooses a new
    // one before going on (StaffAdmin::changeOwnPassword).
    bool mustChangePassword = false;
};

// The staff who may sign in at a counter. (Passwords and database roles
// come with the staff-and-roles work.)
class StaffDirectory final
{
public:
    static Result<QList<StaffMember>> activeStaff(Database &db);

    // PBKDF2-HMAC-SHA256 (QPasswordDigestor), random salt:
    // "pbkdf2-sha256$<iterations>$<salt>$<key>" (base64).
    static QString hashPassword(const QString &password, int iterations = DefaultIterations);
    static bool verifyPassword(const QString &password, const QString &stored);
    static Result<Done> setPassword(Database &db, const QString &username, const QString &password);
    // Checks the password; after maxFailures wrong ones in a row the account
    // is locked for lockMinutes (LockedOut, whose message says in how many
    // minutes it can try again). Unknown user and wrong password are the same
    // answer (SignInFailed). The member's mustChangePassword says whether a
    // new password is due first.
    static Result<StaffMember> signIn(
        Database &db, const QString &username, const QString &password, int maxFailures = 5, int lockMinutes = 5);

    static constexpr int DefaultIterations = 120000;
};

} // namespace boxoffice
