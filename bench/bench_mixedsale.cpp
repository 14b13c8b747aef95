// Sells/s of mixed orders against single-type orders (issue 12), in the same
// run on the same server: every order is 3 seats sold through
// boxoffice.sell with "lines". A single-type order is 3 Standard seats paid
// by one cash tender; a mixed order is Standard, Thai resident and Child
// (one each, priced per show, zone and price type) paid by a cash and a card
// tender. Rounds alternate the two kinds (single first, then mixed) with the
// sales wiped between phases; the figures are the medians over the rounds,
// and the ratio mixed / single. Each round also sells single-type orders
// with the gate's order_seat_ticket trigger disabled (no ticket code made
// per seat, issue 13): the ratio with / without is what the unforgeable
// codes cost a sale.
//
//   build/bench/bench_mixedsale [--seconds 3] [--rounds 3] [--counters 4]
//
// BOXOFFICE_DB=<conninfo> runs against that database instead of a private
// throw-away cluster (benchcluster.h); it must be a scratch one: the sales
// are wiped.
#include "benchcluster.h"
#include "db/database.h"
#include "db/migrator.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUuid>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace boxoffice;

namespace {

constexpr int SeatsPerOrder = 3;

struct Seat
{
    int show = 0;
    int seat = 0;
    qint64 standard = 0; // satang, per price type
    qint64 thai = 0;
    qint64 child = 0;
};

QString decimal(qint64 satang)
{
    return QStringLiteral("%1.%2").arg(satang / 100).arg(satang % 100, 2, 10, QLatin1Char('0'));
}

bool exec(Database &db, const QString &sql)
{
    Result<QSqlDatabase> conn = db.connection();
    if (!conn)
        return false;
    QSqlQuery q(conn.value());
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

struct Phase
{
    int orders = 0;
    int refused = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? orders / seconds : 0; }
};

// One phase: `counters` threads, each selling from its own slice of seats
// (no two counters want the same seat) until the time is up or the slice
// is sold out.
Phase runPhase(Database &db, const QList<Seat> &seats, const QList<int> &terminals, bool mixed, double seconds)
{
    const int counters = int(terminals.size());
    const qsizetype slice = seats.size() / counters;
    std::atomic<int> orders {0};
    std::atomic<int> refused {0};
    std::vector<std::thread> threads;
    threads.reserve(size_t(counters));
    QElapsedTimer timer;
    timer.start();
    const qint64 deadlineMs = qint64(seconds * 1000);
    for (int c = 0; c < counters; ++c) {
        threads.emplace_back([&, c] {
            qsizetype next = c * slice;
            const qsizetype end = next + slice;
            while (timer.elapsed() < deadlineMs && next + SeatsPerOrder <= end) {
                // Three seats of one show.
                const int show = seats.at(next).show;
                if (seats.at(next + SeatsPerOrder - 1).show != show) {
                    ++next;
                    continue;
                }
                QJsonArray lines;
                qint64 total = 0;
                for (int i = 0; i < SeatsPerOrder; ++i) {
                    const Seat &s = seats.at(next + i);
                    QJsonObject line {{QStringLiteral("seat_id"), s.seat}};
                    if (mixed) {
                        static const char *const codes[] = {"STANDARD", "THAI", "CHILD"};
                        line.insert(QStringLiteral("price_type"), QLatin1String(codes[i % 3]));
                        total += i % 3 == 0 ? s.standard : i % 3 == 1 ? s.thai : s.child;
                    } else {
                        line.insert(QStringLiteral("price_type"), QStringLiteral("STANDARD"));
                        total += s.standard;
                    }
                    lines.append(line);
                }
                next += SeatsPerOrder;
                const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
                QJsonObject doc {{QStringLiteral("idempotency_key"), key},
                    {QStringLiteral("request_hash"), QString(QStringLiteral("bench-") + key)},
                    {QStringLiteral("show_id"), show}, {QStringLiteral("terminal_id"), terminals.at(c)},
                    {QStringLiteral("lines"), lines}, {QStringLiteral("payment_method"), QStringLiteral("cash")}};
                if (mixed) {
                    const qint64 cash = total / 2;
                    doc.insert(QStringLiteral("payments"),
                        QJsonArray {QJsonObject {{QStringLiteral("method"), QStringLiteral("cash")},
                                        {QStringLiteral("amount"), decimal(cash)},
                                        {QStringLiteral("tendered"), decimal(cash + 10000)}},
                            QJsonObject {{QStringLiteral("method"), QStringLiteral("card")},
                                {QStringLiteral("amount"), decimal(total - cash)},
                                {QStringLiteral("reference"), QStringLiteral("slip")}}});
                }
                Result<QJsonObject> r = db.callJson(QStringLiteral("SELECT boxoffice.sell(?::jsonb)"),
                    {QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))});
                if (r && r->value(QStringLiteral("ok")).toBool()) {
                    ++orders;
                } else {
                    if (refused.fetch_add(1) == 0)
                        std::fprintf(stderr, "refused: %s\n",
                            r ? QJsonDocument(r.value()).toJson(QJsonDocument::Compact).constData()
                              : qPrintable(r.error().detail));
                }
            }
            db.closeThreadConnection();
        });
    }
    for (std::thread &t : threads)
        t.join();
    Phase p;
    p.seconds = double(timer.nsecsElapsed()) / 1e9;
    p.orders = orders;
    p.refused = refused;
    return p;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption secondsOption(
        QStringLiteral("seconds"), QStringLiteral("Seconds per phase."), QStringLiteral("s"), QStringLiteral("3"));
    QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (single, then mixed)."),
        QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption countersOption(QStringLiteral("counters"), QStringLiteral("Counters selling at once."),
        QStringLiteral("n"), QStringLiteral("4"));
    parser.addOption(secondsOption);
    parser.addOption(roundsOption);
    parser.addOption(countersOption);
    parser.addHelpOption();
    parser.process(app);
    const double seconds = std::max(0.2, parser.value(secondsOption).toDouble());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int counters = std::clamp(parser.value(countersOption).toInt(), 1, 32);

    bench::BenchCluster cluster;
    if (!cluster.start(QStringLiteral("/tmp/bxm-XXXXXX")))
        return 1;
    Database db(cluster.config(), QStringLiteral("bench"));
    if (!Migrator::migrate(db) || !Migrator::seedDemo(db, false)) {
        std::fprintf(stderr, "cannot prepare the database\n");
        return 1;
    }
    // Thai resident at 80 % and Child at 60 % of Standard on every demo
    // show and zone (no approval needed: above the pricing rule's 50 %);
    // cash needs no open shift.
    if (!exec(db,
            QStringLiteral(
                "UPDATE boxoffice.show SET sales_state = 'on_sale' WHERE sales_state <> 'on_sale';"
                "UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false;"
                "INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                " SELECT sp.show_id, sp.zone_id, pt.id, round(sp.price * CASE pt.code WHEN 'THAI' THEN 0.8 ELSE 0.6 "
                "END, 2)"
                " FROM boxoffice.show_price sp JOIN boxoffice.price_type pt ON pt.code IN ('THAI', 'CHILD')"
                " WHERE sp.price_type_id = (SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD')"
                " ON CONFLICT (show_id, zone_id, price_type_id) DO UPDATE SET price = EXCLUDED.price"))) {
        return 1;
    }

    // The seats of the demo stadium's shows that start in the future, with
    // their three prices.
    QList<Seat> seats;
    Result<Done> listed = db.query(
        QStringLiteral("SELECT ss.show_id, ss.seat_id,"
                       " (max(sp.price) FILTER (WHERE pt.code = 'STANDARD') * 100)::bigint,"
                       " (max(sp.price) FILTER (WHERE pt.code = 'THAI') * 100)::bigint,"
                       " (max(sp.price) FILTER (WHERE pt.code = 'CHILD') * 100)::bigint"
                       " FROM boxoffice.show_seat ss JOIN boxoffice.show sh ON sh.id = ss.show_id"
                       " JOIN boxoffice.venue v ON v.id = sh.venue_id AND v.name = 'Rajadamnern Demo Stadium'"
                       " JOIN boxoffice.seat s ON s.id = ss.seat_id"
                       " JOIN boxoffice.show_price sp ON sp.show_id = ss.show_id AND sp.zone_id = s.zone_id"
                       " JOIN boxoffice.price_type pt ON pt.id = sp.price_type_id"
                       " WHERE sh.starts_at > now() + interval '1 hour' AND sh.cancelled_at IS NULL"
                       " GROUP BY ss.show_id, ss.seat_id ORDER BY ss.show_id, ss.seat_id"),
        {}, [&seats](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                seats << Seat {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                    q.value(4).toLongLong()};
            return Done {};
        });
    if (!listed || seats.size() < counters * SeatsPerOrder * 10) {
        std::fprintf(stderr, "not enough seats (%lld)\n", qlonglong(seats.size()));
        return 1;
    }
    QList<int> terminals;
    for (int i = 1; i <= counters; ++i) {
        int id = 0;
        const Result<Done> registered = db.query(QStringLiteral("SELECT boxoffice.register_terminal(?)"),
            {QStringLiteral("bench-mixed-%1").arg(i)}, [&id](QSqlQuery &q) -> Result<Done> {
                if (q.next())
                    id = q.value(0).toInt();
                return Done {};
            });
        if (!registered || id <= 0) {
            std::fprintf(stderr, "cannot register a counter\n");
            return 1;
        }
        terminals << id;
    }
    exec(db, QStringLiteral("VACUUM ANALYZE"));

    const QString wipe = QStringLiteral(
        "UPDATE boxoffice.show_seat SET state = 'available', held_by = NULL, held_until = NULL, hold_token = NULL,"
        " order_id = NULL WHERE state <> 'available' OR order_id IS NOT NULL;"
        "TRUNCATE boxoffice.order_seat, boxoffice.payment, boxoffice.audit_log,"
        " boxoffice.ticket, boxoffice.ticket_secret, boxoffice.admission, boxoffice.admission_scan, "
        "boxoffice.admission_duplicate;"
        "DELETE FROM boxoffice.orders;");
    std::printf("Mixed vs single-type sales — %d counters, %d seats per order, %d round(s) of %.1f s per kind, "
                "%lld seats on %s, %s build\n",
        counters, SeatsPerOrder, rounds, seconds, qlonglong(seats.size()), "the demo stadium's shows",
        BENCH_BUILD_TYPE);
    QList<double> single;
    QList<double> mixed;
    QList<double> noCodes;
    enum class Kind { Single, Mixed, SingleNoCodes };
    for (int round = 1; round <= rounds; ++round) {
        for (const Kind kind : {Kind::Single, Kind::Mixed, Kind::SingleNoCodes}) {
            if (!exec(db, wipe))
                return 1;
            const bool codesOff = kind == Kind::SingleNoCodes;
            if (codesOff
                && !exec(db, QStringLiteral("ALTER TABLE boxoffice.order_seat DISABLE TRIGGER order_seat_ticket")))
                return 1;
            const Phase p = runPhase(db, seats, terminals, kind == Kind::Mixed, seconds);
            if (codesOff
                && !exec(db, QStringLiteral("ALTER TABLE boxoffice.order_seat ENABLE TRIGGER order_seat_ticket")))
                return 1;
            const char *name = kind == Kind::Mixed ? "mixed" : codesOff ? "nocodes" : "single";
            std::printf("round %d %-7s %6d orders in %5.2f s = %7.1f orders/s (%7.1f seats/s), %d refused\n", round,
                name, p.orders, p.seconds, p.perSecond(), p.perSecond() * SeatsPerOrder, p.refused);
            (kind == Kind::Mixed ? mixed : codesOff ? noCodes : single) << p.perSecond();
            if (p.refused > 0)
                return 1;
        }
    }
    const double s = median(single);
    const double m = median(mixed);
    std::printf("single-type orders (3 Standard, 1 cash tender):         median %7.1f sells/s\n", s);
    std::printf("mixed orders (Standard+Thai+Child, cash+card tenders):  median %7.1f sells/s\n", m);
    std::printf("ratio mixed / single:                                   %7.2f\n", s > 0 ? m / s : 0.0);
    const double n = median(noCodes);
    std::printf("single-type orders, no ticket codes (trigger disabled): median %7.1f sells/s\n", n);
    std::printf("ratio single with codes / without (what codes cost):    %7.2f\n", n > 0 ? s / n : 0.0);
    exec(db, wipe);
    db.closeThreadConnection();
    return 0;
}
