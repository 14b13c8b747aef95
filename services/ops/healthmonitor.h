#pragma once

#include "db/result.h"
#include "money/money.h"
#include "sale/domain.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVariant>

#include <mutex>
#include <optional>

namespace boxoffice {

class Database;

// Ordered: the worst level of several is their maximum.
enum class HealthLevel { Ok, Warning, Critical };
// "ok", "warning", "critical" (stable: used in JSON).
QString healthLevelName(HealthLevel level);
std::optional<HealthLevel> healthLevelFromName(QStringView name);

// What a finding is about. Unknown: a kind a newer database reports that this
// client does not know yet (shown with its rows, under the database's name).
enum class FindingKind {
    OrphanedBookings,
    StaleLocks,
    DuplicateActivity,
    CountersOffline,
    Jobs,
    Replication,
    GatesOffline, // a gate station silent without closing (docs/GATE.md)
    GateRefusals, // a gate refusing many of its scans lately
    SlowDatabase,
    Unknown
};
// orphaned_bookings, stale_locks, duplicate_activity, counters_offline, jobs,
// replication, gates_offline, gate_refusals, slow_database (stable: used in
// JSON and metrics).
QString findingKindName(FindingKind kind);
FindingKind findingKindFromName(QStringView name);

// When something counts as wrong. Every value has a sane default; the job
// periods should be the scheduler's intervals (a job is late past
// jobLateFactor periods).
struct HealthThresholds
{
    double staleLockMinutes = 2;          // a hold this far past its time is stale (warning)
    double staleLockCriticalMinutes = 15; // … and this far, critical
    int duplicateWindowMinutes = 10;      // duplicate activity is looked at over these minutes
    int duplicateAbsolute = 20;           // duplicates a counter must reach to stand out
    double duplicateRelative = 5;         // … and times the other counters' median it must exceed
    int duplicateCritical = 100;
    int offlineWarningSeconds = 120; // a counter silent this long is offline (warning)
    int offlineCriticalSeconds = 600;
    int offlineLookbackHours = 24;        // counters silent longer are forgotten
    QHash<QString, int> jobPeriodSeconds; // by job name; missing: 60, 300, 600, 3600
    double jobLateFactor = 2;
    double slowDatabaseWarningMs = 250; // client-measured round trip of a trivial query
    double slowDatabaseCriticalMs = 1000;
    int rowLimit = 200; // rows kept per finding (its count is the full count)
    // Standbys that must be streaming (fewer: critical); negative: the
    // server decides (1 when its synchronous_standby_names is set, else 0).
    int expectedStandbys = -1;
    double replicationLagSeconds = 10; // a standby replaying further behind: warning
    // A gate station pings every 30 s while open (Gate::ping); silent this
    // long without closing, it is offline. Watched until its show started
    // gateWatchHours ago.
    int gateOfflineWarningSeconds = 120;
    int gateOfflineCriticalSeconds = 600;
    double gateWatchHours = 6;
    // A gate whose live scans of the last gateRefusalWindowMinutes were
    // refused at least gateRefusalMinimum times and at least
    // gateRefusalShare of them (0..1): warning; gateRefusalCriticalShare:
    // critical.
    int gateRefusalWindowMinutes = 5;
    int gateRefusalMinimum = 10;
    double gateRefusalShare = 0.25;
    double gateRefusalCriticalShare = 0.5;

    // The document health_findings() takes; with the slow-database limits.
    QJsonObject toJson() const;
};

// One thing the health check looked at, and what it found.
struct Finding
{
    FindingKind kind = FindingKind::Unknown;
    QString unknownKind; // Unknown: the database's name for it
    HealthLevel level = HealthLevel::Ok;
    int count = 0;       // how many things are wrong (rows may hold fewer)
    QString title;       // translated: names the problem and the count
    QString description; // translated: what it means, in a sentence or two
    QStringList columns; // machine names of the row values (JSON keys)
    QStringList headers; // translated column titles
    // Values: QString, int, double, QDateTime (local time) or, in an order's
    // "status" column, OrderStatus; null if none.
    QList<QVariantList> rows;

    // The stable name (findingKindName, or the unknown kind's own).
    QString kindName() const;
    QJsonObject toJson() const;
};

struct HealthReport
{
    QDateTime checkedAt; // local time
    HealthLevel level = HealthLevel::Ok;
    double roundTripMs = -1; // -1: the database did not answer
    QList<Finding> findings;

