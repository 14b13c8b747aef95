#include "ops/healthmonitor.h"

#include "db/database.h"
#include "db/houseclock.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <cmath>

namespace boxoffice {

namespace {

// Columns whose values are moments (epoch seconds from the database).
bool isTimeColumn(const QString &column)
{
    return column == QLatin1String("held_until") || column == QLatin1String("last_seen")
        || column == QLatin1String("last_run") || column == QLatin1String("starts_at");
}

// The columns of each known finding, in display order.
QStringList columnsOf(FindingKind kind)
{
    switch (kind) {
    case FindingKind::OrphanedBookings:
        return {QStringLiteral("show"), QStringLiteral("seat"), QStringLiteral("order_id"), QStringLiteral("status"),
            QStringLiteral("seat_state")};
    case FindingKind::StaleLocks:
        return {QStringLiteral("show"), QStringLiteral("seat"), QStringLiteral("holder"), QStringLiteral("order_id"),
            QStringLiteral("held_until"), QStringLiteral("minutes_past")};
    case FindingKind::DuplicateActivity:
        return {QStringLiteral("terminal"), QStringLiteral("clerk"), QStringLiteral("duplicates"),
            QStringLiteral("level1"), QStringLiteral("level2"), QStringLiteral("level3"), QStringLiteral("level4"),
            QStringLiteral("others_median"), QStringLiteral("window_minutes")};
    case FindingKind::CountersOffline:
        return {QStringLiteral("terminal"), QStringLiteral("clerk"), QStringLiteral("last_seen"),
            QStringLiteral("seconds_silent")};
    case FindingKind::Jobs:
        return {QStringLiteral("job"), QStringLiteral("state"), QStringLiteral("last_run"), QStringLiteral("client"),
            QStringLiteral("rows"), QStringLiteral("duration_ms"), QStringLiteral("error"),
            QStringLiteral("period_seconds")};
    case FindingKind::Replication:
        return {QStringLiteral("role"), QStringLiteral("server"), QStringLiteral("state"), QStringLiteral("sync"),
            QStringLiteral("lag_seconds")};
    case FindingKind::GatesOffline:
        return {QStringLiteral("show"), QStringLiteral("gate"), QStringLiteral("staff"), QStringLiteral("last_seen"),
            QStringLiteral("seconds_silent")};
    case FindingKind::GateRefusals:
        return {QStringLiteral("show"), QStringLiteral("gate"), QStringLiteral("scans"), QStringLiteral("refused"),
            QStringLiteral("refused_percent"), QStringLiteral("top_reason"), QStringLiteral("window_minutes")};
    case FindingKind::SlowDatabase:
        return {QStringLiteral("round_trip_ms"), QStringLiteral("warning_ms"), QStringLiteral("critical_ms"),
            QStringLiteral("error")};
    case FindingKind::Unknown:
        break;
    }
    return {};
}

QDateTime localTime(double epochSeconds, qint64 clockOffsetMs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(epochSeconds * 1000.0)) + clockOffsetMs);
}

QDateTime timeOf(const QJsonValue &v, qint64 clockOffsetMs)
{
    return v.isDouble() ? localTime(v.toDouble(), clockOffsetMs) : QDateTime();
}

QVariant valueOf(const QString &column, const QJsonValue &v, qint64 clockOffsetMs)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (isTimeColumn(column)) // (a show's start is set in advance: not moved by the clocks' difference)
        return timeOf(v, column == QLatin1String("starts_at") ? 0 : clockOffsetMs);
    if (column == QLatin1String("status")) {
        // An order's status; a status this client does not know stays text.
        if (const std::optional<OrderStatus> status = orderStatusFromName(v.toString()))
            return QVariant::fromValue(*status);
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 2e9)
            return int(d);
        return d;
    }
    if (v.isBool())
        return v.toBool();
    return v.toVariant();
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (v.metaType() == QMetaType::fromType<OrderStatus>())
        return orderStatusName(v.value<OrderStatus>());
    return QJsonValue::fromVariant(v);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

