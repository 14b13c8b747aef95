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
// a restart while offline still has it) and the admissions made offline,
// each appended to a file as it is made (one JSON line), so that a crash
// loses none, until Gate::uploadOffline has taken them. No database and no
// GUI: the caller downloads and uploads. One owner, one thread.
//
// Files in `directory` (the app's AppDataLocation): gate-list-<show>.json,
// gate-pending.jsonl.
class OfflineGate final
{
    Q_DECLARE_TR_FUNCTIONS(OfflineGate)

public:
    // The admissions of one show at one gate that wait for an upload.
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

    // Admits against the show's list, without the database: the code's
    // hash is looked up; none is Unknown; a ticket the list has as admitted,
    // or admitted here before (offline, or online since the list was made:
    // noteAdmitted), is AlreadyAdmitted; any other is Valid, recorded in
    // the file first. The answer has offline set. Errors: UnknownShow (no
    // list for the show), InvalidValue (field "code": the 10-character short
    // code, which the list cannot check; field "file": the admission could
    // not be written, so it was not made).
    Result<ScanResult> admit(int showId, const QString &gate, const QString &code, const QDateTime &at);
    // A ticket admitted online since its show's list was made.
    void noteAdmitted(int showId, const QString &code);

    // What waits for upload, per show and gate, oldest first.
    QList<Pending> pending() const;
    int pendingCount() const { return int(m_pending.size()); }
    // The upload of these scans was answered: they leave the file.
    Result<Done> uploaded(int showId, const QString &gate, const QList<OfflineScan> &scans);

    QString directory() const { return m_directory; }

private:
    struct Entry
    {
        int showId = 0;
        QString gate;
        QByteArray hash;
        QDateTime at;
    };
    struct Loaded
    {
        AdmissionList list;
        QHash<QByteArray, qsizetype> byHash;                           // index into list.tickets
        QHash<QByteArray, std::pair<QString, QDateTime>> admittedHere; // gate, when
    };

    Loaded *loaded(int showId);
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
