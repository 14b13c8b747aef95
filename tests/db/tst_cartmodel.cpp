// The cart: rows follow this counter's holds on the seat map (inserted and
// removed row by row), the total is exact, a hold about to end warns, and a
// lapsed hold drops out with a notice.
#include "counter/cartmodel.h"
#include "counter/seatmapmodel.h"
#include "money/money.h"
#include "testcluster.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestCartModel final : public QObject
{
    Q_OBJECT

private:
    SeatStatus held(int seatId, int terminal, qint64 ms)
    {
        SeatStatus s;
        s.seatId = seatId;
        s.state = SeatState::Held;
        s.heldBy = terminal;
        s.heldUntil = QDateTime::currentDateTime().addMSecs(ms);
        s.version = ++m_version;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_seats.setLayout(VenueLayout::load(m_cluster->db(), m_cluster->demoShow(9)).value());
        m_seats.setTerminalId(5);
    }

    void followsHoldsRowByRow()
    {
        CartModel cart(&m_seats);
        QSignalSpy inserted(&cart, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&cart, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&cart, &QAbstractItemModel::modelReset);
        const QList<int> ringside = m_seats.bestAvailable(2, QStringLiteral("RINGSIDE"));
        const int other = m_seats.bestAvailable(1, QStringLiteral("CLASS3")).first();
        m_seats.applyChanges(
            {held(ringside.at(0), 5, 300000), held(ringside.at(1), 5, 300000), held(other, 6, 300000)});
        QCOMPARE(cart.rowCount(), 2); // not the other counter's
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(cart.total().satang(), 500000);
        QCOMPARE(cart.ticketType(), QStringLiteral("RINGSIDE"));
        QCOMPARE(cart.index(0, CartModel::PriceColumn).data().toString(), formatBaht(250000));
        QVERIFY(cart.secondsLeft() > 290);
        // Sold (by this counter) leaves the cart.
        SeatStatus sold;
        sold.seatId = ringside.at(0);
        sold.state = SeatState::Sold;
        sold.version = ++m_version;
        m_seats.applyChanges({sold});
        QCOMPARE(cart.rowCount(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(cart.total().satang(), 250000);
    }

    void warnsThenDropsALapsedHold()
    {
        CartModel cart(&m_seats);
        const int seat = m_seats.bestAvailable(1, QStringLiteral("CLASS2")).first();
        m_seats.applyChanges({held(seat, 5, 1500)});
        QVERIFY(cart.seatIds().contains(seat));
        QSignalSpy expiring(&cart, &CartModel::holdExpiring);
        QSignalSpy lapsed(&cart, &CartModel::holdsLapsed);
        cart.tick();
        QCOMPARE(expiring.size(), 1); // under a minute left
        QVERIFY(expiring.first().at(0).toInt() <= 2);
        QTest::qWait(1600);
        cart.tick();
        QCOMPARE(lapsed.size(), 1);
        const QString label = m_seats.layout().seats.at(m_seats.rowForSeat(seat)).label;
        QVERIFY(lapsed.first().at(0).toStringList().contains(label));
        QVERIFY(!cart.seatIds().contains(seat));
        QCOMPARE(m_seats.state(m_seats.rowForSeat(seat)), SeatState::Available);
    }

    void mixedTypesHaveNoSingleType()
    {
        CartModel cart(&m_seats);
        m_seats.applyChanges({held(m_seats.bestAvailable(1, QStringLiteral("CLASS3")).first(), 5, 300000),
            held(m_seats.bestAvailable(1, QStringLiteral("CLASS2")).first(), 5, 300000)});
        QVERIFY(cart.ticketType().isEmpty());
    }

private:
    TestCluster *m_cluster = nullptr;
    SeatMapModel m_seats;
    qint64 m_version = 1000000;
};

QTEST_GUILESS_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