qint64 int64Of(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

int intOf(const QJsonObject &o, const char *key)
{
    return int(o.value(QLatin1String(key)).toInteger());
}

QString stringOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// An amount the figures may leave out (no sales: zero); malformed text is an error.
std::optional<Money> moneyOf(const QJsonObject &o, const char *key, ServiceError *error)
{
    const QString s = stringOf(o, key);
    if (s.isEmpty())
        return Money();
    const std::optional<Money> m = Money::fromDecimal(s);
    if (!m && error->code == ErrorCode::None)
        *error = unreadableAnswer(QLatin1String(key), s);
    return m;
}

int defaultJobPeriod(const QString &job)
{
    if (job == QLatin1String("expire_holds"))
        return 60;
    if (job == QLatin1String("expire_orders"))
        return 300;
    if (job == QLatin1String("health_check"))
        return 600;
    return 3600;
}

} // namespace

QString healthLevelName(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return QStringLiteral("ok");
    case HealthLevel::Warning:
        return QStringLiteral("warning");
    case HealthLevel::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<HealthLevel> healthLevelFromName(QStringView name)
{
    for (const HealthLevel l : {HealthLevel::Ok, HealthLevel::Warning, HealthLevel::Critical}) {
        if (name == healthLevelName(l))
            return l;
    }
    return std::nullopt;
}

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::OrphanedBookings:
        return QStringLiteral("orphaned_bookings");
    case FindingKind::StaleLocks:
        return QStringLiteral("stale_locks");
    case FindingKind::DuplicateActivity:
        return QStringLiteral("duplicate_activity");
    case FindingKind::CountersOffline:
        return QStringLiteral("counters_offline");
    case FindingKind::Jobs:
        return QStringLiteral("jobs");
    case FindingKind::Replication:
        return QStringLiteral("replication");
    case FindingKind::GatesOffline:
        return QStringLiteral("gates_offline");
    case FindingKind::GateRefusals:
        return QStringLiteral("gate_refusals");
    case FindingKind::SlowDatabase:
        return QStringLiteral("slow_database");
    case FindingKind::Unknown:
        break;
    }
    return {};
}

FindingKind findingKindFromName(QStringView name)
{
    for (const FindingKind k : {FindingKind::OrphanedBookings, FindingKind::StaleLocks, FindingKind::DuplicateActivity,
             FindingKind::CountersOffline, FindingKind::Jobs, FindingKind::Replication, FindingKind::GatesOffline,
             FindingKind::GateRefusals, FindingKind::SlowDatabase}) {
        if (name == findingKindName(k))
            return k;
    }
    return FindingKind::Unknown;
}

QJsonObject HealthThresholds::toJson() const
{
    QJsonObject periods;
    for (const char *job : {"expire_holds", "expire_orders", "health_check", "deep_cleanup"}) {
        const QString name = QLatin1String(job);
        periods.insert(name, jobPeriodSeconds.value(name, defaultJobPeriod(name)));
    }
    for (auto it = jobPeriodSeconds.cbegin(); it != jobPeriodSeconds.cend(); ++it)
        periods.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("stale_lock_minutes"), staleLockMinutes},
        {QStringLiteral("stale_lock_critical_minutes"), staleLockCriticalMinutes},
        {QStringLiteral("duplicate_window_minutes"), duplicateWindowMinutes},
        {QStringLiteral("duplicate_absolute"), duplicateAbsolute},
        {QStringLiteral("duplicate_relative"), duplicateRelative},
        {QStringLiteral("duplicate_critical"), duplicateCritical},
        {QStringLiteral("offline_warning_seconds"), offlineWarningSeconds},
        {QStringLiteral("offline_critical_seconds"), offlineCriticalSeconds},
        {QStringLiteral("offline_lookback_hours"), offlineLookbackHours},
        {QStringLiteral("job_periods"), periods},
        {QStringLiteral("job_late_factor"), jobLateFactor},
        {QStringLiteral("slow_database_warning_ms"), slowDatabaseWarningMs},
        {QStringLiteral("slow_database_critical_ms"), slowDatabaseCriticalMs},
        {QStringLiteral("row_limit"), rowLimit},
        {QStringLiteral("expected_standbys"), expectedStandbys}, // negative: ignored by the server
        {QStringLiteral("replication_lag_seconds"), replicationLagSeconds},
        {QStringLiteral("gate_offline_warning_seconds"), gateOfflineWarningSeconds},
        {QStringLiteral("gate_offline_critical_seconds"), gateOfflineCriticalSeconds},
        {QStringLiteral("gate_watch_hours"), gateWatchHours},
        {QStringLiteral("gate_refusal_window_minutes"), gateRefusalWindowMinutes},
        {QStringLiteral("gate_refusal_minimum"), gateRefusalMinimum},
        {QStringLiteral("gate_refusal_share"), gateRefusalShare},
        {QStringLiteral("gate_refusal_critical_share"), gateRefusalCriticalShare},
    };
}

