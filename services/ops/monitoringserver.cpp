#include "ops/monitoringserver.h"

#include "db/database.h"
#include "sale/enginestatistics.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>

Q_LOGGING_CATEGORY(lcHttp, "boxoffice.http")

namespace boxoffice {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse jsonError(Status status, const QString &code, const QString &message)
{
    return QHttpServerResponse(
        QJsonObject {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}

// Constant time for equal lengths: a wrong token takes as long as a right one.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// Prometheus label values: backslash, double quote and line feed escaped.
QString labelValue(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('"'), QLatin1String("\\\""));
    value.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return value;
}

class MetricsWriter
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
                      .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
    }
    void sample(const char *name, double value, const QList<QPair<QString, QString>> &labels = {})
    {
        m_text += QLatin1String(name);
        if (!labels.isEmpty()) {
            QStringList parts;
            for (const auto &[key, v] : labels)
                parts << QStringLiteral("%1=\"%2\"").arg(key, labelValue(v));
            m_text += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
        }
        m_text += QLatin1Char(' ') + QString::number(value, 'g', 15) + QLatin1Char('\n');
    }
    QByteArray text() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

int levelNumber(HealthLevel level)
{
    return level == HealthLevel::Ok ? 0 : level == HealthLevel::Warning ? 1 : 2;
}

} // namespace

MonitoringServer::MonitoringServer(Database &db, const EngineStatistics *stats, Options options, QObject *parent)
    : QObject(parent), m_db(db), m_stats(stats), m_options(std::move(options)), m_monitor(db, m_options.thresholds)
{ }

MonitoringServer::~MonitoringServer()
{
    m_server.reset(); // no new requests
    m_requests.waitForDone();
}

Result<quint16> MonitoringServer::start()
{
    if (m_options.token.size() < 16)
        return ServiceError::make(ErrorCode::InvalidConfig, QStringLiteral("monitoring token missing or too short"));
    m_server = std::make_unique<QHttpServer>();
    const auto route = [this](const QString &path, Endpoint endpoint) {
        m_server->route(path, [this, endpoint](const QHttpServerRequest &request) {
            // Parsed here, answered on the executor: the database never blocks
            // the thread that owns the sockets.
            QHttpServerResponse refused = refusal(request, endpoint);
            const bool ok = refused.statusCode() == Status::Ok;
            const int window = QUrlQuery(request.url()).queryItemValue(QStringLiteral("window")).toInt();
            return m_requests.run([this, ok, endpoint, window, refused = std::move(refused)](Database &) mutable {
                m_served.fetch_add(1);
                if (!ok)
                    return std::move(refused);
                return answer(endpoint, window > 0 ? window : 60);
            });
        });
    };
    route(QStringLiteral("/enhanced-orders/system-health"), Endpoint::SystemHealth);
    route(QStringLiteral("/enhanced-orders/concurrency-stats"), Endpoint::ConcurrencyStats);
    route(QStringLiteral("/metrics"), Endpoint::Metrics);
    m_port = m_server->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        m_server.reset();
        return ServiceError::make(ErrorCode::InvalidConfig,
            QStringLiteral("cannot listen on %1:%2").arg(m_options.address.toString()).arg(m_options.port));
    }
    qCInfo(lcHttp).noquote() << "monitoring on" << m_options.address.toString() << m_port;
    return m_port;
}

bool MonitoringServer::authorized(const QHttpServerRequest &request) const
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray v = value.trimmed();
        // The scheme is case-insensitive (RFC 7235); the token is not.
        if (v.size() < 7 || v.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
            return false;
        return sameSecret(v.mid(7).trimmed(), m_options.token.toUtf8());
    }
    return false;
}

