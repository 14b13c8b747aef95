#include "admin/staffdirectory.h"

#include "db/database.h"
#include "sale/domain.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QPasswordDigestor>
#include <QtSql/QSqlQuery>

namespace boxoffice {

QString staffRoleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Clerk:
        return QStringLiteral("clerk");
    case StaffRole::Supervisor:
        return QStringLiteral("supervisor");
    case StaffRole::Manager:
        return QStringLiteral("manager");
    case StaffRole::Gate:
        return QStringLiteral("gate");
    }
    return {};
}

std::optional<StaffRole> staffRoleFromName(QStringView name)
{
    for (const StaffRole r : {StaffRole::Clerk, StaffRole::Supervisor, StaffRole::Manager, StaffRole::Gate}) {
        if (name == staffRoleName(r))
            return r;
    }
    return std::nullopt;
}

namespace {

// The first four columns of a staff row: id, username, display_name, role.
Result<StaffMember> staffMemberOf(const QSqlQuery &q)
{
    const QString role = q.value(3).toString();
    const std::optional<StaffRole> known = staffRoleFromName(role);
    if (!known)
        return unreadableAnswer(QStringLiteral("role"), role);
    return StaffMember {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), *known};
}

} // namespace

Result<QList<StaffMember>> StaffDirectory::activeStaff(Database &db)
{
    QList<StaffMember> staff;
    Result<Done> r = db.query(QStringLiteral("SELECT id, username, display_name, role FROM boxoffice.staff"
                                             " WHERE active ORDER BY role, display_name"),
        {}, [&staff](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                Result<StaffMember> member = staffMemberOf(q);
                if (!member)
                    return member.error();
                staff << std::move(member).value();
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return staff;
}

QString StaffDirectory::hashPassword(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray key
        = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool StaffDirectory::verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    const int iterations = parts.at(1).toInt();
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (iterations < 1 || salt.isEmpty() || expected.isEmpty())
        return false;
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, quint64(expected.size()));
    // Compare in constant time.
    unsigned char diff = key.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(key.size(), expected.size()); ++i)
        diff |= static_cast<unsigned char>(key.at(i) ^ expected.at(i));
    return diff == 0;
}

Result<Done> StaffDirectory::setPassword(Database &db, const QString &username, const QString &password)
{
    // The sign-in's PBKDF2 hash and the login role's SCRAM verifier, set
    // together: the same password opens the app and the database.
    Result<QString> verifier = db.passwordVerifier(username, password);
    if (!verifier)
        return verifier.error();
    Result<QJsonObject> answer = db.callJson(QStringLiteral("SELECT boxoffice.set_staff_password(?, ?, ?)"),
        {username, hashPassword(password), verifier.value()});
    if (!answer)
        return answer.error();
    if (!answer->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(answer.value());
    return Done {};
}

namespace {

// The lock-out says when it ends: in whole minutes from now (rounded up), so
// that neither the PC's clock nor its time zone can make it wrong.
ServiceError lockedOut(int minutesLeft)
{
    ServiceError e = ServiceError::make(ErrorCode::LockedOut);
    e.message = ServiceError::tr(
        "Too many wrong passwords: this account is locked. Try again in %n minute(s).", nullptr, qMax(minutesLeft, 1));
    return e;
}

} // namespace

Result<StaffMember> StaffDirectory::signIn(
    Database &db, const QString &username, const QString &password, int maxFailures, int lockMinutes)
{
    StaffMember member;
    QString hash;
    bool locked = false;
    int minutesLeft = 0;
    Result<Done> r
        = db.query(QStringLiteral("SELECT id, username, display_name, role, coalesce(password_hash, ''),"
                                  " coalesce(locked_until > now(), false),"
                                  " greatest(ceil(extract(epoch FROM locked_until - now()) / 60), 1)::integer,"
                                  " must_change_password"
                                  " FROM boxoffice.staff WHERE username = ? AND active"),
            {username.trimmed()}, [&](QSqlQuery &q) -> Result<Done> {
                if (q.next()) {
                    Result<StaffMember> read = staffMemberOf(q);
                    if (!read)
                        return read.error();
                    member = std::move(read).value();
                    hash = q.value(4).toString();
                    locked = q.value(5).toBool();
                    minutesLeft = q.value(6).toInt();
                    member.mustChangePassword = q.value(7).toBool();
                }
                return Done {};
            });
    if (!r)
        return r.error();
    if (locked)
        return lockedOut(minutesLeft);
    const bool ok = member.id > 0 && verifyPassword(password, hash);
    bool nowLocked = false;
    Result<QJsonObject> recorded = db.callJson(QStringLiteral("SELECT boxoffice.record_sign_in(?, ?, ?, ?)"),
        {username.trimmed(), ok, maxFailures, lockMinutes});
    if (!recorded)
        return recorded.error();
    nowLocked = recorded->value(QLatin1String("locked")).toBool();
    if (nowLocked)
        return lockedOut(lockMinutes);
    if (!ok)
        return ServiceError::make(ErrorCode::SignInFailed);
    return member;
}

} // namespace boxoffice