QString Finding::kindName() const
{
    return kind == FindingKind::Unknown ? unknownKind : findingKindName(kind);
}

QJsonObject Finding::toJson() const
{
    QJsonArray jsonRows;
    for (const QVariantList &row : rows) {
        QJsonObject o;
        for (qsizetype c = 0; c < columns.size() && c < row.size(); ++c)
            o.insert(columns.at(c), jsonOf(row.at(c)));
        jsonRows.append(o);
    }
    return QJsonObject {
        {QStringLiteral("kind"), kindName()},
        {QStringLiteral("level"), healthLevelName(level)},
        {QStringLiteral("count"), count},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
        {QStringLiteral("rows"), jsonRows},
    };
}

const Finding *HealthReport::find(FindingKind kind) const
{
    for (const Finding &f : findings) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

QJsonObject HealthReport::toJson() const
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(f.toJson());
    return QJsonObject {
        {QStringLiteral("status"), healthLevelName(level)},
        {QStringLiteral("checked_at"), isoOrNull(checkedAt)},
        {QStringLiteral("database_round_trip_ms"),
            roundTripMs >= 0 ? QJsonValue(std::round(roundTripMs * 1000.0) / 1000.0) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("findings"), list},
    };
}

const JobFigures *DashboardSnapshot::job(const QString &name) const
{
    for (const JobFigures &j : jobs) {
        if (j.job == name)
            return &j;
    }
    return nullptr;
}

