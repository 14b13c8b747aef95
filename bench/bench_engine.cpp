// Sale engine throughput (issue 2).
//
// For 1, 8 and 32 concurrent counters, on one hot show (the 100,000-seat
// arena) and on ten normal shows (the demo stadium), measures sells/s and
// holds/s with p50/p99 latency through the C++ services (SaleEngine, one
// engine, terminal and connection per counter thread), and in the same run
// the same operations driven by pgbench calling the same SQL functions
// directly; prints both and their ratio. Not a test: it prints figures.
//
// With BOXOFFICE_DB unset it starts a private cluster (EmbeddedPostgres) in a
// temporary folder under /tmp and removes it at the end. With BOXOFFICE_DB set
// it creates a database of its own on that server (needs CREATEDB) and drops
// it afterwards; --in-place uses the given database itself instead (every
// sale in it is erased between runs).
//
// Besides the back-to-back runs (a saturation test), the largest counter
// count also runs paced (--paced-rate calls/s per counter, Poisson, as
// pgbench -R). Every workload is warmed up once, uncounted; before each
// measurement the sales are reset, the tables vacuumed and a CHECKPOINT
// taken. The machine may be shared: the CPU other processes used during each
// measurement is printed, and a measurement disturbed by more than
// --max-other-load % is repeated (--retries).

#include "db/connectionconfig.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "db/serviceerror.h"
#include "sale/domain.h"
#include "sale/saleengine.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMetaEnum>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <latch>
#include <memory>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

#ifndef BENCH_BUILD_TYPE
#define BENCH_BUILD_TYPE "unknown"
#endif

using namespace boxoffice;

namespace {

std::atomic<bool> g_stop {false};

void onSignal(int)
{
    g_stop.store(true);
}

void out(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// What die() must not leave behind: the private cluster and its folder.
boxoffice::EmbeddedPostgres *g_server = nullptr;
QString g_tempDir;

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_engine: %s\n", qPrintable(why));
    std::fflush(stderr);
    if (g_server)
        g_server->stop();
    if (!g_tempDir.isEmpty())
        QDir(g_tempDir).removeRecursively();
    std::exit(2);
}

const QString kTicketType = QStringLiteral("CLASS3");

enum class Workload { Sells, Holds };
enum class ShowSetKind { Hot, Ten };

QString workloadName(Workload w)
{
    return w == Workload::Sells ? QStringLiteral("sells") : QStringLiteral("holds");
}

QString showSetName(ShowSetKind s)
{
    return s == ShowSetKind::Hot ? QStringLiteral("hot") : QStringLiteral("ten");
}

QString errorName(ErrorCode code)
{
    return QString::fromLatin1(QMetaEnum::fromType<ErrorCode>().valueToKey(int(code)));
}

bool isConflict(ErrorCode code)
{
    return code == ErrorCode::SeatConflict || code == ErrorCode::SeatsBusy || code == ErrorCode::SeatTaken;
}

// A contiguous range of seat ids (checked when it is read).
struct SeatRange
{
    int lo = 0;
    int hi = 0;
};

struct ShowSet
{
    ShowSetKind kind = ShowSetKind::Hot;
    QList<int> shows;      // all of one venue
    SeatRange venueSeats;  // holds pick here
    SeatRange ticketSeats; // sells pick here (kTicketType's zone)
};

// Nearest-rank percentile of sorted values.
template<typename T>
double percentile(const std::vector<T> &sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    const auto n = sorted.size();
    std::size_t rank = std::size_t(std::ceil(p * double(n)));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return double(sorted[rank - 1]);
}

struct RunResult
{
    bool valid = false;
    qint64 ops = 0; // calls counted (holds: hold calls; sells: sell calls)
    qint64 successes = 0;
    qint64 conflicts = 0;
    qint64 errors = 0;
    double seconds = 0;
    double opsPerSec = 0;
    double p50Ms = std::nan("");
    double p99Ms = std::nan("");
    double pairP50Ms = std::nan(""); // holds: hold + release
    double pairP99Ms = std::nan("");
    double clientCpuUs = std::nan(""); // client CPU (user + system) per counted call
    double otherLoad = std::nan("");   // % of the machine's CPU used by processes not of this benchmark
    QString firstError;
    QString note;
};

// ---------------------------------------------------------------------------
// Administration on the main thread's connection.

class Admin
{
public:
    explicit Admin(Database &db) : m_db(db) { }

    // Runs SQL as is (several statements, VACUUM, CHECKPOINT: no prepare).
    bool exec(const QString &sql, QString *error = nullptr)
    {
        Result<QSqlDatabase> conn = m_db.connection();
        if (!conn)
            die(QStringLiteral("no connection: ") + conn.error().detail);
        QSqlQuery q(conn.value());
        if (q.exec(sql))
            return true;
        const QString why = q.lastError().nativeErrorCode() + QLatin1Char(' ') + q.lastError().text();
        if (!error)
            die(QStringLiteral("%1: %2").arg(sql, why));
        *error = why;
        return false;
    }

    QList<QVariantList> rows(const QString &sql, const QVariantList &args = {})
    {
        QList<QVariantList> result;
        Result<Done> r = m_db.query(sql, args, [&result](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i);
                result << row;
            }
            return Done {};
        });
        if (!r)
            die(QStringLiteral("%1: %2").arg(sql, r.error().detail));
        return result;
    }

    QVariant scalar(const QString &sql, const QVariantList &args = {})
    {
        const QList<QVariantList> r = rows(sql, args);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }

private:
    Database &m_db;
};

