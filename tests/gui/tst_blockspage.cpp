// Set-up → Seat blocks with real clicks: a manager selects seats on the seat
// map by click, Ctrl+click and a rubber band, blocks them with a kind and a
// reason, and releases them from the list; the Set-up window says changed().
// On a counter (the real SeatFeed → CounterDesk → seat map chain) a block
// arrives live, its tooltip gives the kind and reason, best available goes
// around it and a hold of it is refused saying "blocked". And the command
// line: boxoffice admin block / list-blocks / copy-blocks / unblock.
#include "admin/seatblocks.h"
#include "counter/counterdesk.h"
#include "counter/seatmaplegend.h"
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "db/database.h"
#include "manager/blockspage.h"
#include "manager/setupwindow.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtGui/QMouseEvent>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeWidget>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestBlocksPage final : public QObject
{
    Q_OBJECT

private:
    QString state(int show, int seat)
    {
        return m_cluster
            ->scalar(u"SELECT state FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = ?"_s, {show, seat})
            .toString();
    }
    QString block(int show, int seat)
    {
        return m_cluster
            ->scalar(u"SELECT kind || ':' || reason FROM boxoffice.seat_block WHERE show_id = ? AND seat_id = ?"_s,
                {show, seat})
            .toString();
    }
    // n seats side by side in one row of the zone (by seat number), from
    // the offset-th on.
    QList<int> rowSeats(int show, const QString &ticketType, int n, int offset)
    {
        const QString ids
            = m_cluster
                  ->scalar(
                      u"WITH r AS (SELECT s.venue_id, s.section, s.row_label FROM boxoffice.seat s"
                      "  JOIN boxoffice.zone z ON z.id = s.zone_id JOIN boxoffice.show sh ON sh.venue_id = s.venue_id"
                      "  WHERE sh.id = ? AND z.ticket_type = ? ORDER BY s.id LIMIT 1)"
                      " SELECT string_agg(id::text, ',' ORDER BY number) FROM (SELECT s.id, s.number"
                      "  FROM boxoffice.seat s JOIN r USING (venue_id, section, row_label)"
                      "  ORDER BY s.number LIMIT ? OFFSET ?) x"_s,
                      {show, ticketType, n, offset})
                  .toString();
        QList<int> seats;
        for (const QString &id : ids.split(u',', Qt::SkipEmptyParts))
            seats << id.toInt();
        return seats;
    }
    // Runs `boxoffice admin ARGS` against this test's database as the manager.
    std::pair<int, QString> admin(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const ConnectionConfig login = test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s);
        env.insert(u"BOXOFFICE_DB"_s, login.toConnInfo());
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOXOFFICE_APP_PATH), QStringList {u"admin"_s} + args);
        if (!p.waitForFinished(30000))
            return {-1, {}};
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    }
    void sendMove(QWidget *w, const QPoint &pos, Qt::KeyboardModifiers mods = {})
    {
        QMouseEvent move(
            QEvent::MouseMove, QPointF(pos), QPointF(w->mapToGlobal(pos)), Qt::NoButton, Qt::LeftButton, mods);
        QApplication::sendEvent(w, &move);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"TRUNCATE boxoffice.seat_block, boxoffice.venue_seat_block"_s));
        m_show = m_cluster->demoShow(5);
        m_other = m_cluster->demoShow(6);
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
    }

    void blockByClickAndBandThenReleaseFromTheList()
    {
        SetupWindow window(*m_manager);
        window.resize(1280, 800);
        QSignalSpy changed(&window, &SetupWindow::changed);
        QVERIFY(window.showPage(u"blocksPage"_s));
        auto *page = qobject_cast<BlocksPage *>(window.page(u"blocksPage"_s));
        QVERIFY(page);
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(page)), u"Seat blocks"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(page, &BlocksPage::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(page->targetBox()->count() > 0, 10000);
        QVERIFY(page->selectTarget(m_show) || page->targetBox()->currentData().toInt() == m_show);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->isBusy() && page->seatModel()->seatCount() > 0 && page->seatModel()->layout().venueId > 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->targetBox()->currentData().toInt(), m_show, 5000);
        SeatMapView *map = page->seatMap();
        map->fitToView();
        QTest::qWait(50);

        // Click one seat, Ctrl+click another.
        const QList<int> seats = rowSeats(m_show, u"CLASS2"_s, 8, 4);
        QCOMPARE(seats.size(), 8);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->seatPosition(seats.at(0)));
        QCOMPARE(map->selectedSeatIds(), QList<int> {seats.at(0)});
        QTest::mouseClick(map, Qt::LeftButton, Qt::ControlModifier, map->seatPosition(seats.at(1)));
        QCOMPARE(map->selectedSeatIds(), (QList<int> {seats.at(0), seats.at(1)}));
        QVERIFY(page->blockButton()->isEnabled());

        // Without a reason: refused in the page, nothing written.
        page->reasonEdit()->clear();
        QTest::mouseClick(page->blockButton(), Qt::LeftButton);
        QVERIFY2(page->statusText().contains(u"reason is missing"_s), qPrintable(page->statusText()));
        QCOMPARE(state(m_show, seats.at(0)), u"available"_s);

        page->kindBox()->setFocus();
        page->kindBox()->setCurrentIndex(page->kindBox()->findData(int(BlockKind::Press)));
        QTest::keyClicks(page->reasonEdit(), u"TV crew"_s);
        loaded.clear();
        QTest::mouseClick(page->blockButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_show, seats.at(1)), u"blocked"_s, 10000);
        QCOMPARE(block(m_show, seats.at(0)), u"press:TV crew"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !page->isBusy(), 10000);
        QCOMPARE(changed.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(page->blockList()->topLevelItemCount(), 2, 5000);
        QVERIFY(map->selectedSeatIds().isEmpty());
        // Drawn blocked, with the reason in the tooltip.
        QCOMPARE(page->seatModel()->state(page->seatModel()->rowForSeat(seats.at(0))), SeatState::Blocked);
        QVERIFY2(
            map->seatToolTip(seats.at(0)).contains(u"Press: TV crew"_s), qPrintable(map->seatToolTip(seats.at(0))));

        // A rubber band over four seats of the row (two of them blocked),
        // made a little wider than their centres.
        const QPoint from = map->seatPosition(seats.at(0)) - QPoint(2, 2);
        const QPoint to = map->seatPosition(seats.at(3)) + QPoint(2, 2);
        QTest::mousePress(map, Qt::LeftButton, {}, from);
        sendMove(map, from + QPoint(6, 1));
        sendMove(map, to);
        QTest::mouseRelease(map, Qt::LeftButton, {}, to);
        QCOMPARE(map->selectedSeatIds(), seats.mid(0, 4));
        page->kindBox()->setCurrentIndex(page->kindBox()->findData(int(BlockKind::Camera)));
        page->reasonEdit()->setText(u"Camera platform"_s);
        loaded.clear();
        QTest::mouseClick(page->blockButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(block(m_show, seats.at(3)), u"camera:Camera platform"_s, 10000);
        QCOMPARE(block(m_show, seats.at(0)), u"camera:Camera platform"_s); // re-blocked as the new kind
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !page->isBusy(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->blockList()->topLevelItemCount(), 4, 5000);
        QCOMPARE(changed.size(), 2);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->seatPosition(seats.at(6)));
        QTest::mouseClick(map, Qt::LeftButton, Qt::ControlModifier, map->seatPosition(seats.at(7)));
        QVERIFY(window.grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/seat-blocks.png")));
        map->clearSelection();

        // Release one seat from the list.
        QTreeWidget *list = page->blockList();
        list->setFocus();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->topLevelItem(0)).center());
        QCOMPARE(list->selectedItems().size(), 1);
        const int listed = list->topLevelItem(0)->data(0, Qt::UserRole).toInt();
        loaded.clear();
        QTest::mouseClick(page->findChild<QPushButton *>(u"releaseRows"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_show, listed), u"available"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->blockList()->topLevelItemCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        // Release the kind (camera): the rest.
        QTest::mouseClick(page->findChild<QPushButton *>(u"releaseKind"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->blockList()->topLevelItemCount(), 0, 10000);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(state(m_show, seats.at(i)), u"available"_s);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 4, 5000);

        // A held seat: refused in the page, naming it.
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {u"Page Counter"_s});
        VERIFY_OK(engine.registerTerminal());
        VERIFY_OK(engine.hold(m_show, {seats.at(5)}, 5));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->seatPosition(seats.at(5)));
        QTest::mouseClick(page->blockButton(), Qt::LeftButton);
        const QString label = m_cluster->seatLabel(seats.at(5));
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(label), 10000);
        QVERIFY(page->statusText().contains(u"held by Page Counter"_s));
        QCOMPARE(state(m_show, seats.at(5)), u"held"_s);
        VERIFY_OK(engine.release(m_show, {seats.at(5)}));
    }

    void everyFutureShowOfTheVenueFromThePage()
    {
        SetupWindow window(*m_manager);
        window.resize(1280, 800);
        window.showPage(u"blocksPage"_s);
        auto *page = qobject_cast<BlocksPage *>(window.page(u"blocksPage"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(page->targetBox()->count() > 0 && !page->isBusy(), 10000);
        const int venue = m_cluster->scalar(u"SELECT venue_id FROM boxoffice.show WHERE id = ?"_s, {m_show}).toInt();
        QVERIFY(page->selectTarget(0, venue));
        QVERIFY(page->targetBox()->currentText().startsWith(u"Every future show of"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->seatModel()->seatCount() > 0, 10000);
        SeatMapView *map = page->seatMap();
        const int seat = m_cluster->seatsOf(m_show, u"CLASS3"_s, 1, 3).first();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->seatPosition(seat));
        page->kindBox()->setCurrentIndex(page->kindBox()->findData(int(BlockKind::Broken)));
        page->reasonEdit()->setText(u"Broken seat"_s);
        QTest::mouseClick(page->blockButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_other, seat), u"blocked"_s, 10000);
        QCOMPARE(state(m_show, seat), u"blocked"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page->blockList()->topLevelItemCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QTest::mouseClick(page->findChild<QPushButton *>(u"releaseAll"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_other, seat), u"available"_s, 10000);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.venue_seat_block"_s).toInt(), 0);
    }

    // The counter: the real feed, desk and map. A manager's block arrives
    // live, is drawn blocked with its reason in the tooltip, best available
    // goes around it, and a hold of it is refused saying "blocked".
    void counterSeesBlocksLive()
    {
        Database counterDb(m_cluster->config(), u"counter"_s);
        SaleEngine engine(counterDb, SaleEngine::Options {u"Blocks Live Counter"_s});
        VERIFY_OK(engine.registerTerminal());
        SeatFeed feed(m_cluster->config());
        feed.setPingInterval(3600 * 1000);
        feed.start();
        CounterDesk desk(counterDb, engine, &feed);
        SeatMapView view;
        view.resize(900, 700);
        view.setModel(desk.seatMap());
        SeatMapLegend legend;
        legend.setModel(desk.seatMap());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&feed, &SeatFeed::showLoaded);
        desk.openShow(m_other);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isOnline(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.pendingCalls(), 0, 10000);
        QTest::qWait(200);

        SeatMapModel *model = desk.seatMap();
        const QList<int> best = model->bestAvailable(2, u"RINGSIDE"_s);
        QCOMPARE(best.size(), 2);
        VERIFY_OK(SeatBlocks::block(*m_manager, m_other, best, BlockKind::House, u"Promoter's guests"_s));
        QTRY_COMPARE_WITH_TIMEOUT(model->state(model->rowForSeat(best.at(0))), SeatState::Blocked, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view.seatToolTip(best.at(0)).contains(u"House seats: Promoter's guests"_s), 10000);
        QVERIFY(view.seatToolTip(best.at(0)).contains(u"Blocked"_s));
        // The legend lists blocked seats.
        QVERIFY(legend.entryWidget(u"blocked"_s));

        // Best available goes around them; picking one is refused: "blocked".
        const QList<int> now = model->bestAvailable(2, u"RINGSIDE"_s);
        QCOMPARE(now.size(), 2);
        QVERIFY(!now.contains(best.at(0)) && !now.contains(best.at(1)));
        QSignalSpy failed(&desk, &CounterDesk::failed);
        desk.pickSeats({best.at(0)});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        const auto error = failed.first().first().value<ServiceError>();
        QCOMPARE(error.code, ErrorCode::SeatConflict);
        QVERIFY2(error.message.contains(u"blocked"_s), qPrintable(error.message));
        QCOMPARE(state(m_other, best.at(0)), u"blocked"_s);
        desk.holdBestAvailable(2, u"RINGSIDE"_s);
        QTRY_COMPARE_WITH_TIMEOUT(desk.cart()->seatIds().size(), 2, 10000);
        for (int id : desk.cart()->seatIds())
            QVERIFY(!best.contains(id));
        desk.releaseAll();
        QTRY_COMPARE_WITH_TIMEOUT(desk.cart()->seatIds().size(), 0, 10000);

        // Released by the manager: free again on the counter.
        VERIFY_OK(SeatBlocks::release(*m_manager, m_other, best));
        QTRY_COMPARE_WITH_TIMEOUT(model->state(model->rowForSeat(best.at(0))), SeatState::Available, 10000);
        QVERIFY(!view.seatToolTip(best.at(0)).contains(u"Promoter"_s));
    }

    // The page lists no test venue's show (the generated arenas), opens on
    // the next show to start, and copies another show's blocks by clicks.
    void listsRealShowsOpensTheNextAndCopiesBlocks()
    {
        const int next
            = m_cluster
                  ->scalar(u"SELECT sh.id FROM boxoffice.show sh JOIN boxoffice.venue v ON v.id = sh.venue_id"
                           " WHERE NOT v.is_test AND sh.starts_at >= now() ORDER BY sh.starts_at, sh.id"
                           " LIMIT 1"_s)
                  .toInt();
        QVERIFY(next > 0);
        // A small generated test arena whose show starts before any other.
        QVERIFY(m_cluster->exec(
            u"DO $$ DECLARE v integer; BEGIN"
            " v := boxoffice.generate_venue('Generated Arena Tiny', 60, '[{\"ticket_type\": \"RINGSIDE\","
            " \"name\": \"Ringside\", \"price\": 100, \"color\": \"#c62828\", \"rows\": 2}]');"
            " PERFORM boxoffice.create_show(v, 'Tiny Arena Night', now() + interval '1 minute');"
            " UPDATE boxoffice.venue SET is_test = true WHERE id = v; END $$"_s));
        const QList<int> seats = rowSeats(m_show, u"CLASS3"_s, 3, 2);
        VERIFY_OK(SeatBlocks::block(*m_manager, m_show, seats, BlockKind::Kill, u"Sight line"_s));

        SetupWindow window(*m_manager);
        window.resize(1280, 800);
        QVERIFY(window.showPage(u"blocksPage"_s));
        auto *page = qobject_cast<BlocksPage *>(window.page(u"blocksPage"_s));
        QVERIFY(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(page->targetBox()->count() > 0 && !page->isBusy(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->seatModel()->seatCount() > 0, 10000);
        for (int i = 0; i < page->targetBox()->count(); ++i)
            QVERIFY2(!page->targetBox()->itemText(i).contains(u"Generated Arena"_s),
                qPrintable(page->targetBox()->itemText(i)));
        QCOMPARE(page->targetBox()->currentData().toInt(), next);
        QTRY_COMPARE_WITH_TIMEOUT(page->seatModel()->layout().showId, next, 10000);

        // Copy from m_show onto m_other, by clicks.
        QVERIFY(page->selectTarget(m_other));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->copySourceBox()->count() > 0, 10000);
        const int from = page->copySourceBox()->findData(m_show);
        QVERIFY(from >= 0);
        QCOMPARE(page->copySourceBox()->findData(m_other), -1); // not itself
        page->copySourceBox()->setFocus();
        page->copySourceBox()->setCurrentIndex(from);
        QVERIFY(page->copyButton()->isEnabled());
        QSignalSpy changed(page, &BlocksPage::blocksChanged);
        QTest::mouseClick(page->copyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_other, seats.at(2)), u"blocked"_s, 10000);
        QCOMPARE(block(m_other, seats.at(0)), u"kill:Sight line"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page->blockList()->topLevelItemCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(page->statusText().contains(u"3 seat(s)"_s), qPrintable(page->statusText()));
        QCOMPARE(page->targetBox()->currentData().toInt(), m_other);

        VERIFY_OK(SeatBlocks::release(*m_manager, m_show, {}));
        VERIFY_OK(SeatBlocks::release(*m_manager, m_other, {}));
    }

    void commandLine()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 2, 12);
        const QString labels = m_cluster->seatLabel(seats.at(0)) + u","_s + m_cluster->seatLabel(seats.at(1));
        const QString show = QString::number(m_show), other = QString::number(m_other);
        QString err;
        auto [status, out] = admin({u"block"_s, u"--show"_s, show, u"--seats"_s, labels, u"--kind"_s, u"press"_s,
                                       u"--reason"_s, u"Ringside press"_s},
            &err);
        QCOMPARE(status, 0);
        QVERIFY2(out.contains(u"Blocked 2 seat(s)"_s), qPrintable(out + err));
        QCOMPARE(block(m_show, seats.at(1)), u"press:Ringside press"_s);
        std::tie(status, out) = admin({u"list-blocks"_s, u"--show"_s, show});
        QCOMPARE(status, 0);
        QVERIFY2(out.contains(m_cluster->seatLabel(seats.at(0)) + u"\tpress\tRingside press"_s), qPrintable(out));
        std::tie(status, out) = admin({u"copy-blocks"_s, u"--from"_s, show, u"--to"_s, other});
        QCOMPARE(status, 0);
        QCOMPARE(block(m_other, seats.at(0)), u"press:Ringside press"_s);

        // Refusals: exit 1 with the reason; bad arguments: exit 2.
        const QString before = m_cluster->fingerprint();
        std::tie(status, out) = admin(
            {u"block"_s, u"--show"_s, show, u"--seats"_s, labels, u"--kind"_s, u"press"_s, u"--reason"_s, u"  "_s},
            &err);
        QCOMPARE(status, 1);
        QVERIFY2(err.contains(u"The reason is missing"_s), qPrintable(err));
        std::tie(status, out) = admin(
            {u"block"_s, u"--show"_s, show, u"--seats"_s, u"ZZ-1"_s, u"--kind"_s, u"press"_s, u"--reason"_s, u"x"_s},
            &err);
        QCOMPARE(status, 1);
        QVERIFY2(err.contains(u"ZZ-1"_s), qPrintable(err));
        std::tie(status, out) = admin(
            {u"block"_s, u"--show"_s, show, u"--seats"_s, labels, u"--kind"_s, u"vip"_s, u"--reason"_s, u"x"_s}, &err);
        QCOMPARE(status, 2);
        QVERIFY2(err.contains(u"house, press, broken, camera, kill"_s), qPrintable(err));
        std::tie(status, out) = admin({u"unblock"_s, u"--show"_s, u"abc"_s}, &err);
        QCOMPARE(status, 2);
        std::tie(status, out) = admin({u"unblock"_s, u"--show"_s, u"999999"_s}, &err);
        QCOMPARE(status, 1);
        QVERIFY2(err.contains(u"does not exist"_s), qPrintable(err));
        QCOMPARE(m_cluster->fingerprint(), before);

        std::tie(status, out) = admin({u"unblock"_s, u"--show"_s, show, u"--kind"_s, u"press"_s});
        QCOMPARE(status, 0);
        QVERIFY2(out.contains(u"Released 2 seat(s)"_s), qPrintable(out));
        QCOMPARE(state(m_show, seats.at(0)), u"available"_s);
        QCOMPARE(state(m_other, seats.at(0)), u"blocked"_s);
        std::tie(status, out) = admin({u"unblock"_s, u"--show"_s, other});
        QCOMPARE(status, 0);
        QCOMPARE(state(m_other, seats.at(0)), u"available"_s);
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        m_cluster->exec(u"TRUNCATE boxoffice.seat_block, boxoffice.venue_seat_block"_s);
        m_cluster->resetSales();
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_show = 0;
    int m_other = 0;
    std::unique_ptr<Database> m_manager;
};

QTEST_MAIN(TestBlocksPage)
#include "tst_blockspage.moc"