QJsonObject DashboardSnapshot::toJson() const
{
    QJsonArray showList;
    for (const ShowFigures &s : shows) {
        showList.append(QJsonObject {
            {QStringLiteral("show_id"), s.showId},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("starts_at"), isoOrNull(s.startsAt)},
            {QStringLiteral("sales_state"), salesStateName(s.salesState)},
            {QStringLiteral("capacity"), s.capacity},
            {QStringLiteral("locked_seats"), s.lockedSeats},
            {QStringLiteral("sold_seats"), s.soldSeats},
            {QStringLiteral("orders_in_flight"), s.ordersInFlight},
            {QStringLiteral("paid_orders"), s.paidOrders},
            {QStringLiteral("takings"), s.takings.toDecimal()},
        });
    }
    QJsonArray minuteList;
    for (const MinuteFigures &m : minutes) {
        minuteList.append(QJsonObject {
            {QStringLiteral("minute"), isoOrNull(m.minute)},
            {QStringLiteral("sales"), m.sales},
            {QStringLiteral("seats_sold"), m.seatsSold},
            {QStringLiteral("holds"), m.holds},
            {QStringLiteral("sells"), m.sells},
            {QStringLiteral("conflicts"), m.conflicts},
            {QStringLiteral("duplicates"), m.duplicates},
            {QStringLiteral("rate_limited"), m.rateLimited},
        });
    }
    QJsonArray counterList;
    for (const CounterFigures &c : counters) {
        counterList.append(QJsonObject {
            {QStringLiteral("terminal_id"), c.terminalId},
            {QStringLiteral("terminal"), c.terminal},
            {QStringLiteral("clerk"), c.clerk.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.clerk)},
            {QStringLiteral("sales"), c.sales},
            {QStringLiteral("cash_taken"), c.cashTaken.toDecimal()},
            {QStringLiteral("takings"), c.takings.toDecimal()},
            {QStringLiteral("last_seen"), isoOrNull(c.lastSeen)},
            {QStringLiteral("seconds_silent"), c.secondsSilent},
            {QStringLiteral("heartbeats"), c.heartbeats},
            {QStringLiteral("signed_off"), c.signedOff},
        });
    }
    QJsonArray jobList;
    for (const JobFigures &j : jobs) {
        jobList.append(QJsonObject {
            {QStringLiteral("job"), j.job},
            {QStringLiteral("last_run"), isoOrNull(j.lastRun)},
            {QStringLiteral("client"), j.client.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(j.client)},
            {QStringLiteral("rows"), j.rows},
            {QStringLiteral("duration_ms"), j.durationMs},
            {QStringLiteral("error"), j.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(j.error)},
            {QStringLiteral("runs"), j.runs},
            {QStringLiteral("failures"), j.failures},
        });
    }
    return QJsonObject {
        {QStringLiteral("generated_at"), isoOrNull(at)},
        {QStringLiteral("since"), isoOrNull(since)},
        {QStringLiteral("window_minutes"), windowMinutes},
        {QStringLiteral("live"),
            QJsonObject {
                {QStringLiteral("locked_seats"), live.lockedSeats},
                {QStringLiteral("sold_seats"), live.soldSeats},
                {QStringLiteral("orders_in_flight"), live.ordersInFlight},
                {QStringLiteral("paid_orders"), live.paidOrders},
                {QStringLiteral("takings"), live.takings.toDecimal()},
                {QStringLiteral("cash_taken"), live.cashTaken.toDecimal()},
            }},
        {QStringLiteral("totals"),
            QJsonObject {
                {QStringLiteral("holds"), totals.holds},
                {QStringLiteral("sells"), totals.sells},
                {QStringLiteral("conflicts"), totals.conflicts},
                {QStringLiteral("duplicates"),
                    QJsonObject {
                        {QStringLiteral("level1"), totals.duplicatesLevel1},
                        {QStringLiteral("level2"), totals.duplicatesLevel2},
                        {QStringLiteral("level3"), totals.duplicatesLevel3},
                        {QStringLiteral("level4"), totals.duplicatesLevel4},
                        {QStringLiteral("total"), totals.duplicates()},
                    }},
                {QStringLiteral("rate_limited"), totals.rateLimited},
                {QStringLiteral("errors"), totals.errors},
            }},
        {QStringLiteral("shows"), showList},
        {QStringLiteral("per_minute"), minuteList},
        {QStringLiteral("counters"), counterList},
        {QStringLiteral("jobs"), jobList},
    };
}

HealthMonitor::HealthMonitor(Database &db, HealthThresholds thresholds) : m_db(db), m_thresholds(std::move(thresholds))
{ }

HealthThresholds HealthMonitor::thresholds() const
{
    std::lock_guard lock(m_mutex);
    return m_thresholds;
}

void HealthMonitor::setThresholds(const HealthThresholds &thresholds)
{
    std::lock_guard lock(m_mutex);
    m_thresholds = thresholds;
}