// Runs one statement on a short-lived connection (CREATE/DROP DATABASE).
bool adminExec(const ConnectionConfig &config, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        config.applyTo(db);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

SeatRange seatRange(Admin &admin, int showId, const QString &ticketType)
{
    QString sql = QStringLiteral("SELECT min(s.id), max(s.id), count(*) FROM boxoffice.seat s"
                                 " JOIN boxoffice.show sh ON sh.venue_id = s.venue_id");
    QVariantList args;
    if (!ticketType.isEmpty()) {
        sql += QStringLiteral(" JOIN boxoffice.zone z ON z.id = s.zone_id AND z.ticket_type = ?");
        args << ticketType;
    }
    sql += QStringLiteral(" WHERE sh.id = ?");
    args << showId;
    const QList<QVariantList> r = admin.rows(sql, args);
    if (r.isEmpty() || r.first().at(2).toLongLong() == 0)
        die(QStringLiteral("show %1 has no %2 seats").arg(showId).arg(ticketType));
    SeatRange range {r.first().at(0).toInt(), r.first().at(1).toInt()};
    const qint64 count = r.first().at(2).toLongLong();
    if (range.hi - range.lo + 1 != count)
        die(QStringLiteral("the %1 seat ids of show %2 are not contiguous (%3..%4, %5 seats); the pgbench"
                           " script picks seats by id range")
                .arg(ticketType.isEmpty() ? QStringLiteral("venue") : ticketType)
                .arg(showId)
                .arg(range.lo)
                .arg(range.hi)
                .arg(count));
    return range;
}

void resetSales(Admin &admin, bool vacuum)
{
    admin.exec(QStringLiteral("UPDATE boxoffice.show_seat SET state = 'available', held_by = NULL, held_until = NULL,"
                              " hold_token = NULL, order_id = NULL WHERE state <> 'available' OR order_id IS NOT NULL;"
                              "TRUNCATE boxoffice.order_seat, boxoffice.payment,"
                              " boxoffice.ticket, boxoffice.ticket_secret, boxoffice.admission, "
                              "boxoffice.admission_scan, boxoffice.admission_duplicate;"
                              "DELETE FROM boxoffice.orders;"));
    if (vacuum) {
        admin.exec(QStringLiteral("VACUUM ANALYZE boxoffice.show_seat"));
        admin.exec(QStringLiteral("VACUUM ANALYZE boxoffice.orders"));
        admin.exec(QStringLiteral("VACUUM ANALYZE boxoffice.order_seat"));
    }
    // Start every run with clean buffers so that no run pays for another's
    // checkpoint. Needs superuser or pg_checkpoint; not fatal without.
    QString ignored;
    admin.exec(QStringLiteral("CHECKPOINT"), &ignored);
}

// ---------------------------------------------------------------------------
// The C++ side: one thread per counter, each with its own SaleEngine,
// terminal and connection, calling the synchronous engine methods.

struct ThreadResult
{
    std::vector<qint64> latencyNs;
    std::vector<qint64> pairNs;
    qint64 ops = 0;
    qint64 successes = 0;
    qint64 conflicts = 0;
    qint64 errors = 0;
    QString firstError;
    std::chrono::steady_clock::time_point finished;
};

// ratePerCounter 0: every counter calls back to back (a saturation test).
// ratePerCounter > 0: each counter calls at that mean rate (Poisson arrivals,
// as pgbench -R), and latency is counted from the scheduled start, so a call
// that had to wait for the one before it counts that wait too (as pgbench -R).
RunResult runEngine(
    Database &db, Workload workload, const ShowSet &set, int counters, int seconds, double ratePerCounter)
{
    std::vector<ThreadResult> results(static_cast<std::size_t>(counters));
    std::latch ready(counters);
    std::latch go(1);
    std::atomic<bool> setupFailed {false};
    std::chrono::steady_clock::time_point started;
    std::chrono::steady_clock::time_point deadline;

    auto worker = [&](int index) {
        ThreadResult &res = results[std::size_t(index)];
        SaleEngine::Options options;
        options.terminalName = QStringLiteral("bench-%1").arg(index + 1);
        SaleEngine engine(db, options);
        engine.rateLimiter().configure(1e9, 1e9);
        Result<int> terminal = engine.registerTerminal(); // also opens this thread's connection
        if (!terminal) {
            res.firstError = QStringLiteral("registerTerminal: ") + terminal.error().detail;
            setupFailed.store(true);
        }
        res.latencyNs.reserve(1 << 16);
        if (workload == Workload::Holds)
            res.pairNs.reserve(1 << 16);
        std::mt19937_64 rng(std::random_device {}() ^ (quint64(index) << 32));
        const SeatRange range = workload == Workload::Sells ? set.ticketSeats : set.venueSeats;
        std::uniform_int_distribution<int> pickSeat(range.lo, range.hi);
        std::uniform_int_distribution<int> pickOffset(1, range.hi - range.lo);
        std::uniform_int_distribution<int> pickShow(0, int(set.shows.size()) - 1);
        std::exponential_distribution<double> gap(ratePerCounter > 0 ? ratePerCounter : 1.0);

        ready.count_down();
        go.wait();
        if (setupFailed.load()) {
            res.finished = std::chrono::steady_clock::now();
            return;
        }

        auto noteError = [&res](const QString &what, const ServiceError &e) {
            ++res.errors;
            if (res.firstError.isEmpty())
                res.firstError = QStringLiteral("%1: %2 %3").arg(what, errorName(e.code), e.detail);
        };

        using Clock = std::chrono::steady_clock;
        QElapsedTimer timer;
        Clock::time_point scheduled = started;
        qint64 lagNs = 0; // paced: from the scheduled start to the call
        while (Clock::now() < deadline && !g_stop.load(std::memory_order_relaxed)) {
            if (ratePerCounter > 0) {
                scheduled += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(gap(rng)));
                if (scheduled >= deadline)
                    break;
                std::this_thread::sleep_until(scheduled);
            }
            const int show = set.shows.at(pickShow(rng));
            const int s1 = pickSeat(rng);
            // A second seat, different from the first (the same formula as the pgbench script).
            const int s2 = range.lo + (s1 - range.lo + pickOffset(rng)) % (range.hi - range.lo + 1);
            const QList<int> seats {s1, s2};
            if (workload == Workload::Sells) {
                SellRequest request;
                request.idempotencyKey = QUuid::createUuid();
                request.showId = show;
                request.seatIds = seats;
                request.ticketType = kTicketType;
                request.payment = PaymentMethod::Cash;
                if (ratePerCounter > 0)
                    lagNs = std::max<qint64>(0, std::chrono::nanoseconds(Clock::now() - scheduled).count());
                timer.start();
                Result<Order> sold = engine.sell(request);
                res.latencyNs.push_back(lagNs + timer.nsecsElapsed());
                ++res.ops;
                if (sold)
                    ++res.successes;
                else if (isConflict(sold.code()))
                    ++res.conflicts;
                else
                    noteError(QStringLiteral("sell"), sold.error());
            } else {
                if (ratePerCounter > 0)
                    lagNs = std::max<qint64>(0, std::chrono::nanoseconds(Clock::now() - scheduled).count());
                timer.start();
                Result<HoldResult> held = engine.hold(show, seats, 5);
                res.latencyNs.push_back(lagNs + timer.nsecsElapsed());
                ++res.ops;
                if (held) {
                    ++res.successes;
                    Result<HoldResult> released = engine.release(show, seats);
                    res.pairNs.push_back(lagNs + timer.nsecsElapsed());
                    if (!released)
                        noteError(QStringLiteral("release"), released.error());
                } else if (isConflict(held.code())) {
                    ++res.conflicts;
                } else {
                    noteError(QStringLiteral("hold"), held.error());
                }
            }
        }
        res.finished = std::chrono::steady_clock::now();
    };

    std::vector<std::thread> threads;
    threads.reserve(std::size_t(counters));
    for (int i = 0; i < counters; ++i)
        threads.emplace_back(worker, i);
    ready.wait(); // every counter has its engine, terminal and connection
    started = std::chrono::steady_clock::now();
    deadline = started + std::chrono::seconds(seconds);
    go.count_down();
    for (std::thread &t : threads)
        t.join();

    RunResult run;
    std::vector<qint64> all;
    std::vector<qint64> pairs;
    auto last = started;
    for (ThreadResult &r : results) {
        run.ops += r.ops;
        run.successes += r.successes;
        run.conflicts += r.conflicts;
        run.errors += r.errors;
        if (run.firstError.isEmpty() && !r.firstError.isEmpty())
            run.firstError = r.firstError;
        all.insert(all.end(), r.latencyNs.begin(), r.latencyNs.end());
        pairs.insert(pairs.end(), r.pairNs.begin(), r.pairNs.end());
        last = std::max(last, r.finished);
    }
    if (setupFailed.load())
        return run;
    std::sort(all.begin(), all.end());
    std::sort(pairs.begin(), pairs.end());
    run.valid = true;
    run.seconds = std::chrono::duration<double>(last - started).count();
    run.opsPerSec = run.seconds > 0 ? double(run.ops) / run.seconds : 0;
    run.p50Ms = percentile(all, 0.50) / 1e6;
    run.p99Ms = percentile(all, 0.99) / 1e6;
    run.pairP50Ms = percentile(pairs, 0.50) / 1e6;
    run.pairP99Ms = percentile(pairs, 0.99) / 1e6;
    return run;
}

