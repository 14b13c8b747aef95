// How long the counters cannot sell when the primary is lost (issue 14):
// the local pg_auto_failover formation (scripts/ha-local.sh) with counters
// selling one seat at a time (and cancelling it, so the show never sells
// out), each a thread with its own Database on the multi-host string. Three
// ways to lose the primary, each timed from the moment it is lost to the
// first successful sale after it, and as the longest time with no sale:
//   failover   pg_autoctl perform failover (planned: the monitor switches)
//   postmaster SIGKILL to the primary's postmaster (its keeper restarts it)
//   node       SIGKILL to the primary's whole node, keeper included (the
//              monitor notices, waits for its timeouts, promotes a standby)
//
//   build/bench/bench_failover [--rounds N] [--counters N] [--skip-node] [--barrier-baseline]
//
// --barrier-baseline adds, each round, a planned failover with the
// replication barrier switched off (the function renamed, so that new
// connections find none and skip it, as on a database not migrated yet):
// the baseline the barrier's cost is read against, in the same run.
//
// BOXOFFICE_HA_DIR (default /tmp/boxoffice-ha-bench) and BOXOFFICE_HA_PORT
// (default: the first four free ports from 6700) place the formation;
// BOXOFFICE_DB_PREPARE names boxoffice_db_prepare (default: next to this
// program's build folder). Figures: docs/PERFORMANCE.md.
#include "db/database.h"
#include "haformation.h"
#include "sale/saleengine.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace boxoffice;
using boxoffice::test::HaFormation;

#ifndef BENCH_BUILD_TYPE
#define BENCH_BUILD_TYPE "unknown"
#endif

namespace {

struct Events
{
    std::mutex mutex;
    std::vector<qint64> sales;  // ms since start, every successful sale
    std::vector<qint64> errors; // ms since start, every call answered OutcomeUnknown or DatabaseUnavailable
};

struct Sample
{
    QString kind;
    double toFirstSale = 0; // s from the kill (or the end of the failover command) to the next sale
    double longestGap = 0;  // s, the longest time with no sale around the loss: the outage
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::min<double>(double(v.size()) - 1, p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("losses of each kind"), QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption countersOption(
        QStringLiteral("counters"), QStringLiteral("selling threads"), QStringLiteral("n"), QStringLiteral("8"));
    QCommandLineOption skipNodeOption(QStringLiteral("skip-node"), QStringLiteral("no whole-node losses (slow)"));
    QCommandLineOption baselineOption(QStringLiteral("barrier-baseline"),
        QStringLiteral("also a planned failover without the replication barrier, each round"));
    parser.addOptions({roundsOption, countersOption, skipNodeOption, baselineOption});
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const int counters = qMax(1, parser.value(countersOption).toInt());

    const QString prepare = qEnvironmentVariable("BOXOFFICE_DB_PREPARE",
        QCoreApplication::applicationDirPath() + QStringLiteral("/../tests/boxoffice_db_prepare"));
    HaFormation formation(QStringLiteral(BOXOFFICE_SOURCE_DIR "/scripts/ha-local.sh"),
        qEnvironmentVariable("BOXOFFICE_HA_DIR", QStringLiteral("/tmp/boxoffice-ha-bench")), prepare);
    const int port = qEnvironmentVariableIntValue("BOXOFFICE_HA_PORT") > 0
        ? qEnvironmentVariableIntValue("BOXOFFICE_HA_PORT")
        : HaFormation::freeBasePort(6700);
    formation.setBasePort(port);
    QString error;
    std::printf("bench_failover (%s build), formation in %s, ports %d-%d\n", BENCH_BUILD_TYPE,
        qPrintable(formation.dir()), port, port + 3);
    std::fflush(stdout);
    if (!formation.run(QStringLiteral("up"), 300000, &error, {QStringLiteral("--demo")})) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        // Not left running in its folder: the next run would start a second
        // formation there, on other ports.
        formation.run(QStringLiteral("destroy"), 120000, &error);
        return 1;
    }
    const std::optional<ConnectionConfig> config = formation.config(&error);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // The hot show and its seats.
    int show = 0;
    QList<int> pool;
    {
        Database db(*config, QStringLiteral("bench-setup"));
        db.setReconnectBudget(std::chrono::seconds(30));
        db.query(QStringLiteral("UPDATE boxoffice.show SET starts_at = starts_at + interval '1 day'"
                                " WHERE (SELECT min(starts_at) FROM boxoffice.show) < now() + interval '3 hours'"),
            {}, [](QSqlQuery &) -> Result<Done> { return Done {}; });
        // Failover, not the cash office: the counters sell cash with no shift.
        db.query(QStringLiteral("UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false"), {},
            [](QSqlQuery &) -> Result<Done> { return Done {}; });
        db.query(QStringLiteral("SELECT s.id FROM boxoffice.show s JOIN boxoffice.venue v ON v.id = s.venue_id"
                                " WHERE v.name = 'Rajadamnern Demo Stadium' ORDER BY s.starts_at OFFSET 5 LIMIT 1"),
            {}, [&show](QSqlQuery &q) -> Result<Done> {
                if (q.next())
                    show = q.value(0).toInt();
                return Done {};
            });
        db.query(QStringLiteral("SELECT s.id FROM boxoffice.seat s JOIN boxoffice.zone z ON z.id = s.zone_id"
                                " JOIN boxoffice.show sh ON sh.venue_id = s.venue_id WHERE sh.id = ?"
                                " AND z.ticket_type = 'CLASS2' ORDER BY s.id LIMIT 400"),
            {show}, [&pool](QSqlQuery &q) -> Result<Done> {
                while (q.next())
                    pool << q.value(0).toInt();
                return Done {};
            });
        db.closeThreadConnection();
    }
    if (show == 0 || pool.size() < counters * 10) {
        std::fprintf(stderr, "no show or seats on the formation\n");
        return 1;
    }

