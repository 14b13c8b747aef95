#include "sale/seatfeed.h"

#include "db/database.h"
#include "sale/seatlockservice.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcFeed, "boxoffice.feed")

namespace boxoffice {

class SeatFeedWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SeatFeedWorker(ConnectionConfig config) : m_config(std::move(config)) { }

    void init()
    {
        // Everything that touches the connection lives on this thread.
        m_db = std::make_unique<Database>(m_config, QStringLiteral("feed"));
        // The feed handles losses itself (it must LISTEN again).
        m_db->setReconnectBudget(std::chrono::milliseconds(0));
        m_pingTimer = new QTimer(this);
        m_pingTimer->setInterval(m_pingMs);
        connect(m_pingTimer, &QTimer::timeout, this, &SeatFeedWorker::ping);
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setSingleShot(true);
        connect(m_reconnectTimer, &QTimer::timeout, this, &SeatFeedWorker::connectNow);
        connectNow();
    }

    void shutdown()
    {
        if (m_pingTimer)
            m_pingTimer->stop();
        if (m_reconnectTimer)
            m_reconnectTimer->stop();
        m_db.reset(); // closes this thread's connection
    }

    void setPingInterval(int ms)
    {
        m_pingMs = ms;
        if (m_pingTimer)
            m_pingTimer->setInterval(ms);
    }

    void watch(int showId)
    {
        m_shows.insert(showId);
        if (m_online)
            load(showId);
    }

    void unwatch(int showId) { m_shows.remove(showId); }

Q_SIGNALS:
    void showLoaded(int showId, const boxoffice::SeatStatusList &seats);
    void seatsChanged(int showId, const boxoffice::SeatStatusList &changes);
    void onlineChanged(bool online);
    void showTouched(int showId);
    void jobBroadcast(const QString &job, const QString &client, int rows);
    void salesStateChanged(int showId, boxoffice::SalesState state);
    void duplicateLocksCleared();
    void pricesChanged(int showId);

private:
    void connectNow()
    {
        Result<QSqlDatabase> conn = m_db->connection();
        if (!conn) {
            lost();
            return;
        }
        QSqlDriver *driver = conn.value().driver();
        // LISTEN first, then read the tables: a change committed in between
        // is then both in the snapshot and notified, never in neither.
        if (!driver->subscribeToNotification(QString::fromLatin1(SeatFeed::Channel))
            || !driver->subscribeToNotification(QString::fromLatin1(SeatFeed::JobsChannel))
            || !driver->subscribeToNotification(QString::fromLatin1(SeatFeed::ControlChannel))) {
            qCWarning(lcFeed) << "LISTEN failed:" << driver->lastError().text();
            lost();
            return;
        }
        connect(driver, &QSqlDriver::notification, this, &SeatFeedWorker::onNotification, Qt::UniqueConnection);
        m_listeningOn = m_db->threadConnectionId();
        m_backoffMs = 100;
        // Online only once every watched show is reloaded: a counter that
        // hears "back online" and sells at once must not pick from the map it
        // had before the outage (a seat held meanwhile would look free).
        const QSet<int> shows = m_shows;
        for (int showId : shows) {
            if (!load(showId))
                return;
        }
        setOnline(true);
        m_pingTimer->start();
    }

    bool load(int showId)
    {
        SeatLockService locks(*m_db);
        Result<SeatStatusList> seats = locks.loadShow(showId);
        if (seats && !listening()) {
            lost();
            return false;
        }
        if (!seats) {
            if (seats.code() == ErrorCode::UnknownShow) {
                Q_EMIT showLoaded(showId, {});
                return true;
            }
            lost();
            return false;
        }
        Q_EMIT showLoaded(showId, seats.value());
        return true;
    }

    // A query may have reopened the connection behind our back (QPSQL
    // forgets LISTEN then): that counts as a loss too.
    bool listening() const { return m_listeningOn != 0 && m_db->threadConnectionId() == m_listeningOn; }

    void ping()
    {
        if (!m_db->ping() || !listening())
            lost();
    }