QString HealthMonitor::findingTitle(FindingKind kind, HealthLevel level, int count)
{
    const bool ok = level == HealthLevel::Ok && count == 0;
    switch (kind) {
    case FindingKind::OrphanedBookings:
        return ok ? tr("No orphaned bookings") : tr("%n orphaned booking(s)", "", count);
    case FindingKind::StaleLocks:
        return ok ? tr("No stale seat locks") : tr("%n stale seat lock(s)", "", count);
    case FindingKind::DuplicateActivity:
        return ok ? tr("Duplicate guards: nothing unusual")
                  : tr("%n counter(s) tripping the duplicate guards", "", count);
    case FindingKind::CountersOffline:
        return ok ? tr("Every counter is online") : tr("%n counter(s) offline", "", count);
    case FindingKind::Jobs:
        return ok ? tr("Background jobs run on time") : tr("%n background job(s) failed, late or never run", "", count);
    case FindingKind::Replication:
        if (level == HealthLevel::Critical)
            return tr("No healthy standby server (%n streaming)", "", count);
        if (level == HealthLevel::Warning)
            return tr("A standby server is falling behind (%n streaming)", "", count);
        return ok ? tr("One database server, no standby") : tr("%n standby server(s) streaming", "", count);
    case FindingKind::GatesOffline:
        return ok ? tr("Every gate station is online") : tr("%n gate station(s) offline", "", count);
    case FindingKind::GateRefusals:
        return ok ? tr("Gates: refusals as usual") : tr("%n gate(s) refusing many scans", "", count);
    case FindingKind::SlowDatabase: // titled with its round trip (slowDatabaseFinding)
    case FindingKind::Unknown:
        break;
    }
    return {};
}

QString HealthMonitor::findingDescription(FindingKind kind)
{
    switch (kind) {
    case FindingKind::OrphanedBookings:
        return tr("Seats still sold or held for an order that was cancelled or has expired: nobody can buy them "
                  "until they are freed.");
    case FindingKind::StaleLocks:
        return tr("Holds past their time that the cleanup has not released yet. They do not stop a sale (a hold "
                  "past its time counts as free), but many of them mean the cleanup job is behind.");
    case FindingKind::DuplicateActivity:
        return tr("A counter whose duplicate guards tripped far more often than the other counters' lately: a "
                  "stuck key, repeated clicks, or a network that keeps retrying.");
    case FindingKind::CountersOffline:
        return tr("Counters that were working but have sent no heartbeat lately: the app may have stopped or the "
                  "network may be down. Counters closed properly are not listed.");
    case FindingKind::Jobs:
        return tr("Background jobs whose last run failed (critical), that have not run for more than twice their "
                  "period, or that never ran (warning).");
    case FindingKind::Replication:
        return tr("The database server the counters write to (the primary) and its standby servers. With a "
                  "synchronous standby expected, none streaming is critical: a sale waits for it, and the next "
                  "failure of the primary has nothing to fail over to. A standby replaying more than 10 seconds "
                  "behind is a warning.");
    case FindingKind::GatesOffline:
        return tr("Gate stations that were open for a show and have not been heard from lately (they say they are "
                  "alive every 30 seconds): the PC, the app or the network may be down, and the gate may be "
                  "admitting from its downloaded list. Stations closed properly are not listed.");
    case FindingKind::GateRefusals:
        return tr("Gates that refused many of their scans in the last minutes: forged or copied tickets, people at "
                  "the wrong show's door, or a scanner misreading. The most frequent refusal is named.");
    case FindingKind::SlowDatabase:
        return tr("The time this counter waits for the database to answer a trivial query.");
    case FindingKind::Unknown:
        break;
    }
    return {};
}