// ---------------------------------------------------------------------------
// The pgbench side: the same SQL functions, the same shapes, called directly.

// `base + idx` when the ids are consecutive, else a CASE over idx.
QString idExpression(const QList<int> &ids, const QString &idx)
{
    bool consecutive = true;
    for (qsizetype i = 1; i < ids.size(); ++i)
        consecutive = consecutive && ids.at(i) == ids.at(0) + int(i);
    if (consecutive)
        return QStringLiteral("%1 + %2").arg(ids.at(0)).arg(idx);
    QString e = QStringLiteral("CASE");
    for (qsizetype i = 0; i + 1 < ids.size(); ++i)
        e += QStringLiteral(" WHEN %1 = %2 THEN %3").arg(idx).arg(i).arg(ids.at(i));
    e += QStringLiteral(" ELSE %1 END").arg(ids.last());
    return e;
}

QString pgbenchScript(Workload workload, const ShowSet &set, const QList<int> &pgbenchTerminals)
{
    const SeatRange r = workload == Workload::Sells ? set.ticketSeats : set.venueSeats;
    QString s;
    if (set.shows.size() == 1) {
        s += QStringLiteral("\\set show %1\n").arg(set.shows.first());
    } else {
        s += QStringLiteral("\\set k random(0, %1)\n").arg(set.shows.size() - 1);
        s += QStringLiteral("\\set show %1\n").arg(idExpression(set.shows, QStringLiteral(":k")));
    }
    s += QStringLiteral("\\set s1 random(%1, %2)\n").arg(r.lo).arg(r.hi);
    s += QStringLiteral("\\set s2 %1 + (:s1 - %1 + random(1, %2)) % %3\n")
             .arg(r.lo)
             .arg(r.hi - r.lo)
             .arg(r.hi - r.lo + 1);
    // One terminal per pgbench client, as one per C++ counter.
    s += QStringLiteral("\\set term %1\n").arg(idExpression(pgbenchTerminals, QStringLiteral(":client_id")));
    if (workload == Workload::Sells) {
        s += QStringLiteral(
            "SELECT boxoffice.sell(jsonb_build_object('idempotency_key', gen_random_uuid(),"
            " 'request_hash', 'bench', 'show_id', :show::int, 'seat_ids', jsonb_build_array(:s1::int, :s2::int),"
            " 'ticket_type', '%1', 'terminal_id', :term::int, 'payment_method', 'cash',"
            " 'pending_minutes', 0, 'confirm_similar', false));\n")
                 .arg(kTicketType);
    } else {
        s += QStringLiteral(
            "SELECT boxoffice.hold_seats(jsonb_build_object('show_id', :show::int,"
            " 'seat_ids', jsonb_build_array(:s1::int, :s2::int), 'terminal_id', :term::int, 'minutes', 5));\n");
        s += QStringLiteral("SELECT boxoffice.release_seats(jsonb_build_object('show_id', :show::int,"
                            " 'seat_ids', jsonb_build_array(:s1::int, :s2::int), 'terminal_id', :term::int));\n");
    }
    return s;
}

struct PgbenchRun
{
    RunResult result;
    QString statementLatencies; // from -r
};

double numberAfter(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() : std::nan("");
}

