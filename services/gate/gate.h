#pragma once

#include "db/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QFuture>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QTimeZone>

#include <optional>
#include <utility>

namespace boxoffice {

class Database;

// What a scan answers (admit_ticket, resources/sql/functions/gate.sql).
// Every verdict is an answer, not a refusal: the scan is logged either way.
enum class GateVerdict {
    Valid,           // admitted now (or again after a pass-out: ScanResult::reentry)
    AlreadyAdmitted, // admitted before: ScanResult::admittedGate/At/By say where, when, by whom
    Cancelled,       // its order or its show was cancelled (or the order expired)
    Returned,        // the seat was returned
    Replaced,        // a newer ticket replaces it: ScanResult::replacedReason
    WrongShow,       // for another show the same day at this venue: ScanResult::ticketShow
    WrongDay,        // for a show on another day (or at another venue): ScanResult::ticketShow
    NotYetOpen,      // before doors (ScanResult::doorsAt)
    Unpaid,          // its order is not paid (a card or PromptPay payment still pending)
    Unknown,         // no ticket has this code: forged, guessed or mistyped
    PassedOut,       // pass_out_ticket: the holder went out and may come back
    Duplicate,       // in the scan log only: an offline admission another gate had made first
};

// The database's name of a verdict ("VALID", …) and back; Unknown for a
// name that is none.
QString gateVerdictName(GateVerdict verdict);
GateVerdict gateVerdictFromName(const QString &name);

// Where a ticket's seat is, as the gate says it.
struct GateSeat
{
    int seatId = 0;
    QString zone; // the zone's name ("Ringside")
    QString section;
    QString row;
    int number = 0;
    QString label; // "NA-12"
};

// A show as a verdict names it; startsAt is an instant, shown in timeZone
// (the venue's).
struct GateShow
{
    int id = 0;
    QString title;
    QDateTime startsAt;
    QTimeZone timeZone;
    QDateTime doorsAt; // as the scan checks it: the show's doors, or an hour before its start (invalid: not known)
};

// One scan's answer. seat is set for every verdict but Unknown.
struct ScanResult
{
    GateVerdict verdict = GateVerdict::Unknown;
    QString gate;
    GateShow show; // the show this gate admits to
    std::optional<GateSeat> seat;
    QByteArray codeHash;    // the ticket's code's SHA-256 (32 bytes; the 26-character code's, also for a short code);
                            // empty for Unknown
    bool reentry = false;   // Valid after a pass-out
    GateShow ticketShow;    // WrongShow, WrongDay: the ticket's show
    QString replacedReason; // Replaced: "lost", "seat_changed" or "exchanged"
    QDateTime doorsAt;      // NotYetOpen
    // AlreadyAdmitted: the latest entry (the first admission, or the
    // latest re-entry after a pass-out, or an offline gate's entry).
    QString admittedGate;
    QDateTime admittedAt;
    // Who: for an offline entry, whom the station reported as signed in
    // when it scanned (their display name, else the login it gave); for
    // any other, the staff member (display name, else the login).
    QString admittedBy;
    // An offline entry uploaded by someone else than the reported scanner
    // (e.g. the next person to sign in at a station that crashed): the
    // uploader's display name, else the login. Empty otherwise.
    QString admittedUploadedBy;
    bool admittedOffline = false; // made by a gate offline (uploaded later)
    bool admittedReentry = false; // a re-entry after a pass-out
    // Answered by this gate alone, from its admission list (the database
    // was away): OfflineGate::admit.
    bool offline = false;

    static Result<ScanResult> fromJson(const QJsonObject &o);
};

// A printed ticket's code: 26 characters of Crockford's base 32 (130 random
// bits). The QR code carries it; shortCode() (its first 10) is printed as
// text for typing at the gate when the QR code will not scan.
struct TicketCode
{
    int seatId = 0;
    QString label;
    QString code;

