#include "gate/offlinegate.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>

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
            {QStringLiteral("admitted"), t.admitted}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("show"), showJson(list.show)},
                             {QStringLiteral("generated_at"), double(list.generatedAt.toMSecsSinceEpoch()) / 1000.0},
                             {QStringLiteral("tickets"), tickets}})
        .toJson(QJsonDocument::Compact);
}

AdmissionList listOf(const QJsonObject &o)
{
    AdmissionList list;
    list.show = showOf(o.value(QLatin1String("show")).toObject());
    list.generatedAt
        = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("generated_at")).toDouble() * 1000.0));
    const QJsonArray tickets = o.value(QLatin1String("tickets")).toArray();
    list.tickets.reserve(tickets.size());
    for (const auto &v : tickets) {
        const QJsonObject t = v.toObject();
        list.tickets << AdmissionListEntry {QByteArray::fromHex(t.value(QLatin1String("hash")).toString().toLatin1()),
            GateSeat {t.value(QLatin1String("seat_id")).toInt(), t.value(QLatin1String("zone")).toString(),
                t.value(QLatin1String("section")).toString(), t.value(QLatin1String("row")).toString(),
                t.value(QLatin1String("number")).toInt(), t.value(QLatin1String("label")).toString()},
            t.value(QLatin1String("admitted")).toBool()};
    }
    return list;
}

QByteArray entryLine(int showId, const QString &gate, const QByteArray &hash, const QDateTime &at)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("show"), showId}, {QStringLiteral("gate"), gate},
                             {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
                             {QStringLiteral("at"), double(at.toMSecsSinceEpoch())}})
               .toJson(QJsonDocument::Compact)
        + '\n';
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
        m_pending << Entry {o.value(QLatin1String("show")).toInt(), o.value(QLatin1String("gate")).toString(), hash,
            QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("at")).toDouble()))};
    }
}

Result<Done> OfflineGate::writePending()
{
    QSaveFile f(pendingFile());
    if (!f.open(QIODevice::WriteOnly))
        return unwritable();
    for (const Entry &e : std::as_const(m_pending))
        f.write(entryLine(e.showId, e.gate, e.hash, e.at));
    if (!f.commit())
        return unwritable();
    return Done {};
}

Result<Done> OfflineGate::setList(const AdmissionList &list)
{
    QSaveFile f(listFile(list.show.id));
    if (!f.open(QIODevice::WriteOnly) || f.write(listJson(list)) < 0 || !f.commit())
        return unwritable();
    Loaded l;
    l.list = list;
    for (qsizetype i = 0; i < l.list.tickets.size(); ++i)
        l.byHash.insert(l.list.tickets.at(i).codeHash, i);
    // What was admitted here and not yet uploaded is still admitted.
    for (const Entry &e : std::as_const(m_pending)) {
        if (e.showId == list.show.id)
            l.admittedHere.insert(e.hash, {e.gate, e.at});
    }
    // Noted online admissions the list may not have yet.
    if (const auto old = m_shows.constFind(list.show.id); old != m_shows.constEnd()) {
        for (auto it = old->admittedHere.cbegin(); it != old->admittedHere.cend(); ++it)
            l.admittedHere.insert(it.key(), it.value());
    }
    m_shows[list.show.id] = std::move(l);
    return Done {};
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
    for (qsizetype i = 0; i < l.list.tickets.size(); ++i)
        l.byHash.insert(l.list.tickets.at(i).codeHash, i);
    for (const Entry &e : std::as_const(m_pending)) {
        if (e.showId == showId)
            l.admittedHere.insert(e.hash, {e.gate, e.at});
    }
    Loaded &kept = m_shows[showId];
    kept = std::move(l);
    return &kept;
}

const AdmissionList *OfflineGate::list(int showId)
{
    const Loaded *l = loaded(showId);
    return l ? &l->list : nullptr;
}

void OfflineGate::noteAdmitted(int showId, const QString &code)
{
    const QByteArray hash = Gate::codeHash(code);
    Loaded *l = loaded(showId);
    if (!l || hash.isEmpty() || l->admittedHere.contains(hash))
        return;
    l->admittedHere.insert(hash, {QString(), QDateTime()});
}

Result<ScanResult> OfflineGate::admit(int showId, const QString &gate, const QString &code, const QDateTime &at)
{
    Loaded *l = loaded(showId);
    if (!l) {
        ServiceError e
            = ServiceError::make(ErrorCode::UnknownShow, QStringLiteral("no admission list for %1").arg(showId));
        e.message = tr("The database does not answer and this gate has no admission list for the show: not checked.");
        return e;
    }
    ScanResult r;
    r.offline = true;
    r.gate = gate.trimmed();
    r.show = l->list.show;
    const QString normalized = Gate::normalizedCode(code);
    if (normalized.size() == 10) {
        ServiceError e = ServiceError::invalidValue(QStringLiteral("code"), QStringLiteral("short_offline"));
        e.message = tr("Without the database only the QR code can be checked: scan it (the short code cannot be).");
        return e;
    }
    const QByteArray hash = Gate::codeHash(normalized);
    const auto found = hash.isEmpty() ? l->byHash.constEnd() : l->byHash.constFind(hash);
    if (found == l->byHash.constEnd()) {
        r.verdict = GateVerdict::Unknown;
        return r;
    }
    const AdmissionListEntry &ticket = l->list.tickets.at(found.value());
    r.seat = ticket.seat;
    if (ticket.admitted || l->admittedHere.contains(hash)) {
        r.verdict = GateVerdict::AlreadyAdmitted;
        const auto here = l->admittedHere.value(hash);
        r.admittedGate = here.first;
        r.admittedAt = here.second;
        r.admittedOffline = here.second.isValid();
        return r;
    }
    // Before doors nobody is let in, offline as online (a list made before
    // doors says when they open).
    if (l->list.show.doorsAt.isValid() && at < l->list.show.doorsAt) {
        r.verdict = GateVerdict::NotYetOpen;
        r.doorsAt = l->list.show.doorsAt;
        return r;
    }
    // Written before it is said: an admission the file does not have was
    // not made.
    QFile f(pendingFile());
    const QByteArray line = entryLine(showId, r.gate, hash, at);
    if (!f.open(QIODevice::Append) || f.write(line) != line.size() || !f.flush())
        return unwritable();
    f.close();
    m_pending << Entry {showId, r.gate, hash, at};
    l->admittedHere.insert(hash, {r.gate, at});
    r.verdict = GateVerdict::Valid;
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
        it->scans << OfflineScan {e.hash, e.at};
    }
    return list;
}

Result<Done> OfflineGate::uploaded(int showId, const QString &gate, const QList<OfflineScan> &scans)
{
    const qsizetype before = m_pending.size();
    m_pending.removeIf([&](const Entry &e) {
        return e.showId == showId && e.gate == gate
            && std::any_of(scans.cbegin(), scans.cend(),
                [&e](const OfflineScan &s) { return s.codeHash == e.hash && s.at == e.at; });
    });
    if (m_pending.size() == before)
        return Done {};
    return writePending();
}

} // namespace boxoffice
