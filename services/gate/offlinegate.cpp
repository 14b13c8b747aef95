#include "gate/offlinegate.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QSet>

#include <algorithm>

namespace boxoffice {

namespace {

QJsonObject showJson(const GateShow &s)
{
    QJsonObject o {{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title},
        {QStringLiteral("starts_at"), double(s.startsAt.toMSecsSinceEpoch()) / 1000.0},
        {QStringLiteral("time_zone"), QString::fromUtf8(s.timeZone.id())}};
    if (s.doorsAt.isValid())
        o.insert(QStringLiteral("doors_at"), double(s.doorsAt.toMSecsSinceEpoch()) / 1000.0);
    return o;
}

GateShow showOf(const QJsonObject &o)
{
    const QJsonValue doors = o.value(QLatin1String("doors_at"));
    return GateShow {o.value(QLatin1String("id")).toInt(), o.value(QLatin1String("title")).toString(),
        QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("starts_at")).toDouble() * 1000.0)),
        QTimeZone(o.value(QLatin1String("time_zone")).toString().toUtf8()),
        doors.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(doors.toDouble() * 1000.0)) : QDateTime()};
}

QByteArray listJson(const AdmissionList &list)
{
    QJsonArray tickets;
    for (const AdmissionListEntry &t : list.tickets) {
        tickets.append(QJsonObject {{QStringLiteral("hash"), QString::fromLatin1(t.codeHash.toHex())},
            {QStringLiteral("seat_id"), t.seat.seatId}, {QStringLiteral("zone"), t.seat.zone},
            {QStringLiteral("section"), t.seat.section}, {QStringLiteral("row"), t.seat.row},
            {QStringLiteral("number"), t.seat.number}, {QStringLiteral("label"), t.seat.label},
            {QStringLiteral("admitted"), t.admitted}, {QStringLiteral("inside"), t.inside}});
    }
    return QJsonDocument(
        QJsonObject {{QStringLiteral("show"), showJson(list.show)}, {QStringLiteral("pass_out"), list.passOut},
            {QStringLiteral("generated_at"), double(list.generatedAt.toMSecsSinceEpoch()) / 1000.0},
            {QStringLiteral("tickets"), tickets}})
        .toJson(QJsonDocument::Compact);
}

AdmissionList listOf(const QJsonObject &o)
{
    AdmissionList list;
    list.show = showOf(o.value(QLatin1String("show")).toObject());
    list.passOut = o.value(QLatin1String("pass_out")).toBool();
    list.generatedAt
        = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("generated_at")).toDouble() * 1000.0));
    const QJsonArray tickets = o.value(QLatin1String("tickets")).toArray();
    list.tickets.reserve(tickets.size());
    for (const auto &v : tickets) {
        const QJsonObject t = v.toObject();
        const bool admitted = t.value(QLatin1String("admitted")).toBool();
        // A list saved before lists said "inside": everyone admitted was.
        list.tickets << AdmissionListEntry {QByteArray::fromHex(t.value(QLatin1String("hash")).toString().toLatin1()),
            GateSeat {t.value(QLatin1String("seat_id")).toInt(), t.value(QLatin1String("zone")).toString(),
                t.value(QLatin1String("section")).toString(), t.value(QLatin1String("row")).toString(),
                t.value(QLatin1String("number")).toInt(), t.value(QLatin1String("label")).toString()},
            admitted, t.value(QLatin1String("inside")).toBool(admitted)};
    }
    return list;
}

