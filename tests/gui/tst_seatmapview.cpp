// The seat map widget with real clicks and keys: a click on a seat picks it,
// a rubber band picks the free seats under it, arrows and Space pick from the
// keyboard, the wheel zooms around the cursor, and only changed seats repaint.
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "db/database.h"
#include "sale/seatlockservice.h"
#include "testcluster.h"

#include <QtGui/QPainter>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>

using namespace boxoffice;
using boxoffice::test::TestCluster;

Q_DECLARE_METATYPE(Qt::KeyboardModifiers)

class TestSeatMapView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        m_show = m_cluster->demoShow(7);
        m_model.setLayout(VenueLayout::load(m_cluster->db(), m_show).value());
        SeatLockService locks(m_cluster->db());
        m_model.applySnapshot(locks.loadShow(m_show).value());
        m_view.resize(900, 700);
        m_view.setModel(&m_model);
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
    }

    void init() { m_view.fitToView(); }

    void fitShowsTheWholeVenue()
    {
        const QRectF b = m_model.bounds();
        QVERIFY(m_view.rect().contains(m_view.worldToWidget(b.topLeft()).toPoint()));
        QVERIFY(m_view.rect().contains(m_view.worldToWidget(b.bottomRight()).toPoint()));
    }

    void clickPicksTheSeatUnderTheMouse()
    {
        // Zoom in so a seat is several pixels wide, then click one.
        m_view.zoomBy(3.0, QPointF(m_view.width() / 2.0, m_view.height() / 2.0));
        const int seatId = m_model.bestAvailable(1, QStringLiteral("RINGSIDE")).first();
        const QPoint at = m_view.seatPosition(seatId);
        QVERIFY(m_view.rect().contains(at));
        QSignalSpy picked(&m_view, &SeatMapView::seatsActivated);
        QTest::mouseClick(&m_view, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().at(0).value<QList<int>>(), QList<int> {seatId});
        QCOMPARE(m_view.focusRow(), m_model.rowForSeat(seatId));
        QTest::mouseClick(&m_view, Qt::LeftButton, Qt::ControlModifier, at);
        QCOMPARE(picked.size(), 2);
        QVERIFY(picked.last().at(1).value<Qt::KeyboardModifiers>() & Qt::ControlModifier);
        // The ring is not a seat.
        QTest::mouseClick(&m_view, Qt::LeftButton, Qt::NoModifier, m_view.worldToWidget(QPointF(0, 0)).toPoint());
        QCOMPARE(picked.size(), 2);
    }

    void rubberBandPicksFreeSeatsOnly()
    {
        // Row A of one side, seats 1-4, with seat 2 sold.
        QList<int> rowA;
        for (const VenueLayout::Seat &s : m_model.layout().seats) {
            if (s.section == QLatin1String("N") && s.row == QLatin1String("A") && s.number <= 4)
                rowA << s.id;
        }
        QCOMPARE(rowA.size(), 4);
        SeatStatus sold;
        sold.seatId = rowA.at(1);
        sold.state = SeatState::Sold;
        sold.version = 9000000;
        m_model.applyChanges({sold});
        const QPoint from = m_view.seatPosition(rowA.first()) - QPoint(4, 4);
        const QPoint to = m_view.seatPosition(rowA.last()) + QPoint(4, 4);
        QSignalSpy picked(&m_view, &SeatMapView::seatsActivated);
        QTest::mousePress(&m_view, Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, to, m_view.mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&m_view, &move);
        QTest::mouseRelease(&m_view, Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(picked.size(), 1);
        QList<int> ids = picked.first().at(0).value<QList<int>>();
        std::sort(ids.begin(), ids.end());
        QList<int> expected {rowA.at(0), rowA.at(2), rowA.at(3)};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);
    }

    void keyboardMovesAndPicks()
    {
        m_view.setFocus();
        const int start = m_model.rowForSeat(m_model.bestAvailable(1, QStringLiteral("CLASS3")).first());
        m_view.setFocusRow(start);
        QSignalSpy picked(&m_view, &SeatMapView::seatsActivated);
        QTest::keyClick(&m_view, Qt::Key_Right);
        const int moved = m_view.focusRow();
        QVERIFY(moved >= 0 && moved != start);
        QVERIFY(m_model.x(moved) > m_model.x(start)); // really to the right
        QTest::keyClick(&m_view, Qt::Key_Space);
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().at(0).value<QList<int>>(), QList<int> {m_model.seatId(moved)});
    }

    void wheelZoomsAroundTheCursor()
    {
        const QPoint at(200, 150);
        const QPointF before = m_view.widgetToWorld(at);
        const double scale = m_view.scale();
        QWheelEvent wheel(at, m_view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(&m_view, &wheel);
        QVERIFY(m_view.scale() > scale);
        const QPointF after = m_view.widgetToWorld(at);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-6 && std::abs(after.y() - before.y()) < 1e-6);
        QTest::keyClick(&m_view, Qt::Key_Minus);
        QVERIFY(m_view.scale() < scale * 1.25);
        QTest::keyClick(&m_view, Qt::Key_0);
        QCOMPARE(m_view.scale(), scale);
    }

    void screenshot()
    {
        // A few seats of each state, then a picture for the docs.
        const QList<int> ids = m_model.bestAvailable(4, QStringLiteral("CLASS2"));
        SeatStatusList changes;
        qint64 v = 9100000;
        m_model.setTerminalId(1);
        m_model.setTerminalNames({{2, QStringLiteral("Counter 2")}});
        for (int i = 0; i < ids.size(); ++i) {
            SeatStatus s;
            s.seatId = ids.at(i);
            s.state = i < 2 ? SeatState::Held : SeatState::Sold;
            s.heldBy = i == 0 ? 1 : 2;
            if (i < 2)
                s.heldUntil = QDateTime::currentDateTime().addSecs(240);
            s.version = v++;
            changes << s;
        }
        m_model.applyChanges(changes);
        QImage image(m_view.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        m_view.render(painter, m_view.rect());
        painter.end();
        // Seat 1 is painted in the "mine" colour.
        const QPoint p = m_view.seatPosition(ids.first());
        QCOMPARE(QColor(image.pixel(p)), SeatMapView::palette().heldMine);
        QCOMPARE(QColor(image.pixel(m_view.seatPosition(ids.at(2)))), SeatMapView::palette().sold);
        QDir().mkpath(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots"));
        QVERIFY(m_view.grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/seatmap.png")));
    }

private:
    TestCluster *m_cluster = nullptr;
    SeatMapModel m_model;
    SeatMapView m_view;
    int m_show = 0;
};

QTEST_MAIN(TestSeatMapView)
#include "tst_seatmapview.moc"
