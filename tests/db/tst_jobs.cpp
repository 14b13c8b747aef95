// Background jobs on real data: each job's effect, one run per period however
// many counters run the scheduler, another client taking over when one dies,
// and the run broadcast to other clients.
#include "db/database.h"
#include "ops/jobscheduler.h"
#include "orderbypass.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using namespace std::chrono_literals;
using boxoffice::test::TestCluster;

class TestJobs final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }

    Result<JobRun> runNow(JobScheduler &s, JobScheduler::Job job)
    {
        QFuture<Result<JobRun>> f = s.runNow(job);
        f.waitForFinished();
        return f.result();
    }

    // Lets every job run again at once (the last run is long ago).
    void forgetRuns() { m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.job_run")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_show = m_cluster->demoShow(10);
        m_engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter Jobs")});
        m_engine->rateLimiter().configure(1e6, 1e6);
        QVERIFY(m_engine->registerTerminal().ok());
    }

    void init()
    {
        m_cluster->resetSales();
        forgetRuns();
    }

    void expireHoldsReleasesLapsedHoldsOnly()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 3);
        QVERIFY(m_engine->hold(m_show, seats, 5).ok());
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '1 second'"
                                       " WHERE show_id = ? AND seat_id = ANY(?::int[])"),
            {m_show, Database::intArray(seats.mid(0, 2))});
        JobScheduler jobs(m_cluster->db(), QStringLiteral("client-1"));
        Result<JobRun> r = runNow(jobs, JobScheduler::ExpireHolds);
        QVERIFY(r.ok());
        QVERIFY(r->ran);
        QCOMPARE(r->rows, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state = 'held'"),
                     {m_show}),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.job_run WHERE job = 'expire_holds' AND client = "
                                      "'client-1' AND rows = 2")),
            1);
        // Ran this period already: another try does nothing.
        Result<JobRun> again = runNow(jobs, JobScheduler::ExpireHolds);
        QVERIFY(again.ok());
        QVERIFY(!again->ran);
    }

    void expireOrdersExpiresLapsedPendingOrders()
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 2);
        sale.ticketType = QStringLiteral("CLASS3");
        sale.payment = PaymentMethod::PromptPay;
        sale.pendingMinutes = 10;
        Result<Order> pending = m_engine->sell(sale);
        QVERIFY2(pending.ok(), pending.ok() ? "" : boxoffice::test::why(pending.error()).constData());
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.orders SET expires_at = now() - interval '1 second' WHERE id = ?"),
            {pending->id});
        m_cluster->exec(
            QStringLiteral(
                "UPDATE boxoffice.show_seat SET held_until = now() - interval '1 second' WHERE order_id = ?"),
            {pending->id});
        JobScheduler jobs(m_cluster->db(), QStringLiteral("client-1"));
        Result<JobRun> r = runNow(jobs, JobScheduler::ExpireOrders);
        QVERIFY(r.ok() && r->ran);
        QCOMPARE(r->rows, 1);
        QCOMPARE(m_cluster->scalar(QStringLiteral("SELECT status FROM boxoffice.orders WHERE id = ?"), {pending->id})
                     .toString(),
            QStringLiteral("expired"));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE order_id = ?"), {pending->id}), 0);
    }

    void healthCheckFindsOrphanedBookings()
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 1);
        sale.ticketType = QStringLiteral("RINGSIDE");
        Result<Order> sold = m_engine->sell(sale);
        QVERIFY(sold.ok());
        // Made to show it: the order cancelled behind the engine's back, its seat still booked.
        QVERIFY(boxoffice::test::setOrderStatusBehindEngine(*m_cluster, sold->id, QStringLiteral("cancelled")));
        JobScheduler jobs(m_cluster->db(), QStringLiteral("client-1"));
        Result<JobRun> r = runNow(jobs, JobScheduler::HealthCheck);
        QVERIFY(r.ok() && r->ran);
        QCOMPARE(r->detail.value(QLatin1String("orphaned_bookings")).toInt(), 1);
        QVERIFY(r->rows >= 1);
    }

    void deepCleanupPurgesOldRuns()
    {
        m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.job_run (job, client, started_at, duration_ms)"
                                       " VALUES ('expire_holds', 'old', now() - interval '40 days', 1)"));
        JobScheduler jobs(m_cluster->db(), QStringLiteral("client-1"));
        Result<JobRun> r = runNow(jobs, JobScheduler::DeepCleanup);
        QVERIFY(r.ok() && r->ran);
        QCOMPARE(r->rows, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.job_run WHERE client = 'old'")), 0);
    }

    void twoSchedulersRunEachJobOncePerPeriod()
    {
        Database dbA(m_cluster->config(), QStringLiteral("jobsA"));
        Database dbB(m_cluster->config(), QStringLiteral("jobsB"));
        JobScheduler a(dbA, QStringLiteral("A"));
        JobScheduler b(dbB, QStringLiteral("B"));
        for (JobScheduler *s : {&a, &b}) {
            s->setInterval(JobScheduler::ExpireHolds, 1s);
            s->setInterval(JobScheduler::ExpireOrders, 1h);
            s->setInterval(JobScheduler::HealthCheck, 1h);
            s->setInterval(JobScheduler::DeepCleanup, 1h);
        }
        QElapsedTimer clock;
        clock.start();
        a.start();
        b.start();
        QTest::qWait(4500);
        a.stop();
        b.stop();
        const double periods = clock.elapsed() / 1000.0;
        const int runs = count(QStringLiteral("SELECT count(*) FROM boxoffice.job_run WHERE job = 'expire_holds'"));
        // Two clients, each firing every second: still about one run a second.
        QVERIFY2(runs >= int(periods) - 1 && runs <= int(periods) + 1, qPrintable(QString::number(runs)));
        // Never two runs within one period.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM (SELECT started_at - lag(started_at) OVER (ORDER BY started_at) AS gap"
                     " FROM boxoffice.job_run WHERE job = 'expire_holds') g WHERE gap < interval '0.9 seconds'")),
            0);
    }

    void anotherClientTakesOverWhenOneDies()
    {
        ConnectionConfig configA = m_cluster->config();
        configA.set(QStringLiteral("application_name"), QStringLiteral("boxoffice-jobs-A"));
        Database dbA(configA, QStringLiteral("jobsA2"));
        Database dbB(m_cluster->config(), QStringLiteral("jobsB2"));
        auto a = std::make_unique<JobScheduler>(dbA, QStringLiteral("A"));
        JobScheduler b(dbB, QStringLiteral("B"));
        // A fires first each period and so does the work.
        a->setInterval(JobScheduler::ExpireHolds, 1s);
        b.setInterval(JobScheduler::ExpireHolds, 1s);
        QVERIFY(runNow(*a, JobScheduler::ExpireHolds)->ran);
        a->start();
        QTest::qWait(300);
        b.start();
        QTest::qWait(2200);
        // A's counter dies: its connection is cut and its scheduler gone.
        m_cluster->scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                         "application_name = 'boxoffice-jobs-A'"));
        a.reset();
        const QDateTime died = QDateTime::currentDateTimeUtc();
        QTest::qWait(3000);
        b.stop();
        QVERIFY(
            count(QStringLiteral("SELECT count(*) FROM boxoffice.job_run WHERE job = 'expire_holds' AND client = 'B'"
                                 " AND started_at > ?::timestamptz"),
                {died.toString(Qt::ISODateWithMs)})
            >= 2);
    }

    void runsAreBroadcast()
    {
        SeatFeed feed(m_cluster->config());
        QSignalSpy online(&feed, &SeatFeed::onlineChanged);
        QSignalSpy broadcast(&feed, &SeatFeed::jobBroadcast);
        feed.start();
        QVERIFY(online.wait(10000));
        JobScheduler jobs(m_cluster->db(), QStringLiteral("client-9"));
        QVERIFY(runNow(jobs, JobScheduler::HealthCheck)->ran);
        QTRY_VERIFY_WITH_TIMEOUT(!broadcast.isEmpty(), 5000);
        QCOMPARE(broadcast.first().at(0).toString(), QStringLiteral("health_check"));
        QCOMPARE(broadcast.first().at(1).toString(), QStringLiteral("client-9"));
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<SaleEngine> m_engine;
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