PgbenchRun runPgbench(const QString &pgbench, const ConnectionConfig &config, const QString &workDir,
    const QString &scriptText, int clients, int seconds, double ratePerClient)
{
    PgbenchRun run;
    static int serial = 0;
    const QString dir = QStringLiteral("%1/run-%2").arg(workDir).arg(++serial);
    QDir().mkpath(dir);
    const QString script = dir + QStringLiteral("/script.sql");
    {
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(scriptText.toUtf8()) < 0)
            die(QStringLiteral("cannot write ") + script);
    }
    ConnectionConfig c = config;
    c.set(QStringLiteral("application_name"), QStringLiteral("bench-pgbench"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString password = c.value(QStringLiteral("password"));
    if (!password.isEmpty()) {
        env.insert(QStringLiteral("PGPASSWORD"), password); // not on the command line
        c.set(QStringLiteral("password"), QString());
    }
    QString conninfo = c.toConnInfo();
    conninfo.replace(QRegularExpression(QStringLiteral("password=''\\s*")), QString());
    QStringList args {QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("prepared"), QStringLiteral("-c"),
        QString::number(clients), QStringLiteral("-j"), QString::number(clients), QStringLiteral("-T"),
        QString::number(seconds), QStringLiteral("-r"), QStringLiteral("-l"),
        QStringLiteral("--log-prefix=") + dir + QStringLiteral("/tx"), QStringLiteral("-f"), script, conninfo};
    if (ratePerClient > 0) // -R is the total rate of all clients
        args.insert(args.size() - 1, QStringLiteral("--rate=%1").arg(ratePerClient * clients, 0, 'f', 3));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(dir);
    p.start(pgbench, args);
    if (!p.waitForStarted(10000)) {
        run.result.note = QStringLiteral("cannot start %1").arg(pgbench);
        return run;
    }
    if (!p.waitForFinished((seconds + 120) * 1000)) {
        p.kill();
        p.waitForFinished(5000);
        run.result.note = QStringLiteral("pgbench did not finish");
        return run;
    }
    const QString output = QString::fromLocal8Bit(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        run.result.note = QStringLiteral("pgbench failed (%1): %2").arg(p.exitCode()).arg(output.trimmed().right(600));
        return run;
    }
    RunResult &r = run.result;
    r.ops = qint64(numberAfter(output, QStringLiteral("number of transactions actually processed: (\\d+)")));
    r.errors = qint64(numberAfter(output, QStringLiteral("number of failed transactions: (\\d+)")));
    if (r.errors < 0 || std::isnan(double(r.errors)))
        r.errors = 0;
    r.opsPerSec = numberAfter(output, QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)"));
    if (std::isnan(r.opsPerSec))
        r.opsPerSec = numberAfter(output, QStringLiteral("tps = ([0-9.]+)"));
    r.seconds = r.opsPerSec > 0 ? double(r.ops) / r.opsPerSec : 0;
    // Statement averages (-r): "   1.234   0  SELECT boxoffice.hold_seats(...)".
    QStringList statements;
    static const QRegularExpression stmt(
        QStringLiteral("^\\s*([0-9.]+)\\s+(?:[0-9]+\\s+)?(?:[0-9]+\\s+)?SELECT boxoffice\\.(\\w+)"),
        QRegularExpression::MultilineOption);
    for (auto it = stmt.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        statements << QStringLiteral("%1 %2 ms").arg(m.captured(2), m.captured(1));
    }
    run.statementLatencies = statements.join(QStringLiteral(", "));

    // Per-transaction log: "client_id tx_no latency_us script_no epoch_s epoch_us".
    std::vector<qint64> latencies;
    latencies.reserve(std::size_t(std::max<qint64>(r.ops, 0)) + 16);
    const QStringList logs = QDir(dir).entryList({QStringLiteral("tx.*")}, QDir::Files);
    for (const QString &name : logs) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QList<QByteArray> fields = f.readLine().simplified().split(' ');
            if (fields.size() < 3)
                continue;
            bool ok = false;
            const qint64 us = fields.at(2).toLongLong(&ok);
            if (ok)
                latencies.push_back(us);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    r.p50Ms = percentile(latencies, 0.50) / 1e3;
    r.p99Ms = percentile(latencies, 0.99) / 1e3;
    if (qint64(latencies.size()) != r.ops)
        r.note = QStringLiteral("log has %1 transactions, pgbench reported %2").arg(latencies.size()).arg(r.ops);
    r.valid = r.ops > 0 && r.opsPerSec > 0;
    if (!r.valid)
        r.note = QStringLiteral("unexpected pgbench output: ") + output.trimmed().right(600);
    return run;
}

// ---------------------------------------------------------------------------

QString readFirstLine(const QString &path, const QString &prefix)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // /proc files report size 0: read to the end rather than trusting atEnd().
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(line.indexOf(QLatin1Char(':')) + 1).trimmed();
    }
    return {};
}

// CPU seconds (user + system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    auto sec = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return sec(u.ru_utime) + sec(u.ru_stime);
}

// The machine is shared (other builds and test clusters may run): how much of
// its CPU went to processes that are not this benchmark's own (this process,
// its children such as pgbench, and the private cluster's postmaster with its
// backends) while a measurement ran.
class OtherLoadMeter
{
public:
    explicit OtherLoadMeter(QList<qint64> roots) : m_roots(std::move(roots)) { }

    void start()
    {
        m_busy = busyJiffies();
        m_own = ownJiffies();
        m_clock.start();
    }

