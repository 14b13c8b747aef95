// The health check on real data: every finding made to show by the data it
// is about (an orphaned booking, a stale lock, a counter tripping the
// duplicate guards through its heartbeats, a silent counter, a job that
// raises, late and never-run jobs, a slow database), the ok level when all is
// clean, the heartbeat's counts landing in the minute buckets and surviving a
// failed or lost beat, a gate station gone silent and a gate refusing a
// run of forged codes, and the dashboard figures against the tables (and
// their speed with the large arenas seeded).
#include "db/database.h"
#include "gate/gate.h"
#include "ops/healthmonitor.h"
#include "ops/heartbeat.h"
#include "ops/jobscheduler.h"
#include "orderbypass.h"
#include "sale/enginestatistics.h"
#include "sale/saleengine.h"
#include "tcpproxy.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QScopeGuard>
#include <QtTest/QtTest>

using namespace boxoffice;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using boxoffice::test::TestCluster;

class TestHealth final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }

    HealthReport check(const HealthThresholds &thresholds = {})
    {
        HealthMonitor monitor(m_cluster->db(), thresholds);
        Result<HealthReport> r = monitor.check();
        if (!r.ok())
            qWarning() << "health check failed:" << r.error().detail;
        return r.ok() ? r.value() : HealthReport {};
    }

    static Finding finding(const HealthReport &report, const char *kind)
    {
        const Finding *f = report.find(findingKindFromName(QString::fromLatin1(kind)));
        return f ? *f : Finding {};
    }

    static QVariant cell(const Finding &f, int row, const char *column)
    {
        const qsizetype c = f.columns.indexOf(QLatin1String(column));
        if (c < 0 || row >= f.rows.size())
            return {};
        return f.rows.at(row).value(c);
    }

    static QStringList column(const Finding &f, const char *name)
    {
        QStringList values;
        for (int r = 0; r < f.rows.size(); ++r)
            values << cell(f, r, name).toString();
        values.sort();
        return values;
    }

    Order sell(SaleEngine &engine, const QList<int> &seats, const QString &type, PaymentMethod payment, int pending = 0)
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = seats;
        sale.ticketType = type;
        sale.payment = payment;
        sale.pendingMinutes = pending;
        sale.clerkId = m_clerkId;
        Result<Order> r = engine.sell(sale);
        if (!r.ok())
            qWarning() << "sale refused:" << r.error().detail;
        return r.ok() ? r.value() : Order {};
    }

    // Sends one beat now and waits for it.
    static Result<Done> beat(Heartbeat &heartbeat)
    {
        QFuture<Result<Done>> f = heartbeat.beatNow();
        f.waitForFinished();
        return f.result();
    }
    static bool sent(Heartbeat &heartbeat)
    {
        const Result<Done> r = beat(heartbeat);
        if (!r.ok())
            qWarning() << "beat failed:" << r.error().detail;
        return r.ok();
    }

    // Activity of a terminal over the last hour, one column summed.
    int activity(int terminalId, const QString &column)
    {
        // The column name comes from this test, never from input.
        return count(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM boxoffice.terminal_activity"
                                    " WHERE terminal_id = ? AND minute > now() - interval '1 hour'")
                         .arg(column),
            {terminalId});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_show = m_cluster->demoShow(12);
        m_clerkId = count(QStringLiteral("SELECT id FROM boxoffice.staff WHERE username = 'clerk'"));
        m_clerkName
            = m_cluster->scalar(QStringLiteral("SELECT display_name FROM boxoffice.staff WHERE id = ?"), {m_clerkId})
                  .toString();
        QVERIFY(m_clerkId > 0);
        for (const char *name : {"Health A", "Health B", "Health C"}) {
            auto engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {QLatin1String(name)});
            engine->rateLimiter().configure(1e6, 1e6);
            QVERIFY(engine->registerTerminal().ok());
            m_engines.push_back(std::move(engine));
        }
    }

    // A clean, healthy system: no sales, no activity, every job ran just
    // now, every counter seen just now.
    void init()
    {
        m_cluster->resetSales();
        for (auto &e : m_engines) {
            e->forgetRecentAnswers();
            e->statistics().reset();
        }
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.terminal_activity"));
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.job_run"));
        m_cluster->exec(QStringLiteral(
            "INSERT INTO boxoffice.job_run (job, client, started_at, duration_ms, rows)"
            " SELECT j, 'test', now(), 1.5, 0 FROM unnest(ARRAY['expire_holds', 'expire_orders', 'health_check',"
            " 'deep_cleanup']) j"));
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.terminal SET last_seen = now(), signed_off = false"));
    }

    void cleanSystemIsOk()
    {
        const HealthReport report = check();
        QCOMPARE(report.level, HealthLevel::Ok);
        QVERIFY(report.roundTripMs > 0);
        QVERIFY(report.checkedAt.isValid());
        const QStringList kinds {QStringLiteral("orphaned_bookings"), QStringLiteral("stale_locks"),
            QStringLiteral("duplicate_activity"), QStringLiteral("counters_offline"), QStringLiteral("jobs"),
            QStringLiteral("replication"), QStringLiteral("gates_offline"), QStringLiteral("gate_refusals"),
            QStringLiteral("slow_database")};
        QCOMPARE(report.findings.size(), kinds.size());
        for (int i = 0; i < kinds.size(); ++i) {
            const Finding &f = report.findings.at(i);
            QCOMPARE(f.kindName(), kinds.at(i));
            QCOMPARE(f.level, HealthLevel::Ok);
            QCOMPARE(f.count, 0);
            QVERIFY(f.rows.isEmpty() || f.kindName() == QLatin1String("slow_database")
                || f.kindName() == QLatin1String("replication"));
            QVERIFY(!f.title.isEmpty());
            QCOMPARE(f.headers.size(), f.columns.size());
        }
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QLatin1String("findings")).toArray().size(), 9);
        QVERIFY(json.value(QLatin1String("database_round_trip_ms")).toDouble() > 0);
        QVERIFY(QDateTime::fromString(json.value(QLatin1String("checked_at")).toString(), Qt::ISODateWithMs).isValid());
    }

    void orphanedBookingIsCritical_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("cancelled") << QStringLiteral("cancelled");
        QTest::newRow("expired") << QStringLiteral("expired");
    }

    void orphanedBookingIsCritical()
    {
        QFETCH(QString, status);
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 2);
        const Order order = sell(*m_engines[0], seats, QStringLiteral("RINGSIDE"), PaymentMethod::Cash);
        QVERIFY(order.id > 0);
        QCOMPARE(finding(check(), "orphaned_bookings").level, HealthLevel::Ok);
        // Made to show it: the order changed behind the engine's back, its seats still sold.
        QVERIFY(boxoffice::test::setOrderStatusBehindEngine(*m_cluster, order.id, status));
        const HealthReport report = check();
        const Finding f = finding(report, "orphaned_bookings");
        QCOMPARE(f.level, HealthLevel::Critical);
        QCOMPARE(f.count, 2);
        QCOMPARE(report.level, HealthLevel::Critical);
        QVERIFY(f.title.contains(QLatin1String("2")));
        QStringList labels {m_cluster->seatLabel(seats.at(0)), m_cluster->seatLabel(seats.at(1))};
        labels.sort();
        QCOMPARE(column(f, "seat"), labels);
        QCOMPARE(cell(f, 0, "order_id").toLongLong(), order.id);
        QCOMPARE(orderStatusName(cell(f, 0, "status").value<OrderStatus>()), status);
        QCOMPARE(cell(f, 0, "seat_state").toString(), QStringLiteral("sold"));
        QVERIFY(!cell(f, 0, "show").toString().isEmpty());

        // Repaired: the seats freed, the order seats inactive — the finding goes.
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.order_seat SET active = false WHERE order_id = ?"), {order.id});
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.show_seat SET state = 'available', order_id = NULL"
                                       " WHERE order_id = ?"),
            {order.id});
        QCOMPARE(finding(check(), "orphaned_bookings").count, 0);
    }

    void staleLockIsWarningThenCritical()
    {
        SaleEngine &engine = *m_engines[1];
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 3);
        const Result<HoldResult> held = engine.hold(m_show, seats, 5);
        VERIFY_OK(held);
        // One lapsed just now (within the grace: lazy expiry, the job is not late yet),
        // one five minutes ago.
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '20 seconds'"
                                       " WHERE show_id = ? AND seat_id = ?"),
            {m_show, seats.at(0)});
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '5 minutes'"
                                       " WHERE show_id = ? AND seat_id = ?"),
            {m_show, seats.at(1)});
        Finding f = finding(check(), "stale_locks");
        QCOMPARE(f.level, HealthLevel::Warning);
        QCOMPARE(f.count, 1);
        QCOMPARE(cell(f, 0, "seat").toString(), m_cluster->seatLabel(seats.at(1)));
        QCOMPARE(cell(f, 0, "holder").toString(), QStringLiteral("Health B"));
        QVERIFY(cell(f, 0, "minutes_past").toInt() >= 5);
        const QDateTime heldUntil = cell(f, 0, "held_until").toDateTime();
        QVERIFY(heldUntil.isValid());
        QVERIFY(qAbs(heldUntil.secsTo(QDateTime::currentDateTime().addSecs(-300))) < 30);

        m_cluster->exec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '20 minutes'"
                                       " WHERE show_id = ? AND seat_id = ?"),
            {m_show, seats.at(2)});
        f = finding(check(), "stale_locks");
        QCOMPARE(f.level, HealthLevel::Critical);
        QCOMPARE(f.count, 2);
        QCOMPARE(cell(f, 0, "seat").toString(), m_cluster->seatLabel(seats.at(2))); // the oldest first

        // A tighter grace counts the fresh one too.
        HealthThresholds strict;
        strict.staleLockMinutes = 0;
        QCOMPARE(finding(check(strict), "stale_locks").count, 3);

        // The cleanup job releases them: the finding goes.
        JobScheduler jobs(m_cluster->db(), QStringLiteral("health-test"));
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.job_run WHERE job = 'expire_holds'"));
        QFuture<Result<JobRun>> run = jobs.runNow(JobScheduler::ExpireHolds);
        run.waitForFinished();
        VERIFY_OK(run.result());
        QCOMPARE(finding(check(), "stale_locks").level, HealthLevel::Ok);
    }

    void duplicateActivityFromHeartbeats()
    {
        // Three counters beat; A trips the duplicate guards far more than the others.
        std::array<EngineStatistics, 3> stats;
        std::vector<std::unique_ptr<Heartbeat>> beats;
        for (size_t i = 0; i < 3; ++i)
            beats.push_back(std::make_unique<Heartbeat>(m_cluster->db(), stats[i], m_engines[i]->terminalId()));
        beats[0]->setClerk(m_clerkId);
        stats[0].add(EngineStatistics::DuplicatesLevel1, 18);
        stats[0].add(EngineStatistics::DuplicatesLevel2, 9);
        stats[0].add(EngineStatistics::DuplicatesLevel4, 3);
        stats[1].add(EngineStatistics::DuplicatesLevel3, 1);
        stats[2].add(EngineStatistics::Holds, 5);
        for (auto &b : beats)
            QVERIFY(sent(*b));

        Finding f = finding(check(), "duplicate_activity");
        QCOMPARE(f.level, HealthLevel::Warning);
        QCOMPARE(f.count, 1);
        QCOMPARE(cell(f, 0, "terminal").toString(), QStringLiteral("Health A"));
        QCOMPARE(cell(f, 0, "clerk").toString(), m_clerkName);
        QCOMPARE(cell(f, 0, "duplicates").toInt(), 30);
        QCOMPARE(cell(f, 0, "level1").toInt(), 18);
        QCOMPARE(cell(f, 0, "level2").toInt(), 9);
        QCOMPARE(cell(f, 0, "level3").toInt(), 0);
        QCOMPARE(cell(f, 0, "level4").toInt(), 3);

        // Below the absolute threshold it is not a finding.
        HealthThresholds lenient;
        lenient.duplicateAbsolute = 31;
        QCOMPARE(finding(check(lenient), "duplicate_activity").count, 0);

        // When another counter is as busy (a rush at the show's doors), A is
        // no longer far above the median of the others.
        stats[1].add(EngineStatistics::DuplicatesLevel1, 29);
        stats[2].add(EngineStatistics::DuplicatesLevel1, 30);
        QVERIFY(sent(*beats[1]));
        QVERIFY(sent(*beats[2]));
        QCOMPARE(finding(check(), "duplicate_activity").count, 0);

        // Far above again, and past the critical mark.
        stats[0].add(EngineStatistics::DuplicatesLevel1, 200);
        QVERIFY(sent(*beats[0]));
        f = finding(check(), "duplicate_activity");
        QCOMPARE(f.level, HealthLevel::Critical);
        QCOMPARE(f.count, 1);
        QCOMPARE(cell(f, 0, "duplicates").toInt(), 230);
        QCOMPARE(cell(f, 0, "others_median").toDouble(), 30.0);

        // Outside the window it is forgotten.
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.terminal_activity SET minute = minute - interval '1 hour'"));
        QCOMPARE(finding(check(), "duplicate_activity").count, 0);
    }

    void offlineCounterFromAnOldLastSeen()
    {
        EngineStatistics stats;
        Heartbeat heartbeat(m_cluster->db(), stats, m_engines[2]->terminalId());
        heartbeat.setClerk(m_clerkId);
        QVERIFY(sent(heartbeat));
        QCOMPARE(finding(check(), "counters_offline").level, HealthLevel::Ok);

        // Silent for five minutes.
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.terminal SET last_seen = now() - interval '5 minutes'"
                                       " WHERE id = ?"),
            {m_engines[2]->terminalId()});
        // A counter that never sent a heartbeat is not watched, however old its last_seen.
        const int quiet = m_cluster->registerTerminal(QStringLiteral("Health Never Beats"));
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.terminal SET last_seen = now() - interval '5 minutes' WHERE id = ?"),
            {quiet});
        Finding f = finding(check(), "counters_offline");
        QCOMPARE(f.level, HealthLevel::Warning);
        QCOMPARE(f.count, 1);
        QCOMPARE(cell(f, 0, "terminal").toString(), QStringLiteral("Health C"));
        QCOMPARE(cell(f, 0, "clerk").toString(), m_clerkName);
        QVERIFY(cell(f, 0, "seconds_silent").toInt() >= 300);
        QVERIFY(qAbs(cell(f, 0, "last_seen").toDateTime().secsTo(QDateTime::currentDateTime().addSecs(-300))) < 30);

        // Fifteen minutes: critical.
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.terminal SET last_seen = now() - interval '15 minutes'"
                                       " WHERE id = ?"),
            {m_engines[2]->terminalId()});
        QCOMPARE(finding(check(), "counters_offline").level, HealthLevel::Critical);

        // Back: the next beat moves last_seen and the finding goes.
        QVERIFY(sent(heartbeat));
        QCOMPARE(finding(check(), "counters_offline").count, 0);

        // Closed properly (signed off), then silent: not offline.
        QFuture<Result<Done>> off = heartbeat.signOff();
        off.waitForFinished();
        VERIFY_OK(off.result());
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.terminal SET last_seen = now() - interval '15 minutes'"
                                       " WHERE id = ?"),
            {m_engines[2]->terminalId()});
        QCOMPARE(finding(check(), "counters_offline").count, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.terminal WHERE id = ? AND clerk_id IS NULL"),
                     {m_engines[2]->terminalId()}),
            1);
        // Silent for more than a day: forgotten.
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.terminal SET last_seen = now() - interval '2 days',"
                                       " signed_off = false WHERE id = ?"),
            {m_engines[2]->terminalId()});
        QCOMPARE(finding(check(), "counters_offline").count, 0);
    }

    void failingJobIsRecordedAndCritical()
    {
        // A lapsed hold for the job to release, and a table that refuses the
        // update: the job's body raises.
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 2);
        const Result<HoldResult> held = m_engines[0]->hold(m_show, seats, 5);
        VERIFY_OK(held);
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '1 minute'"
                                       " WHERE show_id = ? AND seat_id = ANY(?::int[])"),
            {m_show, Database::intArray(seats)});
        m_cluster->exec(
            QStringLiteral("CREATE FUNCTION boxoffice.test_refuse_update() RETURNS trigger LANGUAGE plpgsql AS"
                           " $$ BEGIN RAISE EXCEPTION 'show_seat is read-only (test)'; END $$;"
                           " CREATE TRIGGER test_refuse BEFORE UPDATE ON boxoffice.show_seat"
                           " FOR EACH ROW EXECUTE FUNCTION boxoffice.test_refuse_update()"));
        auto restore = qScopeGuard([this] {
            m_cluster->exec(QStringLiteral("DROP TRIGGER IF EXISTS test_refuse ON boxoffice.show_seat;"
                                           " DROP FUNCTION IF EXISTS boxoffice.test_refuse_update()"));
        });
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.job_run WHERE job = 'expire_holds'"));

        JobScheduler jobs(m_cluster->db(), QStringLiteral("health-test"));
        QSignalSpy failed(&jobs, &JobScheduler::jobFailed);
        QFuture<Result<JobRun>> run = jobs.runNow(JobScheduler::ExpireHolds);
        run.waitForFinished();
        QVERIFY(!run.result().ok());
        QTRY_COMPARE(failed.size(), 1);
        // Recorded, with its error; what it did is rolled back.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.job_run WHERE job = 'expire_holds'"
                                      " AND client = 'health-test' AND error LIKE '%read-only (test)%'")),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state = 'held'"
                                      " AND seat_id = ANY(?::int[])"),
                     {m_show, Database::intArray(seats)}),
            2);

        Finding f = finding(check(), "jobs");
        QCOMPARE(f.level, HealthLevel::Critical);
        QCOMPARE(f.count, 1);
        QCOMPARE(cell(f, 0, "job").toString(), QStringLiteral("expire_holds"));
        QCOMPARE(cell(f, 0, "state").toString(), QStringLiteral("failed"));
        QCOMPARE(cell(f, 0, "client").toString(), QStringLiteral("health-test"));
        QVERIFY(cell(f, 0, "error").toString().contains(QLatin1String("read-only (test)")));

        // Restored, it runs again and the finding goes.
        restore.dismiss();
        m_cluster->exec(QStringLiteral("DROP TRIGGER test_refuse ON boxoffice.show_seat;"
                                       " DROP FUNCTION boxoffice.test_refuse_update()"));
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.job_run SET started_at = started_at - interval '2 minutes'"
                                       " WHERE job = 'expire_holds'"));
        run = jobs.runNow(JobScheduler::ExpireHolds);
        run.waitForFinished();
        VERIFY_OK(run.result());
        QCOMPARE(run.result()->rows, 2);
        QCOMPARE(finding(check(), "jobs").level, HealthLevel::Ok);
    }

    void aJobNotYetDueOnAFreshInstallIsNoFinding()
    {
        // Installed a minute ago (the jobs' migration): expire_orders (every
        // 5 minutes, late after 2 periods) has never run, and is not due yet.
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.schema_migrations SET applied_at = now() - interval '1 minute'"
                                       " WHERE version = 4"));
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.job_run"));
        Finding f = finding(check(), "jobs");
        QCOMPARE(f.level, HealthLevel::Ok);
        QCOMPARE(f.count, 0);
        // Fifteen minutes later it is (twice its period has passed), while
        // deep_cleanup (hourly) still is not.
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.schema_migrations SET applied_at = now() - interval '15 minutes'"
                           " WHERE version = 4"));
        f = finding(check(), "jobs");
        QCOMPARE(f.level, HealthLevel::Warning);
        QStringList overdue;
        for (int i = 0; i < f.count; ++i) {
            QCOMPARE(cell(f, i, "state").toString(), QStringLiteral("never_run"));
            overdue << cell(f, i, "job").toString();
        }
        QCOMPARE(overdue, (QStringList {QStringLiteral("expire_holds"), QStringLiteral("expire_orders")}));
    }

    void lateAndNeverRunJobsAreWarnings()
    {
        // Installed yesterday: a job that has never run is overdue.
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.schema_migrations SET applied_at = now() - interval '1 day'"
                                       " WHERE version = 4"));
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.job_run WHERE job = 'expire_orders'"));
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.job_run SET started_at = now() - interval '30 minutes'"
                                       " WHERE job = 'health_check'"));
        Finding f = finding(check(), "jobs");
        QCOMPARE(f.level, HealthLevel::Warning);
        QCOMPARE(f.count, 2);
        QCOMPARE(cell(f, 0, "job").toString(), QStringLiteral("expire_orders"));
        QCOMPARE(cell(f, 0, "state").toString(), QStringLiteral("never_run"));
        QVERIFY(cell(f, 0, "last_run").isNull());
        QCOMPARE(cell(f, 1, "job").toString(), QStringLiteral("health_check"));
        QCOMPARE(cell(f, 1, "state").toString(), QStringLiteral("late"));
        QCOMPARE(cell(f, 1, "period_seconds").toInt(), 600);

        // The scheduler's own periods decide: a health check every hour is not late after 30 minutes.
        HealthThresholds t;
        t.jobPeriodSeconds.insert(QStringLiteral("health_check"), 3600);
        f = finding(check(t), "jobs");
        QCOMPARE(f.count, 1);
        QCOMPARE(cell(f, 0, "job").toString(), QStringLiteral("expire_orders"));
    }

    void slowDatabaseWithATinyThreshold()
    {
        HealthThresholds t;
        t.slowDatabaseWarningMs = 0.0001;
        HealthReport report = check(t);
        Finding f = finding(report, "slow_database");
        QCOMPARE(f.level, HealthLevel::Warning);
        QCOMPARE(f.count, 1);
        QCOMPARE(report.level, HealthLevel::Warning);
        QVERIFY(cell(f, 0, "round_trip_ms").toDouble() > 0);
        QCOMPARE(cell(f, 0, "warning_ms").toDouble(), 0.0001);

        t.slowDatabaseCriticalMs = 0.0002;
        report = check(t);
        QCOMPARE(finding(report, "slow_database").level, HealthLevel::Critical);
        QCOMPARE(report.level, HealthLevel::Critical);
        QCOMPARE(report.toJson().value(QLatin1String("status")).toString(), QStringLiteral("critical"));
    }

    void unreachableDatabaseIsCritical()
    {
        auto proxy = m_cluster->makeProxy();
        Database db(m_cluster->throughProxy(*proxy), QStringLiteral("health-down"));
        db.setReconnectBudget(300ms);
        proxy->setRefusing(true);
        HealthMonitor monitor(db);
        Result<HealthReport> r = monitor.check();
        VERIFY_OK(r);
        QCOMPARE(r->level, HealthLevel::Critical);
        QCOMPARE(r->findings.size(), 1);
        QCOMPARE(r->findings.first().kindName(), QStringLiteral("slow_database"));
        QCOMPARE(r->roundTripMs, -1.0);
    }

    void heartbeatDeltasLandInBuckets()
    {
        const int terminal = m_engines[0]->terminalId();
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.terminal SET last_seen = now() - interval '1 hour', clerk_id = NULL"
                           " WHERE id = ?"),
            {terminal});
        EngineStatistics stats;
        Heartbeat heartbeat(m_cluster->db(), stats, terminal);
        heartbeat.setClerk(m_clerkId);
        stats.add(EngineStatistics::Holds, 3);
        stats.add(EngineStatistics::Sells, 2);
        stats.add(EngineStatistics::HoldConflicts, 1);
        stats.add(EngineStatistics::SellConflicts, 1);
        stats.add(EngineStatistics::DuplicatesLevel3, 1);
        stats.add(EngineStatistics::RateLimited, 4);
        stats.add(EngineStatistics::Releases, 9); // not a monitored count
        QVERIFY(sent(heartbeat));
        QCOMPARE(heartbeat.beatsSent(), 1);
        QCOMPARE(activity(terminal, QStringLiteral("holds")), 3);
        QCOMPARE(activity(terminal, QStringLiteral("sells")), 2);
        QCOMPARE(activity(terminal, QStringLiteral("conflicts")), 2);
        QCOMPARE(activity(terminal, QStringLiteral("dup_level3")), 1);
        QCOMPARE(activity(terminal, QStringLiteral("rate_limited")), 4);
        QCOMPARE(activity(terminal, QStringLiteral("errors")), 0);
        // The bucket is the current minute.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.terminal_activity WHERE terminal_id = ?"
                                      " AND minute = date_trunc('minute', minute)"
                                      " AND minute > now() - interval '2 minutes' AND minute <= now()"),
                     {terminal}),
            1);
        // Seen just now, with its clerk.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.terminal WHERE id = ?"
                                      " AND last_seen > now() - interval '10 seconds' AND clerk_id = ?"),
                     {terminal, m_clerkId}),
            1);

        // Only what happened since is added.
        QVERIFY(sent(heartbeat));
        QCOMPARE(activity(terminal, QStringLiteral("holds")), 3);
        stats.add(EngineStatistics::Holds, 4);
        QVERIFY(sent(heartbeat));
        QCOMPARE(activity(terminal, QStringLiteral("holds")), 7);
        QCOMPARE(activity(terminal, QStringLiteral("sells")), 2);

        // The statistics were reset (e.g. a new session): counting starts again.
        stats.reset();
        stats.add(EngineStatistics::Holds, 1);
        QVERIFY(sent(heartbeat));
        QCOMPARE(activity(terminal, QStringLiteral("holds")), 8);

        // On its own timer, off the GUI thread.
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.terminal SET last_seen = now() - interval '1 hour' WHERE id = ?"),
            {terminal});
        QSignalSpy sent(&heartbeat, &Heartbeat::beatSent);
        heartbeat.setInterval(200ms);
        heartbeat.start();
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() >= 3, 5000);
        heartbeat.stop();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.terminal WHERE id = ?"
                                      " AND last_seen > now() - interval '10 seconds'"),
                     {terminal}),
            1);
    }

    void heartbeatRefusesNonsense()
    {
        Result<QJsonObject> r = m_cluster->db().callJson(
            QStringLiteral("SELECT boxoffice.terminal_heartbeat(?, NULL, ?::jsonb)"), {999999, QStringLiteral("{}")});
        VERIFY_OK(r);
        QCOMPARE(r->value(QLatin1String("code")).toString(), QStringLiteral("unknown_terminal"));
        const int terminal = m_engines[1]->terminalId();
        r = m_cluster->db().callJson(QStringLiteral("SELECT boxoffice.terminal_heartbeat(?, NULL, ?::jsonb)"),
            {terminal, QStringLiteral("{\"beat\": \"not a uuid\"}")});
        QCOMPARE(r->value(QLatin1String("code")).toString(), QStringLiteral("invalid_request"));
        // Negative and non-numeric counts add nothing.
        r = m_cluster->db().callJson(QStringLiteral("SELECT boxoffice.terminal_heartbeat(?, NULL, ?::jsonb)"),
            {terminal, QStringLiteral("{\"holds\": -5, \"sells\": \"many\", \"errors\": 2}")});
        QVERIFY(r->value(QLatin1String("ok")).toBool());
        QCOMPARE(activity(terminal, QStringLiteral("holds")), 0);
        QCOMPARE(activity(terminal, QStringLiteral("sells")), 0);
        QCOMPARE(activity(terminal, QStringLiteral("errors")), 2);
    }

    void failedBeatIsNotLost()
    {
        const int terminal = m_engines[1]->terminalId();
        auto proxy = m_cluster->makeProxy();
        Database db(m_cluster->throughProxy(*proxy), QStringLiteral("beat-proxy"));
        db.setReconnectBudget(300ms);
        EngineStatistics stats;
        Heartbeat heartbeat(db, stats, terminal);
        stats.add(EngineStatistics::Holds, 5);
        QVERIFY(sent(heartbeat));
        QCOMPARE(activity(terminal, QStringLiteral("holds")), 5);

        // The network goes: the beat fails and is kept.
        proxy->setRefusing(true);
        proxy->cutAll();
        QSignalSpy failed(&heartbeat, &Heartbeat::beatFailed);
        stats.add(EngineStatistics::Holds, 4);
        stats.add(EngineStatistics::DuplicatesLevel2, 1);
        QVERIFY(!beat(heartbeat).ok());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(heartbeat.hasUnsentBeat());
        QCOMPARE(activity(terminal, QStringLiteral("holds")), 5);

        // More happens while it is down; once back, everything lands once.
        stats.add(EngineStatistics::Holds, 2);
        proxy->setRefusing(false);
        QVERIFY(sent(heartbeat));
        QVERIFY(!heartbeat.hasUnsentBeat());
        QCOMPARE(activity(terminal, QStringLiteral("holds")), 11);
        QCOMPARE(activity(terminal, QStringLiteral("dup_level2")), 1);
    }

    void lostReplyIsNotCountedTwice()
    {
        const int terminal = m_engines[2]->terminalId();
        auto proxy = m_cluster->makeProxy();
        Database db(m_cluster->throughProxy(*proxy), QStringLiteral("beat-proxy2"));
        EngineStatistics stats;
        Heartbeat heartbeat(db, stats, terminal);
        QVERIFY(sent(heartbeat)); // warm up: the statement is prepared
        stats.add(EngineStatistics::Sells, 3);
        proxy->dropNextReply();
        QVERIFY(sent(heartbeat)); // committed, answer lost, sent again: recognised
        QCOMPARE(proxy->repliesDropped(), 1);
        QCOMPARE(activity(terminal, QStringLiteral("sells")), 3);
    }

    void deepCleanupPurgesOldActivity()
    {
        const int terminal = m_engines[0]->terminalId();
        m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.terminal_activity (terminal_id, minute, holds) VALUES"
                                       " (?, date_trunc('minute', now() - interval '8 days'), 5),"
                                       " (?, date_trunc('minute', now() - interval '6 days'), 7)"),
            {terminal, terminal});
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.job_run WHERE job = 'deep_cleanup'"));
        JobScheduler jobs(m_cluster->db(), QStringLiteral("health-test"));
        QFuture<Result<JobRun>> run = jobs.runNow(JobScheduler::DeepCleanup);
        run.waitForFinished();
        VERIFY_OK(run.result());
        QCOMPARE(run.result()->detail.value(QLatin1String("activity_purged")).toInt(), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM boxoffice.terminal_activity WHERE terminal_id = ?"), {terminal}),
            1);
        QCOMPARE(
            count(QStringLiteral("SELECT holds FROM boxoffice.terminal_activity WHERE terminal_id = ?"), {terminal}),
            7);
    }

    // Issue 14: the dashboard names the primary and its standbys. The test
    // cluster is one server with no standby expected: ok, the one row is the
    // server itself, taking writes. Told a standby must stream, the same
    // server is critical ("no healthy standby"); nothing else changes.
    void replicationNamesThePrimary()
    {
        Finding f = finding(check(), "replication");
        QCOMPARE(f.kind, FindingKind::Replication);
        QCOMPARE(f.level, HealthLevel::Ok);
        QCOMPARE(f.count, 0);
        QCOMPARE(f.rows.size(), 1);
        QCOMPARE(f.columns,
            (QStringList {QStringLiteral("role"), QStringLiteral("server"), QStringLiteral("state"),
                QStringLiteral("sync"), QStringLiteral("lag_seconds")}));
        const QVariantList primary = f.rows.first();
        QCOMPARE(primary.value(0).toString(), QStringLiteral("primary"));
        QCOMPARE(primary.value(2).toString(), QStringLiteral("read-write"));
        const QString port = m_cluster->scalar(QStringLiteral("SELECT current_setting('port')")).toString();
        QVERIFY2(
            primary.value(1).toString().endsWith(QLatin1Char(':') + port), qPrintable(primary.value(1).toString()));
        QCOMPARE(f.title, HealthMonitor::findingTitle(FindingKind::Replication, HealthLevel::Ok, 0));

        HealthThresholds expectOne;
        expectOne.expectedStandbys = 1;
        const HealthReport report = check(expectOne);
        f = finding(report, "replication");
        QCOMPARE(f.level, HealthLevel::Critical);
        QCOMPARE(f.count, 0);
        QCOMPARE(report.level, HealthLevel::Critical);
        QVERIFY2(f.title.contains(QStringLiteral("No healthy standby")), qPrintable(f.title));
    }

    // Issue 13: a gate station pings while open (Gate::ping). Silent for
    // five minutes it is offline (warning), for fifteen critical; a ping
    // brings it back; one closed properly, or of a show that started long
    // ago, is not watched.
    void gateStationGoneSilentIsOffline()
    {
        const QString title
            = m_cluster->scalar(u"SELECT title FROM boxoffice.show WHERE id = ?"_s, {m_show}).toString();
        VERIFY_OK(Gate::ping(m_cluster->db(), m_show, u"North"_s, false));
        VERIFY_OK(Gate::ping(m_cluster->db(), m_show, u"South"_s, false));
        Finding f = finding(check(), "gates_offline");
        QCOMPARE(f.level, HealthLevel::Ok);
        QCOMPARE(f.count, 0);
        QCOMPARE(f.title, HealthMonitor::findingTitle(FindingKind::GatesOffline, HealthLevel::Ok, 0));

        const auto silent = [this](const QString &gate, int minutes) {
            m_cluster->exec(u"UPDATE boxoffice.gate_station SET last_seen = now() - make_interval(mins => ?)"
                            " WHERE show_id = ? AND gate = ?"_s,
                {minutes, m_show, gate});
        };
        silent(u"North"_s, 5);
        f = finding(check(), "gates_offline");
        QCOMPARE(f.level, HealthLevel::Warning);
        QCOMPARE(f.count, 1);
        QCOMPARE(cell(f, 0, "gate").toString(), u"North"_s);
        QCOMPARE(cell(f, 0, "show").toString(), title);
        QVERIFY(cell(f, 0, "seconds_silent").toInt() >= 300);
        QVERIFY(qAbs(cell(f, 0, "last_seen").toDateTime().secsTo(QDateTime::currentDateTime().addSecs(-300))) < 30);
        QCOMPARE(f.headers.value(1), u"Gate"_s);

        silent(u"North"_s, 15);
        QCOMPARE(finding(check(), "gates_offline").level, HealthLevel::Critical);
        // A threshold of the caller's: silent for 20 minutes is only a warning now.
        HealthThresholds lenient;
        lenient.gateOfflineCriticalSeconds = 1200;
        QCOMPARE(finding(check(lenient), "gates_offline").level, HealthLevel::Warning);

        // Back: its next ping ends it.
        VERIFY_OK(Gate::ping(m_cluster->db(), m_show, u"North"_s, false));
        QCOMPARE(finding(check(), "gates_offline").count, 0);

        // Closed properly, then silent: not offline.
        VERIFY_OK(Gate::ping(m_cluster->db(), m_show, u"North"_s, true));
        silent(u"North"_s, 15);
        QCOMPARE(finding(check(), "gates_offline").count, 0);
        // Opened again and gone: offline again.
        VERIFY_OK(Gate::ping(m_cluster->db(), m_show, u"North"_s, false));
        silent(u"North"_s, 15);
        QCOMPARE(finding(check(), "gates_offline").count, 1);

        // The show started seven hours ago: its gates are not watched any more.
        const QDateTime startsAt
            = m_cluster->scalar(u"SELECT starts_at FROM boxoffice.show WHERE id = ?"_s, {m_show}).toDateTime();
        const auto restore = qScopeGuard([&] {
            m_cluster->exec(u"UPDATE boxoffice.show SET starts_at = ? WHERE id = ?"_s, {startsAt, m_show});
        });
        m_cluster->exec(u"UPDATE boxoffice.show SET starts_at = now() - interval '7 hours' WHERE id = ?"_s, {m_show});
        QCOMPARE(finding(check(), "gates_offline").count, 0);
        HealthThresholds longer;
        longer.gateWatchHours = 8;
        QCOMPARE(finding(check(longer), "gates_offline").count, 1);
    }

    // A run of forged codes at one gate: refused scans of the last minutes
    // against its scans. Under the minimum or the share nothing is said;
    // over it a warning naming the gate and the most frequent refusal; over
    // the critical share critical. Old scans and an offline gate's uploaded
    // ones do not count.
    void refusedScansSpikeAtAGate()
    {
        const auto forged = [this](const QString &gate, int n) {
            for (int i = 0; i < n; ++i) {
                // A code of the right shape that no ticket has.
                const QString code = QUuid::createUuid().toString(QUuid::Id128).toUpper().left(26);
                const Result<ScanResult> r = Gate::admit(m_cluster->db(), code, m_show, gate);
                if (!r || r->verdict != GateVerdict::Unknown)
                    return false;
            }
            return true;
        };
        // Earlier tonight: 40 admitted at the East gate (the log as the scans left it).
        m_cluster->exec(u"INSERT INTO boxoffice.admission_scan (show_id, gate, verdict)"
                        " SELECT ?, 'East', 'VALID' FROM generate_series(1, 40)"_s,
            {m_show});
        QVERIFY(forged(u"East"_s, 12)); // 12 of 52: 23 %
        QCOMPARE(finding(check(), "gate_refusals").count, 0);
        QVERIFY(forged(u"West"_s, 9)); // 9 of 9, but under the minimum of 10
        QCOMPARE(finding(check(), "gate_refusals").count, 0);

        QVERIFY(forged(u"East"_s, 8)); // 20 of 60: a third
        Finding f = finding(check(), "gate_refusals");
        QCOMPARE(f.level, HealthLevel::Warning);
        QCOMPARE(f.count, 1);
        QCOMPARE(cell(f, 0, "gate").toString(), u"East"_s);
        QCOMPARE(cell(f, 0, "scans").toInt(), 60);
        QCOMPARE(cell(f, 0, "refused").toInt(), 20);
        QCOMPARE(cell(f, 0, "refused_percent").toDouble(), 33.3);
        QCOMPARE(cell(f, 0, "top_reason").toString(), u"UNKNOWN"_s);
        QCOMPARE(f.title, HealthMonitor::findingTitle(FindingKind::GateRefusals, HealthLevel::Warning, 1));

        QVERIFY(forged(u"West"_s, 1)); // 10 of 10: critical
        f = finding(check(), "gate_refusals");
        QCOMPARE(f.level, HealthLevel::Critical);
        QCOMPARE(f.count, 2);
        QCOMPARE(cell(f, 0, "gate").toString(), u"West"_s); // the worst first
        QCOMPARE(cell(f, 0, "refused_percent").toInt(), 100);

        // Ten minutes later the window has moved on.
        m_cluster->exec(u"UPDATE boxoffice.admission_scan SET at = at - interval '10 minutes'"_s);
        QCOMPARE(finding(check(), "gate_refusals").count, 0);
        HealthThresholds wider;
        wider.gateRefusalWindowMinutes = 15;
        QCOMPARE(finding(check(wider), "gate_refusals").count, 2);
        // An offline gate's upload names its scans' own (old) moments: not a spike now.
        m_cluster->exec(u"UPDATE boxoffice.admission_scan SET at = at + interval '10 minutes', offline = true"_s);
        QCOMPARE(finding(check(), "gate_refusals").count, 0);
    }

    void healthCheckJobRecordsTheLevels()
    {
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.job_run WHERE job = 'health_check'"));
        JobScheduler jobs(m_cluster->db(), QStringLiteral("health-test"));
        QFuture<Result<JobRun>> run = jobs.runNow(JobScheduler::HealthCheck);
        run.waitForFinished();
        VERIFY_OK(run.result());
        const QJsonObject levels = run.result()->detail.value(QLatin1String("findings")).toObject();
        QCOMPARE(levels.value(QLatin1String("orphaned_bookings")).toString(), QStringLiteral("ok"));
        QCOMPARE(levels.size(), 8);
    }

    void onlySupervisorsReadTheHealth()
    {
        auto allowed = [this](const char *role, const char *function) {
            return m_cluster
                ->scalar(QStringLiteral("SELECT has_function_privilege(?, ?, 'EXECUTE')"),
                    {QLatin1String(role), QLatin1String(function)})
                .toBool();
        };
        QVERIFY(!allowed("boxoffice_clerk", "boxoffice.health_findings(jsonb)"));
        QVERIFY(allowed("boxoffice_supervisor", "boxoffice.health_findings(jsonb)"));
        QVERIFY(!allowed("boxoffice_clerk", "boxoffice.dashboard_figures(integer, timestamptz)"));
        QVERIFY(allowed("boxoffice_supervisor", "boxoffice.dashboard_figures(integer, timestamptz)"));
        QVERIFY(allowed("boxoffice_clerk", "boxoffice.terminal_heartbeat(integer, integer, jsonb)"));
        QVERIFY(allowed("boxoffice_clerk", "boxoffice.run_job(text, text, integer)"));
        QVERIFY(!allowed("public", "boxoffice.run_job(text, text, integer)"));
        QVERIFY(!allowed("public", "boxoffice.terminal_heartbeat(integer, integer, jsonb)"));
        QVERIFY(m_cluster
                    ->scalar(QStringLiteral("SELECT prosecdef FROM pg_proc WHERE oid = "
                                            "'boxoffice.run_job(text, text, integer)'::regprocedure"))
                    .toBool());
    }

    void dashboardFiguresMatchTheDatabase()
    {
        SaleEngine &a = *m_engines[0];
        SaleEngine &b = *m_engines[1];
        const Order cash = sell(a, m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 2),
            QStringLiteral("RINGSIDE"), PaymentMethod::Cash);
        const Order card = sell(
            b, m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 1), QStringLiteral("CLASS2"), PaymentMethod::Card);
        const Order pending = sell(b, m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 3), QStringLiteral("CLASS3"),
            PaymentMethod::PromptPay, 10);
        QVERIFY(cash.id && card.id && pending.id);
        const Result<HoldResult> held = a.hold(m_show, m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 4, 10), 5);
        VERIFY_OK(held);
        // The engines' own counts go to the database with their heartbeats.
        Heartbeat beatA(m_cluster->db(), a.statistics(), a.terminalId());
        beatA.setClerk(m_clerkId);
        Heartbeat beatB(m_cluster->db(), b.statistics(), b.terminalId());
        QVERIFY(sent(beatA));
        QVERIFY(sent(beatB));

        HealthMonitor monitor(m_cluster->db());
        Result<DashboardSnapshot> r = monitor.dashboard(60);
        VERIFY_OK(r);
        const DashboardSnapshot &s = r.value();
        QCOMPARE(s.live.lockedSeats, 4 + 3);
        QCOMPARE(s.live.ordersInFlight, 1);
        QCOMPARE(s.live.soldSeats, 3);
        QCOMPARE(s.live.paidOrders, 2);
        QCOMPARE(s.live.takings.toDecimal(), QStringLiteral("6800.00"));
        QCOMPARE(s.live.cashTaken.toDecimal(), QStringLiteral("5000.00"));
        QCOMPARE(s.totals.sells, 3);
        QCOMPARE(s.totals.holds, 1);

        const auto show = std::find_if(
            s.shows.cbegin(), s.shows.cend(), [this](const ShowFigures &f) { return f.showId == m_show; });
        QVERIFY(show != s.shows.cend());
        QCOMPARE(show->soldSeats, 3);
        QCOMPARE(show->lockedSeats, 7);
        QCOMPARE(show->ordersInFlight, 1);
        QCOMPARE(show->paidOrders, 2);
        QCOMPARE(show->takings.toDecimal(), QStringLiteral("6800.00"));
        QCOMPARE(show->capacity, 3024);
        // The start as set, to the millisecond: not moved by the difference
        // between this PC's clock and the server's (it read 18:29 for 18:30).
        QCOMPARE(show->startsAt.toMSecsSinceEpoch(),
            qint64(m_cluster
                       ->scalar(
                           u"SELECT extract(epoch FROM starts_at) * 1000 FROM boxoffice.show WHERE id = ?"_s, {m_show})
                       .toDouble()));

        QCOMPARE(s.minutes.size(), 60);
        int sales = 0;
        int holds = 0;
        for (const MinuteFigures &m : s.minutes) {
            sales += m.sales;
            holds += m.holds;
        }
        QCOMPARE(sales, 2);
        QCOMPARE(holds, 1);
        QVERIFY(s.minutes.last().minute > s.minutes.first().minute);

        const auto counter = std::find_if(s.counters.cbegin(), s.counters.cend(),
            [&a](const CounterFigures &c) { return c.terminalId == a.terminalId(); });
        QVERIFY(counter != s.counters.cend());
        QCOMPARE(counter->terminal, QStringLiteral("Health A"));
        QCOMPARE(counter->clerk, m_clerkName);
        QCOMPARE(counter->sales, 1);
        QCOMPARE(counter->cashTaken.toDecimal(), QStringLiteral("5000.00"));
        QVERIFY(counter->heartbeats);
        QVERIFY(counter->secondsSilent < 10);

        QCOMPARE(s.jobs.size(), 4);
        QCOMPARE(s.jobs.first().job, QStringLiteral("expire_holds"));
        QCOMPARE(s.jobs.first().client, QStringLiteral("test"));
        QVERIFY(s.jobs.first().lastRun.isValid());

        // The JSON the HTTP endpoint serves.
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QLatin1String("live")).toObject().value(QLatin1String("locked_seats")).toInt(), 7);
        QCOMPARE(json.value(QLatin1String("per_minute")).toArray().size(), 60);
        QCOMPARE(json.value(QLatin1String("totals")).toObject().value(QLatin1String("sells")).toInt(), 3);
        QVERIFY(json.value(QLatin1String("totals")).toObject().value(QLatin1String("duplicates")).isObject());
        QCOMPARE(json.value(QLatin1String("jobs")).toArray().size(), 4);
    }

    // With the 20,000 and 100,000 seat arenas seeded too, both reads answer
    // and count the big shows (how long they take: bench_monitoring).
    void figuresCoverLargeVenues()
    {
        m_cluster->ensureLargeVenues();
        HealthMonitor monitor(m_cluster->db());
        Result<HealthReport> report = monitor.check();
        Result<DashboardSnapshot> snapshot = monitor.dashboard(60);
        VERIFY_OK(report);
        VERIFY_OK(snapshot);
        QVERIFY(std::any_of(snapshot->shows.cbegin(), snapshot->shows.cend(),
            [](const ShowFigures &f) { return f.capacity == 100000; }));
        QVERIFY(std::any_of(snapshot->shows.cbegin(), snapshot->shows.cend(),
            [](const ShowFigures &f) { return f.capacity == 20000; }));
    }

    void cleanupTestCase() { m_engines.clear(); }

private:
    TestCluster *m_cluster = nullptr;
    std::vector<std::unique_ptr<SaleEngine>> m_engines;
    int m_show = 0;
    int m_clerkId = 0;
    QString m_clerkName;
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