    void lost()
    {
        m_listeningOn = 0;
        m_pingTimer->stop();
        m_db->closeThreadConnection(); // the subscription goes with it
        setOnline(false);
        m_reconnectTimer->start(m_backoffMs);
        m_backoffMs = qMin(m_backoffMs * 2, 5000);
    }

    void setOnline(bool online)
    {
        if (m_online == online)
            return;
        m_online = online;
        qCInfo(lcFeed) << (online ? "online" : "offline");
        Q_EMIT onlineChanged(online);
    }

    void onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        if (name == QLatin1String(SeatFeed::ControlChannel)) {
            const QString action = o.value(QLatin1String("action")).toString();
            if (action == QLatin1String("sales_state")) {
                const QString stateName = o.value(QLatin1String("state")).toString();
                if (const std::optional<SalesState> state = salesStateFromName(stateName))
                    Q_EMIT salesStateChanged(o.value(QLatin1String("show")).toInt(), *state);
                else
                    qCWarning(lcFeed) << "ignored a sales state this client does not know:" << stateName;
            } else if (action == QLatin1String("clear_duplicate_locks")) {
                Q_EMIT duplicateLocksCleared();
            } else if (action == QLatin1String("prices")) {
                Q_EMIT pricesChanged(o.value(QLatin1String("show")).toInt());
            }
            return;
        }
        if (name == QLatin1String(SeatFeed::JobsChannel)) {
            Q_EMIT jobBroadcast(o.value(QLatin1String("job")).toString(), o.value(QLatin1String("client")).toString(),
                o.value(QLatin1String("rows")).toInt());
            return;
        }
        if (name != QLatin1String(SeatFeed::Channel))
            return;
        const int showId = o.value(QLatin1String("s")).toInt();
        Q_EMIT showTouched(showId);
        if (!m_shows.contains(showId))
            return;
        if (o.value(QLatin1String("reload")).toBool()) {
            load(showId);
            return;
        }
        Q_EMIT seatsChanged(showId, seatStatusesFromJson(o.value(QLatin1String("c")).toArray(), m_db->clockOffsetMs()));
    }

    const ConnectionConfig m_config;
    std::unique_ptr<Database> m_db;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QSet<int> m_shows;
    bool m_online = false;
    quint64 m_listeningOn = 0;
    int m_pingMs = 2000;
    int m_backoffMs = 100;
};

SeatFeed::SeatFeed(ConnectionConfig config, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<boxoffice::SeatStatusList>();
    m_worker = new SeatFeedWorker(std::move(config));
    // The one thread outside Database::run's executor, on purpose: a pool
    // thread runs no event loop, and a LISTEN connection needs one (QPSQL
    // delivers notifications through a socket notifier on its thread).
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("SeatFeed"));
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SeatFeedWorker::showLoaded, this, &SeatFeed::showLoaded);
    connect(m_worker, &SeatFeedWorker::seatsChanged, this, &SeatFeed::seatsChanged);
    connect(m_worker, &SeatFeedWorker::showTouched, this, &SeatFeed::showTouched);
    connect(m_worker, &SeatFeedWorker::jobBroadcast, this, &SeatFeed::jobBroadcast);
    connect(m_worker, &SeatFeedWorker::salesStateChanged, this, &SeatFeed::salesStateChanged);
    connect(m_worker, &SeatFeedWorker::duplicateLocksCleared, this, &SeatFeed::duplicateLocksCleared);
    connect(m_worker, &SeatFeedWorker::pricesChanged, this, &SeatFeed::pricesChanged);
    connect(m_worker, &SeatFeedWorker::onlineChanged, this, [this](bool online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    });
}

SeatFeed::~SeatFeed()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &SeatFeedWorker::shutdown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void SeatFeed::setPingInterval(int ms)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ms] { w->setPingInterval(ms); });
}

void SeatFeed::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SeatFeedWorker::init);
}

void SeatFeed::watchShow(int showId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, showId] { w->watch(showId); });
}

void SeatFeed::unwatchShow(int showId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, showId] { w->unwatch(showId); });
}

} // namespace boxoffice

#include "seatfeed.moc"
