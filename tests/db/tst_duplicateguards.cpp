// The duplicate guards against selling the same thing twice, each
// on its own (unit) and through SaleEngine against the real database:
//   1. rate limit per terminal, and de-duplication of the same payload (5 s),
//   2. the in-process guard on (customer, ticket type, show date, seats),
//   3. the idempotency key (in the database),
//   4. the similar-order check (in the database).
// After every refusal the test checks that nothing was written (orders,
// order_seat, show_seat).
#include "sale/saleengine.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <latch>
#include <thread>

using namespace boxoffice;
using namespace std::chrono_literals;
using boxoffice::test::TestCluster;

// What the database holds: orders, order seats, seats of the show not available.
#define QCOMPARE_DB(orders, orderSeats, takenSeats)                                                                    \
    do {                                                                                                               \
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders")), orders);                              \
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat")), orderSeats);                      \
        QCOMPARE(                                                                                                      \
            count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE state <> 'available'")), takenSeats); \
    } while (false)

class TestDuplicateGuards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_show = m_cluster->demoShow(0);
        QVERIFY(m_show > 0);
        m_showDate = QDate::fromString(
            m_cluster
                ->scalar(QStringLiteral("SELECT to_char(starts_at, 'YYYY-MM-DD') FROM boxoffice.show WHERE id = ?"),
                    {m_show})
                .toString(),
            Qt::ISODate);
        QVERIFY(m_showDate.isValid());
        m_ringside = m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 12);
        QCOMPARE(m_ringside.size(), 12);
        m_class2 = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 4);
        QCOMPARE(m_class2.size(), 4);
    }

    void init() { m_cluster->resetSales(); }

    // ---------------------------------------------------------------- rate limit

    void rateLimiterBurst_data()
    {
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<double>("burst");
        QTest::newRow("default 10/s burst 20") << -1.0 << 20.0;
        QTest::newRow("1/s burst 2") << 1.0 << 2.0;
        QTest::newRow("5/s burst 7") << 5.0 << 7.0;
    }
    void rateLimiterBurst()
    {
        QFETCH(double, perSecond);
        QFETCH(double, burst);
        std::unique_ptr<RateLimiter> limiter
            = perSecond < 0 ? std::make_unique<RateLimiter>() : std::make_unique<RateLimiter>(perSecond, burst);
        int granted = 0;
        while (granted < 100 && limiter->tryAcquire(QStringLiteral("Counter A")))
            ++granted;
        QCOMPARE(granted, int(burst));
        // Refused now, and refusals do not eat into the next token.
        QVERIFY(!limiter->tryAcquire(QStringLiteral("Counter A")));
        QVERIFY(!limiter->tryAcquire(QStringLiteral("Counter A")));
    }

    void rateLimiterRefill_data()
    {
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<double>("burst");
        QTest::addColumn<int>("waitMs");
        // 20/s for 150 ms is 3 tokens, but the bucket holds one.
        QTest::newRow("capped at burst 1") << 20.0 << 1.0 << 150;
        // 50/s for 150 ms is 7.5 tokens, capped at 3.
        QTest::newRow("capped at burst 3") << 50.0 << 3.0 << 150;
        // 10/s for 150 ms is 1.5 tokens: some back, not the whole burst of 5.
        QTest::newRow("partial refill") << 10.0 << 5.0 << 150;
    }
    void rateLimiterRefill()
    {
        QFETCH(double, perSecond);
        QFETCH(double, burst);
        QFETCH(int, waitMs);
        RateLimiter limiter(perSecond, burst);
        const QString key = QStringLiteral("Counter A");
        while (limiter.tryAcquire(key)) { }
        QElapsedTimer sinceEmpty;
        sinceEmpty.start();
        QVERIFY(!limiter.tryAcquire(key));
        QTest::qWait(waitMs);
        int granted = 0;
        while (granted < 100 && limiter.tryAcquire(key))
            ++granted;
        const qint64 elapsedMs = sinceEmpty.elapsed() + 1;
        // At least what the wait earned, at most what the time really spent
        // (a loaded machine may wait longer) earned, never past the burst.
        const int minGranted = int(std::min(burst, std::floor(perSecond * waitMs / 1000.0)));
        const int maxGranted = int(std::min(burst, std::ceil(perSecond * double(elapsedMs) / 1000.0)));
        QVERIFY2(granted >= minGranted && granted <= maxGranted,
            qPrintable(QStringLiteral("%1 granted after %2 ms, expected %3..%4")
                           .arg(granted)
                           .arg(elapsedMs)
                           .arg(minGranted)
                           .arg(maxGranted)));
        QVERIFY(!limiter.tryAcquire(key));
        // And the bucket keeps refilling over time. (QTRY_* evaluates its
        // expression once more after success: latch the acquisition.)
        bool refilled = false;
        QTRY_VERIFY_WITH_TIMEOUT(refilled || (refilled = limiter.tryAcquire(key)), 2000);
    }

    void rateLimiterKeysIndependent()
    {
        RateLimiter limiter; // 10/s, burst 20
        for (int i = 0; i < 20; ++i)
            QVERIFY(limiter.tryAcquire(QStringLiteral("Counter A")));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("Counter A")));
        // Another terminal has its own full bucket.
        for (int i = 0; i < 20; ++i)
            QVERIFY2(limiter.tryAcquire(QStringLiteral("Counter B")), qPrintable(QString::number(i)));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("Counter B")));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("Counter A")));
        // configure() starts every bucket afresh with the new burst.
        limiter.configure(1.0, 3.0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.tryAcquire(QStringLiteral("Counter A")));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("Counter A")));
    }

    void engineRateLimited()
    {
        SaleEngine::Options options {QStringLiteral("Counter Rate")};
        options.ratePerSecond = 1;
        options.rateBurst = 2;
        InFlightGuard guard;
        SaleEngine engine(m_cluster->db(), options, &guard);
        QVERIFY(engine.registerTerminal().ok());

        Result<HoldResult> first = engine.hold(m_show, {m_ringside[0]}, 5);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        Result<HoldResult> second = engine.hold(m_show, {m_ringside[1]}, 5);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        Result<HoldResult> third = engine.hold(m_show, {m_ringside[2]}, 5);
        QVERIFY(!third.ok());
        QCOMPARE(third.code(), ErrorCode::RateLimited);
        QVERIFY(!third.error().message.isEmpty());
        QCOMPARE(third.error().message, describe(ErrorCode::RateLimited));

        QCOMPARE(seatState(m_ringside[2]), QStringLiteral("available"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE state = 'held' AND held_by = ?"),
                     {engine.terminalId()}),
            2);
        QCOMPARE_DB(0, 0, 2);
        QCOMPARE(engine.statistics().value(EngineStatistics::RateLimited), 1);
        QCOMPARE(engine.statistics().value(EngineStatistics::Holds), 2);

        // A sale is refused the same way, before anything reaches the database.
        SellRequest sale = request({m_ringside[3]});
        Result<Order> sold = engine.sell(sale);
        QCOMPARE(sold.code(), ErrorCode::RateLimited);
        QCOMPARE(engine.statistics().value(EngineStatistics::RateLimited), 2);
        QCOMPARE_DB(0, 0, 2);
    }

    // ---------------------------------------------------------------- request de-duplication

    void dedupOwnerAndWaiter()
    {
        RequestDeduplicator<int> dedup;
        auto first = dedup.begin("k");
        QVERIFY(first.owner);
        QVERIFY(first.promise);

        std::atomic<bool> began {false};
        std::atomic<bool> answered {false};
        bool secondOwner = true;
        int secondValue = 0;
        std::thread second([&] {
            auto ticket = dedup.begin("k");
            secondOwner = ticket.owner;
            began = true;
            if (!ticket.owner) {
                secondValue = ticket.answer.get(); // waits for the first
                answered = true;
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(began.load(), 5000);
        // The first is not finished: the second is still waiting.
        QTest::qWait(50);
        QVERIFY(!answered.load());
        dedup.finish(first, 42, true);
        second.join();
        QVERIFY(!secondOwner);
        QVERIFY(answered.load());
        QCOMPARE(secondValue, 42);

        // Remembered: answered from memory at once.
        auto third = dedup.begin("k");
        QVERIFY(!third.owner);
        QVERIFY(third.answer.wait_for(0s) == std::future_status::ready);
        QCOMPARE(third.answer.get(), 42);

        // Another key is unrelated.
        auto other = dedup.begin("other");
        QVERIFY(other.owner);
        dedup.finish(other, 7, true);
        QCOMPARE(dedup.begin("other").answer.get(), 7);
    }

    void dedupNotRemembered()
    {
        RequestDeduplicator<int> dedup;
        auto first = dedup.begin("k");
        QVERIFY(first.owner);
        auto waiter = dedup.begin("k");
        QVERIFY(!waiter.owner);
        dedup.finish(first, -1, false); // e.g. "database busy": not a final answer
        // Whoever was already waiting gets it...
        QCOMPARE(waiter.answer.get(), -1);
        // ...but the next caller really tries again.
        auto retry = dedup.begin("k");
        QVERIFY(retry.owner);
        dedup.finish(retry, 5, true);
        QCOMPARE(dedup.begin("k").answer.get(), 5);
    }

    void dedupExpires()
    {
        RequestDeduplicator<int> dedup(200ms);
        auto first = dedup.begin("k");
        QVERIFY(first.owner);
        dedup.finish(first, 1, true);
        QVERIFY(!dedup.begin("k").owner);
        QTest::qWait(260);
        auto later = dedup.begin("k");
        QVERIFY(later.owner);
        dedup.finish(later, 2, true);
        auto again = dedup.begin("k");
        QVERIFY(!again.owner);
        QCOMPARE(again.answer.get(), 2);
    }

    void dedupClear()
    {
        RequestDeduplicator<int> dedup;
        auto done = dedup.begin("done");
        dedup.finish(done, 1, true);
        auto busy = dedup.begin("busy");
        QVERIFY(busy.owner);
        dedup.clear();
        // Finished answers are forgotten; one still in flight is not.
        QVERIFY(dedup.begin("done").owner);
        QVERIFY(!dedup.begin("busy").owner);
        dedup.finish(busy, 3, true);
    }

    void engineDedupSell()
    {
        InFlightGuard guard;
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")}, &guard);
        QVERIFY(engine.registerTerminal().ok());
        const SellRequest sale = request(m_ringside.mid(0, 2));
        Result<Order> first = engine.sell(sale);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        Result<Order> second = engine.sell(sale);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        QCOMPARE(second->id, first->id);
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel1), 1);
        QCOMPARE(engine.statistics().value(EngineStatistics::Sells), 1);
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel3), 0);
        QCOMPARE_DB(1, 2, 2);
    }

    void engineDedupConcurrent()
    {
        // The same checkout sent twice at once on the engine's two workers:
        // the second waits for the first's answer (or gets it from memory).
        InFlightGuard guard;
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")}, &guard);
        QVERIFY(engine.registerTerminal().ok());
        const SellRequest sale = request(m_ringside.mid(0, 2));
        QFuture<Result<Order>> a = engine.sellAsync(sale);
        QFuture<Result<Order>> b = engine.sellAsync(sale);
        const Result<Order> ra = a.result();
        const Result<Order> rb = b.result();
        QVERIFY2(ra.ok(), ra.ok() ? "" : qPrintable(ra.error().message));
        QVERIFY2(rb.ok(), rb.ok() ? "" : qPrintable(rb.error().message));
        QCOMPARE(ra->id, rb->id);
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel1), 1);
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel2), 0);
        QCOMPARE(engine.statistics().value(EngineStatistics::Sells), 1);
        QCOMPARE_DB(1, 2, 2);
    }

    void engineDedupHold()
    {
        InFlightGuard guard;
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")}, &guard);
        QVERIFY(engine.registerTerminal().ok());
        Result<HoldResult> first = engine.hold(m_show, {m_ringside[1], m_ringside[0]}, 5);
        QVERIFY(first.ok());
        const QString versionSql = QStringLiteral("SELECT max(version) FROM boxoffice.show_seat WHERE show_id = ?");
        const qint64 version = m_cluster->scalar(versionSql, {m_show}).toLongLong();
        // Same seats in another order: the same payload.
        Result<HoldResult> second = engine.hold(m_show, {m_ringside[0], m_ringside[1]}, 5);
        QVERIFY(second.ok());
        QCOMPARE(second->token, first->token);
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel1), 1);
        QCOMPARE(engine.statistics().value(EngineStatistics::Holds), 1);
        // Answered from memory: the database was not touched again.
        QCOMPARE(m_cluster->scalar(versionSql, {m_show}).toLongLong(), version);
        QCOMPARE_DB(0, 0, 2);
    }

    // ---------------------------------------------------------------- in-flight guard

    void inFlightGuardUnit()
    {
        InFlightGuard guard(200ms);
        const QString key = QStringLiteral("order_x");
        const quint64 first = guard.tryEnter(key);
        QVERIFY(first);
        QVERIFY(!guard.tryEnter(key));
        QVERIFY(guard.tryEnter(QStringLiteral("order_y")));
        QCOMPARE(guard.size(), 2);
        guard.leave(key, first);
        QCOMPARE(guard.size(), 1);
        QVERIFY(guard.tryEnter(key));
        QVERIFY(!guard.tryEnter(key));
        // Stuck past the window: may be entered again.
        QTest::qWait(260);
        QVERIFY(guard.tryEnter(key));
        QVERIFY(!guard.tryEnter(key));
        QCOMPARE(guard.clear(), 2);
        QCOMPARE(guard.size(), 0);
        QVERIFY(guard.tryEnter(key));
        QVERIFY(guard.tryEnter(QStringLiteral("order_y")));
    }

    void inFlightGuardStaleOwnerLeave()
    {
        // A stuck call (A) outlives the window; B enters the key again and is
        // in flight. When A finally finishes, its leave() must not free B's key.
        InFlightGuard guard(100ms);
        const QString key = QStringLiteral("order_stuck");
        const quint64 a = guard.tryEnter(key);
        QVERIFY(a);
        QTest::qWait(150);
        const quint64 b = guard.tryEnter(key); // A taken to be stuck
        QVERIFY(b);
        QVERIFY(a != b);
        guard.leave(key, a);           // A returns at last
        QVERIFY(!guard.tryEnter(key)); // C while B is in flight: refused
        guard.leave(key, b);
        QVERIFY(guard.tryEnter(key));
    }

    void orderKey_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QList<int>>("seats");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sorted") << QStringLiteral("0812345678") << QStringLiteral("RINGSIDE") << QDate(2025, 3, 1)
                                << QList<int> {1, 2, 3} << QStringLiteral("order_0812345678_RINGSIDE_2025-03-01_1,2,3");
        QTest::newRow("unsorted") << QStringLiteral("0812345678") << QStringLiteral("RINGSIDE") << QDate(2025, 3, 1)
                                  << QList<int> {3, 1, 2}
                                  << QStringLiteral("order_0812345678_RINGSIDE_2025-03-01_1,2,3");
        QTest::newRow("numeric not lexical")
            << QStringLiteral("Somchai") << QStringLiteral("CLASS2") << QDate(2024, 12, 31) << QList<int> {100, 9, 20}
            << QStringLiteral("order_Somchai_CLASS2_2024-12-31_9,20,100");
        QTest::newRow("one seat") << QStringLiteral("c") << QStringLiteral("CLASS3") << QDate(2026, 1, 2)
                                  << QList<int> {7} << QStringLiteral("order_c_CLASS3_2026-01-02_7");
    }
    void orderKey()
    {
        QFETCH(QString, customer);
        QFETCH(QString, type);
        QFETCH(QDate, date);
        QFETCH(QList<int>, seats);
        QFETCH(QString, expected);
        QCOMPARE(InFlightGuard::orderKey(customer, type, date, seats), expected);
        QList<int> reversed(seats.crbegin(), seats.crend());
        QCOMPARE(InFlightGuard::orderKey(customer, type, date, reversed), expected);
        // Any other part changes the key.
        QVERIFY(InFlightGuard::orderKey(customer + QLatin1Char('9'), type, date, seats) != expected);
        QVERIFY(InFlightGuard::orderKey(customer, type, date.addDays(1), seats) != expected);
        QVERIFY(InFlightGuard::orderKey(customer, type, date, seats + QList<int> {1000}) != expected);
    }

    void engineInProgress_data()
    {
        QTest::addColumn<bool>("reversed");
        QTest::newRow("same seat order") << false;
        QTest::newRow("seats in another order") << true;
    }
    void engineInProgress()
    {
        QFETCH(bool, reversed);
        InFlightGuard guard;
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")}, &guard);
        QVERIFY(engine.registerTerminal().ok());
        const QList<int> seats = m_ringside.mid(0, 3);
        QList<int> entered = seats;
        if (reversed)
            std::reverse(entered.begin(), entered.end());
        const QString key = InFlightGuard::orderKey(phone(), QStringLiteral("RINGSIDE"), m_showDate, entered);
        const quint64 ticket = engine.inFlightGuard().tryEnter(key); // "the first submission is in flight"
        QVERIFY(ticket);

        SellRequest sale = request(seats);
        Result<Order> refused = engine.sell(sale);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::InProgress);
        QCOMPARE(refused.error().message, QStringLiteral("Processing, please wait"));
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel2), 1);
        QCOMPARE(engine.statistics().value(EngineStatistics::Sells), 0);
        QCOMPARE(engine.statistics().ordersInFlight(), 0);
        QCOMPARE_DB(0, 0, 0);

        // Another checkout of the same order (another key) is refused too.
        SellRequest again = request(seats);
        QCOMPARE(engine.sell(again).code(), ErrorCode::InProgress);
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel2), 2);
        QCOMPARE_DB(0, 0, 0);
        // The refusal left the guard as it was (still one key: the first's).
        QCOMPARE(engine.inFlightGuard().size(), 1);

        // Once the first is done, the retry really goes through: "please
        // wait" is not an answer the de-duplication remembers.
        engine.inFlightGuard().leave(key, ticket);
        Result<Order> sold = engine.sell(sale);
        QVERIFY2(sold.ok(), sold.ok() ? "" : qPrintable(sold.error().message));
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel1), 0);
        QCOMPARE(engine.statistics().value(EngineStatistics::Sells), 1);
        QCOMPARE(engine.inFlightGuard().size(), 0);
        QCOMPARE_DB(1, 3, 3);
    }

    void engineRaceSameOrder_data()
    {
        QTest::addColumn<bool>("twoCounters");
        QTest::addColumn<bool>("sharedGuard");
        QTest::newRow("one counter, two threads") << false << true;
        QTest::newRow("two counters, one process guard") << true << true;
        QTest::newRow("two counters, separate guards") << true << false;
    }
    void engineRaceSameOrder()
    {
        QFETCH(bool, twoCounters);
        QFETCH(bool, sharedGuard);
        InFlightGuard guardA;
        InFlightGuard guardB;
        SaleEngine engineA(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")}, &guardA);
        QVERIFY(engineA.registerTerminal().ok());
        SaleEngine engineB(
            m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter B")}, sharedGuard ? &guardA : &guardB);
        QVERIFY(engineB.registerTerminal().ok());
        SaleEngine &first = engineA;
        SaleEngine &second = twoCounters ? engineB : engineA;
        const QList<int> seats = m_ringside.mid(4, 2);
        const QList<ErrorCode> allowed
            = {ErrorCode::InProgress, ErrorCode::SeatConflict, ErrorCode::SeatsBusy, ErrorCode::PossibleDuplicate};

        for (int round = 0; round < 8; ++round) {
            m_cluster->resetSales();
            const SellRequest a = request(seats);
            const SellRequest b = request(seats); // same order, another checkout (key)
            Result<Order> ra = ServiceError::make(ErrorCode::None);
            Result<Order> rb = ServiceError::make(ErrorCode::None);
            std::latch ready(2);
            auto run = [&](SaleEngine &engine, const SellRequest &req, Result<Order> &out) {
                m_cluster->db().ping(); // this thread's connection, opened before the start
                ready.arrive_and_wait();
                out = engine.sell(req);
            };
            std::thread ta(run, std::ref(first), std::cref(a), std::ref(ra));
            std::thread tb(run, std::ref(second), std::cref(b), std::ref(rb));
            ta.join();
            tb.join();

            const QString where = QStringLiteral("round %1: %2 / %3")
                                      .arg(round)
                                      .arg(ra.ok() ? QStringLiteral("ok") : ra.error().message,
                                          rb.ok() ? QStringLiteral("ok") : rb.error().message);
            QVERIFY2(int(ra.ok()) + int(rb.ok()) == 1, qPrintable(where));
            const Result<Order> &refused = ra.ok() ? rb : ra;
            QVERIFY2(allowed.contains(refused.code()), qPrintable(where));
            const Result<Order> &sold = ra.ok() ? ra : rb;
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders")), 1);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat WHERE active AND order_id = ?"),
                         {sold->id}),
                2);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE state = 'sold' AND order_id = ?"),
                    {sold->id}),
                2);
            QCOMPARE_DB(1, 2, 2);
        }
        QCOMPARE(guardA.size(), 0);
        QCOMPARE(guardB.size(), 0);
    }

    // ---------------------------------------------------------------- idempotency key

    void engineReplay_data()
    {
        QTest::addColumn<bool>("secondEngine");
        QTest::newRow("after the dedup window") << false;
        QTest::newRow("another engine, same counter") << true;
    }
    void engineReplay()
    {
        QFETCH(bool, secondEngine);
        SaleEngine::Options options {QStringLiteral("Counter A")};
        if (!secondEngine)
            options.dedupWindow = 1ms;
        InFlightGuard guard;
        SaleEngine engine(m_cluster->db(), options, &guard);
        QVERIFY(engine.registerTerminal().ok());
        std::unique_ptr<SaleEngine> other;
        if (secondEngine) {
            other = std::make_unique<SaleEngine>(
                m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")}, &guard);
            QVERIFY(other->registerTerminal().ok());
            QCOMPARE(other->terminalId(), engine.terminalId());
        }
        SaleEngine &retrying = secondEngine ? *other : engine;

        const SellRequest sale = request(m_ringside.mid(0, 2));
        Result<Order> first = engine.sell(sale);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(!first->replayed);
        QThread::msleep(5);

        Result<Order> retry = retrying.sell(sale);
        QVERIFY2(retry.ok(), retry.ok() ? "" : qPrintable(retry.error().message));
        QVERIFY(retry->replayed);
        QCOMPARE(retry->id, first->id);
        QCOMPARE(retry->total, first->total);
        QCOMPARE(retry->seats.size(), 2);
        QCOMPARE(retrying.statistics().value(EngineStatistics::DuplicatesLevel3), 1);
        QCOMPARE(retrying.statistics().value(EngineStatistics::DuplicatesLevel1), 0);
        QCOMPARE(engine.statistics().value(EngineStatistics::Sells), 1);
        if (secondEngine)
            QCOMPARE(retrying.statistics().value(EngineStatistics::Sells), 0);
        QCOMPARE_DB(1, 2, 2);
    }

    void engineIdempotencyMismatch_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("other seats") << QStringLiteral("seats");
        QTest::newRow("other customer name") << QStringLiteral("name");
        QTest::newRow("other payment") << QStringLiteral("payment");
        QTest::newRow("pending instead of paid") << QStringLiteral("pending");
    }
    void engineIdempotencyMismatch()
    {
        QFETCH(QString, change);
        InFlightGuard guard;
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")}, &guard);
        QVERIFY(engine.registerTerminal().ok());
        const SellRequest sale = request(m_ringside.mid(0, 2));
        Result<Order> first = engine.sell(sale);
        QVERIFY(first.ok());

        SellRequest changed = sale; // same idempotency key
        if (change == QLatin1String("seats"))
            changed.seatIds = m_ringside.mid(2, 2);
        else if (change == QLatin1String("name"))
            changed.customer.name = QStringLiteral("Somsak");
        else if (change == QLatin1String("payment"))
            changed.payment = PaymentMethod::Card;
        else
            changed.pendingMinutes = 15;
        QVERIFY(changed.payloadHash() != sale.payloadHash());
        Result<Order> refused = engine.sell(changed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::IdempotencyMismatch);
        QCOMPARE(refused.error().orderId, first->id);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel3), 1);
        QCOMPARE(engine.statistics().value(EngineStatistics::Sells), 1);
        // Nothing written: the first order is as it was.
        QCOMPARE_DB(1, 2, 2);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT status || '/' || payment_method || '/' || customer_name"
                                             " FROM boxoffice.orders WHERE id = ?"),
                         {first->id})
                     .toString(),
            QStringLiteral("paid/cash/Somchai"));
        QCOMPARE(seatState(m_ringside[2]), QStringLiteral("available"));
    }

    // ---------------------------------------------------------------- similar-order check

    void engineSimilarOrder_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("same phone, show, type; other seats") << QStringLiteral("same") << true;
        QTest::newRow("first still pending") << QStringLiteral("pending") << true;
        QTest::newRow("other phone") << QStringLiteral("phone") << false;
        QTest::newRow("other ticket type") << QStringLiteral("type") << false;
        QTest::newRow("no phone at all") << QStringLiteral("nophone") << false;
        QTest::newRow("first older than 5 minutes") << QStringLiteral("old") << false;
        QTest::newRow("first cancelled") << QStringLiteral("cancelled") << false;
    }
    void engineSimilarOrder()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, flagged);
        InFlightGuard guard;
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")}, &guard);
        QVERIFY(engine.registerTerminal().ok());

        SellRequest firstSale = request(m_ringside.mid(0, 2));
        if (scenario == QLatin1String("nophone"))
            firstSale.customer.phone.clear();
        if (scenario == QLatin1String("pending"))
            firstSale.pendingMinutes = 30;
        Result<Order> first = engine.sell(firstSale);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        int taken = 2;
        if (scenario == QLatin1String("old")) {
            QVERIFY(
                m_cluster->exec(QStringLiteral("UPDATE boxoffice.orders SET created_at = now() - interval '6 minutes'"
                                               " WHERE id = ?"),
                    {first->id}));
        } else if (scenario == QLatin1String("cancelled")) {
            QVERIFY(engine.cancel(first->id, QStringLiteral("changed plans")).ok());
            taken = 0;
        }
        const int orderSeats = 2; // a cancelled order keeps its (inactive) order seats

        SellRequest secondSale = request(m_ringside.mid(2, 2));
        secondSale.customer.name = QStringLiteral("Somchai J.");
        if (scenario == QLatin1String("phone"))
            secondSale.customer.phone = QStringLiteral("0899999999");
        else if (scenario == QLatin1String("type")) {
            secondSale.ticketType = QStringLiteral("CLASS2");
            secondSale.seatIds = m_class2.mid(0, 2);
        } else if (scenario == QLatin1String("nophone")) {
            secondSale.customer.phone.clear();
        }
        Result<Order> second = engine.sell(secondSale);
        if (!flagged) {
            QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
            QVERIFY(second->id != first->id);
            QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel4), 0);
            QCOMPARE_DB(2, orderSeats + 2, taken + 2);
            return;
        }
        QVERIFY(!second.ok());
        QCOMPARE(second.code(), ErrorCode::PossibleDuplicate);
        QCOMPARE(second.error().orderId, first->id);
        QVERIFY(!second.error().message.isEmpty());
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel4), 1);
        QCOMPARE_DB(1, orderSeats, taken);
        QCOMPARE(seatState(secondSale.seatIds[0]), QStringLiteral("available"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE idempotency_key = ?::uuid"),
                     {secondSale.idempotencyKey.toString(QUuid::WithoutBraces)}),
            0);

        // The clerk confirms: the same checkout sells.
        secondSale.confirmSimilar = true;
        Result<Order> confirmed = engine.sell(secondSale);
        QVERIFY2(confirmed.ok(), confirmed.ok() ? "" : qPrintable(confirmed.error().message));
        QVERIFY(confirmed->id != first->id);
        QVERIFY(!confirmed->replayed);
        QCOMPARE(engine.statistics().value(EngineStatistics::DuplicatesLevel4), 1);
        QCOMPARE(engine.statistics().value(EngineStatistics::Sells), 2);
        QCOMPARE_DB(2, orderSeats + 2, taken + 2);
    }

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }

    QString seatState(int seatId)
    {
        return m_cluster
            ->scalar(QStringLiteral("SELECT state FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = ?"),
                {m_show, seatId})
            .toString();
    }

    static QString phone() { return QStringLiteral("0812345678"); }

    SellRequest request(const QList<int> &seats) const
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = seats;
        sale.ticketType = QStringLiteral("RINGSIDE");
        sale.customer = {QStringLiteral("Somchai"), phone()};
        return sale;
    }

    TestCluster *m_cluster = nullptr;
    int m_show = 0;
    QDate m_showDate;
    QList<int> m_ringside;
    QList<int> m_class2;
};

QTEST_GUILESS_MAIN(TestDuplicateGuards)
#include "tst_duplicateguards.moc"