    // Percent of all CPUs; NaN when it cannot be told.
    double percent() const
    {
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        const long hz = sysconf(_SC_CLK_TCK);
        const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        if (m_busy < 0 || seconds <= 0 || hz <= 0 || cpus <= 0)
            return std::nan("");
        const double other = double((busyJiffies() - m_busy) - (ownJiffies() - m_own));
        return std::max(0.0, 100.0 * other / (seconds * double(hz) * double(cpus)));
    }

private:
    // user + nice + system + irq + softirq + steal of all CPUs.
    static qint64 busyJiffies()
    {
        QFile f(QStringLiteral("/proc/stat"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> v = f.readLine().simplified().split(' ');
        if (v.size() < 9 || v.at(0) != "cpu")
            return -1;
        return v.at(1).toLongLong() + v.at(2).toLongLong() + v.at(3).toLongLong() + v.at(6).toLongLong()
            + v.at(7).toLongLong() + v.at(8).toLongLong();
    }

    // utime + stime + cutime + cstime of every process descending from a root
    // (a reaped child's time moves into its parent's cutime/cstime).
    qint64 ownJiffies() const
    {
        struct Proc
        {
            qint64 ppid = 0;
            qint64 jiffies = 0;
        };
        QHash<qint64, Proc> procs;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : pids) {
            bool isPid = false;
            const qint64 pid = name.toLongLong(&isPid);
            if (!isPid)
                continue;
            QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray stat = f.readAll();
            const qsizetype close = stat.lastIndexOf(')');
            if (close < 0)
                continue;
            const QList<QByteArray> rest = stat.mid(close + 2).simplified().split(' ');
            if (rest.size() < 15)
                continue;
            procs.insert(pid,
                Proc {rest.at(1).toLongLong(),
                    rest.at(11).toLongLong() + rest.at(12).toLongLong() + rest.at(13).toLongLong()
                        + rest.at(14).toLongLong()});
        }
        qint64 sum = 0;
        for (auto it = procs.cbegin(); it != procs.cend(); ++it) {
            qint64 pid = it.key();
            for (int depth = 0; depth < 32 && pid > 1; ++depth) {
                if (m_roots.contains(pid)) {
                    sum += it->jiffies;
                    break;
                }
                pid = procs.value(pid).ppid;
            }
        }
        return sum;
    }

    QList<qint64> m_roots;
    qint64 m_busy = -1;
    qint64 m_own = 0;
    QElapsedTimer m_clock;
};

qint64 postmasterPid(const QString &dataDir)
{
    QFile f(dataDir + QStringLiteral("/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readLine().trimmed().toLongLong();
}

QString fmt(double v, int decimals)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

QString pad(const QString &s, int width) // right-aligned
{
    return s.rightJustified(width);
}

struct Row
{
    Workload workload;
    ShowSetKind shows;
    int counters;
    double rate; // per counter; 0: back to back
    RunResult engine;
    RunResult pgbench;
    QString statementLatencies;

    // The larger of the two measurements' (NaN if neither was measured).
    double otherLoad() const
    {
        if (std::isnan(engine.otherLoad))
            return pgbench.otherLoad;
        if (std::isnan(pgbench.otherLoad))
            return engine.otherLoad;
        return std::max(engine.otherLoad, pgbench.otherLoad);
    }

    QString countersLabel() const
    {
        return rate > 0 ? QStringLiteral("%1@%2/s").arg(counters).arg(rate) : QString::number(counters);
    }
};

QList<int> parseCounters(const QString &text)
{
    QList<int> list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 500)
            die(QStringLiteral("bad --counters value: ") + part);
        list << n;
    }
    if (list.isEmpty())
        die(QStringLiteral("--counters is empty"));
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_engine"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sale engine throughput: sells/s and holds/s with p50/p99 latency through the C++ services, "
        "against pgbench calling the same SQL functions. Uses BOXOFFICE_DB if set, else a private cluster."));
    parser.addHelpOption();
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
        QStringLiteral("Seconds per measurement (default 5)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption quickOpt(QStringLiteral("quick"), QStringLiteral("1 second per measurement (smoke run)."));
    const QCommandLineOption countersOpt(QStringLiteral("counters"), QStringLiteral("Counter counts (default 1,8,32)."),
        QStringLiteral("list"), QStringLiteral("1,8,32"));
    const QCommandLineOption workloadsOpt(QStringLiteral("workloads"), QStringLiteral("sells,holds (default both)."),
        QStringLiteral("list"), QStringLiteral("sells,holds"));
    const QCommandLineOption showsOpt(QStringLiteral("shows"), QStringLiteral("hot,ten (default both)."),
        QStringLiteral("list"), QStringLiteral("hot,ten"));
    const QCommandLineOption noPgbenchOpt(QStringLiteral("no-pgbench"), QStringLiteral("Measure the C++ side only."));
    const QCommandLineOption pgbenchOpt(
        QStringLiteral("pgbench"), QStringLiteral("pgbench program to use."), QStringLiteral("path"));
    const QCommandLineOption fastOpt(QStringLiteral("fast-unsafe"),
        QStringLiteral("Private cluster with fsync, synchronous_commit and full_page_writes off."));
    const QCommandLineOption noVacuumOpt(
        QStringLiteral("no-vacuum"), QStringLiteral("Skip VACUUM ANALYZE after each reset."));
    const QCommandLineOption inPlaceOpt(
        QStringLiteral("in-place"), QStringLiteral("With BOXOFFICE_DB: use that database itself (ERASES its sales)."));
    const QCommandLineOption pacedOpt(QStringLiteral("paced-rate"),
        QStringLiteral("Also run the largest counter count with each counter at this many"
                       " calls/s (default 10, the engine's own rate limit; 0: off)."),
        QStringLiteral("per-second"), QStringLiteral("10"));
    const QCommandLineOption otherLoadOpt(QStringLiteral("max-other-load"),
        QStringLiteral("Repeat a measurement (up to --retries times) when other processes used more than this % of"
                       " the machine's CPU during it (default 10; private cluster only)."),
        QStringLiteral("percent"), QStringLiteral("10"));
    const QCommandLineOption retriesOpt(QStringLiteral("retries"),
        QStringLiteral("Repeats allowed per measurement for --max-other-load (default 1)."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption scriptsOpt(QStringLiteral("print-scripts"), QStringLiteral("Print the pgbench scripts."));
    parser.addOptions({secondsOpt, quickOpt, countersOpt, workloadsOpt, showsOpt, noPgbenchOpt, pgbenchOpt, fastOpt,
        noVacuumOpt, inPlaceOpt, pacedOpt, otherLoadOpt, retriesOpt, scriptsOpt});
    parser.process(app);

    bool secondsOk = false;
    int seconds = parser.value(secondsOpt).toInt(&secondsOk);
    if (!secondsOk || seconds < 1)
        die(QStringLiteral("--seconds takes a whole number of seconds >= 1 (pgbench -T is in whole seconds)"));
    if (parser.isSet(quickOpt))
        seconds = 1;
    const QList<int> counterList = parseCounters(parser.value(countersOpt));
    QList<Workload> workloads;
    for (const QString &w : parser.value(workloadsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (w == QLatin1String("sells"))
            workloads << Workload::Sells;
        else if (w == QLatin1String("holds"))
            workloads << Workload::Holds;
        else
            die(QStringLiteral("unknown workload: ") + w);
    }
    QList<ShowSetKind> showKinds;
    for (const QString &s : parser.value(showsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (s == QLatin1String("hot"))
            showKinds << ShowSetKind::Hot;
        else if (s == QLatin1String("ten"))
            showKinds << ShowSetKind::Ten;
        else
            die(QStringLiteral("unknown show set: ") + s);
    }
    bool pacedOk = false;
    const double pacedRate = parser.value(pacedOpt).toDouble(&pacedOk);
    if (!pacedOk || pacedRate < 0 || pacedRate > 10000)
        die(QStringLiteral("bad --paced-rate value"));
    bool otherOk = false;
    const double maxOtherLoad = parser.value(otherLoadOpt).toDouble(&otherOk);
    bool retriesOk = false;
    const int retries = parser.value(retriesOpt).toInt(&retriesOk);
    if (!otherOk || maxOtherLoad < 0 || !retriesOk || retries < 0 || retries > 10)
        die(QStringLiteral("bad --max-other-load or --retries value"));
    const bool withPgbench = !parser.isSet(noPgbenchOpt);
    const bool vacuum = !parser.isSet(noVacuumOpt);
    const int maxCounters = *std::max_element(counterList.begin(), counterList.end());

    QString pgbench = parser.value(pgbenchOpt);
    if (withPgbench && pgbench.isEmpty()) {
        const QString bin = EmbeddedPostgres::findBinDir();
        pgbench = !bin.isEmpty() && QFileInfo(bin + QStringLiteral("/pgbench")).isExecutable()
            ? bin + QStringLiteral("/pgbench")
            : QStandardPaths::findExecutable(QStringLiteral("pgbench"));
        if (pgbench.isEmpty())
            die(QStringLiteral("pgbench not found (install postgresql-contrib / the server package, or --pgbench PATH,"
                               " or --no-pgbench)"));
    }

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    // --- the database -------------------------------------------------------
    QElapsedTimer setupTimer;
    setupTimer.start();
    std::unique_ptr<QTemporaryDir> tempDir;
    std::unique_ptr<EmbeddedPostgres> server;
    ConnectionConfig config;
    ConnectionConfig adminConfig;
    QString ownDatabase;
    QString databaseNote;
    const QString shared = qEnvironmentVariable("BOXOFFICE_DB");
    if (!shared.isEmpty()) {
        Result<ConnectionConfig> parsed = ConnectionConfig::parse(shared);
        if (!parsed)
            die(QStringLiteral("BOXOFFICE_DB is not a valid connection string: ") + parsed.error().detail);
        config = parsed.value();
        adminConfig = config;
        if (parser.isSet(inPlaceOpt)) {
            databaseNote = QStringLiteral("BOXOFFICE_DB (%1), in place").arg(config.describe());
        } else {
            ownDatabase = QStringLiteral("boxoffice_bench_%1").arg(QCoreApplication::applicationPid());
            QString error;
            if (!adminExec(adminConfig, QStringLiteral("CREATE DATABASE %1").arg(ownDatabase), &error))
                die(QStringLiteral("cannot create a database on BOXOFFICE_DB (needs CREATEDB; or --in-place to use the"
                                   " given database, which erases its sales): ")
                    + error);
            config.set(QStringLiteral("dbname"), ownDatabase);
            databaseNote
                = QStringLiteral("BOXOFFICE_DB server, fresh database %1 (%2)").arg(ownDatabase, config.describe());
        }
    } else {
        // Short path: the socket lives in the data folder (107-byte limit).
        tempDir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/bxb-XXXXXX"));
        if (!tempDir->isValid())
            die(QStringLiteral("no temporary folder"));
        // The server may run as `postgres` (we may be root): let it in.
        QFile::setPermissions(tempDir->path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        EmbeddedPostgres::Options options;
        options.dataDir = tempDir->path() + QStringLiteral("/pg");
        options.fastUnsafe = parser.isSet(fastOpt);
        options.maxConnections = std::max(200, 2 * maxCounters + 20);
        server = std::make_unique<EmbeddedPostgres>(options);
        g_server = server.get();
        g_tempDir = tempDir->path();
        Result<ConnectionConfig> started = server->start();
        if (!started)
            die(started.error().message + QLatin1Char(' ') + started.error().detail);
        config = started.value();
        databaseNote = QStringLiteral("private cluster in %1 (fastUnsafe=%2, max_connections=%3)")
                           .arg(options.dataDir, options.fastUnsafe ? QStringLiteral("true") : QStringLiteral("false"))
                           .arg(options.maxConnections);
    }

    int exitCode = 0;
    {
        Database db(config, QStringLiteral("bench"));
        Admin admin(db);
        Result<QList<int>> migrated = Migrator::migrate(db);
        if (!migrated)
            die(QStringLiteral("migration failed: ") + migrated.error().detail);
        Result<bool> seeded = Migrator::seedDemo(db, true);
        if (!seeded)
            die(QStringLiteral("seeding failed: ") + seeded.error().detail);
        // A database seeded before (in place) may lack the big arena.
        if (admin.scalar(QStringLiteral("SELECT count(*) FROM boxoffice.venue WHERE name = 'Generated Arena 100k'"))
                .toInt()
            == 0) {
            admin.exec(QStringLiteral(
                "DO $$ DECLARE v integer; t jsonb := '[{\"ticket_type\": \"RINGSIDE\", \"name\": \"Ringside\", "
                "\"price\": 2500, \"color\": \"#c62828\", \"rows\": 4},"
                "{\"ticket_type\": \"CLASS2\", \"name\": \"Class 2\", \"price\": 1800, \"color\": \"#1565c0\", "
                "\"rows\": 8},"
                "{\"ticket_type\": \"CLASS3\", \"name\": \"Class 3\", \"price\": 1500, \"color\": \"#2e7d32\", "
                "\"rows\": 9}]';"
                " BEGIN v := boxoffice.generate_venue('Generated Arena 100k', 100000, t);"
                " PERFORM boxoffice.create_show(v, 'Arena 100k Benchmark Night', now() + interval '1 day');"
                " UPDATE boxoffice.venue SET is_test = true WHERE name LIKE 'Generated Arena %'; END $$"));
        }
        admin.exec(QStringLiteral("UPDATE boxoffice.show SET sales_state = 'on_sale' WHERE sales_state <> 'on_sale'"));
        // Throughput of the sale itself: cash needs no open shift at the
        // benchmark's counters (the venue's rule off, as in bench_mixedsale).
        admin.exec(QStringLiteral("UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false"));

        // The shows.
        QList<ShowSet> sets;
        for (ShowSetKind kind : showKinds) {
            ShowSet set;
            set.kind = kind;
            const QString sql = kind == ShowSetKind::Hot
                ? QStringLiteral("SELECT s.id FROM boxoffice.show s JOIN boxoffice.venue v ON v.id = s.venue_id"
                                 " WHERE v.name = 'Generated Arena 100k' ORDER BY s.id LIMIT 1")
                : QStringLiteral("SELECT s.id FROM boxoffice.show s JOIN boxoffice.venue v ON v.id = s.venue_id"
                                 " WHERE v.name = 'Rajadamnern Demo Stadium' ORDER BY s.starts_at, s.id LIMIT 10");
            for (const QVariantList &row : admin.rows(sql))
                set.shows << row.first().toInt();
            const int wanted = kind == ShowSetKind::Hot ? 1 : 10;
            if (set.shows.size() != wanted)
                die(QStringLiteral("expected %1 %2 show(s), found %3")
                        .arg(wanted)
                        .arg(showSetName(kind))
                        .arg(set.shows.size()));
            set.venueSeats = seatRange(admin, set.shows.first(), QString());
            set.ticketSeats = seatRange(admin, set.shows.first(), kTicketType);
            sets << set;
        }

        // The seed has just written ~160,000 seat rows: let VACUUM set hint bits and the visibility map,
        // and ANALYZE give the planner statistics, now rather than under the first measurements
        // (autovacuum would do it there).
        admin.exec(QStringLiteral("VACUUM ANALYZE"));

        // pgbench's terminals, one per client.
        QList<int> pgbenchTerminals;
        for (int i = 1; i <= maxCounters; ++i)
            pgbenchTerminals << admin
                                    .scalar(QStringLiteral("SELECT boxoffice.register_terminal(?)"),
                                        {QStringLiteral("pgbench-%1").arg(i)})
                                    .toInt();

        // --- machine and server ---------------------------------------------
        const QString pgVersion = admin.scalar(QStringLiteral("SELECT version()")).toString();
        auto setting = [&admin](const char *name) {
            return admin.scalar(QStringLiteral("SELECT current_setting(?)"), {QString::fromLatin1(name)}).toString();
        };
        QString pgbenchVersion = QStringLiteral("-");
        if (withPgbench) {
            QProcess v;
            v.start(pgbench, {QStringLiteral("--version")});
            if (v.waitForFinished(10000))
                pgbenchVersion = QString::fromLocal8Bit(v.readAll()).trimmed();
        }
        const long nproc = sysconf(_SC_NPROCESSORS_ONLN);
        out(QStringLiteral("== bench_engine: sale engine throughput (issue 2) =="));
        out(QStringLiteral("date          %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
        out(QStringLiteral("machine       %1 cores (nproc), %2, %3 MB RAM, %4 %5")
                .arg(nproc)
                .arg(readFirstLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")))
                .arg(readFirstLine(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))
                         .remove(QStringLiteral(" kB"))
                         .toLongLong()
                    / 1024)
                .arg(QSysInfo::kernelType(), QSysInfo::kernelVersion()));
        out(QStringLiteral("server        %1").arg(pgVersion));
        out(QStringLiteral("settings      fsync=%1 synchronous_commit=%2 shared_buffers=%3 max_connections=%4")
                .arg(setting("fsync"), setting("synchronous_commit"), setting("shared_buffers"),
                    setting("max_connections")));
        out(QStringLiteral("database      %1").arg(databaseNote));
        out(QStringLiteral("client        Qt %1 QPSQL, build %2; %3")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(BENCH_BUILD_TYPE), pgbenchVersion));
        out(QStringLiteral("run           %1 s per measurement, counters %2, reset%3 + CHECKPOINT before each"
                           " measurement; setup took %4 s")
                .arg(seconds)
                .arg(parser.value(countersOpt))
                .arg(vacuum ? QStringLiteral(" + VACUUM ANALYZE") : QString())
                .arg(double(setupTimer.elapsed()) / 1000.0, 0, 'f', 1));
        for (const ShowSet &set : sets) {
            QStringList ids;
            for (int id : set.shows)
                ids << QString::number(id);
            out(QStringLiteral("shows %1     ids %2; holds pick 2 of seat ids %3..%4 (whole venue), sells 2 %5 seats"
                               " %6..%7")
                    .arg(showSetName(set.kind), ids.join(QLatin1Char(',')))
                    .arg(set.venueSeats.lo)
                    .arg(set.venueSeats.hi)
                    .arg(kTicketType)
                    .arg(set.ticketSeats.lo)
                    .arg(set.ticketSeats.hi));
        }
        if (parser.isSet(scriptsOpt) && withPgbench) {
            for (Workload w : workloads) {
                for (const ShowSet &set : sets) {
                    out(QStringLiteral("-- pgbench script: %1 on %2 show(s)")
                            .arg(workloadName(w), showSetName(set.kind)));
                    out(pgbenchScript(w, set, pgbenchTerminals.mid(0, maxCounters)).trimmed());
                }
            }
        }
        out(QString());

        // --- the measurements -------------------------------------------------
        // Flat out (every counter calls back to back) for every counter count;
        // then paced at the largest count, each counter at --paced-rate.
        struct Plan
        {
            Workload workload;
            ShowSetKind shows;
            int counters;
            double rate;
        };
        QList<Plan> plans;
        for (Workload workload : workloads) {
            for (const ShowSet &set : sets) {
                for (int counters : counterList)
                    plans << Plan {workload, set.kind, counters, 0.0};
            }
        }
        if (pacedRate > 0) {
            for (Workload workload : workloads) {
                for (const ShowSet &set : sets)
                    plans << Plan {workload, set.kind, maxCounters, pacedRate};
            }
        }
        auto findSet = [&sets](ShowSetKind kind) -> const ShowSet & {
            return *std::find_if(sets.cbegin(), sets.cend(), [kind](const ShowSet &x) { return x.kind == kind; });
        };

        QTemporaryDir pgbenchDir(QStringLiteral("/tmp/bxp-XXXXXX"));
        // Our own processes, for the other-load figure: this one (and its
        // children, pgbench among them) and the private cluster.
        const bool localServer = bool(server);
        QList<qint64> ownProcesses {qint64(QCoreApplication::applicationPid())};
        if (server)
            ownProcesses << postmasterPid(server->options().dataDir);
        // Warm-up, not counted: the first measurement on freshly vacuumed
        // tables came out ~15% faster than the same measurement repeated
        // after a reset (the reset moves the touched rows), so every
        // workload runs once first and all measurements start alike.
        for (Workload workload : workloads) {
            for (const ShowSet &set : sets) {
                if (g_stop.load())
                    break;
                resetSales(admin, false);
                const RunResult warm = runEngine(db, workload, set, maxCounters, std::min(seconds, 2), 0.0);
                out(QStringLiteral("  warm-up %1 %2 %3: %4 ops/s, not counted")
                        .arg(workloadName(workload), showSetName(set.kind))
                        .arg(maxCounters)
                        .arg(fmt(warm.opsPerSec, 1)));
            }
        }

        QList<Row> rows;
        for (const Plan &plan : plans) {
            if (g_stop.load())
                break;
            const ShowSet &set = findSet(plan.shows);
            const QString label
                = QStringLiteral("%1 %2 %3")
                      .arg(workloadName(plan.workload), showSetName(plan.shows),
                          Row {plan.workload, plan.shows, plan.counters, plan.rate, {}, {}, {}}.countersLabel());
            std::optional<Row> kept;
            for (int attempt = 0; attempt <= retries && !g_stop.load(); ++attempt) {
                Row row {plan.workload, plan.shows, plan.counters, plan.rate, {}, {}, {}};
                resetSales(admin, vacuum);
                OtherLoadMeter meter(ownProcesses);
                meter.start();
                const double cpuBefore = cpuSeconds(RUSAGE_SELF);
                row.engine = runEngine(db, plan.workload, set, plan.counters, seconds, plan.rate);
                if (row.engine.ops > 0)
                    row.engine.clientCpuUs = (cpuSeconds(RUSAGE_SELF) - cpuBefore) * 1e6 / double(row.engine.ops);
                if (localServer)
                    row.engine.otherLoad = meter.percent();
                if (plan.workload == Workload::Sells && row.engine.valid) {
                    const qint64 orders
                        = admin.scalar(QStringLiteral("SELECT count(*) FROM boxoffice.orders")).toLongLong();
                    if (orders != row.engine.successes)
                        row.engine.note = QStringLiteral("%1 sells reported, %2 orders in the database")
                                              .arg(row.engine.successes)
                                              .arg(orders);
                }
                QString line = QStringLiteral("  %1: C++ %2 ops/s (%3 calls, %4 ok, %5 conflicts, %6 errors, p50 %7 ms,"
                                              " p99 %8 ms")
                                   .arg(label, fmt(row.engine.opsPerSec, 1))
                                   .arg(row.engine.ops)
                                   .arg(row.engine.successes)
                                   .arg(row.engine.conflicts)
                                   .arg(row.engine.errors)
                                   .arg(fmt(row.engine.p50Ms, 2), fmt(row.engine.p99Ms, 2));
                if (plan.workload == Workload::Holds)
                    line += QStringLiteral("; hold+release p50 %1 ms, p99 %2 ms")
                                .arg(fmt(row.engine.pairP50Ms, 2), fmt(row.engine.pairP99Ms, 2));
                line += QStringLiteral("; client CPU %1 us/call; other load %2%)")
                            .arg(fmt(row.engine.clientCpuUs, 0), fmt(row.engine.otherLoad, 0));
                out(line);
                if (!row.engine.firstError.isEmpty())
                    out(QStringLiteral("    first error: ") + row.engine.firstError);
                if (!row.engine.note.isEmpty())
                    out(QStringLiteral("    note: ") + row.engine.note);

                if (withPgbench && !g_stop.load()) {
                    resetSales(admin, vacuum);
                    const QString script = pgbenchScript(plan.workload, set, pgbenchTerminals.mid(0, plan.counters));
                    meter.start();
                    const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
                    PgbenchRun pg
                        = runPgbench(pgbench, config, pgbenchDir.path(), script, plan.counters, seconds, plan.rate);
                    row.pgbench = pg.result;
                    if (row.pgbench.ops > 0)
                        row.pgbench.clientCpuUs
                            = (cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore) * 1e6 / double(row.pgbench.ops);
                    if (localServer)
                        row.pgbench.otherLoad = meter.percent();
                    row.statementLatencies = pg.statementLatencies;
                    if (plan.workload == Workload::Sells && row.pgbench.valid) {
                        const qint64 orders
                            = admin.scalar(QStringLiteral("SELECT count(*) FROM boxoffice.orders")).toLongLong();
                        row.pgbench.successes = orders;
                        row.pgbench.conflicts = row.pgbench.ops - orders; // refusals of any kind
                    }
                    out(QStringLiteral("  %1: pgbench %2 tps (%3 tx, p50 %4 ms, p99 %5 ms%6; statement averages: %7;"
                                       " client CPU %8 us/tx; other load %9%)")
                            .arg(label, fmt(row.pgbench.opsPerSec, 1))
                            .arg(row.pgbench.ops)
                            .arg(fmt(row.pgbench.p50Ms, 2), fmt(row.pgbench.p99Ms, 2),
                                plan.workload == Workload::Sells ? QStringLiteral(", %1 sold, %2 refused")
                                                                       .arg(row.pgbench.successes)
                                                                       .arg(row.pgbench.conflicts)
                                                                 : QString(),
                                pg.statementLatencies.isEmpty() ? QStringLiteral("-") : pg.statementLatencies,
                                fmt(row.pgbench.clientCpuUs, 0), fmt(row.pgbench.otherLoad, 0)));
                    if (!row.pgbench.note.isEmpty())
                        out(QStringLiteral("    note: ") + row.pgbench.note);
                }
                if (!kept || row.otherLoad() < kept->otherLoad())
                    kept = row;
                if (!localServer || std::isnan(row.otherLoad()) || row.otherLoad() <= maxOtherLoad)
                    break;
                if (attempt < retries)
                    out(QStringLiteral("    other processes used %1% of the CPU (> %2%): measuring again")
                            .arg(fmt(row.otherLoad(), 0))
                            .arg(maxOtherLoad));
            }
            if (!kept)
                break;
            const Row row = *kept;
            rows << row;
        }
        resetSales(admin, false);

        // --- the table ----------------------------------------------------------
        out(QString());
        out(QStringLiteral("workload shows counters |  C++ ops/s  p50 ms  p99 ms conflicts errors | pgbench ops/s"
                           "  p50 ms  p99 ms conflicts | C++/pgbench | other%"));
        out(QStringLiteral("------------------------+-------------------------------------------------+"
                           "-----------------------------------------+-------------+-------"));
        for (const Row &r : rows) {
            const bool pgOk = r.pgbench.valid;
            const double ratio = pgOk && r.engine.valid ? r.engine.opsPerSec / r.pgbench.opsPerSec : std::nan("");
            out(QStringLiteral("%1 %2 %3 | %4 %5 %6 %7 %8 | %9 %10 %11 %12 | %13 | %14")
                    .arg(workloadName(r.workload).leftJustified(8), showSetName(r.shows).leftJustified(5),
                        pad(r.countersLabel(), 8), pad(fmt(r.engine.opsPerSec, 1), 10), pad(fmt(r.engine.p50Ms, 2), 7),
                        pad(fmt(r.engine.p99Ms, 2), 7), pad(QString::number(r.engine.conflicts), 9),
                        pad(QString::number(r.engine.errors), 6),
                        pad(pgOk ? fmt(r.pgbench.opsPerSec, 1) : QStringLiteral("-"), 13))
                    .arg(pad(pgOk ? fmt(r.pgbench.p50Ms, 2) : QStringLiteral("-"), 7),
                        pad(pgOk ? fmt(r.pgbench.p99Ms, 2) : QStringLiteral("-"), 7),
                        pad(pgOk && r.workload == Workload::Sells ? QString::number(r.pgbench.conflicts)
                                                                  : QStringLiteral("-"),
                            9),
                        pad(fmt(ratio, 2), 11), pad(fmt(r.otherLoad(), 0), 6)));
        }
        out(QString());
        out(QStringLiteral(
            "counters: N = N counters calling back to back (saturation); N@R/s = N counters each at R calls/s"
            " (Poisson, pgbench -R; latency counted from the scheduled start)."));
        out(QStringLiteral("other%: CPU used by processes outside this benchmark during the measurement (the larger of"
                           " C++ and pgbench), % of the whole machine."));
        out(QStringLiteral(
            "ops/s: sells = sell calls (sold + refused); holds = hold calls, each followed by a release when"
            " it succeeded."));
        out(QStringLiteral(
            "C++ latency: the one engine call (sell, or hold). pgbench latency: the whole script (sells: the"
            " sell; holds: hold + release)."));
        out(QStringLiteral(
            "conflicts: refused because a seat was already sold (earlier sales of the run included) or held or locked"
            " by another counter (pgbench: transactions that sold nothing)."));

        // --- against the targets -------------------------------------------------
        out(QString());
        out(QStringLiteral("targets at %1 counters: C++ >= 0.8 x pgbench ops/s, C++ p99 <= 25 ms").arg(maxCounters));
        for (const Row &r : rows) {
            if (r.counters != maxCounters)
                continue;
            const bool ratioKnown = r.pgbench.valid && r.engine.valid;
            const double ratio = ratioKnown ? r.engine.opsPerSec / r.pgbench.opsPerSec : std::nan("");
            const bool ratioOk = ratioKnown && ratio >= 0.8;
            const bool p99Ok = r.engine.valid && r.engine.p99Ms <= 25.0;
            out(QStringLiteral("  %1 %2 %3: ratio %4 %5, p99 %6 ms %7")
                    .arg(workloadName(r.workload), showSetName(r.shows), r.countersLabel(), fmt(ratio, 2),
                        ratioKnown ? (ratioOk ? QStringLiteral("MET") : QStringLiteral("MISSED"))
                                   : QStringLiteral("n/a"),
                        fmt(r.engine.p99Ms, 2), p99Ok ? QStringLiteral("MET") : QStringLiteral("MISSED")));
        }
        if (g_stop.load()) {
            out(QStringLiteral("interrupted"));
            exitCode = 130;
        }
    } // db closes here

    if (!ownDatabase.isEmpty()) {
        QString error;
        if (!adminExec(adminConfig, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(ownDatabase), &error))
            std::fprintf(stderr, "bench_engine: could not drop %s: %s\n", qPrintable(ownDatabase), qPrintable(error));
    }
    if (server) {
        g_server = nullptr;
        Result<Done> stopped = server->stop();
        if (!stopped)
            std::fprintf(stderr, "bench_engine: could not stop the cluster: %s\n", qPrintable(stopped.error().detail));
    }
    return exitCode;
}
