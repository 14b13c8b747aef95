#include "admin/staffadmin.h"

#include "db/database.h"
#include "sale/domain.h"

#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

namespace boxoffice {

namespace {

// A change's answer: {"ok": true, "changed": …} or a refusal.
Result<bool> changed(const Result<QJsonObject> &answer)
{
    if (!answer)
        return answer.error();
    if (!answer->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(answer.value());
    return answer->value(QLatin1String("changed")).toBool();
}

struct Secret
{
    QString hash;
    QString verifier;
};

// What the database gets for a password: the sign-in's hash and the login's
// verifier (made with the login's name).
Result<Secret> secretOf(Database &db, const QString &username, const QString &password)
{
    if (Result<Done> strong = StaffAdmin::checkPassword(username, password); !strong)
        return strong.error();
    Result<QString> verifier = db.passwordVerifier(username, password);
    if (!verifier)
        return verifier.error();
    return Secret {StaffDirectory::hashPassword(password), verifier.value()};
}

} // namespace

Result<QList<StaffAccount>> StaffAdmin::accounts(Database &db)
{
    QList<StaffAccount> accounts;
    Result<Done> r = db.query(QStringLiteral("SELECT id, username, display_name, role, active, locked_until,"
                                             " must_change_password, has_login FROM boxoffice.staff_accounts()"),
        {}, [&accounts](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                const QString roleName = q.value(3).toString();
                const std::optional<StaffRole> role = staffRoleFromName(roleName);
                if (!role)
                    return unreadableAnswer(QStringLiteral("role"), roleName);
                StaffAccount a;
                a.id = q.value(0).toInt();
                a.username = q.value(1).toString();
                a.displayName = q.value(2).toString();
                a.role = *role;
                a.active = q.value(4).toBool();
                a.lockedUntil = q.value(5).isNull() ? QDateTime() : q.value(5).toDateTime();
                a.mustChangePassword = q.value(6).toBool();
                a.hasLogin = q.value(7).toBool();
                accounts << a;
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return accounts;
}

Result<Done> StaffAdmin::checkPassword(const QString &username, const QString &password)
{
    if (password.size() < MinPasswordLength
        || password.trimmed().compare(username.trimmed(), Qt::CaseInsensitive) == 0) {
        return ServiceError::fromJson(QJsonObject {
            {QStringLiteral("ok"), false},
            {QStringLiteral("code"), QStringLiteral("weak_password")},
            {QStringLiteral("min"), MinPasswordLength},
        });
    }
    return Done {};
}

Result<bool> StaffAdmin::addStaff(
    Database &db, const QString &username, const QString &displayName, StaffRole role, const QString &password)
{
    const QString user = username.trimmed();
    Result<Secret> secret = secretOf(db, user, password);
    if (!secret)
        return secret.error();
    return changed(db.callJson(QStringLiteral("SELECT boxoffice.add_staff(?, ?, ?, ?, ?)"),
        {user, displayName, staffRoleName(role), secret->hash, secret->verifier}));
}

Result<bool> StaffAdmin::setDisplayName(Database &db, const QString &username, const QString &displayName)
{
    return changed(db.callJson(
        QStringLiteral("SELECT boxoffice.set_staff_display_name(?, ?)"), {username.trimmed(), displayName}));
}

Result<bool> StaffAdmin::setRole(Database &db, const QString &username, StaffRole role)
{
    return changed(db.callJson(
        QStringLiteral("SELECT boxoffice.set_staff_role(?, ?)"), {username.trimmed(), staffRoleName(role)}));
}

Result<bool> StaffAdmin::setActive(Database &db, const QString &username, bool active)
{
    return changed(
        db.callJson(QStringLiteral("SELECT boxoffice.set_staff_active(?, ?)"), {username.trimmed(), active}));
}

Result<bool> StaffAdmin::resetPassword(Database &db, const QString &username, const QString &password)
{
    const QString user = username.trimmed();
    Result<Secret> secret = secretOf(db, user, password);
    if (!secret)
        return secret.error();
    return changed(db.callJson(
        QStringLiteral("SELECT boxoffice.reset_staff_password(?, ?, ?)"), {user, secret->hash, secret->verifier}));
}

Result<bool> StaffAdmin::unlock(Database &db, const QString &username)
{
    return changed(db.callJson(QStringLiteral("SELECT boxoffice.unlock_staff(?)"), {username.trimmed()}));
}

Result<Done> StaffAdmin::changeOwnPassword(Database &ownLogin, const QString &username, const QString &password)
{
    Result<Secret> secret = secretOf(ownLogin, username.trimmed(), password);
    if (!secret)
        return secret.error();
    Result<bool> r = changed(ownLogin.callJson(
        QStringLiteral("SELECT boxoffice.change_own_password(?, ?)"), {secret->hash, secret->verifier}));
    if (!r)
        return r.error();
    return Done {};
}

Result<bool> StaffAdmin::hasActiveManager(Database &owner)
{
    bool has = false;
    Result<Done> r = owner.query(
        QStringLiteral("SELECT boxoffice.has_active_manager()"), {}, [&has](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                has = q.value(0).toBool();
            return Done {};
        });
    if (!r)
        return r.error();
    return has;
}

Result<Done> StaffAdmin::addFirstManager(
    Database &owner, const QString &username, const QString &displayName, const QString &password)
{
    const QString user = username.trimmed();
    Result<Secret> secret = secretOf(owner, user, password);
    if (!secret)
        return secret.error();
    Result<bool> r = changed(owner.callJson(QStringLiteral("SELECT boxoffice.add_first_manager(?, ?, ?, ?)"),
        {user, displayName, secret->hash, secret->verifier}));
    if (!r)
        return r.error();
    return Done {};
}

} // namespace boxoffice
