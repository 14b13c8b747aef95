#include "gate/gate.h"

#include "db/database.h"
#include "db/jsoncall.h"
#include "sale/domain.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPromise>
#include <QtSql/QSqlQuery>

#include <cmath>
#include <memory>

namespace boxoffice {

namespace {

const QLatin1String Alphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

struct VerdictName
{
    GateVerdict verdict;
    const char *name;
};
constexpr VerdictName VerdictNames[] = {
    {GateVerdict::Valid, "VALID"},
    {GateVerdict::AlreadyAdmitted, "ALREADY_ADMITTED"},
    {GateVerdict::Cancelled, "CANCELLED"},
    {GateVerdict::Returned, "RETURNED"},
    {GateVerdict::Replaced, "REPLACED"},
    {GateVerdict::WrongShow, "WRONG_SHOW"},
    {GateVerdict::WrongDay, "WRONG_DAY"},
    {GateVerdict::NotYetOpen, "NOT_YET_OPEN"},
    {GateVerdict::Unpaid, "UNPAID"},
    {GateVerdict::Unknown, "UNKNOWN"},
    {GateVerdict::PassedOut, "PASSED_OUT"},
    {GateVerdict::Duplicate, "DUPLICATE"},
};

GateShow showFromJson(const QJsonObject &o)
{
    return GateShow {o.value(QLatin1String("id")).toInt(), o.value(QLatin1String("title")).toString(),
        fromEpoch(o.value(QLatin1String("starts_at"))), venueTimeZone(o.value(QLatin1String("time_zone")).toString()),
        fromEpoch(o.value(QLatin1String("doors_at")))};
}

GateSeat seatFromJson(const QJsonObject &o)
{
    return GateSeat {o.value(QLatin1String("seat_id")).toInt(), o.value(QLatin1String("zone")).toString(),
        o.value(QLatin1String("section")).toString(), o.value(QLatin1String("row")).toString(),
        o.value(QLatin1String("number")).toInt(), o.value(QLatin1String("label")).toString()};
}

} // namespace

QString gateVerdictName(GateVerdict verdict)
{
    for (const VerdictName &v : VerdictNames) {
        if (v.verdict == verdict)
            return QLatin1String(v.name);
    }
    return QStringLiteral("UNKNOWN");
}

GateVerdict gateVerdictFromName(const QString &name)
{
    for (const VerdictName &v : VerdictNames) {
        if (name == QLatin1String(v.name))
            return v.verdict;
    }
    return GateVerdict::Unknown;
}

Result<ScanResult> ScanResult::fromJson(const QJsonObject &o)
{
    const QString name = o.value(QLatin1String("verdict")).toString();
    ScanResult r;
    r.verdict = gateVerdictFromName(name);
    if (r.verdict == GateVerdict::Unknown && name != QLatin1String("UNKNOWN"))
        return ServiceError::make(ErrorCode::DatabaseError, QStringLiteral("unknown verdict %1").arg(name));
    r.gate = o.value(QLatin1String("gate")).toString();
    r.show = showFromJson(o.value(QLatin1String("show")).toObject());
    if (o.value(QLatin1String("seat")).isObject())
        r.seat = seatFromJson(o.value(QLatin1String("seat")).toObject());
    r.reentry = o.value(QLatin1String("reentry")).toBool();
    r.codeHash = QByteArray::fromHex(o.value(QLatin1String("hash")).toString().toLatin1());
    if (o.value(QLatin1String("ticket_show")).isObject())
        r.ticketShow = showFromJson(o.value(QLatin1String("ticket_show")).toObject());
    r.replacedReason = o.value(QLatin1String("reason")).toString();
    r.doorsAt = fromEpoch(o.value(QLatin1String("doors_at")));
    const QJsonObject admitted = o.value(QLatin1String("admitted")).toObject();
    r.admittedGate = admitted.value(QLatin1String("gate")).toString();
    r.admittedAt = fromEpoch(admitted.value(QLatin1String("at")));
    r.admittedBy = admitted.value(QLatin1String("by")).toString();
    r.admittedUploadedBy = admitted.value(QLatin1String("uploaded_by")).toString();
    r.admittedOffline = admitted.value(QLatin1String("offline")).toBool();
    r.admittedReentry = admitted.value(QLatin1String("reentry")).toBool();
    return r;
}

QString TicketCode::shortCode() const
{
    return code.left(10);
}

Gate::Gate(Database &db) : m_db(db) { }

Result<ScanResult> Gate::admit(Database &db, const QString &code, int showId, const QString &gate)
{
    Result<QJsonObject> r
        = callChecked(db, QStringLiteral("SELECT boxoffice.admit_ticket(?, ?, ?)"), {code, showId, gate});
    if (!r)
        return r.error();
    return ScanResult::fromJson(r.value());
}

Result<ScanResult> Gate::passOut(Database &db, const QString &code, int showId, const QString &gate)
{
    Result<QJsonObject> r
        = callChecked(db, QStringLiteral("SELECT boxoffice.pass_out_ticket(?, ?, ?)"), {code, showId, gate});
    if (!r)
        return r.error();
    return ScanResult::fromJson(r.value());
}

Result<TicketCodes> Gate::ticketCodes(Database &db, qint64 orderId, bool lost)
{
    Result<QJsonObject> r
        = callChecked(db, QStringLiteral("SELECT boxoffice.issue_ticket_codes(?, ?)"), {orderId, lost});
    if (!r)
        return r.error();
    TicketCodes codes;
    codes.orderId = r->value(QLatin1String("order_id")).toInteger();
    codes.replaced = r->value(QLatin1String("replaced")).toBool();
    for (const auto &v : r->value(QLatin1String("tickets")).toArray()) {
        const QJsonObject t = v.toObject();
        codes.tickets << TicketCode {t.value(QLatin1String("seat_id")).toInt(),
            t.value(QLatin1String("label")).toString(), t.value(QLatin1String("code")).toString()};
    }
    return codes;
}

Result<AdmissionList> Gate::admissionList(Database &db, int showId)
{
    Result<QJsonObject> r = callChecked(db, QStringLiteral("SELECT boxoffice.gate_admission_list(?)"), {showId});
    if (!r)
        return r.error();
    AdmissionList list;
    list.show = showFromJson(r->value(QLatin1String("show")).toObject());
    list.passOut = r->value(QLatin1String("pass_out")).toBool();
    list.generatedAt = fromEpoch(r->value(QLatin1String("generated_at")));
    const QJsonArray tickets = r->value(QLatin1String("tickets")).toArray();
    list.tickets.reserve(tickets.size());
    for (const auto &v : tickets) {
        const QJsonObject t = v.toObject();
        list.tickets << AdmissionListEntry {QByteArray::fromHex(t.value(QLatin1String("hash")).toString().toLatin1()),
            seatFromJson(t), t.value(QLatin1String("admitted")).toBool(), t.value(QLatin1String("inside")).toBool()};
    }
    return list;
}

Result<OfflineUpload> Gate::uploadOffline(
    Database &db, int showId, const QString &gate, const QList<OfflineScan> &scans)
{
    QJsonArray items;
    for (const OfflineScan &s : scans) {
        // Milliseconds as a fraction: the database keeps microseconds, so the
        // same upload sent again names the very same instants.
        QJsonObject item {{QStringLiteral("hash"), QString::fromLatin1(s.codeHash.toHex())},
            {QStringLiteral("at"), double(s.at.toMSecsSinceEpoch()) / 1000.0},
            {QStringLiteral("kind"),
                s.kind == OfflineScan::Kind::PassOut ? QStringLiteral("out") : QStringLiteral("in")}};
        if (!s.scannedBy.isEmpty())
            item.insert(QStringLiteral("scanned_by"), s.scannedBy);
        items.append(item);
    }
    Result<QJsonObject> r
        = callChecked(db, QStringLiteral("SELECT boxoffice.upload_offline_admissions(?, ?, ?::jsonb)"),
            {showId, gate, QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    return OfflineUpload {r->value(QLatin1String("admitted")).toInt(), r->value(QLatin1String("reentries")).toInt(),
        r->value(QLatin1String("passed_out")).toInt(), r->value(QLatin1String("duplicates")).toInt(),
        r->value(QLatin1String("refused")).toInt(), r->value(QLatin1String("already_uploaded")).toInt()};
}

GateFigures GateFigures::fromJson(const QJsonObject &o)
{
    GateFigures f;
    f.show = showFromJson(o.value(QLatin1String("show")).toObject());
    f.sold = o.value(QLatin1String("sold")).toInt();
    f.admitted = o.value(QLatin1String("admitted")).toInt();
    f.toCome = o.value(QLatin1String("to_come")).toInt();
    for (const auto &v : o.value(QLatin1String("zones")).toArray()) {
        const QJsonObject z = v.toObject();
        f.zones << Zone {z.value(QLatin1String("zone")).toString(), z.value(QLatin1String("sold")).toInt(),
            z.value(QLatin1String("admitted")).toInt(), z.value(QLatin1String("to_come")).toInt()};
    }
    for (const auto &v : o.value(QLatin1String("gates")).toArray()) {
        const QJsonObject g = v.toObject();
        f.gates << PerGate {g.value(QLatin1String("gate")).toString(), g.value(QLatin1String("admitted")).toInt(),
            g.value(QLatin1String("refused")).toInt(), g.value(QLatin1String("duplicates")).toInt(),
            fromEpoch(g.value(QLatin1String("last_scan")))};
    }
    const QJsonObject refusals = o.value(QLatin1String("refusals")).toObject();
    for (auto it = refusals.begin(); it != refusals.end(); ++it)
        f.refusals.insert(gateVerdictFromName(it.key()), it.value().toInt());
    for (const auto &v : o.value(QLatin1String("duplicates")).toArray()) {
        const QJsonObject d = v.toObject();
        f.duplicates << DuplicateEntry {d.value(QLatin1String("label")).toString(),
            d.value(QLatin1String("gate")).toString(), fromEpoch(d.value(QLatin1String("at"))),
            d.value(QLatin1String("first_gate")).toString(), fromEpoch(d.value(QLatin1String("first_at")))};
    }
    return f;
}

Result<GateFigures> Gate::figures(Database &db, int showId)
{
    Result<QJsonObject> r = callChecked(db, QStringLiteral("SELECT boxoffice.gate_figures(?)"), {showId});
    if (!r)
        return r.error();
    return GateFigures::fromJson(r.value());
}

Result<QList<GateFigures>> Gate::todaysFigures(Database &db)
{
    Result<QJsonObject> r = callChecked(db, QStringLiteral("SELECT boxoffice.gate_figures_today()"), {});
    if (!r)
        return r.error();
    QList<GateFigures> list;
    for (const auto &v : r->value(QLatin1String("shows")).toArray())
        list << GateFigures::fromJson(v.toObject());
    return list;
}

Result<GateStationPing> Gate::ping(Database &db, int showId, const QString &gate, bool closing)
{
    Result<QJsonObject> r
        = callChecked(db, QStringLiteral("SELECT boxoffice.gate_station_ping(?, ?, ?)"), {showId, gate, closing});
    if (!r)
        return r.error();
    return GateStationPing {showFromJson(r->value(QLatin1String("show")).toObject()),
        r->value(QLatin1String("gate")).toString(), r->value(QLatin1String("pass_out")).toBool(),
        fromEpoch(r->value(QLatin1String("at")))};
}

Result<QList<GateShowEntry>> Gate::stationShows(Database &db)
{
    // The day before to the day after: an evening's show is still on the
    // list after midnight, tomorrow's already.
    QList<GateShowEntry> shows;
    Result<Done> r = db.query(
        QStringLiteral(
            "SELECT sh.id, sh.title, extract(epoch FROM sh.starts_at)::float8, v.time_zone, sh.gate_pass_out,"
            " extract(epoch FROM coalesce(sh.doors_at, sh.starts_at - interval '1 hour'))::float8"
            " FROM boxoffice.show sh JOIN boxoffice.venue v ON v.id = sh.venue_id"
            " WHERE sh.starts_at BETWEEN now() - interval '1 day' AND now() + interval '2 days'"
            " AND sh.cancelled_at IS NULL ORDER BY sh.starts_at, sh.id"),
        {}, [&shows](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                shows << GateShowEntry {
                    GateShow {q.value(0).toInt(), q.value(1).toString(),
                        QDateTime::fromMSecsSinceEpoch(qint64(q.value(2).toDouble() * 1000.0), Qt::UTC),
                        venueTimeZone(q.value(3).toString()),
                        QDateTime::fromMSecsSinceEpoch(qint64(q.value(5).toDouble() * 1000.0), Qt::UTC)},
                    q.value(4).toBool()};
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return shows;
}

Result<Done> Gate::setPassOut(Database &db, int showId, bool allowed)
{
    Result<QJsonObject> r
        = callChecked(db, QStringLiteral("SELECT boxoffice.set_show_pass_out(?, ?)"), {showId, allowed});
    if (!r)
        return r.error();
    return Done {};
}

QString Gate::normalizedCode(const QString &input)
{
    QString c;
    c.reserve(input.size());
    for (const QChar ch : input.left(100)) {
        if (ch.isSpace() || ch == QLatin1Char('-'))
            continue;
        QChar u = ch.toUpper();
        if (u == QLatin1Char('O'))
            u = QLatin1Char('0');
        else if (u == QLatin1Char('I') || u == QLatin1Char('L'))
            u = QLatin1Char('1');
        if (!Alphabet.contains(u))
            return {};
        c.append(u);
    }
    if (c.size() != 26 && c.size() != 10)
        return {};
    return c;
}

QByteArray Gate::codeHash(const QString &code)
{
    const QString c = normalizedCode(code);
    if (c.size() != 26)
        return {};
    return QCryptographicHash::hash(c.toLatin1(), QCryptographicHash::Sha256);
}

QString Gate::printedShortCode(const QString &code)
{
    const QString c = normalizedCode(code).left(10);
    if (c.size() != 10)
        return {};
    return c.left(5) + QLatin1Char('-') + c.mid(5);
}

QString Gate::verdictText(GateVerdict verdict)
{
    switch (verdict) {
    case GateVerdict::Valid:
        return tr("Valid");
    case GateVerdict::AlreadyAdmitted:
        return tr("Already admitted");
    case GateVerdict::Cancelled:
        return tr("Cancelled");
    case GateVerdict::Returned:
        return tr("Returned");
    case GateVerdict::Replaced:
        return tr("Replaced");
    case GateVerdict::WrongShow:
        return tr("Wrong show");
    case GateVerdict::WrongDay:
        return tr("Wrong day");
    case GateVerdict::NotYetOpen:
        return tr("Not yet open");
    case GateVerdict::Unpaid:
        return tr("Not paid");
    case GateVerdict::Unknown:
        return tr("Unknown or forged");
    case GateVerdict::PassedOut:
        return tr("Passed out");
    case GateVerdict::Duplicate:
        return tr("Duplicate entry");
    }
    return {};
}

QFuture<Result<ScanResult>> Gate::admitAsync(const QString &code, int showId, const QString &gate)
{
    return m_db.run([code, showId, gate](Database &db) { return admit(db, code, showId, gate); });
}

QFuture<Result<ScanResult>> Gate::passOutAsync(const QString &code, int showId, const QString &gate)
{
    return m_db.run([code, showId, gate](Database &db) { return passOut(db, code, showId, gate); });
}

QFuture<Result<TicketCodes>> Gate::ticketCodesAsync(qint64 orderId, bool lost)
{
    return m_db.run([orderId, lost](Database &db) { return ticketCodes(db, orderId, lost); });
}

QFuture<Result<AdmissionList>> Gate::admissionListAsync(int showId)
{
    return m_db.run([showId](Database &db) { return admissionList(db, showId); });
}

QFuture<Result<OfflineUpload>> Gate::uploadOfflineAsync(
    int showId, const QString &gate, const QList<OfflineScan> &scans)
{
    return m_db.run([showId, gate, scans](Database &db) { return uploadOffline(db, showId, gate, scans); });
}

QFuture<Result<GateFigures>> Gate::figuresAsync(int showId)
{
    return m_db.run([showId](Database &db) { return figures(db, showId); });
}

QFuture<Result<GateStationPing>> Gate::pingAsync(int showId, const QString &gate, bool closing)
{
    // The caller's answer is a promise of its own: a QFuture takes one
    // continuation, and the ping's own future is continued by the next ping.
    auto answer = std::make_shared<QPromise<Result<GateStationPing>>>();
    QFuture<Result<GateStationPing>> future = answer->future();
    answer->start();
    auto work = [showId, gate, closing, answer](Database &db) {
        answer->addResult(ping(db, showId, gate, closing));
        answer->finish();
    };
    if (m_lastPing.isValid() && !m_lastPing.isFinished())
        m_lastPing = m_db.runAfter(m_lastPing, std::move(work));
    else
        m_lastPing = m_db.run(std::move(work));
    return future;
}

QFuture<Result<QList<GateShowEntry>>> Gate::stationShowsAsync()
{
    return m_db.run([](Database &db) { return stationShows(db); });
}

} // namespace boxoffice
