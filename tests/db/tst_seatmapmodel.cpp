// The seat-map model over a real venue: geometry, live state by version,
// dataChanged for exactly the changed rows, the spatial index, and the
// best-available rule (adjacent, nearest the ring, no lone seat stranded).
#include "counter/seatmapmodel.h"
#include "db/database.h"
#include "sale/seatlockservice.h"
#include "testcluster.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestSeatMapModel final : public QObject
{
    Q_OBJECT

private:
    SeatStatus status(int seatId, SeatState state, qint64 version, int heldBy = 0, qint64 heldForMs = 0)
    {
        SeatStatus s;
        s.seatId = seatId;
        s.state = state;
        s.version = version;
        s.heldBy = heldBy;
        if (heldForMs)
            s.heldUntil = QDateTime::currentDateTime().addMSecs(heldForMs);
        return s;
    }

    // The seat ids of one row of seats (section, row), in seat-number order.
    QList<int> rowSeats(const QString &section, const QString &row)
    {
        QList<QPair<int, int>> numbered;
        for (const VenueLayout::Seat &s : m_model.layout().seats) {
            if (s.section == section && s.row == row)
                numbered.append({s.number, s.id});
        }
        std::sort(numbered.begin(), numbered.end());
        QList<int> ids;
        for (const auto &p : numbered)
            ids << p.second;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_show = m_cluster->demoShow(6);
        Result<VenueLayout> layout = VenueLayout::load(m_cluster->db(), m_show);
        QVERIFY(layout.ok());
        QCOMPARE(layout->seats.size(), 3024);
        QCOMPARE(layout->zones.size(), 3);
        QCOMPARE(layout->zones.first().ticketType, QStringLiteral("RINGSIDE")); // dearest first
        m_model.setLayout(layout.value());
        QCOMPARE(VenueLayout::load(m_cluster->db(), 999999).code(), ErrorCode::UnknownShow);
    }

    void init()
    {
        m_cluster->resetSales();
        SeatLockService locks(m_cluster->db());
        m_model.applySnapshot(locks.loadShow(m_show).value());
    }

    void geometryAndIndex()
    {
        QCOMPARE(m_model.rowCount(), 3024);
        // Every seat is found where it is, and nowhere else.
        for (int row = 0; row < m_model.seatCount(); row += 37) {
            const QPointF p(m_model.x(row), m_model.y(row));
            QCOMPARE(m_model.rowAt(p), row);
            QCOMPARE(m_model.rowForSeat(m_model.seatId(row)), row);
        }
        QCOMPARE(m_model.rowAt(QPointF(0, 0)), -1); // the ring
        int inRing = 0;
        const double r = m_model.layout().ringHalfSize;
        m_model.rowsIn(QRectF(-r, -r, 2 * r, 2 * r), [&inRing](int) { ++inRing; });
        QCOMPARE(inRing, 0);
        int all = 0;
        m_model.rowsIn(m_model.bounds(), [&all](int) { ++all; });
        QCOMPARE(all, 3024);
        QVERIFY(m_model.bounds().contains(QRectF(-r, -r, 2 * r, 2 * r)));
    }

    void changesByVersionAndOnlyChangedRows()
    {
        const int a = m_model.seatId(10), b = m_model.seatId(500), c = m_model.seatId(501);
        QSignalSpy spy(&m_model, &QAbstractItemModel::dataChanged);
        QCOMPARE(m_model.applyChanges({status(a, SeatState::Held, 1000000, 7, 60000),
                     status(b, SeatState::Sold, 1000001), status(c, SeatState::Sold, 1000002)}),
            3);
        // Two runs: row 10, and rows 500..501.
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 10);
        QCOMPARE(spy.at(0).at(1).toModelIndex().row(), 10);
        QCOMPARE(spy.at(1).at(0).toModelIndex().row(), 500);
        QCOMPARE(spy.at(1).at(1).toModelIndex().row(), 501);
        QCOMPARE(m_model.index(10).data(SeatMapModel::StateRole).toInt(), int(SeatState::Held));
        QCOMPARE(m_model.index(10).data(SeatMapModel::HeldByRole).toInt(), 7);
        // An older notification (lower version) arriving late changes nothing.
        spy.clear();
        QCOMPARE(m_model.applyChanges({status(a, SeatState::Available, 999999)}), 0);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(m_model.state(10), SeatState::Held);
    }

    void lapsedHoldsTurnFree()
    {
        const int a = m_model.seatId(20);
        m_model.applyChanges({status(a, SeatState::Held, 2000000, 5, 50)});
        QCOMPARE(m_model.index(20).data(SeatMapModel::StateRole).toInt(), int(SeatState::Held));
        QTest::qWait(80);
        // Counted free at once, before any tidying.
        QCOMPARE(m_model.index(20).data(SeatMapModel::StateRole).toInt(), int(SeatState::Available));
        QSignalSpy spy(&m_model, &QAbstractItemModel::dataChanged);
        QCOMPARE(m_model.expireLapsed(QDateTime::currentMSecsSinceEpoch()), 1);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(m_model.state(20), SeatState::Available);
    }

    void mineAndOthers()
    {
        m_model.setTerminalId(3);
        m_model.setTerminalNames({{3, QStringLiteral("Counter 3")}, {4, QStringLiteral("Counter 4")}});
        m_model.applyChanges({status(m_model.seatId(30), SeatState::Held, 3000000, 3, 60000),
            status(m_model.seatId(31), SeatState::Held, 3000001, 4, 60000)});
        QVERIFY(m_model.index(30).data(SeatMapModel::MineRole).toBool());
        QVERIFY(!m_model.index(31).data(SeatMapModel::MineRole).toBool());
        QCOMPARE(m_model.index(31).data(SeatMapModel::HolderNameRole).toString(), QStringLiteral("Counter 4"));
        QCOMPARE(m_model.myHeldRows(), QList<int> {30});
    }

    void bestAvailableNearestTheRingAndCentred()
    {
        const QList<int> ids = m_model.bestAvailable(2, QStringLiteral("RINGSIDE"));
        QCOMPARE(ids.size(), 2);
        const int r0 = m_model.rowForSeat(ids.at(0)), r1 = m_model.rowForSeat(ids.at(1));
        const VenueLayout::Seat &s0 = m_model.layout().seats.at(r0);
        const VenueLayout::Seat &s1 = m_model.layout().seats.at(r1);
        QCOMPARE(s0.row, QStringLiteral("A")); // nearest the ring
        QCOMPARE(s0.section, s1.section);
        QCOMPARE(s1.number, s0.number + 1);    // adjacent
        QVERIFY(std::abs(s0.number - 8) <= 1); // centred in a 16-seat row
        QCOMPARE(m_model.index(r0).data(SeatMapModel::TicketTypeRole).toString(), QStringLiteral("RINGSIDE"));
        QVERIFY(m_model.bestAvailable(3, QStringLiteral("NOSUCHTYPE")).isEmpty());
        QVERIFY(m_model.bestAvailable(0, QStringLiteral("RINGSIDE")).isEmpty());
    }

    void bestAvailableNeverStrandsALoneSeat()
    {
        // Row A on one side: take every seat but 1, 2, 3 and 5; a pair must
        // not be 1-2 (strands 3) nor 2-3 (strands 1): only none fits here.
        const QString section
            = m_model.layout()
                  .seats.at(m_model.rowForSeat(m_model.bestAvailable(2, QStringLiteral("RINGSIDE")).first()))
                  .section;
        SeatStatusList taken;
        qint64 v = 5000000;
        for (const VenueLayout::Seat &s : m_model.layout().seats) {
            if (m_model.layout().zones.at(s.zoneIndex).ticketType != QLatin1String("RINGSIDE"))
                continue;
            const bool keepFree = s.section == section && s.row == QLatin1String("A")
                && (s.number == 1 || s.number == 2 || s.number == 3 || s.number == 5);
            if (!keepFree)
                taken << status(s.id, SeatState::Sold, v++);
        }
        m_model.applyChanges(taken);
        const QList<int> row = rowSeats(section, QStringLiteral("A"));
        // 1-2 leaves 3 alone, 2-3 leaves 1 alone: no pair is allowed.
        QVERIFY(m_model.bestAvailable(2, QStringLiteral("RINGSIDE")).isEmpty());
        // Three fit exactly (1-2-3), leaving no one stranded.
        QCOMPARE(m_model.bestAvailable(3, QStringLiteral("RINGSIDE")), row.mid(0, 3));
        // A single seat: the lone 5 is the one to give (it strands nobody).
        QCOMPARE(m_model.bestAvailable(1, QStringLiteral("RINGSIDE")), QList<int> {row.at(4)});
    }

private:
    TestCluster *m_cluster = nullptr;
    SeatMapModel m_model;
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestSeatMapModel)
#include "tst_seatmapmodel.moc"
