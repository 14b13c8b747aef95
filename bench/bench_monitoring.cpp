// Monitoring benchmark: how long the supervisor's reads and the HTTP
// endpoint take with the demo stadium and the 20,000 and 100,000 seat arenas
// seeded. Prints median and worst of N rounds.
//
//   build/bench/bench_monitoring [--rounds 30]
//
// With BOXOFFICE_DB unset it starts a private cluster in /tmp.
#include "benchcluster.h"
#include "db/connectionconfig.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "ops/healthmonitor.h"
#include "ops/monitoringserver.h"
#include "sale/enginestatistics.h"
#include "sale/saleengine.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace boxoffice;

namespace {

struct Figure
{
    double median = 0;
    double worst = 0;
};

Figure measure(int rounds, const std::function<bool()> &once)
{
    std::vector<double> ms;
    once(); // warm: plans cached, pages in memory
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        if (!once()) {
            std::fprintf(stderr, "a measured call failed\n");
            std::exit(1);
        }
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Rounds per figure."), QStringLiteral("n"), QStringLiteral("30"));
    parser.addOption(roundsOption);
    parser.addHelpOption();
    parser.process(app);
    const int rounds = std::max(3, parser.value(roundsOption).toInt());

    bench::BenchCluster cluster;
    if (!cluster.start(QStringLiteral("/tmp/bxm-XXXXXX")))
        return 1;
    const ConnectionConfig config = cluster.config();
    {
        Database db(config);
        if (!Migrator::migrate(db) || !Migrator::seedDemo(db, true)) {
            std::fprintf(stderr, "cannot prepare the database\n");
            return 1;
        }
        // A registered counter: its engine's counters go into /metrics.
        SaleEngine engine(db, SaleEngine::Options {QStringLiteral("Bench counter")});
        if (!engine.registerTerminal()) {
            std::fprintf(stderr, "cannot register a counter\n");
            return 1;
        }
        db.query(QStringLiteral("ANALYZE"), {}, [](QSqlQuery &) -> Result<Done> { return Done {}; });

        HealthMonitor monitor(db);
        std::printf(
            "Monitoring benchmark — %d rounds, %s build, demo stadium + 20k + 100k arenas\n", rounds, BENCH_BUILD_TYPE);
        const Figure health = measure(rounds, [&] { return monitor.check().ok(); });
        std::printf(
            "health check (all findings):      median %7.2f ms   worst %7.2f ms\n", health.median, health.worst);
        const Figure figures = measure(rounds, [&] { return monitor.dashboard(60).ok(); });
        std::printf(
            "dashboard figures (60 minutes):   median %7.2f ms   worst %7.2f ms\n", figures.median, figures.worst);

        MonitoringServer::Options options;
        options.token = QStringLiteral("bench-token-0123456789abcdef");
        MonitoringServer http(db, &engine.statistics(), options);
        if (!http.start()) {
            std::fprintf(stderr, "cannot start the monitoring endpoint\n");
            return 1;
        }
        QNetworkAccessManager network;
        const auto get = [&](const QString &path) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(http.port()).arg(path)));
            request.setRawHeader("Authorization", "Bearer " + options.token.toUtf8());
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status == 200 || status == 503;
        };
        for (const QString &path : {QStringLiteral("/enhanced-orders/system-health"),
                 QStringLiteral("/enhanced-orders/concurrency-stats"), QStringLiteral("/metrics")}) {
            const Figure f = measure(rounds, [&] { return get(path); });
            std::printf("GET %-34s median %7.2f ms   worst %7.2f ms\n", qPrintable(path), f.median, f.worst);
        }
    }
    return 0;
}
