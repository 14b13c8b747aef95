#pragma once

#include "admin/staffdirectory.h"
#include "db/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <chrono>

namespace boxoffice {

// Door staff's sign-in at a gate station while the database cannot be
// reached (issue 13; docs/GATE.md, "A station restarted during an outage").
// Door staff are PostgreSQL roles whose passwords the server checks, so a
// gate PC restarted during an outage could let nobody sign in. After each
// online sign-in of door staff at the station, this keeps a verifier of
// their password in a file of the station's: libsodium's crypto_pwhash_str
// (Argon2id, its "moderate" limits: about half a second and 256 MiB per
// check, so that a stolen file is slow to guess from), never the password.
// Offline, a door person who signed in here online within `validFor` signs
// in again with the same password; nobody else can (not clerks, not
// supervisors, not managers: only the gate station works offline).
//
// The file is written whole (QSaveFile), readable by the PC's user only.
// Slow on purpose: call remember() and check() on a worker, never on the
// GUI thread. One owner at a time (the sign-in's worker).
class OfflineSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(OfflineSignIn)

public:
    // How long after the last online sign-in an offline one is allowed:
    // a show day with its night.
    static constexpr std::chrono::hours DefaultValidFor {24};

    explicit OfflineSignIn(QString file, std::chrono::seconds validFor = DefaultValidFor);

    // After an online sign-in (password checked by the database) at `now`:
    // door staff's verifier is kept (or renewed); for anyone else (a door
    // person who became a clerk) any kept one is forgotten. Errors:
    // InvalidValue (field "file": it could not be written; the sign-in
    // itself stands), DatabaseError (libsodium could not hash: out of memory).
    Result<Done> remember(const StaffMember &member, const QString &password, const QDateTime &now);
    // Offline: the door person kept for `username` whose password matches,
    // as they were at their last online sign-in. Errors: SignInFailed (no
    // such door person kept here, a wrong password, or no file: the same
    // answer), SignInFailed with a message of its own when the password is
    // right but the last online sign-in is older than validFor.
    Result<StaffMember> check(const QString &username, const QString &password, const QDateTime &now) const;
    // Forgets one login (e.g. an online sign-in said it no longer exists).
    void forget(const QString &username);
    // Keeps only these logins (the active door staff, as the database said
    // at the app's start): a deactivated door person cannot sign in
    // offline. Answers how many were forgotten.
    int keepOnly(const QStringList &usernames);
    // Someone may sign in offline at `now` (a kept, unexpired door person).
    bool hasAnyone(const QDateTime &now) const;

    QString file() const { return m_file; }
    std::chrono::seconds validFor() const { return m_validFor; }

private:
    struct Kept
    {
        StaffMember member;
        QString verifier; // crypto_pwhash_str's "$argon2id$…"
        QDateTime signedInAt;
    };
    QList<Kept> read() const;
    Result<Done> write(const QList<Kept> &kept) const;

    QString m_file;
    std::chrono::seconds m_validFor;
};

} // namespace boxoffice
