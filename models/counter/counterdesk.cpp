#include "counter/counterdesk.h"

#include "admin/seatblocks.h"
#include "admin/venuelayout.h"
#include "db/database.h"
#include "money/pricelist.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"

#include <QtSql/QSqlQuery>

#include <algorithm>

namespace boxoffice {

CounterDesk::CounterDesk(Database &db, SaleEngine &engine, SeatFeed *feed, QObject *parent)
    : QObject(parent), m_db(db), m_engine(engine), m_feed(feed), m_cart(&m_seatMap)
{
    m_seatMap.setTerminalId(engine.terminalId());
    if (m_feed) {
        connect(m_feed, &SeatFeed::showLoaded, this, [this](int showId, const SeatStatusList &seats) {
            if (showId != m_showId)
                return;
            m_seatMap.applySnapshot(seats);
            loadBlockNotes();
        });
        connect(m_feed, &SeatFeed::seatsChanged, this, [this](int showId, const SeatStatusList &changes) {
            if (showId != m_showId)
                return;
            applyAnswer(changes);
            const bool blocked = std::any_of(
                changes.cbegin(), changes.cend(), [](const SeatStatus &s) { return s.state == SeatState::Blocked; });
            if (blocked)
                loadBlockNotes();
        });
        // A manager's broadcast: every counter forgets its duplicate locks.
        connect(m_feed, &SeatFeed::duplicateLocksCleared, this, [this] {
            m_engine.forgetRecentAnswers();
            m_engine.inFlightGuard().clear();
            Q_EMIT notice(tr("A manager cleared the duplicate-order locks."));
        });
        connect(m_feed, &SeatFeed::salesStateChanged, this, [this](int showId, SalesState state) {
            if (showId != m_showId)
                return;
            Q_EMIT salesStateChanged(state);
        });
        connect(m_feed, &SeatFeed::pricesChanged, this, [this](int showId) {
            if (showId == m_showId)
                loadPrices(true);
        });
        connect(m_feed, &SeatFeed::onlineChanged, this, [this](bool online) {
            const bool back = online && !m_online;
            m_online = online;
            Q_EMIT onlineChanged(online);
            // A price change notified while the feed was away is gone.
            if (back && m_showId && m_seatMap.layout().showId == m_showId)
                loadPrices(false);
        });
        m_online = m_feed->isOnline();
    }
}

CounterDesk::~CounterDesk()
{
    if (m_feed && m_showId)
        m_feed->unwatchShow(m_showId);
}

template<typename T, typename Done>
void CounterDesk::onAnswer(QFuture<T> future, Done &&done)
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    future.then(this, [this, done = std::forward<Done>(done)](const T &result) {
        done(result);
        if (--m_pending == 0)
            Q_EMIT busyChanged(false);
    });
}

void CounterDesk::seatCall(int show, QFuture<Result<HoldResult>> future)
{
    onAnswer(std::move(future), [this, show](const Result<HoldResult> &r) {
        if (show != m_showId)
            return; // another show was opened meanwhile
        if (!r) {
            Q_EMIT failed(r.error());
            return;
        }
        applyAnswer(r->changes);
    });
}

void CounterDesk::applyAnswer(const SeatStatusList &changes)
{
    // Unknown holders get their names looked up (a new counter came online).
    for (const SeatStatus &s : changes) {
        if (s.heldBy && !m_seatMap.knowsTerminal(s.heldBy) && !m_loadingNames) {
            loadTerminalNames();
            break;
        }
    }
    m_seatMap.applyChanges(changes);
}

void CounterDesk::loadTerminalNames()
{
    m_loadingNames = true;
    onAnswer(m_db.run([](Database &db) {
        QHash<int, QString> names;
        db.query(QStringLiteral("SELECT id, name FROM boxoffice.terminal"), {}, [&names](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                names.insert(q.value(0).toInt(), q.value(1).toString());
            return Done {};
        });
        return names;
    }),
        [this](const QHash<int, QString> &names) {
            m_loadingNames = false;
            if (!names.isEmpty())
                m_seatMap.setTerminalNames(names);
        });
}

void CounterDesk::loadBlockNotes()
{
    if (m_loadingBlocks) {
        m_blocksStale = true;
        return;
    }
    m_loadingBlocks = true;
    m_blocksStale = false;
    const int show = m_showId;
    m_db.run([show](Database &db) { return SeatBlocks::showBlocks(db, show); })
        .then(this, [this, show](const Result<QList<SeatBlock>> &blocks) {
            m_loadingBlocks = false;
            if (show == m_showId && blocks) {
                QHash<int, SeatMapModel::BlockNote> notes;
                for (const SeatBlock &b : blocks.value())
                    notes.insert(b.seatId, SeatMapModel::BlockNote {b.kind, b.reason});
                m_seatMap.setBlockNotes(std::move(notes));
            }
            if (m_blocksStale)
                loadBlockNotes();
        });
}