// One scan: {"show", "gate", "hash", "at" (ms since the epoch), "kind"
// ("out" for a pass-out; none: in), "by" (the login signed in; none: not
// known, e.g. a line written before lines said it)}.
QByteArray entryLine(int showId, const QString &gate, const OfflineScan &scan)
{
    QJsonObject o {{QStringLiteral("show"), showId}, {QStringLiteral("gate"), gate},
        {QStringLiteral("hash"), QString::fromLatin1(scan.codeHash.toHex())},
        {QStringLiteral("at"), double(scan.at.toMSecsSinceEpoch())}};
    if (scan.kind == OfflineScan::Kind::PassOut)
        o.insert(QStringLiteral("kind"), QStringLiteral("out"));
    if (!scan.scannedBy.isEmpty())
        o.insert(QStringLiteral("by"), scan.scannedBy);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

ServiceError OfflineGate::unwritable() const
{
    ServiceError e = ServiceError::invalidValue(QStringLiteral("file"), QStringLiteral("unwritable"));
    e.message
        = tr("This gate cannot write to %1, so it cannot admit on its own.").arg(QDir::toNativeSeparators(m_directory));
    return e;
}

OfflineGate::OfflineGate(QString directory) : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
    readPending();
    // A list is written again every few minutes while its show is chosen:
    // one untouched for a week is of a show long over. Those go (unless
    // scans of their show still wait for an upload), so that the folder does
    // not grow by a list a show for ever.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addDays(-ListKeptDays);
    QSet<int> waiting;
    for (const Entry &e : std::as_const(m_pending))
        waiting.insert(e.showId);
    const QFileInfoList lists = QDir(m_directory).entryInfoList({QStringLiteral("gate-list-*.json")}, QDir::Files);
    for (const QFileInfo &file : lists) {
        const int show = listShow(file.fileName());
        if (show > 0 && !waiting.contains(show) && file.lastModified().toUTC() < stale)
            QFile::remove(file.absoluteFilePath());
    }
}

int OfflineGate::listShow(const QString &fileName)
{
    static const QRegularExpression name(QStringLiteral("^gate-list-([0-9]{1,9})\\.json$"));
    const QRegularExpressionMatch m = name.match(fileName);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString OfflineGate::listFile(int showId) const
{
    return QDir(m_directory).filePath(QStringLiteral("gate-list-%1.json").arg(showId));
}

QString OfflineGate::pendingFile() const
{
    return QDir(m_directory).filePath(QStringLiteral("gate-pending.jsonl"));
}

void OfflineGate::readPending()
{
    QFile f(pendingFile());
    if (!f.open(QIODevice::ReadOnly))
        return;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        const QByteArray hash = QByteArray::fromHex(o.value(QLatin1String("hash")).toString().toLatin1());
        // A line cut short by a crash while it was written: it was never
        // shown as admitted, so nothing is lost by skipping it.
        if (o.isEmpty() || hash.size() != 32)
            continue;
        m_pending << Entry {o.value(QLatin1String("show")).toInt(), o.value(QLatin1String("gate")).toString(),
            OfflineScan {hash, QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("at")).toDouble())),
                o.value(QLatin1String("kind")).toString() == QLatin1String("out") ? OfflineScan::Kind::PassOut
                                                                                  : OfflineScan::Kind::Entry,
                o.value(QLatin1String("by")).toString()}};
    }
}

Result<Done> OfflineGate::writePending()
{
    QSaveFile f(pendingFile());
    if (!f.open(QIODevice::WriteOnly))
        return unwritable();
    for (const Entry &e : std::as_const(m_pending))
        f.write(entryLine(e.showId, e.gate, e.scan));
    if (!f.commit())
        return unwritable();
    return Done {};
}

void OfflineGate::index(Loaded &l) const
{
    l.byHash.clear();
    for (qsizetype i = 0; i < l.list.tickets.size(); ++i)
        l.byHash.insert(l.list.tickets.at(i).codeHash, i);
    // What was scanned here and not yet uploaded still holds, in the order
    // it was scanned, over anything noted before it.
    for (const Entry &e : std::as_const(m_pending)) {
        if (e.showId != l.list.show.id)
            continue;
        const auto known = l.seen.constFind(e.scan.codeHash);
        if (known != l.seen.constEnd() && known->at > e.scan.at)
            continue;
        // An entry of a ticket admitted before it is a re-entry.
        const auto listed = l.byHash.constFind(e.scan.codeHash);
        const bool admittedBefore = known != l.seen.constEnd()
            || (listed != l.byHash.constEnd() && l.list.tickets.at(listed.value()).admitted);
        l.seen.insert(e.scan.codeHash,
            Seen {e.gate, e.scan.at, e.scan.kind == OfflineScan::Kind::Entry, true, e.scan.scannedBy,
                e.scan.kind == OfflineScan::Kind::Entry && admittedBefore});
    }
}

