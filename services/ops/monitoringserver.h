#pragma once

#include "db/result.h"
#include "db/workgroup.h"
#include "ops/healthmonitor.h"

#include <QtCore/QObject>
#include <QtNetwork/QHostAddress>

#include <atomic>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace boxoffice {

class Database;
class EngineStatistics;

// The box office's monitoring over HTTP, for ops tools (off unless the app's
// settings turn it on). Every request needs "Authorization: Bearer <token>".
//   GET /enhanced-orders/system-health      health findings (JSON)
//   GET /enhanced-orders/concurrency-stats  live figures; ?window=<minutes>
//                                           of per-minute activity, 1–1440 (JSON)
//   GET /metrics                            the same in the Prometheus text format
// 401 without the right token, 405 for another method, 400 for parameters it
// does not know or cannot read, 404 elsewhere, 503 when the database cannot
// be reached; system-health answers 503 too (with the report) when its worst
// finding is critical, so a plain uptime check notices. The database work runs on the Database's executor; the
// thread that owns the server only parses requests and sends answers.
class MonitoringServer final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost; // loopback unless told otherwise
        quint16 port = 0;                               // 0: any free port
        QString token;                                  // required, at least 16 characters
        HealthThresholds thresholds;
    };

    // stats: this process's engine counters (may be null).
    MonitoringServer(Database &db, const EngineStatistics *stats, Options options, QObject *parent = nullptr);
    ~MonitoringServer() override;

    // Listens; answers the port. Refused without a token or when the
    // address cannot be bound.
    Result<quint16> start();
    quint16 port() const { return m_port; }
    qint64 requestsServed() const { return m_served.load(); }

    // The Prometheus text exposition of a report and a snapshot (public
    // for tests and for anyone who wants the text without HTTP).
    static QByteArray metricsText(
        const HealthReport &health, const DashboardSnapshot &figures, const EngineStatistics *stats);

private:
    enum class Endpoint { SystemHealth, ConcurrencyStats, Metrics };
    QHttpServerResponse refusal(const QHttpServerRequest &request, Endpoint endpoint) const;
    bool authorized(const QHttpServerRequest &request) const;
    QHttpServerResponse answer(Endpoint endpoint, int windowMinutes);

    Database &m_db;
    const EngineStatistics *m_stats;
    const Options m_options;
    HealthMonitor m_monitor;
    std::unique_ptr<QHttpServer> m_server;
    WorkGroup m_requests {m_db}; // destroyed (and waited for) before the server
    quint16 m_port = 0;
    std::atomic<qint64> m_served {0};
};

} // namespace boxoffice
