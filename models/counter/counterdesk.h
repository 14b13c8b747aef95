#pragma once

#include "counter/cartmodel.h"
#include "counter/seatmapmodel.h"
#include "db/serviceerror.h"
#include "sale/domain.h"

#include <QtCore/QFuture>
#include <QtCore/QObject>

namespace boxoffice {

class Database;
class SaleEngine;
class SeatFeed;

// One counter at work on one show: the seat map kept live from the feed, the
// cart of this counter's holds, and every engine call made off the GUI thread
// (results come back as signals). The widgets only talk to this.
class CounterDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterDesk)

public:
    CounterDesk(Database &db, SaleEngine &engine, SeatFeed *feed, QObject *parent = nullptr);
    ~CounterDesk() override;

    SeatMapModel *seatMap() { return &m_seatMap; }
    CartModel *cart() { return &m_cart; }
    SaleEngine &engine() { return m_engine; }
    Database &database() { return m_db; }
    int showId() const { return m_showId; }
    bool isOnline() const { return m_online; }
    int pendingCalls() const { return m_pending; }

    void setHoldMinutes(int minutes) { m_holdMinutes = minutes; }
    int holdMinutes() const { return m_holdMinutes; }

    void openShow(int showId);
    // Free seats are held, this counter's held seats released (a toggle).
    void pickSeats(const QList<int> &seatIds);
    void holdBestAvailable(int count, const QString &ticketType);
    void releaseSeats(const QList<int> &seatIds);
    void releaseAll();
    void extendAll();
    // The checkout: sells the cart's seats (request.seatIds filled in if empty).
    void sell(SellRequest request);

Q_SIGNALS:
    void showOpened(int showId, const QString &title);
    void failed(const boxoffice::ServiceError &error);
    void notice(const QString &text);
    void sold(const boxoffice::Order &order);
    void sellRefused(const boxoffice::ServiceError &error, const boxoffice::SellRequest &request);
    void onlineChanged(bool online);
    // The open show was paused, resumed or closed by a manager.
    void salesStateChanged(boxoffice::SalesState state);
    void busyChanged(bool busy);

private:
    // done(answer) back on this thread; the call counts as pending (busy) until then.
    template<typename T, typename Done>
    void onAnswer(QFuture<T> future, Done &&done);
    // A hold, release or extend: its answer updates the map at once.
    void seatCall(int show, QFuture<Result<HoldResult>> future);
    void applyAnswer(const SeatStatusList &changes);
    void loadTerminalNames();
    // The open show's block reasons (tooltips): after it loads, and when
    // the feed names a seat turning (or staying) blocked.
    void loadBlockNotes();
    // The open show's prices again (a manager changed them, or the feed is
    // back and may have missed it): the map's zones and the cart follow.
    void loadPrices(bool announce);
    // The show's price list (price types per ticket type) into the cart.
    void loadPriceList();

    Database &m_db;
    SaleEngine &m_engine;
    SeatFeed *m_feed;
    SeatMapModel m_seatMap;
    CartModel m_cart;
    int m_showId = 0;
    int m_holdMinutes = 5;
    bool m_online = true;
    int m_pending = 0;
    bool m_loadingNames = false;
    bool m_loadingBlocks = false;
    bool m_blocksStale = false; // changed again while loading: load once more
    bool m_pricesStale = false; // changed while the layout was loading: read again once it is up
};

} // namespace boxoffice
