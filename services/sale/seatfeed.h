#pragma once

#include "db/connectionconfig.h"
#include "sale/domain.h"

#include <QtCore/QObject>
#include <QtCore/QThread>

#include <atomic>

namespace boxoffice {

class SeatFeedWorker;

// The live seat feed: LISTEN on boxoffice_seats on a connection of its own,
// in a thread of its own with an event loop (QPSQL delivers notifications
// through a socket notifier on that thread). A ping notices a dead
// connection; on every reconnect it LISTENs first, then reloads the watched
// shows from the tables (showLoaded), then applies notifications
// (seatsChanged) — notifications sent while it was away are gone.
// Signals arrive on the thread that owns the SeatFeed.
class SeatFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatFeed)

public:
    explicit SeatFeed(ConnectionConfig config, QObject *parent = nullptr);
    ~SeatFeed() override;

    void setPingInterval(int ms);
    void start();
    void watchShow(int showId);
    void unwatchShow(int showId);
    bool isOnline() const { return m_online.load(); }

    static constexpr const char *Channel = "boxoffice_seats";
    static constexpr const char *JobsChannel = "boxoffice_jobs";
    static constexpr const char *ControlChannel = "boxoffice_control";

Q_SIGNALS:
    // The whole show as committed, after watchShow() and after a reconnect.
    void showLoaded(int showId, const boxoffice::SeatStatusList &seats);
    // Only the seats that changed, from a notification.
    void seatsChanged(int showId, const boxoffice::SeatStatusList &changes);
    void onlineChanged(bool online);
    // Some seat of this show changed (any show, watched or not): for
    // figures such as the show picker's free seats.
    void showTouched(int showId);
    // A background job ran somewhere (NOTIFY boxoffice_jobs).
    void jobBroadcast(const QString &job, const QString &client, int rows);
    // A manager changed a show's sales state (on_sale, paused, closed).
    void salesStateChanged(int showId, boxoffice::SalesState state);
    // A manager asked every counter to forget its in-process duplicate locks.
    void duplicateLocksCleared();
    // A show's prices changed (any show; NOTIFY from functions/pricefeed.sql).
    void pricesChanged(int showId);

private:
    QThread m_thread;
    SeatFeedWorker *m_worker = nullptr;
    std::atomic<bool> m_online {false};
};

} // namespace boxoffice
