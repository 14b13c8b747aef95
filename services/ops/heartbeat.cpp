#include "ops/heartbeat.h"

#include "db/database.h"
#include "sale/enginestatistics.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

Q_LOGGING_CATEGORY(lcBeat, "boxoffice.heartbeat")

namespace boxoffice {

Heartbeat::Heartbeat(Database &db, const EngineStatistics &statistics, int terminalId, QObject *parent)
    : QObject(parent), m_db(db), m_stats(statistics), m_terminalId(terminalId), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        beatNow().then(this, [this](const Result<Done> &) {
            schedule(); // only now: beats never pile up
        });
    });
}

Heartbeat::~Heartbeat()
{
    stop();
}

const std::array<const char *, Heartbeat::CountKinds> &Heartbeat::countKeys()
{
    static const std::array<const char *, CountKinds> keys {"holds", "sells", "conflicts", "dup_level1", "dup_level2",
        "dup_level3", "dup_level4", "rate_limited", "errors"};
    return keys;
}

void Heartbeat::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(100));
    if (m_running && m_timer->isActive())
        schedule();
}

void Heartbeat::schedule()
{
    if (m_running)
        m_timer->start(m_interval);
}

void Heartbeat::start()
{
    if (m_running)
        return;
    m_running = true;
    m_timer->start(0); // seen at once
}

void Heartbeat::stop()
{
    m_running = false;
    m_timer->stop();
}

bool Heartbeat::hasUnsentBeat() const
{
    std::lock_guard lock(m_mutex);
    return m_unsent.has_value();
}

QFuture<Result<Done>> Heartbeat::beatNow()
{
    return m_beats.run([this](Database &) { return beat(false); });
}

QFuture<Result<Done>> Heartbeat::signOff()
{
    stop();
    return m_beats.run([this](Database &) { return beat(true); });
}

Heartbeat::Totals Heartbeat::currentTotals() const
{
    using S = EngineStatistics;
    return Totals {m_stats.value(S::Holds), m_stats.value(S::Sells),
        m_stats.value(S::HoldConflicts) + m_stats.value(S::SellConflicts), m_stats.value(S::DuplicatesLevel1),
        m_stats.value(S::DuplicatesLevel2), m_stats.value(S::DuplicatesLevel3), m_stats.value(S::DuplicatesLevel4),
        m_stats.value(S::RateLimited), m_stats.value(S::Errors)};
}

Result<Done> Heartbeat::send(const Beat &beat, bool signingOff)
{
    QJsonObject counts {{QStringLiteral("beat"), beat.id.toString(QUuid::WithoutBraces)}};
    for (int k = 0; k < CountKinds; ++k) {
        if (beat.deltas[size_t(k)] > 0)
            counts.insert(QLatin1String(countKeys()[size_t(k)]), beat.deltas[size_t(k)]);
    }
    if (signingOff)
        counts.insert(QStringLiteral("signed_off"), true);
    const int clerk = signingOff ? 0 : m_clerkId.load();
    Result<QJsonObject> r = m_db.callJson(QStringLiteral("SELECT boxoffice.terminal_heartbeat(?, ?, ?::jsonb)"),
        {m_terminalId, clerk > 0 ? QVariant(clerk) : QVariant(QMetaType::fromType<int>()),
            QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    if (!r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    return Done {};
}

Result<Done> Heartbeat::beat(bool signingOff)
{
    std::lock_guard lock(m_mutex);
    // A beat that failed goes first, unchanged (same id, same counts); then
    // one with what happened since.
    for (int round = 0; round < 2; ++round) {
        const bool resending = m_unsent.has_value();
        if (!resending) {
            Beat next;
            next.id = QUuid::createUuid();
            next.totals = currentTotals();
            for (size_t k = 0; k < size_t(CountKinds); ++k) {
                // The statistics were reset: count from zero again.
                const qint64 base = next.totals[k] < m_acknowledged[k] ? 0 : m_acknowledged[k];
                next.deltas[k] = next.totals[k] - base;
            }
            m_unsent = next;
        }
        Result<Done> r = send(*m_unsent, signingOff);
        if (!r) {
            qCWarning(lcBeat) << "heartbeat failed, kept for the next one:" << r.error().detail;
            Q_EMIT beatFailed(r.error().message);
            return r;
        }
        m_acknowledged = m_unsent->totals;
        m_unsent.reset();
        m_sent.fetch_add(1);
        if (!resending)
            break;
    }
    Q_EMIT beatSent();
    return Done {};
}

} // namespace boxoffice
