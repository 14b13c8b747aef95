// Counters through a failover (issue 14). The local pg_auto_failover
// formation (scripts/ha-local.sh: a monitor, a primary and two synchronous
// standbys, number_sync_standbys = 1) runs the box office; 16 counters,
// each a thread with its own Database (its own connection, on the libpq
// multi-host string with target_session_attrs=read-write) and SaleEngine,
// hold, sell and cancel on one hot show and keep a ledger of every success
// they were told about. In the middle the formation fails over
// (`pg_autoctl perform failover`), later the primary's postmaster is
// killed with SIGKILL (its keeper restarts it), and last the primary's whole
// node is killed (keeper, postmaster, backends: a machine lost), so that the
// monitor promotes a synchronous standby: only synchronous replication keeps
// the sales told on the lost node. (The monitor's timeouts are shortened for
// the test: 8 s unhealthy, 8 s demote.) A call whose reply was lost (OutcomeUnknown, or the
// server unreachable) is resolved the way the counter does it: the same
// request again, under the same idempotency key, until the database answers
// for sure. Then, on the primary:
// - every sale a counter was told about is there, paid, with exactly its seats;
// - every cancel it was told about is there; a sale refused for sure left nothing;
// - no seat is in two active orders, and every invariant of tst_concurrency
//   about orders, seats and payments holds;
// - every counter sold again after each loss by itself (no restart, no help);
// - a live seat feed (as each counter has) went offline, came back on the
//   new primary by itself, reloaded the show and hears new sales again;
// - a hold made before the losses is still its counter's, which sells it;
// - a background job's run on the old primary counts on the new one, where
//   one runner is elected as before.
#include "db/database.h"
#include "haformation.h"
#include "ops/healthmonitor.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"

#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

using namespace boxoffice;
using boxoffice::test::HaFormation;

namespace {

constexpr int Counters = 16;

struct Told
{
    QUuid key;
    QSet<int> seats;
    bool cancelled = false;
};

struct Ledger
{
    int terminalId = 0;
    QHash<qint64, Told> orders; // every sale this counter was told about
    QList<QUuid> refusedKeys;   // sales refused for sure
    QHash<QString, int> done;
    QStringList unexpected;
    int resolvedPresent = 0; // lost replies found done by their key
    int resolvedAbsent = 0;  // lost replies found not done, refused for sure on the retry
    int replayed = 0;        // sales resent by the Database after a lost connection and found done by their key
    qint64 reconnects = 0;
    std::atomic<qint64> lastSaleMs {0}; // since the test's clock started
};

bool uncertain(ErrorCode code)
{
    return code == ErrorCode::OutcomeUnknown || code == ErrorCode::DatabaseUnavailable;
}

bool refusedUnderContention(ErrorCode code)
{
    return code == ErrorCode::SeatConflict || code == ErrorCode::SeatsBusy || code == ErrorCode::OrderBusy
        || code == ErrorCode::SeatTaken;
}

} // namespace

namespace {

// Sixteen counters retrying through three losses say "cannot connect" and
// "Unable to free statement" thousands of times: past QtTest's 2000
// messages nothing more is printed, not even why the test failed. Those are
// counted, not printed (installed over QtTest's own handler, in
// initTestCase).
// So are a new primary's refused replication barriers and the server's
// "canceling the wait for synchronous replication" as a primary goes: each
// stage says how many it saw (a CI run's excerpt showed little else).
QtMessageHandler previousHandler = nullptr;
std::atomic<qint64> quietened {0};
std::atomic<qint64> barrierFailures {0};
std::atomic<qint64> syncWaitsCancelled {0};

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg) {
        if (message.startsWith(QLatin1String("Unable to free statement"))
            || message.startsWith(QLatin1String("cannot connect:"))
            || message.startsWith(QLatin1String("connection lost, reconnecting:"))) {
            quietened.fetch_add(1);
            return;
        }
        if (message.startsWith(QLatin1String("replication barrier failed:"))) {
            barrierFailures.fetch_add(1);
            return;
        }
        if (message.contains(QLatin1String("canceling the wait for synchronous replication"))) {
            syncWaitsCancelled.fetch_add(1);
            return;
        }
    }
    previousHandler(type, context, message);
}

// The quietened messages since the last call, for a stage's line.
QString quietSince()
{
    static qint64 barriers = 0;
    static qint64 cancelled = 0;
    const qint64 b = barrierFailures.load();
    const qint64 c = syncWaitsCancelled.load();
    QString text = QStringLiteral("%1 replication barriers refused, %2 synchronous-replication waits cancelled")
                       .arg(b - barriers)
                       .arg(c - cancelled);
    barriers = b;
    cancelled = c;
    return text;
}

} // namespace