    const Finding *find(FindingKind kind) const;
    // GET /enhanced-orders/system-health:
    // {"status", "checked_at" (ISO 8601 UTC), "database_round_trip_ms",
    //  "findings": [{"kind", "level", "count", "title", "description",
    //                "columns", "rows": [{column: value}]}]}
    // Moments are ISO 8601 UTC strings, amounts decimal strings (THB).
    QJsonObject toJson() const;
};

// Seats and orders right now, and money since the dashboard's start time.
struct LiveFigures
{
    int lockedSeats = 0; // held and not lapsed (plain holds and pending orders)
    int soldSeats = 0;
    int ordersInFlight = 0; // pending, not lapsed
    // Net since, as the sales report of the same period (functions/reports.sql).
    int paidOrders = 0; // orders sold less orders returned
    int ordersSold = 0;
    int ordersReturned = 0;
    int ticketsNet = 0; // tickets sold less tickets given back
    Money takings;      // money taken less money refunded
    Money cashTaken;    // of which cash
    Money taken;        // money taken (gross)
    Money refunded;     // money given back
};

// What the counters' engines did since the start time (from the heartbeats).
struct ActivityTotals
{
    qint64 holds = 0;
    qint64 sells = 0;
    qint64 conflicts = 0;
    qint64 duplicatesLevel1 = 0; // same request repeated, answered from memory
    qint64 duplicatesLevel2 = 0; // same order in progress: "please wait"
    qint64 duplicatesLevel3 = 0; // idempotency key replayed
    qint64 duplicatesLevel4 = 0; // similar order flagged
    qint64 rateLimited = 0;
    qint64 errors = 0;
    qint64 duplicates() const { return duplicatesLevel1 + duplicatesLevel2 + duplicatesLevel3 + duplicatesLevel4; }
};

struct ShowFigures
{
    int showId = 0;
    QString title;
    QDateTime startsAt;
    QTimeZone timeZone; // the venue's
    SalesState salesState = SalesState::OnSale;
    int capacity = 0;
    int lockedSeats = 0;
    int soldSeats = 0;
    int ordersInFlight = 0;
    int paidOrders = 0;
    Money takings;
};

struct MinuteFigures
{
    QDateTime minute; // local time, start of the minute
    int sales = 0;    // orders paid in the minute
    int seatsSold = 0;
    int holds = 0; // from the heartbeats
    int sells = 0;
    int conflicts = 0;
    int duplicates = 0;
    int rateLimited = 0;
};

struct CounterFigures
{
    int terminalId = 0;
    QString terminal;
    QString clerk; // display name of the clerk signed in (empty: nobody)
    int sales = 0; // paid orders since
    Money cashTaken;
    Money takings;
    QDateTime lastSeen;
    int secondsSilent = 0;   // by the server's clock
    bool heartbeats = false; // has ever sent a heartbeat
    bool signedOff = false;  // closed properly
};

struct JobFigures
{
    QString job;
    QDateTime lastRun; // invalid: never ran
    QString client;
    int rows = 0;
    double durationMs = 0;
    QString error; // of the last run
    int runs = 0;  // since
    int failures = 0;
};

struct DashboardSnapshot
{
    QDateTime at;    // local time
    QDateTime since; // figures "since" start here
    int windowMinutes = 60;
    LiveFigures live;
    ActivityTotals totals;
    QList<ShowFigures> shows;
    QList<MinuteFigures> minutes; // oldest first, one per minute of the window
    QList<CounterFigures> counters;
    QList<JobFigures> jobs; // expire_holds, expire_orders, health_check, deep_cleanup

    const JobFigures *job(const QString &name) const;
    // GET /enhanced-orders/concurrency-stats:
    // {"generated_at", "since", "window_minutes", "live": {…},
    //  "totals": {…, "duplicates": {"level1".."level4", "total"}},
    //  "shows": […], "per_minute": […], "counters": […], "jobs": […]}
    QJsonObject toJson() const;
};

// The health check and the supervisor's figures, read from the database
// (health_findings, dashboard_figures) plus a client-measured round trip.
// No widgets. Each call blocks on the database: call it on a worker thread.
// Safe to use from several threads at once.
class HealthMonitor final
{
    Q_DECLARE_TR_FUNCTIONS(HealthMonitor)

public:
    explicit HealthMonitor(Database &db, HealthThresholds thresholds = {});

    HealthThresholds thresholds() const;
    void setThresholds(const HealthThresholds &thresholds);

    // Every finding, in a fixed order, and the worst level. A database that
    // does not answer is a report too (slow_database, critical); an error
    // only when the check itself is refused (e.g. not a supervisor's role).
    Result<HealthReport> check();
    // Median of a few round trips of "SELECT 1", in milliseconds.
    Result<double> measureRoundTrip(int samples = 3);
    // since invalid: the start of today (local time).
    Result<DashboardSnapshot> dashboard(int windowMinutes = 60, const QDateTime &since = {});

    // Translated titles, descriptions and column headers of a finding.
    static QString findingTitle(FindingKind kind, HealthLevel level, int count);
    static QString findingDescription(FindingKind kind);
    static QString columnHeader(const QString &column);

private:
    Finding slowDatabaseFinding(double roundTripMs, const HealthThresholds &t, const QString &error) const;

    Database &m_db;
    mutable std::mutex m_mutex;
    HealthThresholds m_thresholds;
};

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::HealthReport)
Q_DECLARE_METATYPE(boxoffice::DashboardSnapshot)
