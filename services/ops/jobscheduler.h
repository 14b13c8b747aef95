#pragma once

#include "db/result.h"
#include "db/workgroup.h"

#include <QtCore/QDateTime>
#include <QtCore/QFuture>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>

#include <array>
#include <chrono>

class QTimer;

namespace boxoffice {

class Database;

struct JobRun
{
    QString job;
    QString client;
    bool ran = false; // false: another client ran it (or is running it) this period
    int rows = 0;
    double durationMs = 0;
    QJsonObject detail;
};

// The background jobs on QTimer: expired holds every minute, expired
// pending orders every 5 minutes, a health check every 10 minutes, a deep
// cleanup every hour (intervals configurable). Every counter runs the
// scheduler; the database lets one client run a job at a time and at most
// once per period (run_job: an advisory lock inside the job's transaction and
// the last recorded run). A single-shot timer starts a job on a worker; the
// timer restarts only when it is done, so runs never overlap. Correctness
// never depends on these jobs: an expired hold already counts as free.
class JobScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobScheduler)

public:
    enum Job { ExpireHolds, ExpireOrders, HealthCheck, DeepCleanup, JobCount };
    Q_ENUM(Job)

    JobScheduler(Database &db, QString client, QObject *parent = nullptr);
    ~JobScheduler() override;

    static QString jobName(Job job);
    void setInterval(Job job, std::chrono::milliseconds interval);
    std::chrono::milliseconds interval(Job job) const { return m_intervals[job]; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Runs one job now (in turn with the others), subject to the same
    // one-client, once-per-period rule.
    QFuture<Result<JobRun>> runNow(Job job);

Q_SIGNALS:
    void jobFinished(const boxoffice::JobRun &run);
    void jobFailed(boxoffice::JobScheduler::Job job, const QString &message);

private:
    void schedule(Job job);
    Result<JobRun> run(Job job);

    Database &m_db;
    const QString m_client;
    std::array<std::chrono::milliseconds, JobCount> m_intervals;
    std::array<QTimer *, JobCount> m_timers {};
    bool m_running = false;
    WorkGroup m_runs {m_db, WorkGroup::InTurn}; // last: waited for before the rest goes
};

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::JobRun)