class TestFailover final : public QObject
{
    Q_OBJECT

private:
    // Sends the same call again until the database answers for sure, as the
    // counter does after a lost reply: bounded by the run's end plus a minute.
    template<typename Call>
    auto untilCertain(Call &&call) -> decltype(call())
    {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            auto r = call();
            if (r.ok() || !uncertain(r.code()) || waited.elapsed() > 90000)
                return r;
            QThread::msleep(200);
        }
    }

    void runCounter(int index, Ledger &ledger)
    {
        QRandomGenerator rng(quint32(7000 + index));
        Database db(m_config, QStringLiteral("counter%1").arg(index), 1);
        SaleEngine::Options options;
        options.terminalName = QStringLiteral("HA counter %1").arg(index);
        SaleEngine engine(db, options);
        engine.rateLimiter().configure(1e9, 1e9);
        Result<int> registered = untilCertain([&] { return engine.registerTerminal(); });
        if (!registered) {
            ledger.unexpected << QStringLiteral("register: ") + registered.error().detail;
            return;
        }
        ledger.terminalId = registered.value();

        auto pick = [&](int n) {
            QSet<int> s;
            while (s.size() < n)
                s.insert(m_pool.at(int(rng.bounded(quint32(m_pool.size())))));
            return s.values();
        };
        auto sell = [&](const QList<int> &seats) {
            SellRequest sale;
            sale.idempotencyKey = QUuid::createUuid();
            sale.showId = m_show;
            sale.seatIds = seats;
            sale.ticketType = QStringLiteral("CLASS2");
            sale.payment = PaymentMethod::Cash;
            Result<Order> r = engine.sell(sale);
            bool resolved = false;
            if (!r && uncertain(r.code())) {
                // The reply was lost: the same checkout again, same key.
                resolved = true;
                r = untilCertain([&] { return engine.sell(sale); });
            }
            if (r) {
                ledger.orders.insert(r->id, Told {sale.idempotencyKey, QSet<int>(seats.cbegin(), seats.cend())});
                ledger.lastSaleMs.store(m_clock.elapsed());
                ++ledger.done[QStringLiteral("sell")];
                if (resolved)
                    ++(r->replayed ? ledger.resolvedPresent : ledger.resolvedAbsent);
                else if (r->replayed)
                    ++ledger.replayed;
            } else if (refusedUnderContention(r.code())) {
                ledger.refusedKeys << sale.idempotencyKey;
                if (resolved)
                    ++ledger.resolvedAbsent;
            } else {
                ledger.unexpected << QStringLiteral("sell: %1 %2").arg(r.error().message, r.error().detail);
            }
        };

        while (!m_stop.load()) {
            const quint32 dice = rng.bounded(100u);
            if (dice < 40) { // a sale straight from the map
                sell(pick(1 + int(rng.bounded(2u))));
            } else if (dice < 60) { // hold, then sell what was held
                const QList<int> seats = pick(1 + int(rng.bounded(2u)));
                Result<HoldResult> held = untilCertain([&] { return engine.hold(m_show, seats, 2); });
                if (held) {
                    ++ledger.done[QStringLiteral("hold")];
                    sell(seats);
                } else if (!refusedUnderContention(held.code())) {
                    ledger.unexpected << QStringLiteral("hold: %1 %2").arg(held.error().message, held.error().detail);
                }
            } else if (dice < 95) { // cancel one of my sales
                QList<qint64> live;
                for (auto it = ledger.orders.cbegin(); it != ledger.orders.cend(); ++it) {
                    if (!it->cancelled)
                        live << it.key();
                }
                if (live.isEmpty())
                    continue;
                const qint64 id = live.at(int(rng.bounded(quint32(live.size()))));
                // Cancelling again is safe: an order cancelled already answers "already".
                Result<Order> r = untilCertain([&] { return engine.cancel(id, QStringLiteral("ha test")); });
                if (r) {
                    ledger.orders[id].cancelled = true;
                    ++ledger.done[QStringLiteral("cancel")];
                } else if (!refusedUnderContention(r.code())) {
                    ledger.unexpected << QStringLiteral("cancel: %1 %2").arg(r.error().message, r.error().detail);
                }
            } else { // the seat map, as a counter reloads it
                Result<SeatStatusList> map = untilCertain([&] { return engine.seatLocks().loadShow(m_show); });
                if (map)
                    ++ledger.done[QStringLiteral("load")];
                else
                    ledger.unexpected << QStringLiteral("load: ") + map.error().detail;
            }
            QThread::msleep(15);
        }
        ledger.reconnects = db.reconnects();
        db.closeThreadConnection();
    }

    // Waits until every counter sold after sinceMs; answers when the first
    // and the last did (ms after fromMs, by default sinceMs), or -1 for a
    // counter that did not. sinceMs is when the loss is certain (the kill
    // sent, the failover done): a sale told while the script that kills was
    // still starting is no sale "again" (seen under load: "every counter
    // sold again" 1.3 s after a postmaster kill, then no primary named).
    QPair<qint64, qint64> waitForEverySale(
        const std::vector<std::unique_ptr<Ledger>> &ledgers, qint64 sinceMs, int timeoutMs, qint64 fromMs = -1)
    {
        if (fromMs < 0)
            fromMs = sinceMs;
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            qint64 first = -1;
            qint64 last = 0;
            int resumed = 0;
            for (const auto &l : ledgers) {
                const qint64 t = l->lastSaleMs.load();
                if (t > sinceMs) {
                    ++resumed;
                    last = qMax(last, t - fromMs);
                    first = first < 0 ? t - fromMs : qMin(first, t - fromMs);
                }
            }
            if (resumed == int(ledgers.size()))
                return {first, last};
            if (waited.elapsed() > timeoutMs)
                return {first, -1};
            QTest::qWait(50); // the feed's signals arrive meanwhile
        }
    }

    // The port of the primary the monitor names, once it is not `port`
    // (waits up to ms); 0 or `port` when it named no other in time.
    int primaryOtherThan(int port, int ms, QString *error)
    {
        QElapsedTimer waited;
        waited.start();
        int now = m_formation->primaryPort(error);
        while ((now <= 0 || now == port) && waited.elapsed() < ms) {
            QTest::qWait(500);
            now = m_formation->primaryPort(error);
        }
        return now;
    }

    // How many counters sold since sinceMs.
    static int resumedCount(const std::vector<std::unique_ptr<Ledger>> &ledgers, qint64 sinceMs)
    {
        return int(std::count_if(
            ledgers.begin(), ledgers.end(), [sinceMs](const auto &l) { return l->lastSaleMs.load() > sinceMs; }));
    }

    int count(const QString &sql, const QVariantList &args = {})
    {
        int value = -1;
        Result<Done> r = m_db->query(sql, args, [&value](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                value = q.value(0).toInt();
            return Done {};
        });
        if (!r)
            qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(r.error().detail));
        return value;
    }
    QString text(const QString &sql, const QVariantList &args = {})
    {
        QString value;
        Result<Done> r = m_db->query(sql, args, [&value](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                value = q.value(0).toString();
            return Done {};
        });
        if (!r)
            value = QStringLiteral("error: ") + r.error().detail;
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(quietHandler);
        m_formation = std::make_unique<HaFormation>(QStringLiteral(BOXOFFICE_SOURCE_DIR "/scripts/ha-local.sh"),
            qEnvironmentVariable("BOXOFFICE_HA_DIR", QDir::tempPath() + QStringLiteral("/boxoffice-ha-test")),
            qEnvironmentVariable("BOXOFFICE_DB_PREPARE"));
        const int port = HaFormation::freeBasePort(qEnvironmentVariableIntValue("BOXOFFICE_HA_PORT") > 0
                ? qEnvironmentVariableIntValue("BOXOFFICE_HA_PORT")
                : 6600);
        QVERIFY2(port > 0, "no four free loopback ports");
        m_formation->setBasePort(port);
        m_formation->setEnvironment(QStringLiteral("BOXOFFICE_HA_UNHEALTHY_MS"), QStringLiteral("8000"));
        m_formation->setEnvironment(QStringLiteral("BOXOFFICE_HA_DEMOTE_MS"), QStringLiteral("8000"));
        QString error;
        m_formation->run(QStringLiteral("destroy"), 60000, &error); // what an interrupted run left
        QElapsedTimer up;
        up.start();
        const std::optional<QString> out
            = m_formation->run(QStringLiteral("up"), 240000, &error, {QStringLiteral("--demo")});
        QVERIFY2(out, qPrintable(error));
        qInfo("formation up in %lld ms (ports %d-%d)", up.elapsed(), port, port + 3);
        QVERIFY2(out->contains(QLatin1String("number_sync_standbys: 1")), qPrintable(*out));
        const std::optional<ConnectionConfig> config = m_formation->config(&error);
        QVERIFY2(config, qPrintable(error));
        m_config = *config;
        QCOMPARE(m_config.value(QStringLiteral("target_session_attrs")), QStringLiteral("read-write"));
        m_db = std::make_unique<Database>(m_config, QStringLiteral("ha-check"));
        m_db->setReconnectBudget(std::chrono::seconds(30));
        // As TestCluster does: the demo's first show may have started today.
        QVERIFY(m_db->query(QStringLiteral(
                                "UPDATE boxoffice.show SET starts_at = starts_at + interval '1 day'"
                                " WHERE (SELECT min(starts_at) FROM boxoffice.show) < now() + interval '3 hours'"),
                        {}, [](QSqlQuery &) -> Result<Done> { return Done {}; })
                    .ok());
        // This test is about failover, not the cash office: the counters sell
        // cash with no shift open (tst_cashoffice covers the shift rule).
        QVERIFY(m_db->query(QStringLiteral("UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false"), {},
                        [](QSqlQuery &) -> Result<Done> { return Done {}; })
                    .ok());
        m_show
            = count(QStringLiteral("SELECT s.id FROM boxoffice.show s JOIN boxoffice.venue v ON v.id = s.venue_id"
                                   " WHERE v.name = 'Rajadamnern Demo Stadium' ORDER BY s.starts_at OFFSET 4 LIMIT 1"));
        QVERIFY(m_show > 0);
        Result<Done> seats = m_db->query(QStringLiteral("SELECT s.id FROM boxoffice.seat s JOIN boxoffice.zone z"
                                                        " ON z.id = s.zone_id JOIN boxoffice.show sh ON sh.venue_id = "
                                                        "s.venue_id WHERE sh.id = ? AND z.ticket_type = 'CLASS2'"
                                                        " ORDER BY s.id LIMIT 400"),
            {m_show}, [this](QSqlQuery &q) -> Result<Done> {
                while (q.next())
                    m_pool << q.value(0).toInt();
                return Done {};
            });
        QVERIFY(seats.ok());
        QCOMPARE(m_pool.size(), 400);
    }

    void cleanupTestCase()
    {
        qInfo("%lld reconnect messages, %lld refused replication barriers and %lld cancelled synchronous-replication "
              "waits not printed",
            static_cast<long long>(quietened.load()), static_cast<long long>(barrierFailures.load()),
            static_cast<long long>(syncWaitsCancelled.load()));
        qInstallMessageHandler(previousHandler);
        if (m_db)
            m_db->closeThreadConnection();
        m_db.reset();
        if (m_formation && qEnvironmentVariableIsEmpty("BOXOFFICE_HA_KEEP")) {
            QString error;
            if (!m_formation->run(QStringLiteral("destroy"), 120000, &error))
                qWarning("%s", qPrintable(error));
        }
    }

    void countersSurviveFailoverKillAndNodeLoss()
    {
        std::vector<std::unique_ptr<Ledger>> ledgers;
        ledgers.reserve(Counters);
        for (int i = 0; i < Counters; ++i)
            ledgers.push_back(std::make_unique<Ledger>());
        // A counter that holds two seats (outside the hot block) before
        // anything happens, and sells them after every loss: a hold made on
        // the old primary counts on the new one.
        SaleEngine::Options checkOptions;
        checkOptions.terminalName = QStringLiteral("HA check counter");
        SaleEngine checkEngine(*m_db, checkOptions);
        QVERIFY(checkEngine.registerTerminal().ok());
        QList<int> kept;
        QVERIFY(m_db->query(QStringLiteral("SELECT s.id FROM boxoffice.seat s JOIN boxoffice.zone z ON z.id = "
                                           "s.zone_id JOIN boxoffice.show sh ON sh.venue_id = s.venue_id"
                                           " WHERE sh.id = ? AND z.ticket_type = 'CLASS2' ORDER BY s.id OFFSET 400"
                                           " LIMIT 2"),
                        {m_show},
                        [&kept](QSqlQuery &q) -> Result<Done> {
                            while (q.next())
                                kept << q.value(0).toInt();
                            return Done {};
                        })
                    .ok());
        QCOMPARE(kept.size(), 2);
        QVERIFY(checkEngine.hold(m_show, kept, 10).ok());
        // A background job's run, recorded on the old primary.
        Result<QJsonObject> health = m_db->callJson(QStringLiteral("SELECT boxoffice.run_job(?, ?, ?)"),
            {QStringLiteral("health_check"), QStringLiteral("ha-test"), 3600});
        QVERIFY(health.ok() && health->value(QLatin1String("ran")).toBool());

        // One counter's live seat feed, on the same multi-host string.
        SeatFeed feed(m_config);
        feed.setPingInterval(500);
        QSignalSpy online(&feed, &SeatFeed::onlineChanged);
        QSignalSpy loaded(&feed, &SeatFeed::showLoaded);
        QSignalSpy changed(&feed, &SeatFeed::seatsChanged);
        feed.start();
        feed.watchShow(m_show);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isOnline() && !loaded.isEmpty(), 20000);

        m_clock.start();
        std::vector<std::thread> threads;
        threads.reserve(Counters);
        for (int i = 0; i < Counters; ++i)
            threads.emplace_back([this, i, &ledgers] { runCounter(i, *ledgers[size_t(i)]); });
        auto stopAll = qScopeGuard([&] {
            m_stop.store(true);
            for (std::thread &t : threads)
                t.join();
        });

        // Everyone sells before anything happens.
        QPair<qint64, qint64> warm = waitForEverySale(ledgers, 0, 60000);
        QVERIFY2(warm.second >= 0, "not every counter sold before the failover");
        QTest::qWait(1500);

        // Before each loss the formation is whole again (a primary and two
        // secondaries): a second loss while a node still rejoins leaves one
        // standby, too few for number_sync_standbys = 1, and pg_auto_failover
        // then rightly promotes nobody.
        QString error;
        auto whole = [this, &error] { return bool(m_formation->run(QStringLiteral("wait"), 150000, &error)); };

        // 1. A planned failover in the middle of the evening.
        QVERIFY2(whole(), qPrintable(error));
        const int before = m_formation->primaryPort(&error);
        QVERIFY2(before > 0, qPrintable(error));
        const qint64 failoverAt = m_clock.elapsed();
        QVERIFY2(m_formation->run(QStringLiteral("failover"), 120000, &error), qPrintable(error));
        const qint64 switchedAt = m_clock.elapsed();
        const int after = primaryOtherThan(before, 30000, &error);
        QVERIFY2(after > 0 && after != before,
            qPrintable(QStringLiteral("primary on %1 before, %2 after: %3\n%4")
                           .arg(before)
                           .arg(after)
                           .arg(error, m_formation->run(QStringLiteral("status"), 30000, &error).value_or(error))));
        // (Timed from the failover's start; counted from its end.)
        const QPair<qint64, qint64> failover = waitForEverySale(ledgers, switchedAt, 90000, failoverAt);
        if (failover.second < 0)
            qWarning("%s", qPrintable(m_formation->run(QStringLiteral("status"), 30000, &error).value_or(error)));
        QVERIFY2(failover.second >= 0, "a counter did not sell again after the failover by itself");
        qInfo("failover (port %d to %d): first sale again after %lld ms, every counter after %lld ms; %s", before,
            after, failover.first, failover.second, qPrintable(quietSince()));
        QTest::qWait(1500);

        // 2. The primary's postmaster killed (SIGKILL): its keeper restarts it
        // (crash recovery) and it stays primary. When the monitor starts a
        // failover meanwhile, pg_auto_failover 2.0 elects the restarted old
        // primary (the most WAL: its end-of-recovery checkpoint) and has it
        // fetch WAL from itself forever (hapostgres/pg_auto_failover#1060,
        // fixed upstream by #1143; DEPLOYMENT.md). Longer timeouts here make
        // it rarer, not impossible. When the counters have not all sold again
        // after a minute, the test looks for it and, if the formation is in
        // it, takes the way out DEPLOYMENT.md gives a DBA (`ha-local.sh
        // unstick`: the stuck node dropped, a standby promoted, the node made
        // again as a new standby), said in the output. The counters must
        // still resume by themselves, and the told sales survive the
        // dropped node (checked at the end as for every stage).
        QVERIFY2(whole(), qPrintable(error));
        QVERIFY2(m_formation->run(
                     QStringLiteral("timeouts"), 30000, &error, {QStringLiteral("60000"), QStringLiteral("30000")}),
            qPrintable(error));
        QVERIFY2(m_formation->run(QStringLiteral("kill-primary"), 30000, &error), qPrintable(error));
        const qint64 killAt = m_clock.elapsed();
        QPair<qint64, qint64> kill = waitForEverySale(ledgers, killAt, 45000);
        bool renewed = false;
        while (kill.second < 0 && m_clock.elapsed() - killAt < 210000) {
            if (!renewed) {
                const std::optional<QString> out = m_formation->run(QStringLiteral("unstick"), 300000, &error);
                QVERIFY2(out, qPrintable(error));
                renewed = out->contains(QLatin1String("renewed"));
                if (renewed) {
                    qWarning("pg_auto_failover 2.0's self-fast_forward deadlock (#1060) after the postmaster kill; "
                             "the stuck node was dropped and made again, as DEPLOYMENT.md says:\n%s",
                        qPrintable(*out));
                }
            }
            kill = waitForEverySale(ledgers, killAt, 20000);
        }
        if (kill.second < 0)
            qWarning("%s", qPrintable(m_formation->run(QStringLiteral("status"), 30000, &error).value_or(error)));
        QVERIFY2(kill.second >= 0, "a counter did not sell again after the postmaster was killed");
        qInfo("postmaster killed: first sale again after %lld ms, every counter after %lld ms; %s", kill.first,
            kill.second, qPrintable(quietSince()));
        QTest::qWait(1500);
        QVERIFY2(m_formation->run(
                     QStringLiteral("timeouts"), 30000, &error, {QStringLiteral("8000"), QStringLiteral("8000")}),
            qPrintable(error));

        // 3. The primary's machine lost: the monitor promotes a standby.
        // (With the 8 s timeouts back, the monitor may still act on the
        // postmaster kill's health checks: once seen whole with no primary
        // named a moment later. Whole, with a primary, before the loss.)
        int lostPort = 0;
        QElapsedTimer settling;
        settling.start();
        QTest::qWait(10000);
        while (lostPort <= 0 && settling.elapsed() < 180000) {
            QVERIFY2(whole(), qPrintable(error));
            lostPort = m_formation->primaryPort(&error);
            if (lostPort <= 0)
                QTest::qWait(1000);
        }
        QVERIFY2(lostPort > 0, qPrintable(error));
        QVERIFY2(m_formation->run(QStringLiteral("kill-node"), 30000, &error), qPrintable(error));
        const qint64 lostAt = m_clock.elapsed();
        // Two minutes, as a rule. When not every counter sells again by then,
        // the formation's state is printed and the same way out as after the
        // postmaster kill is looked for (a node stuck fast-forwarding from
        // itself), then two more minutes; the failure message carries the
        // state and what the counters were told.
        QPair<qint64, qint64> lost = waitForEverySale(ledgers, lostAt, 120000);
        QString lostState;
        if (lost.second < 0) {
            lostState = m_formation->run(QStringLiteral("status"), 30000, &error).value_or(error);
            qWarning("not every counter sold again 120 s after the node loss (%s):\n%s", qPrintable(quietSince()),
                qPrintable(lostState));
            const std::optional<QString> out = m_formation->run(QStringLiteral("unstick"), 300000, &error);
            qWarning("%s", qPrintable(out.value_or(error)));
            lost = waitForEverySale(ledgers, lostAt, 240000);
            if (lost.second < 0)
                lostState = m_formation->run(QStringLiteral("status"), 30000, &error).value_or(error);
        }
        QVERIFY2(lost.second >= 0,
            qPrintable(QStringLiteral("a counter did not sell again after the primary's node was lost (%1 of %2 did; "
                                      "%3); the formation:\n%4")
                           .arg(resumedCount(ledgers, lostAt))
                           .arg(Counters)
                           .arg(quietSince(), lostState)));
        // (The monitor may still be finishing the promotion it started.)
        const int promoted = primaryOtherThan(lostPort, 60000, &error);
        QVERIFY2(promoted > 0 && promoted != lostPort,
            qPrintable(QStringLiteral("primary on %1 before, %2 after: %3\n%4")
                           .arg(lostPort)
                           .arg(promoted)
                           .arg(error, m_formation->run(QStringLiteral("status"), 30000, &error).value_or(error))));
        qInfo("node lost (port %d, %d promoted): first sale again after %lld ms, every counter after %lld ms; %s",
            lostPort, promoted, lost.first, lost.second, qPrintable(quietSince()));
        QTest::qWait(1500);

        stopAll.dismiss();
        m_stop.store(true);
        for (std::thread &t : threads)
            t.join();

        // The feed went away with each loss and came back by itself, on the
        // new primary: it reloaded the show and hears a new sale.
        QTRY_VERIFY_WITH_TIMEOUT(feed.isOnline(), 30000);
        int offline = 0;
        for (const QList<QVariant> &args : std::as_const(online))
            offline += args.at(0).toBool() ? 0 : 1;
        QVERIFY2(offline >= 3, qPrintable(QString::number(offline)));
        QVERIFY2(loaded.size() >= 4, qPrintable(QString::number(loaded.size())));
        // The hold made before the three losses is still this counter's,
        // and its sale is heard by the feed.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = "
                                      "ANY(?::int[]) AND state = 'held' AND held_by = ? AND held_until > now()"),
                     {m_show, Database::intArray(kept), checkEngine.terminalId()}),
            2);
        {
            const qsizetype heard = changed.size();
            SellRequest sale;
            sale.idempotencyKey = QUuid::createUuid();
            sale.showId = m_show;
            sale.seatIds = kept;
            sale.ticketType = QStringLiteral("CLASS2");
            Result<Order> sold = checkEngine.sell(sale);
            QVERIFY2(sold.ok(), sold.ok() ? "" : qPrintable(sold.error().message));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE order_id = ?"
                                          " AND state = 'sold'"),
                         {sold->id}),
                2);
            QTRY_VERIFY_WITH_TIMEOUT(changed.size() > heard, 10000);
        }

        // The background jobs on the new primary: the run made on the old
        // one counts (not again within its period), and of four counters
        // starting the same job at once exactly one runs it.
        Result<QJsonObject> again = m_db->callJson(QStringLiteral("SELECT boxoffice.run_job(?, ?, ?)"),
            {QStringLiteral("health_check"), QStringLiteral("ha-test"), 3600});
        QVERIFY(again.ok());
        QCOMPARE(again->value(QLatin1String("reason")).toString(), QStringLiteral("ran recently"));
        {
            std::atomic<int> ran {0};
            std::atomic<int> failed {0};
            std::vector<std::thread> runners;
            runners.reserve(4);
            for (int i = 0; i < 4; ++i) {
                runners.emplace_back([this, i, &ran, &failed] {
                    Result<QJsonObject> r = m_db->callJson(QStringLiteral("SELECT boxoffice.run_job(?, ?, ?)"),
                        {QStringLiteral("expire_holds"), QStringLiteral("ha-runner-%1").arg(i), 3600});
                    if (!r || !r->value(QLatin1String("ok")).toBool())
                        ++failed;
                    else if (r->value(QLatin1String("ran")).toBool())
                        ++ran;
                    m_db->closeThreadConnection();
                });
            }
            for (std::thread &t : runners)
                t.join();
            QCOMPARE(failed.load(), 0);
            QCOMPARE(ran.load(), 1);
        }

        // What the counters saw.
        QHash<QString, int> done;
        int resolvedPresent = 0;
        int resolvedAbsent = 0;
        int replayed = 0;
        qint64 reconnects = 0;
        for (const auto &l : ledgers) {
            QVERIFY2(l->unexpected.isEmpty(), qPrintable(l->unexpected.join(QLatin1Char('\n'))));
            for (auto it = l->done.cbegin(); it != l->done.cend(); ++it)
                done[it.key()] += it.value();
            resolvedPresent += l->resolvedPresent;
            resolvedAbsent += l->resolvedAbsent;
            replayed += l->replayed;
            reconnects += l->reconnects;
        }
        qInfo("sells=%d holds=%d cancels=%d loads=%d; sales resent by the Database after a lost connection and"
              " found done by their key: %d; outcome unknown to the counter, then resolved by key: %d done,"
              " %d not done; reconnects %lld",
            done.value(QStringLiteral("sell")), done.value(QStringLiteral("hold")),
            done.value(QStringLiteral("cancel")), done.value(QStringLiteral("load")), replayed, resolvedPresent,
            resolvedAbsent, reconnects);
        QVERIFY(done.value(QStringLiteral("sell")) > 0 && done.value(QStringLiteral("cancel")) > 0);
        // The losses really cut the counters' connections (each counter's at least twice).
        QVERIFY2(reconnects >= 2 * Counters, qPrintable(QString::number(reconnects)));

        // The checks run on the primary the multi-host string finds now.
        QCOMPARE(text(QStringLiteral("SELECT pg_is_in_recovery()::text")), QStringLiteral("false"));
        const int primaryNow = m_formation->primaryPort(&error);
        QCOMPARE(text(QStringLiteral("SELECT inet_server_port()::text")), QString::number(primaryNow));

        // The supervisor's replication finding names that primary and, the
        // lost node apart, a synchronous standby streaming (ok); told two
        // must stream (a whole formation), it is critical.
        {
            HealthMonitor monitor(*m_db);
            Finding replication;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const Result<HealthReport> r = monitor.check();
                    const Finding *f = r ? r->find(FindingKind::Replication) : nullptr;
                    if (f)
                        replication = *f;
                    return f && f->level == HealthLevel::Ok && f->count >= 1;
                }(),
                30000);
            QVERIFY(!replication.rows.isEmpty());
            QCOMPARE(replication.rows.first().value(0).toString(), QStringLiteral("primary"));
            QVERIFY2(
                replication.rows.first().value(1).toString().endsWith(QLatin1Char(':') + QString::number(primaryNow)),
                qPrintable(replication.rows.first().value(1).toString()));
            QCOMPARE(replication.rows.first().value(2).toString(), QStringLiteral("read-write"));
            QCOMPARE(replication.rows.at(1).value(0).toString(), QStringLiteral("standby"));
            HealthThresholds everyStandby;
            everyStandby.expectedStandbys = replication.count + 1;
            monitor.setThresholds(everyStandby);
            const Result<HealthReport> strict = monitor.check();
            QVERIFY(strict.ok());
            QCOMPARE(strict->find(FindingKind::Replication)->level, HealthLevel::Critical);
        }

        // Every told success is there.
        for (const auto &l : ledgers) {
            for (auto it = l->orders.cbegin(); it != l->orders.cend(); ++it) {
                const QString status = text(QStringLiteral("SELECT status || '/' || idempotency_key::text"
                                                           " FROM boxoffice.orders WHERE id = ?"),
                    {it.key()});
                const QString told = (it->cancelled ? QStringLiteral("cancelled/") : QStringLiteral("paid/"))
                    + it->key.toString(QUuid::WithoutBraces);
                QVERIFY2(status == told,
                    qPrintable(
                        QStringLiteral("order %1: %2 in the database, told %3").arg(it.key()).arg(status, told)));
                if (it->cancelled)
                    continue;
                QList<int> seats = it->seats.values();
                std::sort(seats.begin(), seats.end());
                QStringList ids;
                for (int s : seats)
                    ids << QString::number(s);
                QCOMPARE(text(QStringLiteral("SELECT string_agg(seat_id::text, ',' ORDER BY seat_id)"
                                             " FROM boxoffice.order_seat WHERE order_id = ? AND active"),
                             {it.key()}),
                    ids.join(QLatin1Char(',')));
                QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE order_id = ?"
                                              " AND state = 'sold'"),
                             {it.key()}),
                    int(seats.size()));
            }
            for (const QUuid &key : l->refusedKeys)
                QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE idempotency_key = ?::uuid"),
                             {key.toString(QUuid::WithoutBraces)}),
                    0);
            // Nothing sold that the counter was not told about.
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE terminal_id = ?"), {l->terminalId}),
                int(l->orders.size()));
        }

        // The invariants of tst_concurrency.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM boxoffice.order_seat WHERE active"
                                      " GROUP BY show_id, seat_id HAVING count(*) > 1) d")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.show_seat ss WHERE ss.state = 'sold' AND 1 <> ("
                     " SELECT count(*) FROM boxoffice.order_seat os JOIN boxoffice.orders o ON o.id = os.order_id"
                     " WHERE os.show_id = ss.show_id AND os.seat_id = ss.seat_id AND os.active AND o.status = 'paid'"
                     " AND o.id = ss.order_id)")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.order_seat os JOIN boxoffice.orders o ON o.id = os.order_id"
                     " JOIN boxoffice.show_seat ss ON ss.show_id = os.show_id AND ss.seat_id = os.seat_id"
                     " WHERE os.active AND (ss.order_id IS DISTINCT FROM o.id OR (o.status = 'paid' AND ss.state <> "
                     "'sold'))")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.orders o WHERE o.status = 'paid' AND o.total <> ("
                     " SELECT coalesce(sum(price), 0) FROM boxoffice.order_seat WHERE order_id = o.id AND active)")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.order_seat os JOIN boxoffice.orders o ON o.id = os.order_id"
                     " WHERE os.active AND o.status IN ('cancelled', 'expired')")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM boxoffice.orders o WHERE CASE WHEN o.status = 'paid' THEN o.total ELSE 0 END"
                     " <> (SELECT coalesce(sum(CASE kind WHEN 'payment' THEN amount ELSE -amount END), 0)"
                     "     FROM boxoffice.payment WHERE order_id = o.id)")),
            0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE status = 'paid'")) > 0);
    }

private:
    std::unique_ptr<HaFormation> m_formation;
    ConnectionConfig m_config;
    std::unique_ptr<Database> m_db;
    int m_show = 0;
    QList<int> m_pool;
    QElapsedTimer m_clock;
    std::atomic<bool> m_stop {false};
};

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