    QString shortCode() const;
};

// The codes of an order, for printing.
struct TicketCodes
{
    qint64 orderId = 0;
    bool replaced = false; // the old codes were replaced (lost tickets)
    QList<TicketCode> tickets;
};

// What an offline gate downloads before doors: one entry per ticket that
// admits now, with the SHA-256 of its code (32 bytes; never the code).
struct AdmissionListEntry
{
    QByteArray codeHash;
    GateSeat seat;
    bool admitted = false; // admitted before the list was made
    bool inside = false;   // admitted and not passed out (false: outside, may come back)
};

struct AdmissionList
{
    GateShow show;
    bool passOut = false; // the show allowed pass-out and re-entry when the list was made
    QDateTime generatedAt;
    QList<AdmissionListEntry> tickets;
};

// One scan made by an offline gate: the code's hash, when, which way, and
// who was signed in at the station (reported text: the upload itself is
// the uploader's).
struct OfflineScan
{
    enum class Kind {
        Entry,   // the holder went in (an admission or a re-entry)
        PassOut, // the holder went out, to come back (F4)
    };
    OfflineScan() = default;
    OfflineScan(QByteArray hash, QDateTime when, Kind way = Kind::Entry, QString login = {})
        : codeHash(std::move(hash)), at(std::move(when)), kind(way), scannedBy(std::move(login))
    { }

    QByteArray codeHash; // Gate::codeHash(code)
    QDateTime at;
    Kind kind = Kind::Entry;
    QString scannedBy; // the login signed in at the station (empty: not known)

    bool operator==(const OfflineScan &) const = default;
};

struct OfflineUpload
{
    int admitted = 0;        // first admissions, recorded as of their scan time
    int reentries = 0;       // entries after a pass-out
    int passedOut = 0;       // pass-outs
    int duplicates = 0;      // admitted before at another gate (or time): duplicate entries
    int refused = 0;         // unknown codes, tickets no longer valid, pass-outs of tickets never admitted
    int alreadyUploaded = 0; // the same scan uploaded before
};

// A show's admission figures (gate_figures).
struct GateFigures
{
    struct Zone
    {
        QString zone;
        int sold = 0;
        int admitted = 0;
        int toCome = 0;
    };
    struct PerGate
    {
        QString gate;
        int admitted = 0;
        int refused = 0;
        int duplicates = 0;
        QDateTime lastScan;
    };
    struct DuplicateEntry
    {
        QString label;
        QString gate;
        QDateTime at;
        QString firstGate;
        QDateTime firstAt;
    };
    GateShow show;
    int sold = 0; // tickets that admit (paid, not returned, not replaced)
    int admitted = 0;
    int toCome = 0;
    QList<Zone> zones;
    QList<PerGate> gates;
    QMap<GateVerdict, int> refusals; // refused scans by verdict
    QList<DuplicateEntry> duplicates;

    static GateFigures fromJson(const QJsonObject &o);
};

// What a gate station's ping answers (Gate::ping).
struct GateStationPing
{
    GateShow show;
    QString gate;
    bool passOut = false; // the show allows pass-out and re-entry (now)
    QDateTime at;         // the server's time of the ping
};

// A show a gate station may admit to (Gate::stationShows).
struct GateShowEntry
{
    GateShow show;
    bool passOut = false;
};

// Admission at the stadium's doors and the ticket codes behind it (issue
// 13; docs/GATE.md). The static calls are synchronous and use the given
// Database's connection of the calling thread (run them on a worker, e.g.
// db.run(...)); the *Async members run them on the Database's executor so
// that the GUI thread never waits. Who may do what is the database's to
// enforce: admit, pass out, the admission list and the upload are the gate
// role's (boxoffice_gate), the figures a gate's or supervisor's, the codes a
// clerk's with an open counter session, the pass-out setting a manager's;
// anyone else gets PermissionDenied. The acting staff member is the login.
class Gate final
{
    Q_DECLARE_TR_FUNCTIONS(Gate)

public:
    explicit Gate(Database &db);

