// Admission at the doors (issue 13): ten gates scan a sold-out 20,000-seat
// show at once, each scan one admit_ticket transaction on the gate's own
// login. Printed: verdicts per second, p50/p99/max verdict latency, their
// ratio to a baseline measured in the same run (a bare round trip, SELECT 1,
// on the same gate connections, all gates at once: what the machine and
// the connection cost before any admission work), and the checks that matter — every ticket admitted exactly once,
// every second scan of a ticket ALREADY_ADMITTED, every forged code UNKNOWN.
//
//   build/bench/bench_gate [--gates 10] [--rescans 2000] [--forged 1000]
//
// Each gate scans its share of the 20,000 tickets (in a shuffled order),
// then `rescans` codes already admitted at other gates and `forged` random
// codes, spread over the gates. BOXOFFICE_DB=<conninfo> runs against that
// database instead of a private throw-away cluster (benchcluster.h); it must
// be a scratch one: its sales are wiped.
#include "admin/staffdirectory.h"
#include "benchcluster.h"
#include "db/database.h"
#include "db/migrator.h"
#include "gate/gate.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace boxoffice;

namespace {

bool exec(Database &db, const QString &sql)
{
    Result<QSqlDatabase> conn = db.connection();
    if (!conn)
        return false;
    QSqlQuery q(conn.value());
    // Many statements: the driver reports the first result, so walk the
    // others for the error of a later one.
    bool ok = q.exec(sql);
    while (ok && q.nextResult()) { }
    if (ok && !q.lastError().isValid())
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

double percentile(std::vector<qint64> &v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = std::min(v.size() - 1, size_t(p * double(v.size())));
    return double(v.at(i)) / 1e6;
}

QString forgedCode()
{
    static const QLatin1String alphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    QString code;
    for (int i = 0; i < 26; ++i)
        code += QChar(alphabet.at(int(QRandomGenerator::global()->bounded(32))));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption gatesOption(
        QStringLiteral("gates"), QStringLiteral("Gates scanning at once."), QStringLiteral("n"), QStringLiteral("10"));
    QCommandLineOption rescansOption(QStringLiteral("rescans"), QStringLiteral("Second scans of admitted tickets."),
        QStringLiteral("n"), QStringLiteral("2000"));
    QCommandLineOption forgedOption(
        QStringLiteral("forged"), QStringLiteral("Forged codes scanned."), QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOption(gatesOption);
    parser.addOption(rescansOption);
    parser.addOption(forgedOption);
    parser.addHelpOption();
    parser.process(app);
    const int gates = std::clamp(parser.value(gatesOption).toInt(), 1, 64);
    const int rescans = std::max(0, parser.value(rescansOption).toInt());
    const int forged = std::max(0, parser.value(forgedOption).toInt());

    bench::BenchCluster cluster;
    if (!cluster.start(QStringLiteral("/tmp/bxg-XXXXXX")))
        return 1;
    Database db(cluster.config(), QStringLiteral("bench"));
    if (!Migrator::migrate(db) || !Migrator::seedDemo(db, true)) {
        std::fprintf(stderr, "cannot prepare the database\n");
        return 1;
    }
    // The 20,000-seat arena's show, sold out as one paid order (the trigger
    // gives every seat its ticket), doors open.
    QElapsedTimer setup;
    setup.start();
    if (!exec(db,
            QStringLiteral(
                "UPDATE boxoffice.show_seat SET state = 'available', held_by = NULL, held_until = NULL,"
                " hold_token = NULL, order_id = NULL WHERE state <> 'available' OR order_id IS NOT NULL;"
                "TRUNCATE boxoffice.order_seat, boxoffice.payment, boxoffice.audit_log, boxoffice.ticket,"
                " boxoffice.ticket_secret, boxoffice.admission, boxoffice.admission_scan, "
                "boxoffice.admission_duplicate;"
                "DELETE FROM boxoffice.orders;"
                "CREATE TEMP TABLE bench_show AS SELECT sh.id FROM boxoffice.show sh"
                " JOIN boxoffice.venue v ON v.id = sh.venue_id WHERE v.name = 'Generated Arena 20k';"
                "UPDATE boxoffice.show SET starts_at = now() + interval '1 hour', doors_at = now() - interval '1 "
                "minute',"
                " sales_state = 'on_sale' WHERE id = (SELECT id FROM bench_show);"
                "INSERT INTO boxoffice.orders (idempotency_key, request_hash, show_id, terminal_id, ticket_type, "
                "status,"
                " payment_method, total, paid_at)"
                " SELECT gen_random_uuid(), 'bench', id, boxoffice.register_terminal('bench-gate'), 'X', 'paid', "
                "'cash',"
                " 0, now() FROM bench_show;"
                "INSERT INTO boxoffice.order_seat (order_id, show_id, seat_id, price)"
                " SELECT o.id, ss.show_id, ss.seat_id, 0 FROM boxoffice.orders o"
                " JOIN boxoffice.show_seat ss ON ss.show_id = o.show_id;"
                "UPDATE boxoffice.show_seat ss SET state = 'sold', order_id = o.id FROM boxoffice.orders o"
                " WHERE ss.show_id = o.show_id;"
                "INSERT INTO boxoffice.staff (username, display_name, role) VALUES ('benchgate', 'Bench Gate', 'gate')"
                " ON CONFLICT (username) DO NOTHING"))
        || !exec(db, QStringLiteral("VACUUM ANALYZE"))) {
        return 1;
    }
    if (const Result<Done> login
        = StaffDirectory::setPassword(db, QStringLiteral("benchgate"), QStringLiteral("bench-gate-1"));
        !login) {
        std::fprintf(stderr, "cannot make the gate login: %s %s\n", qPrintable(login.error().message),
            qPrintable(login.error().detail));
        return 1;
    }
    int show = 0;
    QStringList codes;
    const Result<Done> read
        = db.query(QStringLiteral("SELECT t.show_id, s.code FROM boxoffice.ticket t JOIN boxoffice.ticket_secret s"
                                  " ON s.ticket_id = t.id ORDER BY t.id"),
            {}, [&](QSqlQuery &q) -> Result<Done> {
                while (q.next()) {
                    show = q.value(0).toInt();
                    codes << q.value(1).toString();
                }
                return Done {};
            });
    if (!read || codes.size() != 20000) {
        std::fprintf(stderr, "expected 20,000 tickets, have %lld\n", qlonglong(codes.size()));
        return 1;
    }
    const double setupSeconds = double(setup.elapsed()) / 1000.0;
    std::shuffle(codes.begin(), codes.end(), std::mt19937(42));

    // What each gate scans: its share, then codes of other gates' shares
    // (already admitted by then) and forged ones.
    std::vector<QStringList> work(static_cast<size_t>(gates));
    for (qsizetype i = 0; i < codes.size(); ++i)
        work[size_t(i % gates)] << codes.at(i);
    for (int i = 0; i < rescans; ++i)
        work[size_t(i % gates)] << codes.at((i * 7919 + 1) % codes.size());
    for (int i = 0; i < forged; ++i)
        work[size_t(i % gates)] << forgedCode();

    ConnectionConfig login = cluster.config();
    login.set(QStringLiteral("user"), QStringLiteral("benchgate"));
    login.set(QStringLiteral("password"), QStringLiteral("bench-gate-1"));
    Database gateDb(login, QStringLiteral("gates"), gates);
    std::mutex mutex;
    std::vector<qint64> latencies;
    std::vector<qint64> firstLatencies;
    std::vector<qint64> baseline;
    constexpr int BaselineTrips = 500; // per gate
    std::atomic<int> valid {0};
    std::atomic<int> already {0};
    std::atomic<int> unknown {0};
    std::atomic<int> other {0};
    std::atomic<int> errors {0};
    std::atomic<int> ready {0};
    std::vector<std::thread> threads;
    threads.reserve(static_cast<size_t>(gates));
    QElapsedTimer wall;
    for (int g = 0; g < gates; ++g) {
        threads.emplace_back([&, g] {
            const QString gate = QStringLiteral("Gate %1").arg(g + 1);
            // Connected before the clock starts.
            if (!gateDb.ping())
                ++errors;
            ++ready;
            while (ready.load() < gates)
                std::this_thread::yield();
            // The baseline: round trips only, every gate at once.
            std::vector<qint64> trips;
            trips.reserve(BaselineTrips);
            QElapsedTimer trip;
            for (int i = 0; i < BaselineTrips; ++i) {
                trip.start();
                if (!gateDb.query(QStringLiteral("SELECT 1"), {}, [](QSqlQuery &q) -> Result<Done> {
                        q.next();
                        return Done {};
                    }))
                    ++errors;
                trips.push_back(trip.nsecsElapsed());
            }
            ++ready;
            while (ready.load() < 2 * gates)
                std::this_thread::yield();
            std::vector<qint64> mine;
            std::vector<qint64> firsts;
            mine.reserve(size_t(work[size_t(g)].size()));
            QElapsedTimer t;
            for (const QString &code : work[size_t(g)]) {
                t.start();
                const Result<ScanResult> r = Gate::admit(gateDb, code, show, gate);
                const qint64 ns = t.nsecsElapsed();
                mine.push_back(ns);
                if (!r) {
                    if (errors.fetch_add(1) == 0)
                        std::fprintf(stderr, "error: %s\n", qPrintable(r.error().detail));
                    continue;
                }
                switch (r->verdict) {
                case GateVerdict::Valid:
                    ++valid;
                    firsts.push_back(ns);
                    break;
                case GateVerdict::AlreadyAdmitted:
                    ++already;
                    break;
                case GateVerdict::Unknown:
                    ++unknown;
                    break;
                default:
                    ++other;
                }
            }
            gateDb.closeThreadConnection();
            const std::lock_guard<std::mutex> lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
            baseline.insert(baseline.end(), trips.begin(), trips.end());
            firstLatencies.insert(firstLatencies.end(), firsts.begin(), firsts.end());
        });
    }
    while (ready.load() < 2 * gates)
        std::this_thread::yield();
    wall.start();
    for (std::thread &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    int admissions = 0;
    int twice = -1;
    db.query(QStringLiteral("SELECT (SELECT count(*) FROM boxoffice.admission),"
                            " (SELECT count(*) FROM (SELECT order_seat_id FROM boxoffice.admission_scan sc"
                            " JOIN boxoffice.ticket t ON t.id = sc.ticket_id WHERE sc.verdict = 'VALID'"
                            " GROUP BY order_seat_id HAVING count(*) > 1) x)"),
        {}, [&](QSqlQuery &q) -> Result<Done> {
            if (q.next()) {
                admissions = q.value(0).toInt();
                twice = q.value(1).toInt();
            }
            return Done {};
        });
    const qsizetype scans = qsizetype(latencies.size());
    std::printf("Gate admission — %d gates, 20,000-seat show sold out (set-up %.1f s), %s build\n", gates, setupSeconds,
        BENCH_BUILD_TYPE);
    std::printf("scans %lld in %.2f s = %.0f verdicts/s\n", qlonglong(scans), seconds, double(scans) / seconds);
    std::printf("latency all scans:   p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", percentile(latencies, 0.5),
        percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("latency admissions:  p50 %6.2f ms  p99 %6.2f ms\n", percentile(firstLatencies, 0.5),
        percentile(firstLatencies, 0.99));
    const double baseP50 = percentile(baseline, 0.5);
    const double baseP99 = percentile(baseline, 0.99);
    std::printf("baseline SELECT 1:   p50 %6.2f ms  p99 %6.2f ms  (%d round trips per gate, all gates at once)\n",
        baseP50, baseP99, BaselineTrips);
    std::printf("ratio scan/baseline: p50 %5.1fx     p99 %5.1fx\n",
        baseP50 > 0 ? percentile(latencies, 0.5) / baseP50 : 0.0,
        baseP99 > 0 ? percentile(latencies, 0.99) / baseP99 : 0.0);
    std::printf("VALID %d, ALREADY_ADMITTED %d, UNKNOWN %d, other %d, errors %d\n", valid.load(), already.load(),
        unknown.load(), other.load(), errors.load());
    std::printf("admissions %d (expected 20000); tickets admitted twice: %d\n", admissions, twice);
    const bool ok = valid.load() == 20000 && already.load() == rescans && unknown.load() == forged && other.load() == 0
        && errors.load() == 0 && admissions == 20000 && twice == 0;
    std::printf("%s\n", ok ? "OK: every ticket admitted once, no forged code accepted" : "FAILED");
    db.closeThreadConnection();
    return ok ? 0 : 1;
}
