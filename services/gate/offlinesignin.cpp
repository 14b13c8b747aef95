#include "gate/offlinesignin.h"

#include "db/houseclock.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSaveFile>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcOfflineSignIn, "boxoffice.gate.signin")

namespace boxoffice {

OfflineSignIn::OfflineSignIn(QString file, std::chrono::seconds validFor)
    : m_file(std::move(file)), m_validFor(validFor)
{
    // Idempotent and thread-safe; -1 only if the system has no randomness.
    if (sodium_init() < 0)
        qCCritical(lcOfflineSignIn) << "libsodium could not start";
}

QList<OfflineSignIn::Kept> OfflineSignIn::read() const
{
    QList<Kept> kept;
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return kept;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20));
    if (!doc.isObject() || doc.object().value(QLatin1String("version")).toInt() != 1) {
        qCWarning(lcOfflineSignIn).noquote() << m_file << "is not an offline sign-in file; nobody signs in from it";
        return kept;
    }
    const QJsonArray staff = doc.object().value(QLatin1String("staff")).toArray();
    for (const auto &entry : staff) {
        const QJsonObject o = entry.toObject();
        Kept k;
        k.member.id = o.value(QLatin1String("id")).toInt();
        k.member.username = o.value(QLatin1String("username")).toString();
        k.member.displayName = o.value(QLatin1String("display_name")).toString();
        k.member.role = StaffRole::Gate; // only door staff are ever kept
        k.verifier = o.value(QLatin1String("verifier")).toString();
        k.signedInAt = QDateTime::fromString(o.value(QLatin1String("signed_in_at")).toString(), Qt::ISODateWithMs);
        if (k.member.username.isEmpty() || !k.verifier.startsWith(QLatin1String("$argon2id$"))
            || k.verifier.size() >= crypto_pwhash_STRBYTES || !k.signedInAt.isValid())
            continue;
        kept << k;
    }
    return kept;
}

Result<Done> OfflineSignIn::write(const QList<Kept> &kept) const
{
    QJsonArray staff;
    for (const Kept &k : kept) {
        staff.append(QJsonObject {{QStringLiteral("id"), k.member.id}, {QStringLiteral("username"), k.member.username},
            {QStringLiteral("display_name"), k.member.displayName}, {QStringLiteral("verifier"), k.verifier},
            {QStringLiteral("signed_in_at"), k.signedInAt.toUTC().toString(Qt::ISODateWithMs)}});
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("staff"), staff}})
                       .toJson(QJsonDocument::Indented))
            < 0
        || !f.commit()) {
        ServiceError e = ServiceError::invalidValue(QStringLiteral("file"), QStringLiteral("unwritable"));
        e.message = tr("This station cannot write %1, so door staff cannot sign in here while the database is away.")
                        .arg(QDir::toNativeSeparators(m_file));
        return e;
    }
    return Done {};
}

Result<Done> OfflineSignIn::remember(const StaffMember &member, const QString &password, const QDateTime &now)
{
    QList<Kept> kept = read();
    kept.removeIf([&member](const Kept &k) { return k.member.username == member.username; });
    if (member.role == StaffRole::Gate) {
        const QByteArray secret = password.toUtf8();
        char verifier[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(verifier, secret.constData(), quint64(secret.size()), crypto_pwhash_OPSLIMIT_MODERATE,
                crypto_pwhash_MEMLIMIT_MODERATE)
            != 0) {
            return ServiceError::make(ErrorCode::DatabaseError, QStringLiteral("crypto_pwhash_str: out of memory"));
        }
        Kept k;
        k.member = member;
        k.member.mustChangePassword = false;
        k.verifier = QString::fromLatin1(verifier);
        k.signedInAt = now.toUTC();
        kept << k;
    }
    return write(kept);
}

Result<StaffMember> OfflineSignIn::check(const QString &username, const QString &password, const QDateTime &now) const
{
    const QByteArray secret = password.toUtf8();
    for (const Kept &k : read()) {
        if (k.member.username != username)
            continue;
        const QByteArray verifier = k.verifier.toLatin1();
        if (crypto_pwhash_str_verify(verifier.constData(), secret.constData(), quint64(secret.size())) != 0)
            break;
        if (k.signedInAt.addSecs(m_validFor.count()) < now) {
            ServiceError e = ServiceError::make(ErrorCode::SignInFailed, QStringLiteral("offline sign-in expired"));
            const qint64 hours = std::chrono::duration_cast<std::chrono::hours>(m_validFor).count();
            e.message = tr("%1 last signed in at this station with the database on %2. Offline, door staff can sign "
                           "in only within %n hour(s) of that. Sign in once the database is back.",
                "", int(hours))
                            .arg(username, HouseClock::at(k.signedInAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            return e;
        }
        return k.member;
    }
    return ServiceError::make(ErrorCode::SignInFailed, QStringLiteral("offline"));
}

void OfflineSignIn::forget(const QString &username)
{
    QList<Kept> kept = read();
    if (kept.removeIf([&username](const Kept &k) { return k.member.username == username; }) > 0)
        (void)write(kept);
}

int OfflineSignIn::keepOnly(const QStringList &usernames)
{
    QList<Kept> kept = read();
    const qsizetype removed
        = kept.removeIf([&usernames](const Kept &k) { return !usernames.contains(k.member.username); });
    if (removed > 0)
        (void)write(kept);
    return int(removed);
}

bool OfflineSignIn::hasAnyone(const QDateTime &now) const
{
    const QList<Kept> kept = read();
    return std::any_of(
        kept.cbegin(), kept.cend(), [&](const Kept &k) { return k.signedInAt.addSecs(m_validFor.count()) >= now; });
}

} // namespace boxoffice