    // Scans a code (26 characters, or the 10-character short code; case,
    // spaces and dashes do not matter) at gate `gate` (1 to 40 characters)
    // of show showId, in one transaction. Errors: InvalidValue (field
    // "gate"), UnknownShow; anything else is a verdict.
    static Result<ScanResult> admit(Database &db, const QString &code, int showId, const QString &gate);
    // The holder goes out and may come back (the show must allow pass-out).
    // Errors: InvalidValue (gate), UnknownShow, PassOutNotAllowed,
    // UnknownTicket (no current ticket of this show has the code), NotInside.
    static Result<ScanResult> passOut(Database &db, const QString &code, int showId, const QString &gate);
    // The codes of a paid order's seats, to print. lost: the tickets printed
    // before are lost: new codes replace them and the old ones answer
    // Replaced. A reprint or a replacement is audited. Errors: UnknownOrder,
    // OrderNotPaid, NoCounterSession (a staff login needs an open session).
    static Result<TicketCodes> ticketCodes(Database &db, qint64 orderId, bool lost);
    static Result<AdmissionList> admissionList(Database &db, int showId);
    // An offline gate's scans (admissions, re-entries, pass-outs), replayed
    // in time order (upload_offline_admissions in functions/gate.sql says
    // the rules). All or nothing: InvalidValue (field "scans": a hash not
    // 32 bytes, a time in the future, a scannedBy over 63 characters; or
    // field "gate") changes nothing.
    static Result<OfflineUpload> uploadOffline(
        Database &db, int showId, const QString &gate, const QList<OfflineScan> &scans);
    static Result<GateFigures> figures(Database &db, int showId);
    // The supervisor's: the figures of today's shows (the venue's day) and
    // of any show scanned at in the last hour, by start (at most 10).
    static Result<QList<GateFigures>> todaysFigures(Database &db);
    // A gate station is alive (every 30 s while open) for showId at `gate`;
    // closing: it is being closed properly. A station that stops pinging
    // without closing is a health finding (gates_offline). Errors:
    // InvalidValue (gate), UnknownShow.
    static Result<GateStationPing> ping(Database &db, int showId, const QString &gate, bool closing);
    // The shows a gate station offers: from a day ago to two days ahead,
    // not cancelled, by start.
    static Result<QList<GateShowEntry>> stationShows(Database &db);
    // A manager's: allow pass-out and re-entry for a show (audited).
    static Result<Done> setPassOut(Database &db, int showId, bool allowed);

    // What the database does with a scanned or typed code: upper case,
    // spaces and dashes dropped, O read as 0, I and L as 1. Empty when it
    // cannot be a code (neither 26 nor 10 characters of the alphabet).
    static QString normalizedCode(const QString &input);
    // SHA-256 of a normalized 26-character code (32 bytes), as the
    // admission list has it; empty for anything else.
    static QByteArray codeHash(const QString &code);
    // "ABCDE-FGHJK": the short code as printed.
    static QString printedShortCode(const QString &code);
    // The verdict in words, for the gate's screen ("Valid", "Already
    // admitted", …), in the current language.
    static QString verdictText(GateVerdict verdict);

    QFuture<Result<ScanResult>> admitAsync(const QString &code, int showId, const QString &gate);
    QFuture<Result<ScanResult>> passOutAsync(const QString &code, int showId, const QString &gate);
    QFuture<Result<TicketCodes>> ticketCodesAsync(qint64 orderId, bool lost);
    QFuture<Result<AdmissionList>> admissionListAsync(int showId);
    QFuture<Result<OfflineUpload>> uploadOfflineAsync(int showId, const QString &gate, const QList<OfflineScan> &scans);
    QFuture<Result<GateFigures>> figuresAsync(int showId);
    // A station's pings go out in the order they were asked for, each after
    // the one before has its answer: an "alive" asked for before the closing
    // must not reach the database after it and open the station again (the
    // database's workers are several threads). Called from one thread (the
    // station's).
    QFuture<Result<GateStationPing>> pingAsync(int showId, const QString &gate, bool closing);
    QFuture<Result<QList<GateShowEntry>>> stationShowsAsync();

private:
    Database &m_db;
    QFuture<void> m_lastPing; // the last ping asked for (continued by pingAsync only)
};

} // namespace boxoffice
