#pragma once

#include "admin/staffdirectory.h"
#include "db/result.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace boxoffice {

class Database;

// A staff account as a manager sees it (never its password hash).
struct StaffAccount
{
    int id = 0;
    QString username;
    QString displayName;
    StaffRole role = StaffRole::Clerk;
    bool active = true;
    QDateTime lockedUntil; // invalid: not locked out now
    bool mustChangePassword = false;
    bool hasLogin = false; // a database login of the same name exists
};

// Staff management (issue 11), a manager's: the functions of
// resources/sql/functions/staff.sql. Synchronous, safe on any worker
// thread: call through Database::run. Who may do what is the database's to
// enforce (every change boxoffice_manager only; the list supervisors too),
// PermissionDenied below that. Accounts are named by user name. Passwords
// never leave this side: the sign-in's PBKDF2 hash and the login's SCRAM
// verifier are made here, so password strength is checked here too.
//
// Errors of the changes: InvalidValue (field username: missing, too_long
// max 32, malformed — lower-case letters, digits, '_', '.', '-', starting
// with a letter; display_name: missing, too_long max 100, malformed; role),
// NameTaken (the user name is an account or a role on the server already),
// UnknownStaff, LastManager (deactivating or demoting the last active
// manager), WeakPassword (fewer than MinPasswordLength characters, or the
// user name). A refused change changes nothing.
class StaffAdmin final
{
public:
    static constexpr int MinPasswordLength = 8;

    // Every account, active or not, by user name.
    static Result<QList<StaffAccount>> accounts(Database &db);

    // WeakPassword unless the password is good enough for this user name.
    static Result<Done> checkPassword(const QString &username, const QString &password);

    // The answers: whether anything changed (false: it was so already).
    // A new account must change its password at the first sign-in.
    static Result<bool> addStaff(
        Database &db, const QString &username, const QString &displayName, StaffRole role, const QString &password);
    static Result<bool> setDisplayName(Database &db, const QString &username, const QString &displayName);
    // The login moves to the new role's group.
    static Result<bool> setRole(Database &db, const QString &username, StaffRole role);
    // Inactive: the login cannot log in (NOLOGIN), nor sign in at a counter.
    static Result<bool> setActive(Database &db, const QString &username, bool active);
    // The staff member must change it at the next sign-in; ends a lock-out.
    static Result<bool> resetPassword(Database &db, const QString &username, const QString &password);
    static Result<bool> unlock(Database &db, const QString &username);

    // The signed-in staff member's own new password, on their own login's
    // connection (ownLogin): the database takes whose it is from the
    // session, username only names the verifier (and is checked against the
    // password's strength).
    static Result<Done> changeOwnPassword(Database &ownLogin, const QString &username, const QString &password);

    // The first start on a database without demo data, on the owner's
    // connection: is there an active manager; if not, the first one's
    // account (with the password they chose; PermissionDenied once a
    // manager exists).
    static Result<bool> hasActiveManager(Database &owner);
    static Result<Done> addFirstManager(
        Database &owner, const QString &username, const QString &displayName, const QString &password);
};

} // namespace boxoffice
