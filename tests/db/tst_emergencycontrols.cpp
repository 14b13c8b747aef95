// A manager's emergency controls on real data: what each touches (previewed
// first), its effect, its audit row, and the broadcast a second client
// receives; a paused show refuses sales on another connection.
#include "counter/counterdesk.h"
#include "db/database.h"
#include "ops/emergencycontrols.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestEmergencyControls final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }
    int auditRows(const QString &action)
    {
        return count(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = ? AND actor = 'manager'"),
            {action});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_show = m_cluster->demoShow(11);
        for (const char *name : {"Counter 1", "Counter 2"}) {
            auto engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {QLatin1String(name)});
            engine->rateLimiter().configure(1e6, 1e6);
            QVERIFY(engine->registerTerminal().ok());
            m_engines.push_back(std::move(engine));
        }
    }

    void init()
    {
        m_cluster->resetSales();
        // The database was reset behind the engines' backs.
        for (auto &e : m_engines)
            e->forgetRecentAnswers();
    }

    void forceUnlockSeatsShowOrCounter_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("expected");
        QTest::newRow("selected seats") << QStringLiteral("seats") << 2;
        QTest::newRow("whole show") << QStringLiteral("show") << 6;
        QTest::newRow("one counter") << QStringLiteral("counter") << 3;
    }

    void forceUnlockSeatsShowOrCounter()
    {
        QFETCH(QString, scope);
        QFETCH(int, expected);
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 6);
        QVERIFY(m_engines[0]->hold(m_show, seats.mid(0, 3), 5).ok());
        QVERIFY(m_engines[1]->hold(m_show, seats.mid(3, 3), 5).ok());
        const QList<int> picked
            = scope == QLatin1String("seats") ? QList<int> {seats.at(0), seats.at(4)} : QList<int> {};
        const int terminal = scope == QLatin1String("counter") ? m_engines[1]->terminalId() : 0;

        EmergencyControls controls(m_cluster->db(), QStringLiteral("manager"));
        // What it will touch, first.
        Result<QList<EmergencyControls::Target>> preview = controls.previewForceUnlock(m_show, picked, terminal);
        QVERIFY(preview.ok());
        QCOMPARE(preview->size(), expected);
        QVERIFY(!preview->first().holder.isEmpty());
        const QString before = m_cluster->fingerprint();

        // No reason, no action.
        QCOMPARE(
            controls.forceUnlock(m_show, picked, terminal, QStringLiteral("  ")).code(), ErrorCode::ReasonRequired);
        QCOMPARE(m_cluster->fingerprint(), before);

        SeatFeed other(m_cluster->config());
        QSignalSpy online(&other, &SeatFeed::onlineChanged);
        QSignalSpy changed(&other, &SeatFeed::seatsChanged);
        other.watchShow(m_show);
        other.start();
        QVERIFY(online.wait(10000));
        Result<HoldResult> r = controls.forceUnlock(m_show, picked, terminal, QStringLiteral("counter 2 crashed"));
        QVERIFY(r.ok());
        QCOMPARE(r->changes.size(), expected);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state = 'held'"),
                     {m_show}),
            6 - expected);
        QCOMPARE(auditRows(QStringLiteral("force_unlock")), 1);
        QCOMPARE(count(QStringLiteral("SELECT rows FROM boxoffice.audit_log WHERE action = 'force_unlock'")), expected);
        QCOMPARE(
            m_cluster->scalar(QStringLiteral("SELECT reason FROM boxoffice.audit_log WHERE action = 'force_unlock'"))
                .toString(),
            QStringLiteral("counter 2 crashed"));
        // Every counter's map hears of it.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QCOMPARE(changed.last().at(1).value<SeatStatusList>().size(), expected);
    }

    void forceUnlockLeavesSalesAlone()
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 2);
        sale.ticketType = QStringLiteral("CLASS3");
        sale.pendingMinutes = 10;
        QVERIFY(m_engines[0]->sell(sale).ok());
        EmergencyControls controls(m_cluster->db(), QStringLiteral("manager"));
        QVERIFY(controls.previewForceUnlock(m_show, {}, 0)->isEmpty());
        QCOMPARE(controls.forceUnlock(m_show, {}, 0, QStringLiteral("tidy"))->changes.size(), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND order_id IS NOT NULL"),
                {m_show}),
            2);
    }

    void pausedShowRefusesSalesEverywhere()
    {
        // Counter 2 has the show open, with its own connection and feed.
        Database db2(m_cluster->config(), QStringLiteral("counter2"));
        SaleEngine engine2(db2, SaleEngine::Options {QStringLiteral("Counter 2")});
        QVERIFY(engine2.registerTerminal().ok());
        SeatFeed feed2(m_cluster->config());
        CounterDesk session2(db2, engine2, &feed2);
        QSignalSpy snapshot(&feed2, &SeatFeed::showLoaded);
        QSignalSpy paused(&session2, &CounterDesk::salesStateChanged);
        feed2.start();
        session2.openShow(m_show);
        QTRY_VERIFY_WITH_TIMEOUT(!snapshot.isEmpty(), 10000);

        EmergencyControls controls(m_cluster->db(), QStringLiteral("manager"));
        QCOMPARE(controls.setSalesState(m_show, QStringLiteral("paused"), QString()).code(), ErrorCode::ReasonRequired);
        QCOMPARE(controls.setSalesState(m_show, QStringLiteral("sleeping"), QStringLiteral("x")).code(),
            ErrorCode::InvalidRequest);
        QCOMPARE(controls.setSalesState(999999, QStringLiteral("paused"), QStringLiteral("x")).code(),
            ErrorCode::UnknownShow);
        QVERIFY(controls.setSalesState(m_show, QStringLiteral("paused"), QStringLiteral("fight delayed")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), 5000);
        QCOMPARE(salesStateName(paused.first().at(0).value<SalesState>()), QStringLiteral("paused"));

        // Counter 2 cannot hold nor sell, with a clear message; nothing changes.
        const QString before = m_cluster->fingerprint();
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 2);
        Result<HoldResult> hold = engine2.hold(m_show, seats, 5);
        QCOMPARE(hold.code(), ErrorCode::ShowPaused);
        QVERIFY(hold.error().message.contains(QLatin1String("paused")));
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = seats;
        sale.ticketType = QStringLiteral("RINGSIDE");
        QCOMPARE(engine2.sell(sale).code(), ErrorCode::ShowPaused);
        QCOMPARE(m_cluster->fingerprint().section(QLatin1Char(' '), 0, 3), before.section(QLatin1Char(' '), 0, 3));

        QVERIFY(controls.setSalesState(m_show, QStringLiteral("on_sale"), QStringLiteral("fight on")).ok());
        QVERIFY(engine2.hold(m_show, seats, 5).ok());
        QCOMPARE(auditRows(QStringLiteral("set_sales_state")), 2);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT detail->>'to' FROM boxoffice.audit_log WHERE action = "
                                             "'set_sales_state' ORDER BY id LIMIT 1"))
                     .toString(),
            QStringLiteral("paused"));
    }

    void clearDuplicateLocksOnEveryCounter()
    {
        Database db2(m_cluster->config(), QStringLiteral("counter2b"));
        SaleEngine engine2(db2, SaleEngine::Options {QStringLiteral("Counter 2")});
        QVERIFY(engine2.registerTerminal().ok());
        InFlightGuard guard;
        SaleEngine engine3(db2, SaleEngine::Options {QStringLiteral("Counter 3")}, &guard);
        QVERIFY(engine3.registerTerminal().ok());
        SeatFeed feed2(m_cluster->config());
        CounterDesk session2(db2, engine3, &feed2);
        QSignalSpy online(&feed2, &SeatFeed::onlineChanged);
        QSignalSpy cleared(&feed2, &SeatFeed::duplicateLocksCleared);
        feed2.start();
        QVERIFY(online.wait(10000));
        // A stuck order key on counter 3.
        QVERIFY(guard.tryEnter(QStringLiteral("order_stuck")));
        QCOMPARE(guard.size(), 1);

        EmergencyControls controls(m_cluster->db(), QStringLiteral("manager"));
        QCOMPARE(controls.clearDuplicateLocks(QString()).code(), ErrorCode::ReasonRequired);
        QVERIFY(controls.clearDuplicateLocks(QStringLiteral("counter 3 stuck on 'please wait'")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!cleared.isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(guard.size(), 0, 5000);
        QCOMPARE(auditRows(QStringLiteral("clear_duplicate_locks")), 1);
    }

private:
    TestCluster *m_cluster = nullptr;
    std::vector<std::unique_ptr<SaleEngine>> m_engines;
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestEmergencyControls)
#include "tst_emergencycontrols.moc"
