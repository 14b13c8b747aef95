// Bounded retry with jitter: a deadlock (40P01) between two transactions is
// retried by Database, and both callers succeed; the statistics read from the
// database match what was done.
#include "db/database.h"
#include "sale/enginestatistics.h"
#include "sale/saleengine.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <thread>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestRetry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        // Locks two shows in the order given, with a pause between: two calls
        // with opposite orders deadlock, and PostgreSQL aborts one (40P01).
        m_cluster->exec(QStringLiteral(
            "CREATE OR REPLACE FUNCTION public.lock_two(a integer, b integer) RETURNS jsonb LANGUAGE plpgsql AS $$"
            " BEGIN PERFORM 1 FROM boxoffice.show WHERE id = a FOR UPDATE; PERFORM pg_sleep(0.3);"
            " PERFORM 1 FROM boxoffice.show WHERE id = b FOR UPDATE; RETURN '{\"ok\": true}'::jsonb; END $$"));
    }

    void deadlockIsRetried()
    {
        Database db(m_cluster->config(), QStringLiteral("retry"));
        const int a = m_cluster->demoShow(0);
        const int b = m_cluster->demoShow(1);
        bool okA = false, okB = false;
        auto call = [&db](int first, int second, bool *ok) {
            Result<QJsonObject> r = db.callJson(QStringLiteral("SELECT public.lock_two(?, ?)"), {first, second});
            *ok = r.ok() && r->value(QLatin1String("ok")).toBool();
            db.closeThreadConnection();
        };
        std::thread t1(call, a, b, &okA);
        std::thread t2(call, b, a, &okB);
        t1.join();
        t2.join();
        QVERIFY(okA);
        QVERIFY(okB);
        QVERIFY(db.retries() >= 1);
    }

    void statisticsCountTheDatabase()
    {
        m_cluster->resetSales();
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter Stats")});
        QVERIFY(engine.registerTerminal().ok());
        const int show = m_cluster->demoShow(5);
        const QList<int> seats = m_cluster->seatsOf(show, QStringLiteral("CLASS3"), 6);
        QVERIFY(engine.hold(show, seats.mid(0, 3), 5).ok());
        QVERIFY(engine.hold(show, seats.mid(3, 1), 5).ok());
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = show;
        sale.seatIds = seats.mid(4, 2);
        sale.ticketType = QStringLiteral("CLASS3");
        QVERIFY(engine.sell(sale).ok());
        sale.idempotencyKey = QUuid::createUuid();
        sale.seatIds = {seats.at(3)};
        sale.pendingMinutes = 10;
        QVERIFY(engine.sell(sale).ok());
        // One hold lapses (time passes for it).
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '1 second'"
                                       " WHERE show_id = ? AND seat_id = ?"),
            {show, seats.at(0)});

        Result<EngineStatistics::DatabaseCounts> counts = EngineStatistics::countInDatabase(m_cluster->db(), show);
        QVERIFY(counts.ok());
        QCOMPARE(counts->heldSeats, 2);
        QCOMPARE(counts->soldSeats, 2);
        QCOMPARE(counts->pendingOrders, 1);
        QCOMPARE(counts->lapsedHolds, 1);
        Result<EngineStatistics::DatabaseCounts> all = EngineStatistics::countInDatabase(m_cluster->db());
        QVERIFY(all.ok());
        QVERIFY(all->soldSeats >= 2);

        QCOMPARE(engine.statistics().value(EngineStatistics::Holds), 2);
        QCOMPARE(engine.statistics().value(EngineStatistics::Sells), 2);
        QCOMPARE(engine.statistics().ordersInFlight(), 0);
        const auto snapshot = engine.statistics().snapshot();
        QCOMPARE(snapshot.size(), int(EngineStatistics::CounterCount) + 1);
        QCOMPARE(snapshot.first().first, QStringLiteral("holds"));
    }

private:
    TestCluster *m_cluster = nullptr;
};

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
