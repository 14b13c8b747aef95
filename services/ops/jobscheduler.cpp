#include "ops/jobscheduler.h"

#include "db/database.h"

#include <QtCore/QTimer>

namespace boxoffice {

using namespace std::chrono_literals;

JobScheduler::JobScheduler(Database &db, QString client, QObject *parent)
    : QObject(parent), m_db(db), m_client(std::move(client)), m_intervals {1min, 5min, 10min, 60min}
{
    qRegisterMetaType<boxoffice::JobRun>();
    for (int j = 0; j < JobCount; ++j) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, j] {
            runNow(Job(j)).then(this, [this, j](const Result<JobRun> &) {
                schedule(Job(j)); // only now: runs never overlap
            });
        });
        m_timers[size_t(j)] = timer;
    }
}

JobScheduler::~JobScheduler()
{
    stop();
}

QString JobScheduler::jobName(Job job)
{
    switch (job) {
    case ExpireHolds:
        return QStringLiteral("expire_holds");
    case ExpireOrders:
        return QStringLiteral("expire_orders");
    case HealthCheck:
        return QStringLiteral("health_check");
    case DeepCleanup:
        return QStringLiteral("deep_cleanup");
    case JobCount:
        break;
    }
    return {};
}

void JobScheduler::setInterval(Job job, std::chrono::milliseconds interval)
{
    m_intervals[size_t(job)] = std::max(interval, std::chrono::milliseconds(100));
    if (m_running && m_timers[size_t(job)]->isActive())
        schedule(job);
}

void JobScheduler::schedule(Job job)
{
    if (m_running)
        m_timers[size_t(job)]->start(m_intervals[size_t(job)]);
}

void JobScheduler::start()
{
    m_running = true;
    for (int j = 0; j < JobCount; ++j)
        schedule(Job(j));
}

void JobScheduler::stop()
{
    m_running = false;
    for (QTimer *t : m_timers)
        t->stop();
}

QFuture<Result<JobRun>> JobScheduler::runNow(Job job)
{
    return m_runs.run([this, job](Database &) {
        Result<JobRun> r = run(job);
        // Signals cross to the scheduler's thread (queued).
        if (r)
            Q_EMIT jobFinished(r.value());
        else
            Q_EMIT jobFailed(job, r.error().message);
        return r;
    });
}

Result<JobRun> JobScheduler::run(Job job)
{
    const qint64 periodSeconds = std::max<qint64>(1, m_intervals[size_t(job)].count() / 1000);
    Result<QJsonObject> r = m_db.callJson(
        QStringLiteral("SELECT boxoffice.run_job(?, ?, ?)"), {jobName(job), m_client, int(periodSeconds)});
    if (!r)
        return r.error();
    if (!r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    JobRun run;
    run.job = jobName(job);
    run.client = m_client;
    run.ran = r->value(QLatin1String("ran")).toBool();
    run.rows = r->value(QLatin1String("rows")).toInt();
    run.durationMs = r->value(QLatin1String("duration_ms")).toDouble();
    run.detail = r->value(QLatin1String("detail")).toObject();
    return run;
}

} // namespace boxoffice