// Ok when the request may be answered; otherwise the answer that refuses it.
QHttpServerResponse MonitoringServer::refusal(const QHttpServerRequest &request, Endpoint endpoint) const
{
    if (!authorized(request)) {
        QHttpServerResponse r = jsonError(
            Status::Unauthorized, QStringLiteral("unauthorized"), QStringLiteral("send Authorization: Bearer <token>"));
        r.setHeader("WWW-Authenticate", "Bearer realm=\"boxoffice\"");
        return r;
    }
    if (request.method() != QHttpServerRequest::Method::Get) {
        QHttpServerResponse r = jsonError(
            Status::MethodNotAllowed, QStringLiteral("method_not_allowed"), QStringLiteral("only GET is served"));
        r.setHeader("Allow", "GET");
        return r;
    }
    const QUrlQuery query(request.url());
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (endpoint == Endpoint::ConcurrencyStats && key == QLatin1String("window")) {
            bool ok = false;
            const int minutes = value.toInt(&ok);
            if (!ok || minutes < 1 || minutes > 1440)
                return jsonError(Status::BadRequest, QStringLiteral("bad_request"),
                    QStringLiteral("window must be a whole number of minutes from 1 to 1440"));
            continue;
        }
        return jsonError(
            Status::BadRequest, QStringLiteral("bad_request"), QStringLiteral("unknown parameter: %1").arg(key));
    }
    return QHttpServerResponse(Status::Ok);
}

// Runs on the executor.
QHttpServerResponse MonitoringServer::answer(Endpoint endpoint, int windowMinutes)
{
    const auto failed = [](const ServiceError &e) {
        const bool down = e.code == ErrorCode::DatabaseUnavailable || e.code == ErrorCode::OutcomeUnknown;
        qCWarning(lcHttp).noquote() << "monitoring request failed:" << e.detail;
        return jsonError(down ? Status::ServiceUnavailable : Status::InternalServerError,
            down ? QStringLiteral("database_unavailable") : QStringLiteral("database_error"), e.message);
    };
    Result<HealthReport> health = HealthReport {};
    if (endpoint != Endpoint::ConcurrencyStats) {
        health = m_monitor.check();
        if (!health)
            return failed(health.error());
        // A database that did not answer is a critical report, not figures.
        if (health->roundTripMs < 0 && endpoint == Endpoint::Metrics)
            return jsonError(Status::ServiceUnavailable, QStringLiteral("database_unavailable"),
                ServiceError::make(ErrorCode::DatabaseUnavailable).message);
    }
    if (endpoint == Endpoint::SystemHealth) {
        // Critical answers 503 (with the whole report), so a plain uptime
        // check notices without reading the body.
        QHttpServerResponse r(
            health->toJson(), health->level == HealthLevel::Critical ? Status::ServiceUnavailable : Status::Ok);
        r.setHeader("Cache-Control", "no-store");
        return r;
    }
    Result<DashboardSnapshot> figures = m_monitor.dashboard(windowMinutes);
    if (!figures)
        return failed(figures.error());
    if (endpoint == Endpoint::ConcurrencyStats) {
        QJsonObject json = figures->toJson();
        if (m_stats) {
            QJsonObject here;
            for (const auto &[name, value] : m_stats->snapshot())
                here.insert(name, value);
            here.insert(QStringLiteral("orders_in_flight"), m_stats->ordersInFlight());
            json.insert(QStringLiteral("this_process"), here);
        }
        QHttpServerResponse r(json, Status::Ok);
        r.setHeader("Cache-Control", "no-store");
        return r;
    }
    return QHttpServerResponse(
        QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), metricsText(*health, *figures, m_stats));
}

