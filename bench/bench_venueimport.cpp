// Importing a venue of 200,000 places (issue 11): the file parsed and
// checked (libcsv, every check of docs/VENUE-FORMAT.md), then imported
// through import_venue as one jsonb document. The baseline, measured in the
// same run on the same server: a plain COPY of the same rows into a table
// without keys or checks (the least a database import can cost).
//
//   build/bench/bench_venueimport [--seats 200000] [--rounds 3]
#include "admin/venueimport.h"
#include "benchcluster.h"
#include "db/database.h"
#include "db/migrator.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtSql/QSqlQuery>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>

using namespace boxoffice;

namespace {

// A square arena: four zones in rings of rows, one unit between places.
QByteArray arenaCsv(int seats, QByteArray *copyRows)
{
    QByteArray out = "#venue,Bench Arena,Asia/Bangkok\n#ring,7\n"
                     "#zone,RINGSIDE,Ringside,#c62828,2500\n#zone,CLASS2,Class 2,#1565c0,1800\n"
                     "#zone,CLASS3,Class 3,#2e7d32,1500\n#zone,STANDING,Standing,#f9a825,1000\n"
                     "section,row,number,label,zone,x,y\n";
    static const char *const sides[] = {"N", "E", "S", "W"};
    static const char *const zones[] = {"RINGSIDE", "CLASS2", "CLASS3", "STANDING"};
    int made = 0;
    for (int row = 0; made < seats; ++row) {
        const int dist = 9 + row;
        const int perSide = 2 * dist - 1; // corners left free
        const char *zone = zones[std::min(3, row / 20)];
        for (int side = 0; side < 4 && made < seats; ++side) {
            for (int n = 1; n <= perSide && made < seats; ++n, ++made) {
                const int along = -dist + n;
                int x = 0;
                int y = 0;
                switch (side) {
                case 0:
                    x = along, y = -dist;
                    break;
                case 1:
                    x = dist, y = along;
                    break;
                case 2:
                    x = -along, y = dist;
                    break;
                default:
                    x = -dist, y = -along;
                    break;
                }
                const QByteArray line = QByteArray(sides[side]) + ',' + QByteArray::number(row + 1) + ','
                    + QByteArray::number(n) + ',' + sides[side] + QByteArray::number(row + 1) + '-'
                    + QByteArray::number(n) + ',' + zone + ',' + QByteArray::number(x) + ',' + QByteArray::number(y)
                    + '\n';
                out += line;
                *copyRows += line;
            }
        }
    }
    return out;
}

double copyBaseline(const ConnectionConfig &config, const QByteArray &rows)
{
    PGconn *conn = PQconnectdb(config.toConnInfo().toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "baseline: %s\n", PQerrorMessage(conn));
        PQfinish(conn);
        return -1;
    }
    PQclear(PQexec(conn,
        "CREATE TEMP TABLE bench_seat (section text, row_label text, number integer, label text,"
        " zone text, x real, y real)"));
    QElapsedTimer t;
    t.start();
    PQclear(PQexec(conn, "COPY bench_seat FROM STDIN (FORMAT csv)"));
    PQputCopyData(conn, rows.constData(), int(rows.size()));
    PQputCopyEnd(conn, nullptr);
    bool ok = true;
    while (PGresult *r = PQgetResult(conn)) {
        ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    PQfinish(conn);
    return ok ? ms : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption seatsOption(
        QStringLiteral("seats"), QStringLiteral("Places in the file."), QStringLiteral("n"), QStringLiteral("200000"));
    QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Rounds per figure."), QStringLiteral("n"), QStringLiteral("3"));
    parser.addOption(seatsOption);
    parser.addOption(roundsOption);
    parser.addHelpOption();
    parser.process(app);
    const int seats = std::max(1, parser.value(seatsOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    bench::BenchCluster cluster;
    if (!cluster.start(QStringLiteral("/tmp/bxv-XXXXXX")))
        return 1;
    Database db(cluster.config());
    if (!Migrator::migrate(db)) {
        std::fprintf(stderr, "cannot prepare the database\n");
        return 1;
    }
    QByteArray copyRows;
    const QByteArray file = arenaCsv(seats, &copyRows);
    std::printf("Venue import benchmark — %d places (%.1f MB of CSV), %d rounds, %s build\n", seats,
        double(file.size()) / 1e6, rounds, BENCH_BUILD_TYPE);
    QList<double> parse;
    QList<double> import;
    QList<double> copy;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        const VenueParseResult parsed = VenueImport::parse(file, VenueImport::Format::Csv);
        parse << double(t.nsecsElapsed()) / 1e6;
        if (!parsed.ok() || parsed.file.seats.size() != seats) {
            std::fprintf(stderr, "parse failed: %s\n",
                qPrintable(parsed.errors.isEmpty() ? QStringLiteral("wrong count") : parsed.errors.first().message));
            return 1;
        }
        t.restart();
        const Result<VenueImportSummary> done
            = VenueImport::importNew(db, parsed.file, QStringLiteral("Bench Arena %1").arg(round + 1), QString(), true);
        import << double(t.nsecsElapsed()) / 1e6;
        if (!done || done->seats != seats) {
            std::fprintf(stderr, "import failed: %s\n", done ? "wrong count" : qPrintable(done.error().detail));
            return 1;
        }
        copy << copyBaseline(cluster.config(), copyRows);
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    std::printf("parse + check (libcsv, all checks):   median %8.0f ms\n", median(parse));
    std::printf("import_venue (one jsonb document):    median %8.0f ms\n", median(import));
    std::printf("parse + import:                       median %8.0f ms\n", median(parse) + median(import));
    std::printf("baseline: COPY of the same rows:      median %8.0f ms\n", median(copy));
    db.closeThreadConnection();
    return 0;
}
