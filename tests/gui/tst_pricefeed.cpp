// A price change reaches open counters at once (functions/pricefeed.sql's
// NOTIFY → SeatFeed::pricesChanged → CounterDesk → SeatMapModel): two
// counters, each with its own connection, feed, desk, map legend and cart,
// have shows open; a manager changes a price and copies prices to the other
// show; both counters show the new prices without reopening the show, the
// cart's total follows, the clerk is told, and a show not open is left alone.
#include "admin/showadmin.h"
#include "counter/counterdesk.h"
#include "counter/seatmaplegend.h"
#include "counter/seatmapmodel.h"
#include "db/database.h"
#include "money/money.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>
#include <QtWidgets/QLabel>

#include <memory>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {
// One counter PC: its own connection, engine, feed, desk and legend.
struct Counter
{
    Counter(TestCluster &cluster, const QString &name)
        : db(cluster.config(), name)
        , engine(db, SaleEngine::Options {name})
        , feed(cluster.config())
        , desk(db, engine, &feed)
    {
        feed.setPingInterval(3600 * 1000);
        legend.setModel(desk.seatMap());
        seatMap = desk.seatMap();
    }
    Database db;
    SaleEngine engine;
    SeatFeed feed;
    CounterDesk desk;
    SeatMapLegend legend;
    SeatMapModel *seatMap = nullptr;

    Money price(const QString &ticketType) const
    {
        for (const ZoneInfo &z : seatMap->layout().zones) {
            if (z.ticketType == ticketType)
                return z.price;
        }
        return Money::fromSatang(-1);
    }
    QString legendText(const QString &ticketType) const
    {
        QWidget *entry = legend.entryWidget(u"zone:"_s + ticketType);
        auto *text = entry ? entry->findChild<QLabel *>(u"text"_s) : nullptr;
        return text ? text->text() : QString();
    }
};
} // namespace

class TestPriceFeed final : public QObject
{
    Q_OBJECT

private:
    bool open(Counter &c, int show)
    {
        QSignalSpy loaded(&c.feed, &SeatFeed::showLoaded);
        c.desk.openShow(show);
        if (!loaded.wait(15000) && loaded.isEmpty())
            return false;
        QDeadlineTimer deadline(10000);
        while ((!c.feed.isOnline() || c.desk.pendingCalls() > 0) && !deadline.hasExpired())
            QTest::qWait(20);
        return c.feed.isOnline() && c.desk.pendingCalls() == 0 && c.desk.seatMap()->layout().showId == show;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
    }

    void aPriceChangeReachesBothCountersWithoutReopening()
    {
        const int show = m_cluster->demoShow(3);
        const int other = m_cluster->demoShow(4);
        Counter a(*m_cluster, u"Price Counter A"_s);
        Counter b(*m_cluster, u"Price Counter B"_s);
        VERIFY_OK(a.engine.registerTerminal());
        VERIFY_OK(b.engine.registerTerminal());
        // (The desks were made before their counters were registered.)
        a.seatMap->setTerminalId(a.engine.terminalId());
        b.seatMap->setTerminalId(b.engine.terminalId());
        a.feed.start();
        b.feed.start();
        QVERIFY(open(a, show));
        QVERIFY(open(b, show));
        const Money before = a.price(u"RINGSIDE"_s);
        QVERIFY(before.satang() > 0);
        QCOMPARE(b.price(u"RINGSIDE"_s), before);

        // Counter A has two ringside seats in its cart.
        a.desk.holdBestAvailable(2, u"RINGSIDE"_s);
        QTRY_COMPARE_WITH_TIMEOUT(a.desk.cart()->seatIds().size(), 2, 10000);
        QCOMPARE(a.desk.cart()->total(), before + before);

        QSignalSpy noticeA(&a.desk, &CounterDesk::notice);
        QSignalSpy zonesB(b.desk.seatMap(), &SeatMapModel::zonesChanged);
        VERIFY_OK(ShowAdmin::setPriceText(*m_manager, show, u"RINGSIDE"_s, u"1234.50"_s));
        const Money now = Money::fromSatang(123450);
        QTRY_COMPARE_WITH_TIMEOUT(a.price(u"RINGSIDE"_s), now, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b.price(u"RINGSIDE"_s), now, 10000);
        QCOMPARE(a.desk.seatMap()->layout().showId, show); // not reopened
        QCOMPARE(zonesB.size(), 1);
        // The cart's total, the seat's price and the legend follow.
        QCOMPARE(a.desk.cart()->total(), now + now);
        const int row = a.desk.seatMap()->rowForSeat(a.desk.cart()->seatIds().at(0));
        QCOMPARE(a.desk.seatMap()->index(row).data(SeatMapModel::PriceRole).value<Money>(), now);
        QVERIFY2(a.legendText(u"RINGSIDE"_s).contains(formatBaht(now)), qPrintable(a.legendText(u"RINGSIDE"_s)));
        QVERIFY2(b.legendText(u"RINGSIDE"_s).contains(formatBaht(now)), qPrintable(b.legendText(u"RINGSIDE"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!noticeA.isEmpty(), 5000);
        QVERIFY2(
            noticeA.last().first().toString().contains(u"prices"_s), qPrintable(noticeA.last().first().toString()));

        // Counter B moves to another show; prices copied onto it arrive
        // there, and counter A's show (not changed) stays as it is.
        QVERIFY(open(b, other));
        QCOMPARE(b.price(u"RINGSIDE"_s), before);
        QSignalSpy zonesA(a.desk.seatMap(), &SeatMapModel::zonesChanged);
        const Result<QStringList> copied = ShowAdmin::copyPrices(*m_manager, show, other);
        VERIFY_OK(copied);
        QTRY_COMPARE_WITH_TIMEOUT(b.price(u"RINGSIDE"_s), now, 10000);
        QTest::qWait(300);
        QCOMPARE(zonesA.size(), 0);
        QCOMPARE(a.price(u"RINGSIDE"_s), now);

        a.desk.releaseAll();
        QTRY_COMPARE_WITH_TIMEOUT(a.desk.cart()->seatIds().size(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(a.desk.pendingCalls(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b.desk.pendingCalls(), 0, 10000);
    }

    // The trigger sends one message per show and transaction, on the
    // control channel every counter listens to; a price set to what it was
    // sends none.
    void theTriggerNotifiesOncePerShow()
    {
        const int show = m_cluster->demoShow(5);
        SeatFeed feed(m_cluster->config());
        feed.setPingInterval(3600 * 1000);
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.isOnline(), 10000);
        QSignalSpy prices(&feed, &SeatFeed::pricesChanged);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price SET price = price + 1 WHERE show_id = ?"_s, {show}));
        QTRY_COMPARE_WITH_TIMEOUT(prices.size(), 1, 10000);
        QCOMPARE(prices.first().first().toInt(), show);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price SET price = price WHERE show_id = ?"_s, {show}));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price SET price = price - 1 WHERE show_id = ?"_s, {show}));
        QTRY_COMPARE_WITH_TIMEOUT(prices.size(), 2, 10000);
        QTest::qWait(200);
        QCOMPARE(prices.size(), 2);
    }

    void cleanupTestCase() { m_manager.reset(); }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<Database> m_manager;
};

QTEST_MAIN(TestPriceFeed)
#include "tst_pricefeed.moc"