QByteArray MonitoringServer::metricsText(
    const HealthReport &health, const DashboardSnapshot &figures, const EngineStatistics *stats)
{
    MetricsWriter m;
    m.family("boxoffice_health_level", "gauge", "Worst health finding: 0 ok, 1 warning, 2 critical.");
    m.sample("boxoffice_health_level", levelNumber(health.level));
    m.family("boxoffice_health_finding_count", "gauge", "Things wrong per health finding.");
    for (const Finding &f : health.findings)
        m.sample("boxoffice_health_finding_count", f.count, {{QStringLiteral("kind"), f.kindName()}});
    m.family("boxoffice_health_finding_level", "gauge", "Level per health finding: 0 ok, 1 warning, 2 critical.");
    for (const Finding &f : health.findings)
        m.sample("boxoffice_health_finding_level", levelNumber(f.level), {{QStringLiteral("kind"), f.kindName()}});
    m.family("boxoffice_database_round_trip_milliseconds", "gauge", "Round trip of a trivial query.");
    m.sample("boxoffice_database_round_trip_milliseconds", health.roundTripMs);

    m.family("boxoffice_locked_seats", "gauge", "Seats held right now (holds and pending orders).");
    m.sample("boxoffice_locked_seats", figures.live.lockedSeats);
    m.family("boxoffice_sold_seats", "gauge", "Seats sold.");
    m.sample("boxoffice_sold_seats", figures.live.soldSeats);
    m.family("boxoffice_orders_in_flight", "gauge", "Orders waiting for payment.");
    m.sample("boxoffice_orders_in_flight", figures.live.ordersInFlight);
    m.family("boxoffice_paid_orders_today", "gauge", "Orders paid since the start of the day.");
    m.sample("boxoffice_paid_orders_today", figures.live.paidOrders);
    m.family("boxoffice_takings_today_baht", "gauge", "Money taken since the start of the day.");
    m.sample("boxoffice_takings_today_baht", figures.live.takings.toBahtDouble());

    m.family("boxoffice_show_locked_seats", "gauge", "Seats held right now, per show.");
    for (const ShowFigures &s : figures.shows)
        m.sample("boxoffice_show_locked_seats", s.lockedSeats,
            {{QStringLiteral("show"), QString::number(s.showId)}, {QStringLiteral("title"), s.title}});
    m.family("boxoffice_show_sold_seats", "gauge", "Seats sold, per show.");
    for (const ShowFigures &s : figures.shows)
        m.sample("boxoffice_show_sold_seats", s.soldSeats,
            {{QStringLiteral("show"), QString::number(s.showId)}, {QStringLiteral("title"), s.title}});

    m.family("boxoffice_activity_today", "gauge", "What every counter's engine did since the start of the day.");
    const ActivityTotals &t = figures.totals;
    const QList<QPair<const char *, qint64>> activity {{"holds", t.holds}, {"sells", t.sells},
        {"conflicts", t.conflicts}, {"rate_limited", t.rateLimited}, {"errors", t.errors}};
    for (const auto &[kind, value] : activity)
        m.sample("boxoffice_activity_today", double(value), {{QStringLiteral("kind"), QLatin1String(kind)}});
    m.family("boxoffice_duplicates_prevented_today", "gauge", "Duplicate requests stopped since the start of the day.");
    const QList<QPair<int, qint64>> levels {
        {1, t.duplicatesLevel1}, {2, t.duplicatesLevel2}, {3, t.duplicatesLevel3}, {4, t.duplicatesLevel4}};
    for (const auto &[level, value] : levels)
        m.sample(
            "boxoffice_duplicates_prevented_today", double(value), {{QStringLiteral("level"), QString::number(level)}});

    m.family("boxoffice_counter_seconds_silent", "gauge", "Seconds since each counter's last heartbeat.");
    for (const CounterFigures &c : figures.counters)
        m.sample("boxoffice_counter_seconds_silent", c.secondsSilent, {{QStringLiteral("counter"), c.terminal}});

    m.family("boxoffice_job_last_run_timestamp_seconds", "gauge", "When each background job last ran.");
    for (const JobFigures &j : figures.jobs) {
        if (j.lastRun.isValid())
            m.sample("boxoffice_job_last_run_timestamp_seconds", double(j.lastRun.toSecsSinceEpoch()),
                {{QStringLiteral("job"), j.job}});
    }
    m.family("boxoffice_job_last_duration_milliseconds", "gauge", "How long each job's last run took.");
    for (const JobFigures &j : figures.jobs)
        m.sample("boxoffice_job_last_duration_milliseconds", j.durationMs, {{QStringLiteral("job"), j.job}});
    m.family("boxoffice_job_failures_today", "gauge", "Failed runs of each job since the start of the day.");
    for (const JobFigures &j : figures.jobs)
        m.sample("boxoffice_job_failures_today", j.failures, {{QStringLiteral("job"), j.job}});

    if (stats) {
        m.family("boxoffice_engine_events_total", "counter", "What this process's sale engine did since it started.");
        for (const auto &[name, value] : stats->snapshot())
            m.sample("boxoffice_engine_events_total", double(value), {{QStringLiteral("event"), name}});
    }
    return m.text();
}

} // namespace boxoffice