QString HealthMonitor::columnHeader(const QString &column)
{
    static const struct
    {
        const char *column;
        const char *header;
    } headers[] = {
        {"show", QT_TR_NOOP("Show")},
        {"seat", QT_TR_NOOP("Seat")},
        {"order_id", QT_TR_NOOP("Order")},
        {"status", QT_TR_NOOP("Order status")},
        {"seat_state", QT_TR_NOOP("Seat state")},
        {"holder", QT_TR_NOOP("Holder")},
        {"held_until", QT_TR_NOOP("Held until")},
        {"minutes_past", QT_TR_NOOP("Minutes past")},
        {"terminal", QT_TR_NOOP("Counter")},
        {"clerk", QT_TR_NOOP("Clerk")},
        {"duplicates", QT_TR_NOOP("Duplicates")},
        {"level1", QT_TR_NOOP("Repeated requests")},
        {"level2", QT_TR_NOOP("Already in progress")},
        {"level3", QT_TR_NOOP("Retries by key")},
        {"level4", QT_TR_NOOP("Similar orders")},
        {"others_median", QT_TR_NOOP("Others' median")},
        {"window_minutes", QT_TR_NOOP("Minutes")},
        {"last_seen", QT_TR_NOOP("Last seen")},
        {"seconds_silent", QT_TR_NOOP("Silent (s)")},
        {"job", QT_TR_NOOP("Job")},
        {"state", QT_TR_NOOP("State")},
        {"last_run", QT_TR_NOOP("Last run")},
        {"client", QT_TR_NOOP("Run by")},
        {"rows", QT_TR_NOOP("Rows")},
        {"duration_ms", QT_TR_NOOP("Duration (ms)")},
        {"error", QT_TR_NOOP("Error")},
        {"period_seconds", QT_TR_NOOP("Period (s)")},
        {"round_trip_ms", QT_TR_NOOP("Round trip (ms)")},
        {"warning_ms", QT_TR_NOOP("Warning at (ms)")},
        {"critical_ms", QT_TR_NOOP("Critical at (ms)")},
        {"role", QT_TR_NOOP("Role")},
        {"server", QT_TR_NOOP("Server")},
        {"sync", QT_TR_NOOP("Synchronous")},
        {"lag_seconds", QT_TR_NOOP("Behind (s)")},
        {"gate", QT_TR_NOOP("Gate")},
        {"staff", QT_TR_NOOP("Door staff")},
        {"scans", QT_TR_NOOP("Scans")},
        {"refused", QT_TR_NOOP("Refused")},
        {"refused_percent", QT_TR_NOOP("Refused %")},
        {"top_reason", QT_TR_NOOP("Mostly")},
    };
    for (const auto &h : headers) {
        if (column == QLatin1String(h.column))
            return tr(h.header);
    }
    return column;
}