Result<Done> OfflineGate::setList(const AdmissionList &list)
{
    QSaveFile f(listFile(list.show.id));
    if (!f.open(QIODevice::WriteOnly) || f.write(listJson(list)) < 0 || !f.commit())
        return unwritable();
    Loaded l;
    l.list = list;
    // What this station learnt online may be newer than the list: kept.
    if (const auto old = m_shows.constFind(list.show.id); old != m_shows.constEnd())
        l.seen = old->seen;
    index(l);
    m_shows[list.show.id] = std::move(l);
    return Done {};
}

QList<GateShowEntry> OfflineGate::savedShows(const QDateTime &since)
{
    QList<GateShowEntry> shows;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("gate-list-*.json")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const int show = listShow(file.fileName());
        // Not read at all: a list last written before `since` (its show
        // was not chosen at this station lately).
        if (show <= 0 || file.lastModified().toUTC() < since)
            continue;
        const AdmissionList *l = list(show);
        if (l && l->show.startsAt.isValid() && l->show.startsAt >= since)
            shows << GateShowEntry {l->show, l->passOut};
    }
    std::sort(shows.begin(), shows.end(),
        [](const GateShowEntry &a, const GateShowEntry &b) { return a.show.startsAt < b.show.startsAt; });
    return shows;
}

OfflineGate::Loaded *OfflineGate::loaded(int showId)
{
    if (m_shows.contains(showId))
        return &m_shows[showId];
    QFile f(listFile(showId));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return nullptr;
    Loaded l;
    l.list = listOf(doc.object());
    if (l.list.show.id != showId)
        return nullptr;
    index(l);
    Loaded &kept = m_shows[showId];
    kept = std::move(l);
    return &kept;
}

const AdmissionList *OfflineGate::list(int showId)
{
    const Loaded *l = loaded(showId);
    return l ? &l->list : nullptr;
}

void OfflineGate::setPassOutAllowed(int showId, bool allowed)
{
    if (Loaded *l = loaded(showId))
        l->list.passOut = allowed;
}

void OfflineGate::noteAdmitted(int showId, const QByteArray &codeHash)
{
    Loaded *l = loaded(showId);
    if (!l || codeHash.size() != 32)
        return;
    l->seen.insert(codeHash, Seen {QString(), QDateTime::currentDateTimeUtc(), true, false, QString(), false});
}

void OfflineGate::notePassedOut(int showId, const QByteArray &codeHash)
{
    Loaded *l = loaded(showId);
    if (!l || codeHash.size() != 32)
        return;
    l->seen.insert(codeHash, Seen {QString(), QDateTime::currentDateTimeUtc(), false, false, QString(), false});
}

bool OfflineGate::withdraw(int showId, const QByteArray &codeHash, OfflineScan::Kind kind, const QDateTime &since)
{
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        const Entry &e = m_pending.at(i);
        if (e.showId != showId || e.scan.codeHash != codeHash || e.scan.kind != kind || e.scan.at < since)
            continue;
        m_pending.removeAt(i);
        if (!writePending())
            return false;
        // What the database said stands.
        if (kind == OfflineScan::Kind::Entry)
            noteAdmitted(showId, codeHash);
        else
            notePassedOut(showId, codeHash);
        return true;
    }
    return false;
}

Result<OfflineGate::Found> OfflineGate::find(int showId, const QString &code)
{
    Loaded *l = loaded(showId);
    if (!l) {
        ServiceError e
            = ServiceError::make(ErrorCode::UnknownShow, QStringLiteral("no admission list for %1").arg(showId));
        e.message = tr("The database does not answer and this gate has no admission list for the show: not checked.");
        return e;
    }
    const QString normalized = Gate::normalizedCode(code);
    if (normalized.size() == 10) {
        ServiceError e = ServiceError::invalidValue(QStringLiteral("code"), QStringLiteral("short_offline"));
        e.message = tr("Without the database only the QR code can be checked: scan it (the short code cannot be).");
        return e;
    }
    Found found {l, Gate::codeHash(normalized), nullptr};
    if (const auto it = found.hash.isEmpty() ? l->byHash.constEnd() : l->byHash.constFind(found.hash);
        it != l->byHash.constEnd())
        found.ticket = &l->list.tickets.at(it.value());
    return found;
}

