// Many counters on one hot show: 32 threads, each with its own connection,
// terminal and engine, run over 20,000 random overlapping holds, sells,
// releases, cancels, seat changes, payments and expiries. Each thread keeps a
// ledger of what it was told; afterwards the database must agree with every
// ledger and hold every invariant.
#include "db/database.h"
#include "sale/saleengine.h"
#include "testcluster.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <thread>

using namespace boxoffice;
using boxoffice::test::TestCluster;

namespace {

constexpr int Threads = 32;
constexpr int OpsPerThread = 640; // 32 × 640 = 20,480

struct Ledger
{
    int terminalId = 0;
    QHash<qint64, QSet<int>> active;       // paid or pending orders and their seats
    QHash<qint64, QString> expectedStatus; // every order this thread made
    QSet<qint64> pending;
    QSet<int> held;
    QList<QUuid> failedKeys;
    QHash<QString, int> done; // successes per kind
    QStringList unexpected;   // errors no concurrency explains
    int ops = 0;
};

bool expectedUnderContention(ErrorCode code)
{
    return code == ErrorCode::SeatConflict || code == ErrorCode::SeatsBusy || code == ErrorCode::OrderBusy
        || code == ErrorCode::SeatTaken;
}

} // namespace

class TestConcurrency final : public QObject
{
    Q_OBJECT

private:
    void runCounter(int index, Ledger &ledger)
    {
        QRandomGenerator rng(quint32(1000 + index));
        SaleEngine::Options options;
        options.terminalName = QStringLiteral("Stress %1").arg(index);
        SaleEngine engine(m_cluster->db(), options);
        engine.rateLimiter().configure(1e9, 1e9);
        if (!engine.registerTerminal()) {
            ledger.unexpected << QStringLiteral("register failed");
            return;
        }
        ledger.terminalId = engine.terminalId();
        Database &db = m_cluster->db();

        auto pick = [&](int n) {
            QSet<int> s;
            while (s.size() < n)
                s.insert(m_pool.at(int(rng.bounded(quint32(m_pool.size())))));
            return s.values();
        };
        auto note = [&](const char *what, const ServiceError &e) {
            if (!expectedUnderContention(e.code))
                ledger.unexpected << QStringLiteral("%1: %2 %3").arg(QLatin1String(what), e.message, e.detail);
        };
        auto rawExec = [&](const QString &sql, const QVariantList &args) {
            Result<Done> r = db.query(sql, args, [](QSqlQuery &) -> Result<Done> { return Done {}; });
            if (!r)
                ledger.unexpected << QStringLiteral("raw sql: ") + r.error().detail;
        };

        for (int op = 0; op < OpsPerThread; ++op, ++ledger.ops) {
            const quint32 dice = rng.bounded(100u);
            if (dice < 30) { // hold
                const QList<int> seats = pick(1 + int(rng.bounded(4u)));
                Result<HoldResult> r = engine.hold(m_show, seats, 5);
                if (r) {
                    for (int s : seats)
                        ledger.held.insert(s);
                    ++ledger.done[QStringLiteral("hold")];
                } else {
                    note("hold", r.error());
                }
            } else if (dice < 55) { // sell: own held seats, or straight from the map
                QList<int> seats;
                if (!ledger.held.isEmpty() && rng.bounded(2u)) {
                    const QList<int> mine = ledger.held.values();
                    for (int i = 0; i < mine.size() && seats.size() < 4; ++i)
                        seats << mine.at(i);
                } else {
                    seats = pick(1 + int(rng.bounded(3u)));
                }
                SellRequest sale;
                sale.idempotencyKey = QUuid::createUuid();
                sale.showId = m_show;
                sale.seatIds = seats;
                sale.ticketType = QStringLiteral("CLASS2");
                const bool pending = rng.bounded(5u) == 0;
                sale.pendingMinutes = pending ? 30 : 0;
                sale.payment = pending ? PaymentMethod::PromptPay : PaymentMethod::Cash;
                Result<Order> r = engine.sell(sale);
                if (r) {
                    ledger.active.insert(r->id, QSet<int>(seats.cbegin(), seats.cend()));
                    ledger.expectedStatus.insert(r->id, orderStatusName(r->status));
                    if (pending)
                        ledger.pending.insert(r->id);
                    for (int s : seats)
                        ledger.held.remove(s);
                    ++ledger.done[QStringLiteral("sell")];
                } else {
                    ledger.failedKeys << sale.idempotencyKey;
                    note("sell", r.error());
                }
            } else if (dice < 63) { // release some of my holds
                if (ledger.held.isEmpty())
                    continue;
                const QList<int> seats = ledger.held.values().mid(0, 2);
                Result<HoldResult> r = engine.release(m_show, seats);
                if (r) {
                    for (int s : seats)
                        ledger.held.remove(s);
                    ++ledger.done[QStringLiteral("release")];
                } else {
                    note("release", r.error());
                }
            } else if (dice < 75) { // cancel one of my orders
                if (ledger.active.isEmpty())
                    continue;
                const qint64 id = ledger.active.keys().at(int(rng.bounded(quint32(ledger.active.size()))));
                Result<Order> r = engine.cancel(id, QStringLiteral("stress"));
                if (r) {
                    ledger.active.remove(id);
                    ledger.pending.remove(id);
                    ledger.expectedStatus[id] = QStringLiteral("cancelled");
                    ++ledger.done[QStringLiteral("cancel")];
                } else {
                    note("cancel", r.error());
                }
            } else if (dice < 85) { // swap one seat of one of my orders
                if (ledger.active.isEmpty())
                    continue;
                const qint64 id = ledger.active.keys().at(int(rng.bounded(quint32(ledger.active.size()))));
                const int oldSeat = ledger.active.value(id).values().first();
                int newSeat = pick(1).first();
                if (ledger.active.value(id).contains(newSeat))
                    continue;
                Result<Order> r = engine.changeSeats(id, {oldSeat}, {newSeat});
                if (r) {
                    ledger.active[id].remove(oldSeat);
                    ledger.active[id].insert(newSeat);
                    ledger.held.remove(newSeat);
                    ++ledger.done[QStringLiteral("change")];
                } else {
                    note("change", r.error());
                }
            } else if (dice < 90) { // take payment for a pending order
                if (ledger.pending.isEmpty())
                    continue;
                const qint64 id = *ledger.pending.cbegin();
                Result<Order> r = engine.confirmPayment(id, PaymentMethod::PromptPay, QStringLiteral("ref"));
                if (r) {
                    ledger.pending.remove(id);
                    ledger.expectedStatus[id] = QStringLiteral("paid");
                    ++ledger.done[QStringLiteral("confirm")];
                } else {
                    note("confirm", r.error());
                }
            } else if (dice < 96) { // time passes for two of my holds; the job runs
                const QList<int> seats = ledger.held.values().mid(0, 2);
                if (!seats.isEmpty()) {
                    rawExec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '1 second'"
                                           " WHERE show_id = ? AND seat_id = ANY(?::int[]) AND held_by = ?"
                                           " AND state = 'held' AND order_id IS NULL"),
                        {m_show, Database::intArray(seats), ledger.terminalId});
                    for (int s : seats)
                        ledger.held.remove(s);
                    engine.forgetRecentAnswers();
                }
                Result<int> r = engine.seatLocks().expireHolds();
                if (r)
                    ++ledger.done[QStringLiteral("expire_holds")];
                else
                    note("expire holds", r.error());
            } else { // time passes for a pending order; the job runs
                if (!ledger.pending.isEmpty()) {
                    const qint64 id = *ledger.pending.cbegin();
                    rawExec(
                        QStringLiteral("WITH o AS (UPDATE boxoffice.orders SET expires_at = now() - interval '1 second'"
                                       " WHERE id = ? AND status = 'pending' RETURNING id)"
                                       " UPDATE boxoffice.show_seat SET held_until = now() - interval '1 second'"
                                       " WHERE order_id IN (SELECT id FROM o) AND state = 'held'"),
                        {id});
                    ledger.pending.remove(id);
                    ledger.active.remove(id);
                    ledger.expectedStatus[id] = QStringLiteral("expired");
                }
                Result<OrderService::ExpiryResult> r = engine.orders().expireOrders();
                if (r)
                    ++ledger.done[QStringLiteral("expire_orders")];
                else
                    note("expire orders", r.error());
            }
        }
        db.closeThreadConnection();
    }

    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        m_show = m_cluster->demoShow(4);
        // A hot block: 600 CLASS2 seats for 32 counters.
        m_pool = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 600);
        QCOMPARE(m_pool.size(), 600);
    }

    void thirtyTwoCountersOnOneHotShow()
    {
        std::vector<Ledger> ledgers(Threads);
        std::vector<std::thread> threads;
        threads.reserve(Threads);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Threads; ++i)
            threads.emplace_back([this, i, &ledgers] { runCounter(i, ledgers[size_t(i)]); });
        for (std::thread &t : threads)
            t.join();
        const qint64 elapsed = timer.elapsed();

        // Settle what lapsed, as the background job would.
        OrderService orders(m_cluster->db());
        QVERIFY(orders.expireOrders().ok());

        int ops = 0;
        QHash<QString, int> done;
        for (const Ledger &l : ledgers) {
            QVERIFY2(l.unexpected.isEmpty(), qPrintable(l.unexpected.join(QLatin1Char('\n'))));
            ops += l.ops;
            for (auto it = l.done.cbegin(); it != l.done.cend(); ++it)
                done[it.key()] += it.value();
        }
        qInfo("%d operations in %lld ms; successes: %s", ops, elapsed, qPrintable([&done] {
            QStringList parts;
            for (auto it = done.cbegin(); it != done.cend(); ++it)
                parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
            parts.sort();
            return parts.join(QLatin1Char(' '));
        }()));
        QVERIFY(ops >= 20000);
        for (const char *kind :
            {"hold", "sell", "release", "cancel", "change", "confirm", "expire_holds", "expire_orders"})
            QVERIFY2(done.value(QLatin1String(kind)) > 0, kind);

        // Every ledger agrees with the database.
        for (const Ledger &l : ledgers) {
            for (auto it = l.expectedStatus.cbegin(); it != l.expectedStatus.cend(); ++it) {
                const QString status
                    = m_cluster->scalar(QStringLiteral("SELECT status FROM boxoffice.orders WHERE id = ?"), {it.key()})
                          .toString();
                QVERIFY2(status == it.value(),
                    qPrintable(QStringLiteral("order %1: %2, told %3").arg(it.key()).arg(status, it.value())));
            }
            for (auto it = l.active.cbegin(); it != l.active.cend(); ++it) {
                QList<int> seats = it.value().values();
                std::sort(seats.begin(), seats.end());
                const QString inDb
                    = m_cluster
                          ->scalar(QStringLiteral("SELECT string_agg(seat_id::text, ',' ORDER BY seat_id) FROM "
                                                  "boxoffice.order_seat WHERE order_id = ? AND active"),
                              {it.key()})
                          .toString();
                QStringList told;
                for (int s : seats)
                    told << QString::number(s);
                QCOMPARE(inDb, told.join(QLatin1Char(',')));
                const QString state = l.expectedStatus.value(it.key()) == QLatin1String("paid")
                    ? QStringLiteral("sold")
                    : QStringLiteral("held");
                QCOMPARE(
                    count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE order_id = ? AND state = ?"),
                        {it.key(), state}),
                    int(seats.size()));
            }
            QList<int> held = l.held.values();
            std::sort(held.begin(), held.end());
            QStringList told;
            for (int s : held)
                told << QString::number(s);
            const QString inDb = m_cluster
                                     ->scalar(QStringLiteral("SELECT coalesce(string_agg(seat_id::text, ',' ORDER BY "
                                                             "seat_id), '') FROM boxoffice.show_seat"
                                                             " WHERE show_id = ? AND held_by = ? AND state = 'held' "
                                                             "AND order_id IS NULL AND held_until > now()"),
                                         {m_show, l.terminalId})
                                     .toString();
            QCOMPARE(inDb, told.join(QLatin1Char(',')));
            // A refused sale left nothing behind.
            for (const QUuid &key : l.failedKeys)
                QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE idempotency_key = ?::uuid"),
                             {key.toString(QUuid::WithoutBraces)}),
                    0);
        }

        // The invariants, in SQL.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM boxoffice.order_seat WHERE active"
                                      " GROUP BY show_id, seat_id HAVING count(*) > 1) d")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.show_seat ss WHERE ss.state = 'sold' AND 1 <> ("
                     " SELECT count(*) FROM boxoffice.order_seat os JOIN boxoffice.orders o ON o.id = os.order_id"
                     " WHERE os.show_id = ss.show_id AND os.seat_id = ss.seat_id AND os.active AND o.status = 'paid'"
                     " AND o.id = ss.order_id)")),
            0);
        QCOMPARE(
            count(QStringLiteral(
                "SELECT count(*) FROM boxoffice.order_seat os JOIN boxoffice.orders o ON o.id = os.order_id"
                " JOIN boxoffice.show_seat ss ON ss.show_id = os.show_id AND ss.seat_id = os.seat_id"
                " WHERE os.active AND (ss.order_id IS DISTINCT FROM o.id"
                "   OR (o.status = 'paid' AND ss.state <> 'sold') OR (o.status = 'pending' AND ss.state <> 'held'))")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.orders o WHERE o.status IN ('paid', 'pending') AND o.total <> ("
                     " SELECT coalesce(sum(price), 0) FROM boxoffice.order_seat WHERE order_id = o.id AND active)")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.order_seat os JOIN boxoffice.orders o ON o.id = os.order_id"
                     " WHERE os.active AND o.status IN ('cancelled', 'expired')")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.orders o WHERE o.status IN ('paid', 'pending') AND NOT EXISTS ("
                     " SELECT 1 FROM boxoffice.order_seat WHERE order_id = o.id AND active)")),
            0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE status = 'paid'")) > 0);
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_show = 0;
    QList<int> m_pool;
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
