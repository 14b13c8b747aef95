#pragma once

#include "db/result.h"
#include "gate/gate.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace boxoffice {

// A gate station's own store for admitting while the database is away
// (issue 13, docs/GATE.md "Offline gates"). It keeps the show's admission
// list (downloaded before doors with Gate::admissionList, and saved, so that
// a restart while offline still has it) and the scans made offline
// (admissions, re-entries and pass-outs, each with the login signed in at
// the station), each appended to a file as it is made (one JSON line), so
// that a crash loses none, until Gate::uploadOffline has taken them. No
// database and no GUI: the caller downloads and uploads. One owner, one
// thread.
//
// Files in `directory` (the app's AppDataLocation): gate-list-<show>.json
// (one untouched for ListKeptDays is removed), gate-pending.jsonl.
class OfflineGate final
{
    Q_DECLARE_TR_FUNCTIONS(OfflineGate)

public:
    // The scans of one show at one gate that wait for an upload, in the
    // order they were made.
    struct Pending
    {
        int showId = 0;
        QString gate;
        QList<OfflineScan> scans;
    };

    explicit OfflineGate(QString directory);

    // Keeps a freshly downloaded list (in place of its show's older one)
    // and saves it. Errors: InvalidValue (field "file") when it cannot be
    // written.
    Result<Done> setList(const AdmissionList &list);
    // The show's list (read from its file the first time); nullptr if none.
    const AdmissionList *list(int showId);
    // The shows of the lists saved here since `since` whose start is at or
    // after it (a station started while the database cannot be reached
    // admits to them), by start; each with its list's pass-out setting.
    QList<GateShowEntry> savedShows(const QDateTime &since);
    // Lists not written for this many days are removed when a store opens
    // (unless scans of their show wait for an upload).
    static constexpr int ListKeptDays = 7;

    // Admits against the show's list, without the database, at `at` (an
    // instant; the doors are checked against it): the code's hash is looked
    // up; none is Unknown; a ticket whose holder is inside (admitted in the
    // list, or here before: offline, or online since the list was made:
    // noteAdmitted) is AlreadyAdmitted; one whose holder passed out, at a
    // show that allows pass-out, is Valid with reentry; any other is Valid.
    // A Valid is recorded in the file first, with scannedBy (the login
    // signed in at the station). The answer has offline set. Errors:
    // UnknownShow (no list for the show), InvalidValue (field "code": the
    // 10-character short code, which the list cannot check; field "file":
    // the admission could not be written, so it was not made).
    Result<ScanResult> admit(
        int showId, const QString &gate, const QString &code, const QDateTime &at, const QString &scannedBy = {});
    // Lets a holder out, to come back (F4 at an offline station): recorded
    // in the file first, like an admission. Answers PassedOut. Errors:
    // UnknownShow (no list), PassOutNotAllowed (the show does not allow it:
    // the list's setting, or setPassOutAllowed's), UnknownTicket (not in
    // the list), NotInside (not admitted, or already out), InvalidValue
    // (field "code": the short code; field "file").
    Result<ScanResult> passOut(
        int showId, const QString &gate, const QString &code, const QDateTime &at, const QString &scannedBy = {});
    // The show's pass-out setting as the database said it after the list
    // was made (a station's pings bring it); in memory, with the list.
    void setPassOutAllowed(int showId, bool allowed);
    // A ticket admitted (or admitted again) online since its show's list
    // was made: its holder is inside. codeHash: ScanResult::codeHash.
    void noteAdmitted(int showId, const QByteArray &codeHash);
    // A ticket passed out online since its show's list was made: outside.
    void notePassedOut(int showId, const QByteArray &codeHash);
    // The database answered a scan after all, late, after this store had
    // answered it: the scan of that ticket and way made here since `since`
    // is taken back (out of the file), so that one person going in once is
    // not uploaded as a second entry. Answers whether one was.
    bool withdraw(int showId, const QByteArray &codeHash, OfflineScan::Kind kind, const QDateTime &since);

    // What waits for upload, per show and gate, oldest first.
    QList<Pending> pending() const;
    int pendingCount() const { return int(m_pending.size()); }
    // The upload of these scans was answered: they leave the file (scans
    // made meanwhile stay).
    Result<Done> uploaded(int showId, const QString &gate, const QList<OfflineScan> &scans);

    QString directory() const { return m_directory; }

private:
    struct Entry
    {
        int showId = 0;
        QString gate;
        OfflineScan scan;
    };
    // What this station learnt of a ticket after its list was made.
    struct Seen
    {
        QString gate; // the gate that last let its holder in or out (empty: online)
        QDateTime at; // when (invalid: online)
        bool inside = true;
        bool offline = false; // scanned here offline (else noted from an online answer)
        QString by;           // offline: the login signed in
        bool reentry = false; // offline: the last entry was a re-entry
    };
    struct Loaded
    {
        AdmissionList list;
        QHash<QByteArray, qsizetype> byHash; // index into list.tickets
        QHash<QByteArray, Seen> seen;
    };
    // A code's place in the show's list, or why not.
    struct Found
    {
        Loaded *show = nullptr;
        QByteArray hash;
        const AdmissionListEntry *ticket = nullptr; // nullptr: no ticket of the list has the code
    };

    // The show of a list's file name ("gate-list-12.json": 12), else 0.
    static int listShow(const QString &fileName);
    Loaded *loaded(int showId);
    void index(Loaded &l) const;
    Result<Found> find(int showId, const QString &code);
    // Written before it is said: a scan the file does not have was not made.
    Result<Done> record(const Entry &e);
    ServiceError unwritable() const;
    QString listFile(int showId) const;
    QString pendingFile() const;
    void readPending();
    Result<Done> writePending();

    QString m_directory;
    QHash<int, Loaded> m_shows;
    QList<Entry> m_pending;
};

} // namespace boxoffice
