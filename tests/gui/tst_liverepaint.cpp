// Another counter's change reaches this counter's map on its own, seat by
// seat: the real chain (SeatFeed -> CounterDesk -> SeatMapModel ->
// SeatMapView, offscreen) with another counter's engine holding seats.
//
// The feed pings a few times and then no more (once an hour), so nothing but
// the notification itself can bring the change: a notification held back (as
// QPSQL did behind the half-read answer of the feed's last ping, until the
// next ping, up to 2 s in the app) never arrives and the test fails. What is asserted is
// behaviour, not time: one notification, no reload of the show, dataChanged
// for exactly the changed rows, a repaint of exactly those seats, and the
// colour on screen. bench/bench_repaint measures the time.
#include "counter/counterdesk.h"
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "db/database.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "testcluster.h"

#include <QtGui/QPixmap>
#include <QtGui/QScreen>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>

#include <memory>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestLiveRepaint final : public QObject
{
    Q_OBJECT

private:
    SeatMapModel *model() { return m_desk->seatMap(); }

    // Where the seat is on screen, as the view draws it (with the margin
    // SeatMapView repaints around a changed seat).
    QRect seatArea(int seatId)
    {
        const QRectF r = model()->seatRect(model()->rowForSeat(seatId));
        return QRectF(m_view->worldToWidget(r.topLeft()), m_view->worldToWidget(r.bottomRight()))
            .toAlignedRect()
            .adjusted(-2, -2, 2, 2);
    }

    // The colour on screen (the window's backing store) at the seat's centre.
    QColor colourOnScreen(int seatId)
    {
        const QPoint at = m_view->seatPosition(seatId);
        const QImage shot = m_view->screen()->grabWindow(m_view->winId(), at.x(), at.y(), 1, 1).toImage();
        return shot.isNull() ? QColor() : QColor(shot.pixel(0, 0));
    }

    static QRegion paintedRegion(const QSignalSpy &painted)
    {
        QRegion region;
        for (const QList<QVariant> &call : painted)
            region += call.at(0).value<QRegion>();
        return region;
    }

    static QList<int> changedRows(const QSignalSpy &dataChanged)
    {
        QList<int> rows;
        for (const QList<QVariant> &call : dataChanged) {
            for (int row = call.at(0).toModelIndex().row(); row <= call.at(1).toModelIndex().row(); ++row)
                rows << row;
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    // One change by the other counter, seen through the whole chain.
    void expectRepaintOf(const QList<int> &seats, SeatState state, const std::function<bool()> &change)
    {
        QSignalSpy reloads(m_feed.get(), &SeatFeed::showLoaded);
        QSignalSpy notified(m_feed.get(), &SeatFeed::seatsChanged);
        QSignalSpy dataChanged(model(), &QAbstractItemModel::dataChanged);
        QSignalSpy painted(m_view.get(), &SeatMapView::painted);
        QRegion expected;
        for (int id : seats)
            expected += seatArea(id);

        QVERIFY(change());
        // Every seat painted in its new state, with no ping and no reload to
        // bring it (the wait is only an upper bound for a slow machine).
        QTRY_VERIFY_WITH_TIMEOUT((expected - paintedRegion(painted)).isEmpty(), 10000);
        QTest::qWait(100); // anything else that would follow, to be counted too

        // One notification naming exactly these seats; the show not reloaded.
        QCOMPARE(reloads.size(), 0);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toInt(), m_show);
        QList<int> notifiedSeats;
        for (const SeatStatus &s : notified.first().at(1).value<SeatStatusList>()) {
            notifiedSeats << s.seatId;
            QCOMPARE(s.state, state);
        }
        std::sort(notifiedSeats.begin(), notifiedSeats.end());
        QCOMPARE(notifiedSeats, seats);

        // The model changed exactly those rows, and the view repainted exactly
        // those seats (not the map).
        QList<int> rows;
        for (int id : seats)
            rows << model()->rowForSeat(id);
        std::sort(rows.begin(), rows.end());
        QCOMPARE(changedRows(dataChanged), rows);
        const QRegion repainted = paintedRegion(painted);
        QVERIFY2((repainted - expected).isEmpty(), "painted outside the changed seats");

        // And on screen, in the state's colour.
        for (int id : seats) {
            const int row = model()->rowForSeat(id);
            QCOMPARE(model()->state(row), state);
            const QColor expectedColour = state == SeatState::Held
                ? SeatMapView::palette().heldOther
                : QColor(model()->layout().zones.at(model()->zone(row)).color);
            QCOMPARE(colourOnScreen(id), expectedColour);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        m_show = m_cluster->demoShow(4);
        // The other counter, and this one.
        m_other
            = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter Repaint A")});
        QVERIFY(m_other->registerTerminal().ok());
        m_db = std::make_unique<Database>(m_cluster->config(), QStringLiteral("counterB"));
        m_engine = std::make_unique<SaleEngine>(*m_db, SaleEngine::Options {QStringLiteral("Counter Repaint B")});
        QVERIFY(m_engine->registerTerminal().ok());
        m_feed = std::make_unique<SeatFeed>(m_cluster->config());
        m_feed->setPingInterval(3600 * 1000);
        m_feed->start();
        m_desk = std::make_unique<CounterDesk>(*m_db, *m_engine, m_feed.get());
        m_view = std::make_unique<SeatMapView>();
        m_view->resize(1000, 800);
        m_view->setModel(model());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

        QSignalSpy loaded(m_feed.get(), &SeatFeed::showLoaded);
        m_desk->openShow(m_show);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isOnline(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->pendingCalls(), 0, 10000);
        // A few pings, then none: the feed's last statement is a ping, whose
        // answer QPSQL used to leave half read (one row of one), holding back
        // every notification behind it until the next statement.
        m_feed->setPingInterval(20);
        QTest::qWait(300);
        m_feed->setPingInterval(3600 * 1000);
        QTest::qWait(50);
        m_view->fitToView();
        QTest::qWait(100);
    }

    void anotherCountersHoldRepaintsJustThatSeat()
    {
        const QList<int> seat = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 1, 40);
        expectRepaintOf(seat, SeatState::Held, [&] { return m_other->hold(m_show, seat, 5).ok(); });
        if (QTest::currentTestFailed())
            return;
        // Its release comes the same way, and the seat is free on screen again.
        expectRepaintOf(seat, SeatState::Available, [&] { return m_other->release(m_show, seat).ok(); });
    }

    void seatsChangedTogetherArriveTogether()
    {
        // Four seats in one hold: one notification, those four rows, those
        // four seats repainted, nothing else.
        QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 2, 10);
        seats += m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 2, 20);
        std::sort(seats.begin(), seats.end());
        expectRepaintOf(seats, SeatState::Held, [&] { return m_other->hold(m_show, seats, 5).ok(); });
        if (QTest::currentTestFailed())
            return;
        expectRepaintOf(seats, SeatState::Available, [&] { return m_other->release(m_show, seats).ok(); });
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_desk.reset();
        m_feed.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_show = 0;
    std::unique_ptr<SaleEngine> m_other;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SaleEngine> m_engine;
    std::unique_ptr<SeatFeed> m_feed;
    std::unique_ptr<CounterDesk> m_desk;
    std::unique_ptr<SeatMapView> m_view;
};

QTEST_MAIN(TestLiveRepaint)
#include "tst_liverepaint.moc"