Result<Done> OfflineGate::record(const Entry &e)
{
    QFile f(pendingFile());
    const QByteArray line = entryLine(e.showId, e.gate, e.scan);
    if (!f.open(QIODevice::Append) || f.write(line) != line.size() || !f.flush())
        return unwritable();
    f.close();
    m_pending << e;
    return Done {};
}

Result<ScanResult> OfflineGate::admit(
    int showId, const QString &gate, const QString &code, const QDateTime &at, const QString &scannedBy)
{
    const Result<Found> found = find(showId, code);
    if (!found)
        return found.error();
    Loaded &l = *found->show;
    ScanResult r;
    r.offline = true;
    r.gate = gate.trimmed();
    r.show = l.list.show;
    if (!found->ticket) {
        r.verdict = GateVerdict::Unknown;
        return r;
    }
    r.seat = found->ticket->seat;
    const auto seen = l.seen.constFind(found->hash);
    const bool admitted = seen != l.seen.constEnd() || found->ticket->admitted;
    const bool inside = seen != l.seen.constEnd() ? seen->inside : found->ticket->inside;
    if (admitted && (inside || !l.list.passOut)) {
        r.verdict = GateVerdict::AlreadyAdmitted;
        if (seen != l.seen.constEnd() && seen->offline) {
            r.admittedGate = seen->gate;
            r.admittedAt = seen->at;
            r.admittedOffline = true;
            r.admittedBy = seen->by;
            r.admittedReentry = seen->reentry;
        }
        return r;
    }
    // Before doors nobody is let in, offline as online (a list made before
    // doors says when they open).
    if (!admitted && l.list.show.doorsAt.isValid() && at < l.list.show.doorsAt) {
        r.verdict = GateVerdict::NotYetOpen;
        r.doorsAt = l.list.show.doorsAt;
        return r;
    }
    const Entry e {showId, r.gate, OfflineScan {found->hash, at, OfflineScan::Kind::Entry, scannedBy}};
    if (Result<Done> kept = record(e); !kept)
        return kept.error();
    l.seen.insert(found->hash, Seen {r.gate, at, true, true, scannedBy, admitted});
    r.verdict = GateVerdict::Valid;
    r.reentry = admitted; // back in after a pass-out
    return r;
}

Result<ScanResult> OfflineGate::passOut(
    int showId, const QString &gate, const QString &code, const QDateTime &at, const QString &scannedBy)
{
    const Result<Found> found = find(showId, code);
    if (!found)
        return found.error();
    Loaded &l = *found->show;
    if (!l.list.passOut)
        return ServiceError::make(ErrorCode::PassOutNotAllowed);
    if (!found->ticket)
        return ServiceError::make(ErrorCode::UnknownTicket);
    const auto seen = l.seen.constFind(found->hash);
    const bool inside = seen != l.seen.constEnd() ? seen->inside : found->ticket->admitted && found->ticket->inside;
    if (!inside)
        return ServiceError::make(ErrorCode::NotInside);
    ScanResult r;
    r.offline = true;
    r.gate = gate.trimmed();
    r.show = l.list.show;
    r.seat = found->ticket->seat;
    const Entry e {showId, r.gate, OfflineScan {found->hash, at, OfflineScan::Kind::PassOut, scannedBy}};
    if (Result<Done> kept = record(e); !kept)
        return kept.error();
    l.seen.insert(found->hash, Seen {r.gate, at, false, true, scannedBy, false});
    r.verdict = GateVerdict::PassedOut;
    return r;
}

QList<OfflineGate::Pending> OfflineGate::pending() const
{
    QList<Pending> list;
    for (const Entry &e : m_pending) {
        auto it = std::find_if(
            list.begin(), list.end(), [&e](const Pending &p) { return p.showId == e.showId && p.gate == e.gate; });
        if (it == list.end()) {
            list << Pending {e.showId, e.gate, {}};
            it = list.end() - 1;
        }
        it->scans << e.scan;
    }
    return list;
}

Result<Done> OfflineGate::uploaded(int showId, const QString &gate, const QList<OfflineScan> &scans)
{
    const qsizetype before = m_pending.size();
    m_pending.removeIf([&](const Entry &e) { return e.showId == showId && e.gate == gate && scans.contains(e.scan); });
    if (m_pending.size() == before)
        return Done {};
    return writePending();
}

} // namespace boxoffice