    Events events;
    QElapsedTimer clock;
    clock.start();
    std::atomic<bool> stop {false};
    std::vector<std::thread> threads;
    threads.reserve(size_t(counters));
    for (int i = 0; i < counters; ++i) {
        threads.emplace_back([&, i] {
            Database db(*config, QStringLiteral("bench-counter%1").arg(i), 1);
            SaleEngine::Options options;
            options.terminalName = QStringLiteral("Failover bench %1").arg(i);
            SaleEngine engine(db, options);
            engine.rateLimiter().configure(1e9, 1e9);
            while (!stop.load() && !engine.registerTerminal())
                QThread::msleep(100);
            // Each counter its own seats: no conflicts, only the server's absence.
            const QList<int> mine = pool.mid(i * (pool.size() / counters), pool.size() / counters);
            QRandomGenerator rng {quint32(i)};
            while (!stop.load()) {
                SellRequest sale;
                sale.idempotencyKey = QUuid::createUuid();
                sale.showId = show;
                sale.seatIds = {mine.at(int(rng.bounded(quint32(mine.size()))))};
                sale.ticketType = QStringLiteral("CLASS2");
                Result<Order> r = engine.sell(sale);
                // A lost reply: the same sale again, by its key, as the counter does.
                while (!r && (r.code() == ErrorCode::OutcomeUnknown || r.code() == ErrorCode::DatabaseUnavailable)
                    && !stop.load()) {
                    {
                        std::lock_guard lock(events.mutex);
                        events.errors.push_back(clock.elapsed());
                    }
                    r = engine.sell(sale);
                }
                if (r) {
                    {
                        std::lock_guard lock(events.mutex);
                        events.sales.push_back(clock.elapsed());
                    }
                    Result<Order> c = engine.cancel(r->id, QStringLiteral("bench"));
                    while (!c && (c.code() == ErrorCode::OutcomeUnknown || c.code() == ErrorCode::DatabaseUnavailable)
                        && !stop.load())
                        c = engine.cancel(r->id, QStringLiteral("bench"));
                }
                QThread::msleep(20);
            }
            db.closeThreadConnection();
        });
    }

