// Many counters on one hot show: 32 threads, each with its own connection,
// terminal, engine and open cash shift, run over 20,000 random overlapping
// holds, sells (one ticket type, or mixed price types paid by split tender),
// releases, cancels, seat changes, partial returns, exchanges (to other
// seats, or to a cheaper price type), payments, cash paid in and out, and
// expiries. Each thread keeps a ledger of what it was told; afterwards the
// database must agree with every ledger and hold every invariant: no seat
// sold twice, every paid order's payments less refunds are its total and
// its active seats' prices, no refund exceeds its payment, and each shift's
// expected cash is float + cash taken − cash refunded + paid in − paid out.
#include "db/database.h"
#include "money/returns.h"
#include "sale/saleengine.h"
#include "testcluster.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

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
    QSet<qint64> standardOnly; // paid orders whose seats are all STANDARD (may go down to CHILD)
    qint64 floatSatang = 0;    // the shift's float
    qint64 paidIn = 0;         // cash paid in and out, as told
    qint64 paidOut = 0;
    QHash<QString, int> done; // successes per kind
    QStringList unexpected;   // errors no concurrency explains
    int ops = 0;
};

bool expectedUnderContention(ErrorCode code)
{
    return code == ErrorCode::SeatConflict || code == ErrorCode::SeatsBusy || code == ErrorCode::OrderBusy
        || code == ErrorCode::SeatTaken;
}

