// The live seat feed: LISTEN/NOTIFY on a thread with an event loop, typed
// signals, and the QPSQL trap — subscriptions die with the connection, so
// after a reconnect the feed must LISTEN again and reload the show.
#include "db/database.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestSeatFeed final : public QObject
{
    Q_OBJECT

private:
    static const SeatStatus *find(const SeatStatusList &list, int seatId)
    {
        for (const SeatStatus &s : list) {
            if (s.seatId == seatId)
                return &s;
        }
        return nullptr;
    }

    std::unique_ptr<SeatFeed> makeFeed(const QString &appName)
    {
        ConnectionConfig c = m_cluster->config();
        c.set(QStringLiteral("application_name"), appName);
        auto feed = std::make_unique<SeatFeed>(c);
        feed->setPingInterval(100);
        return feed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_show = m_cluster->demoShow(2);
        m_engine
            = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter Feed B")});
        QVERIFY(m_engine->registerTerminal().ok());
    }

    void init() { m_cluster->resetSales(); }

    void deliversOnlyChangedSeats()
    {
        auto feed = makeFeed(QStringLiteral("boxoffice-feed-1"));
        QSignalSpy loaded(feed.get(), &SeatFeed::showLoaded);
        QSignalSpy changed(feed.get(), &SeatFeed::seatsChanged);
        QSignalSpy online(feed.get(), &SeatFeed::onlineChanged);
        feed->watchShow(m_show);
        feed->start();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toInt(), m_show);
        QCOMPARE(loaded.first().at(1).value<SeatStatusList>().size(), 3024);
        // Online follows the first load (it is said once the shows are in).
        QTRY_VERIFY_WITH_TIMEOUT(feed->isOnline(), 5000);
        QCOMPARE(online.size(), 1);

        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 3);
        Result<HoldResult> held = m_engine->hold(m_show, seats, 5);
        QVERIFY(held.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        const SeatStatusList changes = changed.first().at(1).value<SeatStatusList>();
        QCOMPARE(changed.first().at(0).toInt(), m_show);
        QCOMPARE(changes.size(), 3);
        for (int id : seats) {
            const SeatStatus *s = find(changes, id);
            QVERIFY(s);
            QCOMPARE(s->state, SeatState::Held);
            QCOMPARE(s->heldBy, m_engine->terminalId());
            QVERIFY(s->version > 0);
            QVERIFY(s->heldUntil > QDateTime::currentDateTime().addSecs(200));
        }

        // A sale turns them sold, with newer versions.
        changed.clear();
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = seats;
        sale.ticketType = QStringLiteral("RINGSIDE");
        QVERIFY(m_engine->sell(sale).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        const SeatStatusList sold = changed.first().at(1).value<SeatStatusList>();
        QCOMPARE(sold.size(), 3);
        for (const SeatStatus &s : sold) {
            QCOMPARE(s.state, SeatState::Sold);
            QVERIFY(s.version > find(changes, s.seatId)->version);
        }
    }

    void ignoresShowsNotWatched()
    {
        auto feed = makeFeed(QStringLiteral("boxoffice-feed-2"));
        QSignalSpy loaded(feed.get(), &SeatFeed::showLoaded);
        QSignalSpy changed(feed.get(), &SeatFeed::seatsChanged);
        feed->watchShow(m_show);
        feed->start();
        QVERIFY(loaded.wait(10000));
        const int otherShow = m_cluster->demoShow(3);
        QVERIFY(m_engine->hold(otherShow, m_cluster->seatsOf(otherShow, QStringLiteral("CLASS3"), 1), 5).ok());
        QVERIFY(m_engine->hold(m_show, m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 1), 5).ok());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.first().at(0).toInt(), m_show);
    }

    void resubscribesAndReloadsAfterReconnect()
    {
        const QString appName = QStringLiteral("boxoffice-feed-3");
        auto feed = makeFeed(appName);
        QSignalSpy loaded(feed.get(), &SeatFeed::showLoaded);
        QSignalSpy changed(feed.get(), &SeatFeed::seatsChanged);
        QSignalSpy online(feed.get(), &SeatFeed::onlineChanged);
        feed->watchShow(m_show);
        feed->start();
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(feed->isOnline(), 5000);
        loaded.clear();
        online.clear();
        // How many reloads had arrived when the feed said it was back online.
        qsizetype loadedWhenOnline = -1;
        connect(feed.get(), &SeatFeed::onlineChanged, this, [&](bool up) {
            if (up)
                loadedWhenOnline = loaded.size();
        });

        // The server ends the feed's session; a seat is held while the feed
        // is away, so its notification is lost for good.
        QVERIFY(m_cluster
                    ->scalar(
                        QStringLiteral(
                            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?"),
                        {appName})
                    .toInt()
            == 1);
        const QList<int> seat = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 1, 5);
        QVERIFY(m_engine->hold(m_show, seat, 5).ok());

        QTRY_VERIFY_WITH_TIMEOUT(online.size() >= 2, 10000);
        QCOMPARE(online.at(0).at(0).toBool(), false);
        QCOMPARE(online.last().at(0).toBool(), true);
        // The reload after the reconnect carries what the lost notification said.
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        // Back online only once the show is reloaded: a counter that sells as
        // soon as it is told does not pick from its map of before the outage.
        QCOMPARE(loadedWhenOnline, qsizetype(1));
        const SeatStatusList reloaded = loaded.last().at(1).value<SeatStatusList>();
        QCOMPARE(reloaded.size(), 3024);
        const SeatStatus *s = find(reloaded, seat.first());
        QVERIFY(s);
        QCOMPARE(s->state, SeatState::Held);
        QCOMPARE(s->heldBy, m_engine->terminalId());

        // And it listens again: the next change arrives as a notification.
        changed.clear();
        QVERIFY(m_engine->release(m_show, seat).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QCOMPARE(changed.last().at(1).value<SeatStatusList>().first().state, SeatState::Available);
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?"), {appName})
                .toInt(),
            1);
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<SaleEngine> m_engine;
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestSeatFeed)
#include "tst_seatfeed.moc"