    // Once the formation is whole again: the longest time without a sale
    // from a second before the loss to now (the outage as the counters saw
    // it: sales come every few ms otherwise), and when it ended, in ms after
    // `at` (the kill). (Threads push their times a little out of order:
    // sorted here.)
    auto measure = [&](qint64 started, qint64 at, const QString &kind) -> std::optional<Sample> {
        std::vector<qint64> window;
        {
            std::lock_guard lock(events.mutex);
            for (qint64 t : events.sales) {
                if (t >= started - 1000)
                    window.push_back(t);
            }
        }
        std::sort(window.begin(), window.end());
        if (window.size() < 2 || window.back() <= at)
            return std::nullopt;
        qint64 gap = 0;
        qint64 end = 0;
        for (size_t k = 1; k < window.size(); ++k) {
            if (window[k] - window[k - 1] > gap) {
                gap = window[k] - window[k - 1];
                end = window[k];
            }
        }
        return Sample {kind, double(end - at) / 1000.0, double(gap) / 1000.0};
    };
    auto saleAfter = [&](qint64 at) {
        std::lock_guard lock(events.mutex);
        return std::any_of(events.sales.cbegin(), events.sales.cend(), [at](qint64 t) { return t > at; });
    };
    auto settle = [&]() {
        // Everyone back, the formation whole again (a lost node rejoined).
        if (!formation.run(QStringLiteral("up"), 300000, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        QThread::sleep(3); // sales flowing again, well past the outage
        return true;
    };

    std::vector<Sample> samples;
    // Switches the barrier off (renamed) or on again; on the primary, by the
    // service account, replicated like any DDL.
    auto barrier = [&](bool on) {
        const QString from = on ? QStringLiteral("replication_barrier_off") : QStringLiteral("replication_barrier");
        const QString to = on ? QStringLiteral("replication_barrier") : QStringLiteral("replication_barrier_off");
        bool done = false;
        QString why;
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-barrier"));
            config->applyTo(conn);
            for (int attempt = 0; attempt < 60 && !done; ++attempt) {
                if (conn.open()) {
                    QSqlQuery q(conn);
                    done = q.exec(QStringLiteral("ALTER FUNCTION boxoffice.%1() RENAME TO %2").arg(from, to));
                    why = q.lastError().text();
                } else {
                    why = conn.lastError().text();
                }
                conn.close();
                if (!done)
                    QThread::sleep(1);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-barrier"));
        if (!done)
            std::fprintf(stderr, "cannot rename the replication barrier: %s\n", qPrintable(why));
        return done;
    };

    QStringList kinds {QStringLiteral("failover"), QStringLiteral("postmaster")};
    if (parser.isSet(baselineOption))
        kinds.prepend(QStringLiteral("failover-no-barrier"));
    if (!parser.isSet(skipNodeOption))
        kinds << QStringLiteral("node");
    QThread::sleep(3);
    bool ok = true;
    for (int round = 0; round < rounds && ok; ++round) {
        for (const QString &kind : std::as_const(kinds)) {
            // A planned failover blocks until done (the sales stop somewhere
            // inside it); a kill returns at once (the sales stop then).
            const bool baseline = kind == QLatin1String("failover-no-barrier");
            if (baseline && !(ok = barrier(false)))
                break;
            const qint64 started = clock.elapsed();
            if (kind.startsWith(QLatin1String("failover")))
                ok = bool(formation.run(QStringLiteral("failover"), 180000, &error));
            else
                ok = bool(formation.run(
                    kind == QLatin1String("node") ? QStringLiteral("kill-node") : QStringLiteral("kill-primary"), 60000,
                    &error));
            const qint64 at = clock.elapsed();
            if (!ok)
                break;
            // Sales again, from the promoted (or restarted) server, before
            // anything is repaired: a lost node must stay lost until then.
            QElapsedTimer waited;
            waited.start();
            while (!saleAfter(at) && waited.elapsed() < 180000)
                QThread::msleep(50);
            ok = settle();
            if (ok && baseline)
                ok = barrier(true);
            if (!ok)
                break;
            const std::optional<Sample> sample = measure(started, at, kind);
            if (!sample) {
                std::fprintf(stderr, "%s: no sale after the loss\n", qPrintable(kind));
                ok = false;
                break;
            }
            samples.push_back(*sample);
            std::printf("round %d %-20s no sale for %6.2f s; first sale %6.2f s after the %s\n", round + 1,
                qPrintable(kind), sample->longestGap, sample->toFirstSale,
                kind.startsWith(QLatin1String("failover")) ? "failover command returned" : "kill");
            std::fflush(stdout);
        }
    }
    stop.store(true);
    for (std::thread &t : threads)
        t.join();
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(error));

    std::printf(
        "\n%-20s %6s %16s %16s %20s\n", "loss", "rounds", "no sale: median", "no sale: max", "kill to sale: median");
    for (const QString &kind : std::as_const(kinds)) {
        std::vector<double> first;
        std::vector<double> gaps;
        for (const Sample &s : samples) {
            if (s.kind == kind) {
                first.push_back(s.toFirstSale);
                gaps.push_back(s.longestGap);
            }
        }
        if (first.empty())
            continue;
        std::printf("%-20s %6zu %16.2f %16.2f %20.2f\n", qPrintable(kind), first.size(), percentile(gaps, 0.5),
            *std::max_element(gaps.begin(), gaps.end()), percentile(first, 0.5));
    }
    {
        std::lock_guard lock(events.mutex);
        std::printf("sales %zu, calls answered outcome unknown or unavailable (then sent again) %zu, counters %d\n",
            events.sales.size(), events.errors.size(), counters);
    }
    if (qEnvironmentVariableIsEmpty("BOXOFFICE_HA_KEEP"))
        formation.run(QStringLiteral("destroy"), 120000, &error);
    return ok ? 0 : 1;
}