void CounterDesk::loadPrices(bool announce)
{
    const int show = m_showId;
    const int venue = m_seatMap.layout().venueId;
    if (m_seatMap.layout().showId != show) {
        // The layout is still loading; it may have read the old prices.
        m_pricesStale = true;
        return;
    }
    loadPriceList();
    onAnswer(m_db.run([show, venue](Database &db) { return VenueLayout::loadZones(db, show, venue); }),
        [this, show, announce](const Result<QList<ZoneInfo>> &zones) {
            if (show != m_showId || !zones)
                return;
            if (m_seatMap.setZonePrices(zones.value()) > 0 && announce)
                Q_EMIT notice(tr("A manager changed this show's prices: the map and the cart show the new prices."));
        });
}

void CounterDesk::loadPriceList()
{
    const int show = m_showId;
    onAnswer(m_db.run([show](Database &db) { return PriceLists::showPriceList(db, show); }),
        [this, show](const Result<PriceList> &list) {
            if (show != m_showId)
                return;
            if (!list) {
                // STANDARD is still sold at the zone's price; the rest waits.
                Q_EMIT failed(list.error());
                return;
            }
            m_cart.setPriceList(list.value());
        });
}

void CounterDesk::openShow(int showId)
{
    if (m_feed && m_showId)
        m_feed->unwatchShow(m_showId);
    m_showId = showId;
    m_pricesStale = false;
    loadTerminalNames();
    onAnswer(m_db.run([showId](Database &db) { return VenueLayout::load(db, showId); }),
        [this, showId](const Result<VenueLayout> &layout) {
            if (showId != m_showId)
                return; // another show was opened meanwhile
            if (!layout) {
                // No map of another show stays up to be sold from under
                // this show's id.
                m_seatMap.setLayout(VenueLayout {});
                Q_EMIT failed(layout.error());
                return;
            }
            const QString title = layout->showTitle;
            m_seatMap.setLayout(layout.value());
            loadPriceList();
            if (m_pricesStale) {
                m_pricesStale = false;
                loadPrices(true);
            }
            // The feed LISTENs, then loads the show: no change is missed.
            if (m_feed) {
                m_feed->watchShow(showId);
            } else {
                onAnswer(m_engine.loadShowAsync(showId), [this, showId](const Result<SeatStatusList> &seats) {
                    if (showId == m_showId && seats) {
                        m_seatMap.applySnapshot(seats.value());
                        loadBlockNotes();
                    }
                });
            }
            Q_EMIT showOpened(showId, title);
        });
}

void CounterDesk::pickSeats(const QList<int> &seatIds)
{
    QList<int> toHold, toRelease;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int id : seatIds) {
        const int row = m_seatMap.rowForSeat(id);
        if (row < 0)
            continue;
        if (m_seatMap.isMine(row) && m_seatMap.heldUntilMs(row) > now)
            toRelease << id;
        else
            toHold << id;
    }
    if (!toRelease.isEmpty())
        releaseSeats(toRelease);
    if (toHold.isEmpty())
        return;
    const int show = m_showId;
    seatCall(show, m_engine.holdAsync(show, toHold, m_holdMinutes));
}

void CounterDesk::holdBestAvailable(int count, const QString &ticketType)
{
    const QList<int> seats = m_seatMap.bestAvailable(count, ticketType);
    if (seats.isEmpty()) {
        Q_EMIT notice(tr("No %n adjacent %1 seat(s) are free in one row.", nullptr, count).arg(ticketType));
        return;
    }
    pickSeats(seats);
}

void CounterDesk::releaseSeats(const QList<int> &seatIds)
{
    if (seatIds.isEmpty())
        return;
    const int show = m_showId;
    seatCall(show, m_engine.releaseAsync(show, seatIds));
}

void CounterDesk::releaseAll()
{
    releaseSeats(m_cart.seatIds());
}

void CounterDesk::extendAll()
{
    const QList<int> seats = m_cart.seatIds();
    if (seats.isEmpty())
        return;
    const int show = m_showId;
    seatCall(show, m_engine.extendAsync(show, seats, m_holdMinutes));
}

void CounterDesk::sell(SellRequest request)
{
    request.showId = m_showId;
    if (request.seatIds.isEmpty())
        request.seatIds = m_cart.seatIds();
    if (request.ticketType.isEmpty())
        request.ticketType = m_cart.ticketType();
    if (request.priceTypes.isEmpty())
        request.priceTypes = m_cart.priceTypes();
    onAnswer(m_engine.sellAsync(request), [this, request](const Result<Order> &r) {
        if (!r) {
            Q_EMIT sellRefused(r.error(), request);
            return;
        }
        // The seats turn sold at once (the feed's copy of the same versions
        // is then dropped as not newer).
        applyAnswer(r->changes);
        Q_EMIT sold(r.value());
    });
}

} // namespace boxoffice
