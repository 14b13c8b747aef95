// The monitoring endpoint over real HTTP (QNetworkAccessManager against the
// server on loopback), answering from a real PostgreSQL: status codes, the
// JSON documents' shape and figures, the Prometheus text, the bearer token,
// bad requests and a database that cannot be reached.
#include "ops/monitoringserver.h"
#include "sale/enginestatistics.h"
#include "sale/saleengine.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkInterface>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Token = u"s3cret-token-for-tests-0123456789"_s;

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray wwwAuthenticate;
    QByteArray allow;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestMonitoringServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_show = m_cluster->demoShow(0);
        MonitoringServer::Options options;
        options.token = Token;
        m_server = std::make_unique<MonitoringServer>(m_cluster->db(), &m_stats, options);
        Result<quint16> port = m_server->start();
        VERIFY_OK(port);
        QVERIFY(port.value() > 0);
    }

    void init()
    {
        m_cluster->resetSales();
        m_cluster->exec(u"TRUNCATE boxoffice.job_run"_s);
    }

    void refusesToStartWithoutAToken()
    {
        MonitoringServer::Options options;
        MonitoringServer noToken(m_cluster->db(), nullptr, options);
        QCOMPARE(noToken.start().code(), ErrorCode::InvalidConfig);
        options.token = u"short"_s;
        MonitoringServer shortToken(m_cluster->db(), nullptr, options);
        QCOMPARE(shortToken.start().code(), ErrorCode::InvalidConfig);
    }

    void listensOnLoopbackOnly()
    {
        // Reachable on 127.0.0.1 …
        QTcpSocket loopback;
        loopback.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(loopback.waitForConnected(3000));
        // … and not on the machine's other addresses.
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket outside;
            outside.connectToHost(address, m_server->port());
            QVERIFY2(!outside.waitForConnected(1000), qPrintable(address.toString()));
        }
    }

    void tokenIsRequired_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong token") << QByteArray("Bearer not-the-token-at-all-0123456789");
        QTest::newRow("token without scheme") << Token.toUtf8();
        QTest::newRow("basic scheme") << QByteArray("Basic ") + Token.toUtf8().toBase64();
        QTest::newRow("prefix of the token") << QByteArray("Bearer ") + Token.toUtf8().left(10);
    }
    void tokenIsRequired()
    {
        QFETCH(QByteArray, authorization);
        for (const QString &path :
            {u"/enhanced-orders/system-health"_s, u"/enhanced-orders/concurrency-stats"_s, u"/metrics"_s}) {
            const Reply r = get(path, authorization);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.wwwAuthenticate.left(6), QByteArray("Bearer"));
            QCOMPARE(r.json().value(u"error"_s).toString(), u"unauthorized"_s);
            QVERIFY(!r.body.contains("findings")); // nothing leaks
        }
        // The scheme is case-insensitive.
        QCOMPARE(get(u"/metrics"_s, "bearer " + Token.toUtf8()).status, 200);
    }

    void systemHealthJson()
    {
        // A stale lock to find: a hold ten minutes past its time.
        const int terminal = m_cluster->registerTerminal(u"Counter H"_s);
        const QList<int> seats = m_cluster->seatsOf(m_show, u"CLASS3"_s, 2);
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.show_seat SET state = 'held', held_by = ?,"
            " held_until = now() - interval '10 minutes' WHERE show_id = ? AND seat_id = ANY (?::int[])"_s,
            {terminal, m_show, Database::intArray(seats)}));
        const Reply r = get(u"/enhanced-orders/system-health"_s);
        QVERIFY2(r.status == 200 || r.status == 503, r.body.constData());
        QVERIFY(r.contentType.startsWith("application/json"));
        const QJsonObject health = r.json();
        const QString status = health.value(u"status"_s).toString();
        QVERIFY2(status == u"warning"_s || status == u"critical"_s, qPrintable(status));
        QCOMPARE(r.status, status == u"critical"_s ? 503 : 200);
        QVERIFY(health.value(u"database_round_trip_ms"_s).toDouble() >= 0);
        QVERIFY(QDateTime::fromString(health.value(u"checked_at"_s).toString(), Qt::ISODateWithMs).isValid());
        QSet<QString> kinds;
        QJsonObject stale;
        for (const auto &v : health.value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            kinds.insert(f.value(u"kind"_s).toString());
            QVERIFY(QStringList({u"ok"_s, u"warning"_s, u"critical"_s}).contains(f.value(u"level"_s).toString()));
            QVERIFY(f.value(u"rows"_s).isArray());
            QVERIFY(!f.value(u"title"_s).toString().isEmpty());
            if (f.value(u"kind"_s).toString() == u"stale_locks"_s)
                stale = f;
        }
        for (const QString &kind :
            {u"orphaned_bookings"_s, u"stale_locks"_s, u"duplicate_activity"_s, u"counters_offline"_s, u"jobs"_s,
                u"replication"_s, u"gates_offline"_s, u"gate_refusals"_s, u"slow_database"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
        QCOMPARE(stale.value(u"count"_s).toInt(), 2);
        QCOMPARE(stale.value(u"rows"_s).toArray().size(), 2);
        QVERIFY(stale.value(u"level"_s).toString() != u"ok"_s);
    }

    void concurrencyStatsJson()
    {
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {u"Counter S"_s});
        VERIFY_OK(engine.registerTerminal());
        const QList<int> seats = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 3);
        VERIFY_OK(engine.hold(m_show, seats, 5));
        m_stats.add(EngineStatistics::Holds, 3);
        const Reply r = get(u"/enhanced-orders/concurrency-stats?window=30"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject stats = r.json();
        QCOMPARE(stats.value(u"window_minutes"_s).toInt(), 30);
        QCOMPARE(stats.value(u"live"_s).toObject().value(u"locked_seats"_s).toInt(),
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.show_seat WHERE state = 'held' AND held_until > now()"_s)
                .toInt());
        QCOMPARE(stats.value(u"live"_s).toObject().value(u"locked_seats"_s).toInt(), 3);
        const QJsonObject duplicates = stats.value(u"totals"_s).toObject().value(u"duplicates"_s).toObject();
        for (const QString &key : {u"level1"_s, u"level2"_s, u"level3"_s, u"level4"_s, u"total"_s})
            QVERIFY2(duplicates.contains(key), qPrintable(key));
        QVERIFY(stats.value(u"per_minute"_s).toArray().size() >= 30);
        QVERIFY(stats.value(u"shows"_s).isArray());
        QCOMPARE(stats.value(u"jobs"_s).toArray().size(), 4);
        QCOMPARE(stats.value(u"this_process"_s).toObject().value(u"holds"_s).toInteger(),
            m_stats.value(EngineStatistics::Holds));
        bool found = false;
        for (const auto &v : stats.value(u"shows"_s).toArray()) {
            if (v.toObject().value(u"show_id"_s).toInt() == m_show) {
                QCOMPARE(v.toObject().value(u"locked_seats"_s).toInt(), 3);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void prometheusText()
    {
        // A title that needs escaping in a label value.
        const int show
            = m_cluster
                  ->scalar(u"SELECT boxoffice.create_show((SELECT venue_id FROM boxoffice.show WHERE id = ?),"
                           " E'Rajadamnern \"Super\" Fight\\\\Night', now() + interval '2 days')"_s,
                      {m_show})
                  .toInt();
        QVERIFY(show > 0);
        const QList<int> seats = m_cluster->seatsOf(show, u"CLASS2"_s, 2);
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {u"Counter P"_s});
        VERIFY_OK(engine.registerTerminal());
        VERIFY_OK(engine.hold(show, seats, 5));
        const Reply r = get(u"/metrics"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QString text = QString::fromUtf8(r.body);
        // Every line is a comment or a well-formed sample.
        static const QRegularExpression sample(QStringLiteral(
            R"(^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\[\\"n])*",?)*\})? -?[0-9.e+-]+|NaN$)"));
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("# HELP ")) || line.startsWith(QLatin1String("# TYPE ")))
                continue;
            QVERIFY2(sample.match(line).hasMatch(), qPrintable(line));
        }
        QVERIFY(text.contains(u"# TYPE boxoffice_locked_seats gauge\n"_s));
        QVERIFY(text.contains(u"\nboxoffice_locked_seats 2\n"_s));
        QVERIFY2(text.contains(QStringLiteral("boxoffice_show_locked_seats{show=\"%1\",title=\"Rajadamnern "
                                              "\\\"Super\\\" Fight\\\\Night\"} 2\n")
                                   .arg(show)),
            qPrintable(text));
        QVERIFY(text.contains(u"boxoffice_health_finding_count{kind=\"stale_locks\"} 0\n"_s));
        QVERIFY(text.contains(u"boxoffice_duplicates_prevented_today{level=\"4\"}"_s));
        QVERIFY(text.contains(u"# TYPE boxoffice_engine_events_total counter\n"_s));
        m_cluster->exec(u"DELETE FROM boxoffice.show_seat WHERE show_id = ?"_s, {show});
        m_cluster->exec(u"DELETE FROM boxoffice.show WHERE id = ?"_s, {show});
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << u"/enhanced-orders/everything"_s << QByteArray("GET") << 404;
        QTest::newRow("root") << u"/"_s << QByteArray("GET") << 404;
        QTest::newRow("POST health") << u"/enhanced-orders/system-health"_s << QByteArray("POST") << 405;
        QTest::newRow("DELETE metrics") << u"/metrics"_s << QByteArray("DELETE") << 405;
        QTest::newRow("window not a number")
            << u"/enhanced-orders/concurrency-stats?window=abc"_s << QByteArray("GET") << 400;
        QTest::newRow("window zero") << u"/enhanced-orders/concurrency-stats?window=0"_s << QByteArray("GET") << 400;
        QTest::newRow("window too long") << u"/enhanced-orders/concurrency-stats?window=100000"_s << QByteArray("GET")
                                         << 400;
        QTest::newRow("unknown parameter") << u"/enhanced-orders/system-health?verbose=1"_s << QByteArray("GET") << 400;
        QTest::newRow("window on metrics") << u"/metrics?window=5"_s << QByteArray("GET") << 400;
    }
    void badRequests()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        const Reply r = get(path, "Bearer " + Token.toUtf8(), method);
        QCOMPARE(r.status, status);
        if (status == 405)
            QCOMPARE(r.allow, QByteArray("GET"));
        if (status == 400) {
            QCOMPARE(r.json().value(u"error"_s).toString(), u"bad_request"_s);
            QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
        }
    }

    void databaseAwayIs503()
    {
        // A server whose database cannot be reached: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        Result<ConnectionConfig> config = ConnectionConfig::parse(
            QStringLiteral("host=127.0.0.1 port=%1 dbname=boxoffice user=nobody connect_timeout=2").arg(deadPort));
        VERIFY_OK(config);
        Database away(config.value(), u"away"_s);
        away.setReconnectBudget(std::chrono::milliseconds(300));
        MonitoringServer::Options options;
        options.token = Token;
        MonitoringServer server(away, nullptr, options);
        VERIFY_OK(server.start());
        for (const QString &path : {u"/enhanced-orders/concurrency-stats"_s, u"/metrics"_s}) {
            const Reply r = get(path, "Bearer " + Token.toUtf8(), "GET", server.port());
            QCOMPARE(r.status, 503);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"database_unavailable"_s);
        }
        // The health report itself says critical, and so does the status code.
        const Reply health = get(u"/enhanced-orders/system-health"_s, "Bearer " + Token.toUtf8(), "GET", server.port());
        QCOMPARE(health.status, 503);
        QCOMPARE(health.json().value(u"status"_s).toString(), u"critical"_s);
    }

private:
    Reply get(const QString &path, const QByteArray &authorization = "Bearer " + Token.toUtf8(),
        const QByteArray &method = "GET", quint16 port = 0)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port ? port : m_server->port()).arg(path)));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setTransferTimeout(20000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(30000))
            qWarning("no answer for %s", qPrintable(path));
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        r.allow = reply->rawHeader("Allow");
        reply->deleteLater();
        return r;
    }

    TestCluster *m_cluster = nullptr;
    EngineStatistics m_stats;
    std::unique_ptr<MonitoringServer> m_server;
    QNetworkAccessManager m_network;
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestMonitoringServer)
#include "tst_monitoringserver.moc"