QString decimal(qint64 satang)
{
    return QStringLiteral("%1.%2").arg(satang / 100).arg(satang % 100, 2, 10, QLatin1Char('0'));
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
        ledger.floatSatang = 100000 + 100 * index;
        {
            Result<QJsonObject> shift = db.callJson(QStringLiteral("SELECT boxoffice.open_shift(?::jsonb)"),
                {QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("terminal_id"), ledger.terminalId},
                                                     {QStringLiteral("float"), decimal(ledger.floatSatang)}})
                                       .toJson(QJsonDocument::Compact))});
            if (!shift || !shift->value(QStringLiteral("ok")).toBool()) {
                ledger.unexpected << QStringLiteral("open shift failed");
                return;
            }
        }

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
            if (dice < 24) { // hold
                const QList<int> seats = pick(1 + int(rng.bounded(4u)));
                Result<HoldResult> r = engine.hold(m_show, seats, 5);
                if (r) {
                    for (int s : seats)
                        ledger.held.insert(s);
                    ++ledger.done[QStringLiteral("hold")];
                } else {
                    note("hold", r.error());
                }
            } else if (dice < 40) { // sell: own held seats, or straight from the map
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
                    else
                        ledger.standardOnly.insert(r->id);
                    for (int s : seats)
                        ledger.held.remove(s);
                    ++ledger.done[QStringLiteral("sell")];
                } else {
                    ledger.failedKeys << sale.idempotencyKey;
                    note("sell", r.error());
                }
            } else if (dice < 48) { // a mixed order: price types per seat, cash and card
                const QList<int> seats = pick(2 + int(rng.bounded(3u)));
                static const QString codes[]
                    = {QStringLiteral("STANDARD"), QStringLiteral("THAI"), QStringLiteral("CHILD")};
                QJsonArray lines;
                qint64 total = 0;
                for (int i = 0; i < seats.size(); ++i) {
                    const QString &code = codes[(i + int(rng.bounded(3u))) % 3];
                    lines.append(
                        QJsonObject {{QStringLiteral("seat_id"), seats.at(i)}, {QStringLiteral("price_type"), code}});
                    total += m_prices.value(code);
                }
                const qint64 cash = total / 100 * (20 + int(rng.bounded(60u)));
                const QUuid key = QUuid::createUuid();
                const QString k = key.toString(QUuid::WithoutBraces);
                const QJsonObject doc {{QStringLiteral("idempotency_key"), k},
                    {QStringLiteral("request_hash"), QString(QStringLiteral("mixed-") + k)},
                    {QStringLiteral("show_id"), m_show}, {QStringLiteral("terminal_id"), ledger.terminalId},
                    {QStringLiteral("lines"), lines}, {QStringLiteral("payment_method"), QStringLiteral("cash")},
                    {QStringLiteral("payments"),
                        QJsonArray {QJsonObject {{QStringLiteral("method"), QStringLiteral("cash")},
                                        {QStringLiteral("amount"), decimal(cash)},
                                        {QStringLiteral("tendered"), decimal(cash + 1000)}},
                            QJsonObject {{QStringLiteral("method"), QStringLiteral("card")},
                                {QStringLiteral("amount"), decimal(total - cash)},
                                {QStringLiteral("reference"), QStringLiteral("slip")}}}}};
                Result<QJsonObject> r = db.callJson(QStringLiteral("SELECT boxoffice.sell(?::jsonb)"),
                    {QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))});
                if (!r) {
                    note("mixed sell", r.error());
                } else if (!r->value(QStringLiteral("ok")).toBool()) {
                    ledger.failedKeys << key;
                    note("mixed sell", ServiceError::fromJson(r.value()));
                } else {
                    const qint64 id = r->value(QStringLiteral("order_id")).toInteger();
                    ledger.active.insert(id, QSet<int>(seats.cbegin(), seats.cend()));
                    ledger.expectedStatus.insert(id, QStringLiteral("paid"));
                    for (int s : seats)
                        ledger.held.remove(s);
                    ++ledger.done[QStringLiteral("mixed_sell")];
                }
            } else if (dice < 54) { // release some of my holds
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
            } else if (dice < 62) { // cancel one of my orders
                if (ledger.active.isEmpty())
                    continue;
                const qint64 id = ledger.active.keys().at(int(rng.bounded(quint32(ledger.active.size()))));
                Result<Order> r = engine.cancel(id, QStringLiteral("stress"));
                if (r) {
                    ledger.active.remove(id);
                    ledger.pending.remove(id);
                    ledger.standardOnly.remove(id);
                    ledger.expectedStatus[id] = QStringLiteral("cancelled");
                    ++ledger.done[QStringLiteral("cancel")];
                } else {
                    note("cancel", r.error());
                }
            } else if (dice < 69) { // swap one seat of one of my orders
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
            } else if (dice < 75) { // give back one seat of a paid order of several
                const qint64 id = paidOrder(ledger, rng, 2);
                if (id == 0)
                    continue;
                const int seat = ledger.active.value(id).values().first();
                Result<ReturnResult> r
                    = Returns::returnSeats(db, id, {seat}, QStringLiteral("stress"), std::nullopt, ledger.terminalId);
                if (r) {
                    ledger.active[id].remove(seat);
                    ++ledger.done[QStringLiteral("return")];
                } else {
                    note("return", r.error());
                }
            } else if (dice < 81) { // exchange: a seat for another, or Standard seats down to Child
                const bool toChild = rng.bounded(2u) && !ledger.standardOnly.isEmpty();
                const qint64 id = toChild
                    ? ledger.standardOnly.values().at(int(rng.bounded(quint32(ledger.standardOnly.size()))))
                    : paidOrder(ledger, rng, 1);
                if (id == 0 || !ledger.active.contains(id))
                    continue;
                ExchangeRequest ex;
                ex.orderId = id;
                ex.showId = m_show;
                ex.seatIds = {ledger.active.value(id).values().first()};
                if (toChild) {
                    ex.priceType = QStringLiteral("CHILD");
                } else {
                    ex.newSeatIds = pick(1);
                    if (ledger.active.value(id).contains(ex.newSeatIds.first()))
                        continue;
                }
                Result<ExchangeResult> r = Returns::exchange(db, ex, ledger.terminalId);
                if (r) {
                    if (!toChild) {
                        ledger.active[id].remove(ex.seatIds.first());
                        ledger.active[id].insert(ex.newSeatIds.first());
                        ledger.held.remove(ex.newSeatIds.first());
                    }
                    ledger.standardOnly.remove(id);
                    ++ledger.done[toChild ? QStringLiteral("exchange_price") : QStringLiteral("exchange_seat")];
                } else {
                    note("exchange", r.error());
                }
            } else if (dice < 83) { // cash paid in or out of the drawer
                const bool in = rng.bounded(2u);
                const qint64 amount = 100 * (1 + int(rng.bounded(50u)));
                Result<QJsonObject> r = db.callJson(QStringLiteral("SELECT boxoffice.record_cash_movement(?::jsonb)"),
                    {QString::fromUtf8(QJsonDocument(
                        QJsonObject {{QStringLiteral("terminal_id"), ledger.terminalId},
                            {QStringLiteral("kind"), in ? QStringLiteral("paid_in") : QStringLiteral("paid_out")},
                            {QStringLiteral("amount"), decimal(amount)},
                            {QStringLiteral("reason"), QStringLiteral("stress")}})
                                           .toJson(QJsonDocument::Compact))});
                if (r && r->value(QStringLiteral("ok")).toBool()) {
                    (in ? ledger.paidIn : ledger.paidOut) += amount;
                    ++ledger.done[QStringLiteral("cash_movement")];
                } else {
                    ledger.unexpected << QStringLiteral("cash movement: ")
                            + (r ? QString::fromUtf8(QJsonDocument(r.value()).toJson()) : r.error().detail);
                }
            } else if (dice < 88) { // take payment for a pending order
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
            } else if (dice < 95) { // time passes for two of my holds; the job runs
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

    // One of my paid orders with at least minSeats seats, or 0.
    static qint64 paidOrder(const Ledger &ledger, QRandomGenerator &rng, int minSeats)
    {
        QList<qint64> ids;
        for (auto it = ledger.active.cbegin(); it != ledger.active.cend(); ++it) {
            if (it.value().size() >= minSeats && ledger.expectedStatus.value(it.key()) == QLatin1String("paid"))
                ids << it.key();
        }
        return ids.isEmpty() ? 0 : ids.at(int(rng.bounded(quint32(ids.size()))));
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
        // Thai resident at 80 % and Child at 60 % of Standard (no approval
        // needed), for mixed orders and exchanges down to Child.
        QVERIFY(m_cluster->exec(
            QStringLiteral("INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                           " SELECT sp.show_id, sp.zone_id, pt.id,"
                           "        round(sp.price * CASE pt.code WHEN 'THAI' THEN 0.8 ELSE 0.6 END, 2)"
                           " FROM boxoffice.show_price sp JOIN boxoffice.zone z ON z.id = sp.zone_id"
                           " JOIN boxoffice.price_type pt ON pt.code IN ('THAI', 'CHILD')"
                           " WHERE sp.show_id = ? AND z.ticket_type = 'CLASS2'"
                           "   AND sp.price_type_id = (SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD')"
                           " ON CONFLICT (show_id, zone_id, price_type_id) DO UPDATE SET price = EXCLUDED.price"),
            {m_show}));
        for (const char *code : {"STANDARD", "THAI", "CHILD"}) {
            const qint64 satang
                = m_cluster
                      ->scalar(QStringLiteral("SELECT (sp.price * 100)::bigint FROM boxoffice.show_price sp"
                                              " JOIN boxoffice.zone z ON z.id = sp.zone_id JOIN boxoffice.price_type"
                                              " pt ON pt.id = sp.price_type_id WHERE sp.show_id = ?"
                                              " AND z.ticket_type = 'CLASS2' AND pt.code = ?"),
                          {m_show, QLatin1String(code)})
                      .toLongLong();
            QVERIFY2(satang > 0, code);
            m_prices.insert(QLatin1String(code), satang);
        }
        // Every counter opens its own shift: none left from an earlier run.
        QVERIFY(m_cluster->exec(QStringLiteral("TRUNCATE boxoffice.cash_shift CASCADE")));
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
        for (const char *kind : {"hold", "sell", "mixed_sell", "release", "cancel", "change", "return", "exchange_seat",
                 "exchange_price", "cash_movement", "confirm", "expire_holds", "expire_orders"})
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

        // Money: a paid order's payments less refunds are its total, the
        // price of its active seats; any other order keeps nothing.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.orders o WHERE o.total <> ("
                     " SELECT coalesce(sum(price), 0) FROM boxoffice.order_seat WHERE order_id = o.id AND active)"
                     " AND o.status = 'paid'")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.orders o WHERE CASE WHEN o.status = 'paid' THEN o.total ELSE 0 END"
                     " <> (SELECT coalesce(sum(CASE kind WHEN 'payment' THEN amount ELSE -amount END), 0)"
                     "     FROM boxoffice.payment WHERE order_id = o.id)")),
            0);
        // No refund exceeds the payment it goes back to, nor leaves its order.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.payment p WHERE p.kind = 'payment' AND p.amount < ("
                     " SELECT coalesce(sum(r.amount), 0) FROM boxoffice.payment r WHERE r.refund_of = p.id)")),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.payment r JOIN boxoffice.payment p"
                                      " ON p.id = r.refund_of WHERE p.order_id <> r.order_id OR p.kind <> 'payment'")),
            0);
        // A returned seat is not in its order any more, and was sold there.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat os JOIN boxoffice.orders o"
                                      " ON o.id = os.order_id WHERE os.returned_at IS NOT NULL"
                                      " AND (os.active OR o.paid_at IS NULL OR os.returned_at < o.paid_at)")),
            0);
        // Money an exchange moves is a refund and a payment of the same
        // method and amount, at the same moment and counter: it nets to
        // nothing in every drawer.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT terminal_id, created_at, method,"
                                      " sum(CASE kind WHEN 'payment' THEN amount ELSE -amount END) AS net"
                                      " FROM boxoffice.payment WHERE moved GROUP BY 1, 2, 3) m WHERE m.net <> 0")),
            0);
        // Mixed orders and split tenders happened and balance.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM (SELECT order_id FROM boxoffice.payment"
                                     " WHERE kind = 'payment' GROUP BY order_id HAVING count(DISTINCT method) > 1) m"))
            > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM (SELECT order_id FROM boxoffice.order_seat WHERE active"
                                     " GROUP BY order_id HAVING count(DISTINCT price_type_id) > 1) m"))
            > 0);

        // Each counter's shift: expected cash = float + cash taken − cash
        // refunded + paid in − paid out, from the payment rows and the
        // thread's own paid in/out, and the X report says the same.
        for (const Ledger &l : ledgers) {
            const qint64 cashNet
                = m_cluster
                      ->scalar(QStringLiteral("SELECT (coalesce(sum(CASE p.kind WHEN 'payment' THEN p.amount"
                                              " ELSE -p.amount END), 0) * 100)::bigint FROM boxoffice.payment p"
                                              " JOIN boxoffice.cash_shift s ON s.terminal_id = p.terminal_id"
                                              " AND s.closed_at IS NULL WHERE p.terminal_id = ? AND p.method = 'cash'"
                                              " AND p.created_at >= s.opened_at"),
                          {l.terminalId})
                      .toLongLong();
            const QString report
                = m_cluster
                      ->scalar(QStringLiteral("SELECT boxoffice.x_report(jsonb_build_object('terminal_id', ?::int))"
                                              " #>> '{report,expected}'"),
                          {l.terminalId})
                      .toString();
            QCOMPARE(report, decimal(l.floatSatang + cashNet + l.paidIn - l.paidOut));
            // Cash taken counts only money handed over: not what an exchange
            // moved between two orders (payment.moved).
            const QString taken
                = m_cluster
                      ->scalar(QStringLiteral("SELECT coalesce(sum(p.amount), 0)::text FROM boxoffice.payment p"
                                              " JOIN boxoffice.cash_shift s ON s.terminal_id = p.terminal_id"
                                              " AND s.closed_at IS NULL WHERE p.terminal_id = ? AND p.method = 'cash'"
                                              " AND p.kind = 'payment' AND NOT p.moved"
                                              " AND p.created_at >= s.opened_at"),
                          {l.terminalId})
                      .toString();
            QCOMPARE(m_cluster
                         ->scalar(QStringLiteral("SELECT boxoffice.x_report(jsonb_build_object('terminal_id', ?::int))"
                                                 " #>> '{report,methods,cash,taken}'"),
                             {l.terminalId})
                         .toString(),
                taken);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.cash_movement m JOIN boxoffice.cash_shift s"
                                          " ON s.id = m.shift_id WHERE s.terminal_id = ?"),
                         {l.terminalId})
                    > 0,
                l.paidIn + l.paidOut > 0);
        }
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_show = 0;
    QList<int> m_pool;
    QHash<QString, qint64> m_prices; // CLASS2 per price type, satang
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