Result<double> HealthMonitor::measureRoundTrip(int samples)
{
    // The first call may open the connection: that is not the round trip.
    if (Result<QSqlDatabase> conn = m_db.connection(); !conn)
        return conn.error();
    QList<double> times;
    for (int i = 0; i < std::max(1, samples); ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<Done> r = m_db.ping();
        if (!r)
            return r.error();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

Finding HealthMonitor::slowDatabaseFinding(double roundTripMs, const HealthThresholds &t, const QString &error) const
{
    Finding f;
    f.kind = FindingKind::SlowDatabase;
    f.description = findingDescription(f.kind);
    f.columns = columnsOf(f.kind);
    for (const QString &c : std::as_const(f.columns))
        f.headers << columnHeader(c);
    const QLocale locale;
    if (roundTripMs < 0) {
        f.level = HealthLevel::Critical;
        f.count = 1;
        f.title = tr("Database not answering");
    } else {
        f.level = roundTripMs >= t.slowDatabaseCriticalMs ? HealthLevel::Critical
            : roundTripMs >= t.slowDatabaseWarningMs      ? HealthLevel::Warning
                                                          : HealthLevel::Ok;
        f.count = f.level == HealthLevel::Ok ? 0 : 1;
        const QString ms = locale.toString(roundTripMs, 'f', roundTripMs < 1 ? 2 : roundTripMs < 10 ? 1 : 0);
        f.title = f.level == HealthLevel::Ok ? tr("Database answers in %1 ms").arg(ms)
                                             : tr("Database slow: %1 ms round trip").arg(ms);
    }
    f.rows << QVariantList {roundTripMs >= 0 ? QVariant(std::round(roundTripMs * 1000.0) / 1000.0) : QVariant(),
        t.slowDatabaseWarningMs, t.slowDatabaseCriticalMs, error.isEmpty() ? QVariant() : QVariant(error)};
    return f;
}

Result<HealthReport> HealthMonitor::check()
{
    const HealthThresholds t = thresholds();
    HealthReport report;
    report.checkedAt = QDateTime::currentDateTime();

    Result<double> roundTrip = measureRoundTrip();
    if (!roundTrip) {
        // Not answering is the finding.
        report.roundTripMs = -1;
        report.findings << slowDatabaseFinding(-1, t, roundTrip.error().message);
        report.level = HealthLevel::Critical;
        return report;
    }
    report.roundTripMs = roundTrip.value();

    Result<QJsonObject> r = m_db.callJson(QStringLiteral("SELECT boxoffice.health_findings(?::jsonb)"),
        {QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    if (!r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    const qint64 offset = m_db.clockOffsetMs();
    report.checkedAt = timeOf(r->value(QLatin1String("at")), offset);
    for (const auto &v : r->value(QLatin1String("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.kind = findingKindFromName(stringOf(o, "kind"));
        if (f.kind == FindingKind::Unknown)
            f.unknownKind = stringOf(o, "kind");
        const std::optional<HealthLevel> level = healthLevelFromName(stringOf(o, "level"));
        if (!level)
            return unreadableAnswer(QStringLiteral("level"), stringOf(o, "level"));
        f.level = *level;
        f.count = intOf(o, "count");
        f.title = f.kind == FindingKind::Unknown ? f.unknownKind : findingTitle(f.kind, f.level, f.count);
        f.description = findingDescription(f.kind);
        const QJsonArray rows = o.value(QLatin1String("rows")).toArray();
        f.columns = columnsOf(f.kind);
        if (f.columns.isEmpty() && !rows.isEmpty())
            f.columns = rows.first().toObject().keys(); // a kind this client does not know yet
        for (const QString &c : std::as_const(f.columns))
            f.headers << columnHeader(c);
        for (const auto &rowValue : rows) {
            const QJsonObject row = rowValue.toObject();
            QVariantList values;
            values.reserve(f.columns.size());
            for (const QString &c : std::as_const(f.columns))
                values << valueOf(c, row.value(c), offset);
            f.rows << values;
        }
        report.findings << f;
    }
    report.findings << slowDatabaseFinding(report.roundTripMs, t, QString());
    report.level = HealthLevel::Ok;
    for (const Finding &f : std::as_const(report.findings))
        report.level = std::max(report.level, f.level);
    return report;
}

Result<DashboardSnapshot> HealthMonitor::dashboard(int windowMinutes, const QDateTime &since)
{
    const QDateTime from = since.isValid() ? since : HouseClock::startOfDay(HouseClock::today());
    const qint64 offset = m_db.clockOffsetMs();
    // The server's clock decides "since": shift the local moment by the offset.
    const double sinceServer = double(from.toMSecsSinceEpoch() - offset) / 1000.0;
    Result<QJsonObject> r = m_db.callJson(
        QStringLiteral("SELECT boxoffice.dashboard_figures(?, to_timestamp(?::float8))"), {windowMinutes, sinceServer});
    if (!r)
        return r.error();
    if (!r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    const QJsonObject &o = r.value();
    DashboardSnapshot s;
    ServiceError unreadable;
    unreadable.code = ErrorCode::None;
    s.at = timeOf(o.value(QLatin1String("at")), offset);
    s.since = timeOf(o.value(QLatin1String("since")), offset);
    s.windowMinutes = intOf(o, "window_minutes");

    const QJsonObject live = o.value(QLatin1String("live")).toObject();
    s.live.lockedSeats = intOf(live, "locked_seats");
    s.live.soldSeats = intOf(live, "sold_seats");
    s.live.ordersInFlight = intOf(live, "orders_in_flight");
    s.live.paidOrders = intOf(live, "paid_orders");
    s.live.ordersSold = intOf(live, "orders_sold");
    s.live.ordersReturned = intOf(live, "orders_returned");
    s.live.takings = moneyOf(live, "takings", &unreadable).value_or(Money());
    s.live.cashTaken = moneyOf(live, "cash_taken", &unreadable).value_or(Money());
    s.live.taken = moneyOf(live, "taken", &unreadable).value_or(Money());
    s.live.refunded = moneyOf(live, "refunded", &unreadable).value_or(Money());
    s.live.ticketsNet = intOf(live, "tickets_net");

    const QJsonObject totals = o.value(QLatin1String("totals")).toObject();
    s.totals.holds = int64Of(totals, "holds");
    s.totals.sells = int64Of(totals, "sells");
    s.totals.conflicts = int64Of(totals, "conflicts");
    s.totals.duplicatesLevel1 = int64Of(totals, "dup_level1");
    s.totals.duplicatesLevel2 = int64Of(totals, "dup_level2");
    s.totals.duplicatesLevel3 = int64Of(totals, "dup_level3");
    s.totals.duplicatesLevel4 = int64Of(totals, "dup_level4");
    s.totals.rateLimited = int64Of(totals, "rate_limited");
    s.totals.errors = int64Of(totals, "errors");

    for (const auto &v : o.value(QLatin1String("shows")).toArray()) {
        const QJsonObject x = v.toObject();
        ShowFigures f;
        f.showId = intOf(x, "show_id");
        f.title = stringOf(x, "title");
        // A show's start is a time set in advance, not one of the server's
        // clock readings: never moved by the clocks' difference (moved by a
        // few milliseconds back, 18:30 read 18:29).
        f.startsAt = timeOf(x.value(QLatin1String("starts_at")), 0);
        f.timeZone = venueTimeZone(stringOf(x, "time_zone"));
        const std::optional<SalesState> state = salesStateFromName(stringOf(x, "sales_state"));
        if (!state)
            return unreadableAnswer(QStringLiteral("sales_state"), stringOf(x, "sales_state"));
        f.salesState = *state;
        f.capacity = intOf(x, "capacity");
        f.lockedSeats = intOf(x, "locked_seats");
        f.soldSeats = intOf(x, "sold_seats");
        f.ordersInFlight = intOf(x, "orders_in_flight");
        f.paidOrders = intOf(x, "paid_orders");
        f.takings = moneyOf(x, "takings", &unreadable).value_or(Money());
        s.shows << f;
    }
    for (const auto &v : o.value(QLatin1String("minutes")).toArray()) {
        const QJsonObject x = v.toObject();
        MinuteFigures m;
        // Minutes are whole minutes of the server's clock; shown as such.
        m.minute = timeOf(x.value(QLatin1String("minute")), 0);
        m.sales = intOf(x, "sales");
        m.seatsSold = intOf(x, "seats_sold");
        m.holds = intOf(x, "holds");
        m.sells = intOf(x, "sells");
        m.conflicts = intOf(x, "conflicts");
        m.duplicates = intOf(x, "duplicates");
        m.rateLimited = intOf(x, "rate_limited");
        s.minutes << m;
    }
    for (const auto &v : o.value(QLatin1String("counters")).toArray()) {
        const QJsonObject x = v.toObject();
        CounterFigures c;
        c.terminalId = intOf(x, "terminal_id");
        c.terminal = stringOf(x, "terminal");
        c.clerk = stringOf(x, "clerk");
        c.sales = intOf(x, "sales");
        c.cashTaken = moneyOf(x, "cash_taken", &unreadable).value_or(Money());
        c.takings = moneyOf(x, "takings", &unreadable).value_or(Money());
        c.lastSeen = timeOf(x.value(QLatin1String("last_seen")), offset);
        c.secondsSilent = intOf(x, "seconds_silent");
        c.heartbeats = x.value(QLatin1String("heartbeats")).toBool();
        c.signedOff = x.value(QLatin1String("signed_off")).toBool();
        s.counters << c;
    }
    for (const auto &v : o.value(QLatin1String("jobs")).toArray()) {
        const QJsonObject x = v.toObject();
        JobFigures j;
        j.job = stringOf(x, "job");
        j.lastRun = timeOf(x.value(QLatin1String("last_run")), offset);
        j.client = stringOf(x, "client");
        j.rows = intOf(x, "rows");
        j.durationMs = x.value(QLatin1String("duration_ms")).toDouble();
        j.error = stringOf(x, "error");
        j.runs = intOf(x, "runs");
        j.failures = intOf(x, "failures");
        s.jobs << j;
    }
    if (unreadable.code != ErrorCode::None)
        return unreadable;
    return s;
}

} // namespace boxoffice
