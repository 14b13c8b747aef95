// Seat blocks (issue 11): a manager blocks seats of a show or of every
// future show of a venue (a show made later gets them too), with a kind and
// a reason, releases them per seat, per kind or per show, and copies a
// show's blocks to another; every change is audited with before and after.
// A clerk's hold and best available avoid blocked seats; blocking a held or
// sold seat is refused naming it; bad input changes nothing; the functions
// are a manager's only.
#include "admin/seatblocks.h"
#include "admin/venuelayout.h"
#include "counter/seatmapmodel.h"
#include "db/database.h"
#include "sale/saleengine.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestSeatBlocks final : public QObject
{
    Q_OBJECT

private:
    // Everything a refused call must leave alone: the cluster's fingerprint
    // and both block tables.
    QString fingerprint()
    {
        return m_cluster->fingerprint() + u" blocks="_s
            + m_cluster
                  ->scalar(u"SELECT md5(coalesce((SELECT string_agg(format('%s/%s/%s/%s/%s', show_id, seat_id, kind,"
                           " reason, venue_wide), ',' ORDER BY show_id, seat_id) FROM boxoffice.seat_block), '')"
                           " || coalesce((SELECT string_agg(format('%s/%s/%s/%s', venue_id, seat_id, kind, reason),"
                           " ',' ORDER BY venue_id, seat_id) FROM boxoffice.venue_seat_block), ''))"_s)
                  .toString();
    }
    QString state(int show, int seat)
    {
        return m_cluster
            ->scalar(u"SELECT state FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = ?"_s, {show, seat})
            .toString();
    }
    int blockedIn(int show)
    {
        return m_cluster
            ->scalar(u"SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state = 'blocked'"_s, {show})
            .toInt();
    }
    int auditRows(const QString &action)
    {
        return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = ?"_s, {action}).toInt();
    }
    QJsonObject lastAudit(const QString &action)
    {
        return QJsonDocument::fromJson(
            m_cluster
                ->scalar(u"SELECT detail::text FROM boxoffice.audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"_s,
                    {action})
                .toString()
                .toUtf8())
            .object();
    }
    QString lastAuditActor(const QString &action)
    {
        return m_cluster
            ->scalar(u"SELECT actor FROM boxoffice.audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"_s, {action})
            .toString();
    }
    // A show of the demo venue starting in `days` days, made the way a show
    // is made (its show seats inserted in one statement).
    int makeShow(int days)
    {
        const int show
            = m_cluster
                  ->scalar(u"INSERT INTO boxoffice.show (venue_id, title, starts_at)"
                           " VALUES (?, 'Blocks test night', now() + make_interval(days => ?)) RETURNING id"_s,
                      {m_venue, days})
                  .toInt();
        m_cluster->exec(u"INSERT INTO boxoffice.show_seat (show_id, seat_id)"
                        " SELECT ?, id FROM boxoffice.seat WHERE venue_id = ?"_s,
            {show, m_venue});
        return show;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_venue
            = m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = 'Rajadamnern Demo Stadium'"_s).toInt();
        QVERIFY(m_venue > 0);
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        m_engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {u"Blocks Counter"_s});
        VERIFY_OK(m_engine->registerTerminal());
        // Two shows well in the future (the first demo show may have started).
        m_show = m_cluster->demoShow(3);
        m_other = m_cluster->demoShow(4);
        QVERIFY(m_show > 0 && m_other > 0);
        // Another venue, with one seat.
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.venue (name) VALUES ('Blocks Other Venue')"_s));
        m_otherVenue = m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = 'Blocks Other Venue'"_s).toInt();
        const int zone = m_cluster
                             ->scalar(u"INSERT INTO boxoffice.zone (venue_id, ticket_type, name, price)"
                                      " VALUES (?, 'GA', 'General', 100) RETURNING id"_s,
                                 {m_otherVenue})
                             .toInt();
        m_foreignSeat
            = m_cluster
                  ->scalar(u"INSERT INTO boxoffice.seat (venue_id, zone_id, section, row_label, number, label,"
                           " x, y) VALUES (?, ?, 'X', 'A', 1, 'XA-1', 20, 20) RETURNING id"_s,
                      {m_otherVenue, zone})
                  .toInt();
        QVERIFY(m_foreignSeat > 0);
    }

    void init()
    {
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"TRUNCATE boxoffice.seat_block, boxoffice.venue_seat_block"_s));
    }

    void blockReblockAndReleaseAShowsSeats()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 4);
        Result<BlockOutcome> r
            = SeatBlocks::block(*m_manager, m_show, seats.mid(0, 3), BlockKind::Press, u"  Journalists  "_s);
        VERIFY_OK(r);
        QCOMPARE(r->seats, 3);
        QCOMPARE(blockedIn(m_show), 3);
        QCOMPARE(blockedIn(m_other), 0); // one show only
        QCOMPARE(state(m_show, seats.at(3)), u"available"_s);
        QCOMPARE(auditRows(u"block_seats"_s), 1);
        QCOMPARE(lastAuditActor(u"block_seats"_s), u"manager"_s);
        QJsonObject detail = lastAudit(u"block_seats"_s);
        QCOMPARE(detail.value(u"kind"_s).toString(), u"press"_s);
        QCOMPARE(detail.value(u"seats"_s).toArray().size(), 3);
        QJsonObject first = detail.value(u"seats"_s).toArray().first().toObject();
        QVERIFY(first.value(u"before"_s).isNull());
        QCOMPARE(first.value(u"after"_s).toObject().value(u"reason"_s).toString(), u"Journalists"_s);

        // The blocks as a counter reads them.
        Result<QList<SeatBlock>> blocks = SeatBlocks::showBlocks(m_cluster->db(), m_show);
        VERIFY_OK(blocks);
        QCOMPARE(blocks->size(), 3);
        QCOMPARE(blocks->first().kind, BlockKind::Press);
        QCOMPARE(blocks->first().reason, u"Journalists"_s);
        QCOMPARE(blocks->first().blockedBy, u"manager"_s);

        // The same again changes nothing and writes nothing.
        r = SeatBlocks::block(*m_manager, m_show, seats.mid(0, 3), BlockKind::Press, u"Journalists"_s);
        VERIFY_OK(r);
        QCOMPARE(r->seats, 0);
        QCOMPARE(auditRows(u"block_seats"_s), 1);
        // Another kind for one seat: before and after in the audit.
        r = SeatBlocks::block(*m_manager, m_show, {seats.at(0)}, BlockKind::Camera, u"TV camera"_s);
        VERIFY_OK(r);
        QCOMPARE(r->seats, 1);
        detail = lastAudit(u"block_seats"_s);
        first = detail.value(u"seats"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"before"_s).toObject().value(u"kind"_s).toString(), u"press"_s);
        QCOMPARE(first.value(u"after"_s).toObject().value(u"kind"_s).toString(), u"camera"_s);

        // Release one seat, then a kind, then the rest of the show.
        r = SeatBlocks::release(*m_manager, m_show, {seats.at(1)});
        VERIFY_OK(r);
        QCOMPARE(r->seats, 1);
        QCOMPARE(state(m_show, seats.at(1)), u"available"_s);
        QCOMPARE(blockedIn(m_show), 2);
        detail = lastAudit(u"release_seat_blocks"_s);
        QCOMPARE(detail.value(u"seats"_s).toArray().first().toObject().value(u"before"_s).toObject().value(u"kind"_s),
            u"press"_s);
        r = SeatBlocks::release(*m_manager, m_show, {}, BlockKind::Camera);
        VERIFY_OK(r);
        QCOMPARE(r->seatIds, QList<int> {seats.at(0)});
        QCOMPARE(state(m_show, seats.at(2)), u"blocked"_s);
        // Releasing what is not blocked changes nothing.
        const QString before = fingerprint();
        r = SeatBlocks::release(*m_manager, m_show, {seats.at(3)});
        VERIFY_OK(r);
        QCOMPARE(r->seats, 0);
        QCOMPARE(fingerprint(), before);
        r = SeatBlocks::release(*m_manager, m_show, {});
        VERIFY_OK(r);
        QCOMPARE(r->seats, 1);
        QCOMPARE(blockedIn(m_show), 0);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.seat_block"_s).toInt(), 0);
        QCOMPARE(auditRows(u"release_seat_blocks"_s), 3);
    }

    // The sale engine refuses a blocked seat with a message saying so, and
    // best available (the seat map model's) never offers one.
    void holdsAndBestAvailableAvoidBlockedSeats()
    {
        SeatMapModel map;
        map.setLayout(VenueLayout::load(m_cluster->db(), m_show).value());
        const QList<int> best = map.bestAvailable(4, u"RINGSIDE"_s);
        QCOMPARE(best.size(), 4);
        VERIFY_OK(SeatBlocks::block(*m_manager, m_show, best.mid(1, 2), BlockKind::House, u"Promoter's guests"_s));

        Result<HoldResult> hold = m_engine->hold(m_show, {best.at(1)}, 5);
        QVERIFY(!hold.ok());
        QCOMPARE(hold.code(), ErrorCode::SeatConflict);
        QCOMPARE(test::issueIds(hold.error()), QList<int> {best.at(1)});
        QVERIFY2(hold.error().message.contains(u"blocked"_s), qPrintable(hold.error().message));
        QVERIFY(hold.error().message.contains(m_cluster->seatLabel(best.at(1))));
        QCOMPARE(state(m_show, best.at(1)), u"blocked"_s);

        const Result<SeatStatusList> seats = m_engine->seatLocks().loadShow(m_show);
        VERIFY_OK(seats);
        map.applySnapshot(seats.value());
        const QList<int> now = map.bestAvailable(4, u"RINGSIDE"_s);
        QCOMPARE(now.size(), 4);
        for (int seat : now)
            QVERIFY(!best.mid(1, 2).contains(seat));
        // Released, the seats are sold again.
        VERIFY_OK(SeatBlocks::release(*m_manager, m_show, best.mid(1, 2)));
        VERIFY_OK(m_engine->hold(m_show, {best.at(1)}, 5));
    }

    void blockingHeldOrSoldSeatsIsRefusedNamingThem()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, u"CLASS2"_s, 3);
        VERIFY_OK(m_engine->hold(m_show, {seats.at(0)}, 5));
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = {seats.at(1)};
        sale.ticketType = u"CLASS2"_s;
        VERIFY_OK(m_engine->sell(sale));
        const QString before = fingerprint();
        Result<BlockOutcome> r = SeatBlocks::block(*m_manager, m_show, seats, BlockKind::Kill, u"Sight line"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::SeatConflict);
        QList<int> named = test::issueIds(r.error());
        std::sort(named.begin(), named.end());
        QCOMPARE(named, seats.mid(0, 2));
        QVERIFY(r.error().message.contains(m_cluster->seatLabel(seats.at(0))));
        QVERIFY(r.error().message.contains(u"sold"_s));
        QVERIFY(r.error().message.contains(u"Blocks Counter"_s)); // who holds it
        QCOMPARE(fingerprint(), before);
        QCOMPARE(state(m_show, seats.at(2)), u"available"_s);
    }

    void venueWideBlocksReachEveryFutureShowAndNewOnes()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, u"CLASS3"_s, 2);
        const int future
            = m_cluster
                  ->scalar(u"SELECT count(*) FROM boxoffice.show WHERE venue_id = ? AND starts_at > now()"_s, {m_venue})
                  .toInt();
        QVERIFY(future >= 2);
        Result<BlockOutcome> r
            = SeatBlocks::blockVenue(*m_manager, m_venue, seats, BlockKind::Broken, u"Seats being repaired"_s);
        VERIFY_OK(r);
        QCOMPARE(r->seats, 2);
        QCOMPARE(r->shows, future);
        QCOMPARE(r->showSeats, 2 * future);
        QCOMPARE(
            m_cluster
                ->scalar(u"SELECT count(*) FROM boxoffice.show_seat ss JOIN boxoffice.show sh ON sh.id = ss.show_id"
                         " WHERE sh.venue_id = ? AND sh.starts_at > now() AND ss.state = 'blocked'"_s,
                    {m_venue})
                .toInt(),
            2 * future);
        QCOMPARE(auditRows(u"block_venue_seats"_s), 1);
        Result<QList<SeatBlock>> venueBlocks = SeatBlocks::venueBlocks(*m_manager, m_venue);
        VERIFY_OK(venueBlocks);
        QCOMPARE(venueBlocks->size(), 2);
        QCOMPARE(venueBlocks->first().kind, BlockKind::Broken);

        // A show made later gets the venue's blocks.
        const int later = makeShow(40);
        QCOMPARE(blockedIn(later), 2);
        QCOMPARE(state(later, seats.at(0)), u"blocked"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(kind || ':' || reason || ':' || venue_wide, ',')"
                              " FROM boxoffice.seat_block WHERE show_id = ?"_s,
                         {later})
                     .toString(),
            u"broken:Seats being repaired:true,broken:Seats being repaired:true"_s);

        // A seat blocked for one show by itself stays when the venue's go.
        const int own = m_cluster->seatsOf(m_show, u"CLASS3"_s, 1, 5).first();
        VERIFY_OK(SeatBlocks::block(*m_manager, m_show, {own}, BlockKind::House, u"Sponsor"_s));
        r = SeatBlocks::releaseVenue(*m_manager, m_venue, {});
        VERIFY_OK(r);
        QCOMPARE(r->seats, 2);
        QCOMPARE(r->showSeats, 2 * (future + 1));
        QCOMPARE(blockedIn(later), 0);
        QCOMPARE(blockedIn(m_show), 1);
        QCOMPARE(state(m_show, own), u"blocked"_s);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.venue_seat_block"_s).toInt(), 0);
        QCOMPARE(auditRows(u"release_venue_seat_blocks"_s), 1);
        // And the next show made has none.
        QCOMPARE(blockedIn(makeShow(41)), 0);
    }

    void venueWideBlockOfASeatHeldInOneShowIsRefused()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, u"CLASS3"_s, 2, 10);
        VERIFY_OK(m_engine->hold(m_other, {seats.at(1)}, 5));
        const QString before = fingerprint();
        Result<BlockOutcome> r = SeatBlocks::blockVenue(*m_manager, m_venue, seats, BlockKind::Kill, u"Stage"_s);
        QCOMPARE(r.code(), ErrorCode::SeatConflict);
        QCOMPARE(test::issueIds(r.error()), QList<int> {seats.at(1)});
        QCOMPARE(fingerprint(), before);
    }

    void copyBlocksFromAnotherShow()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, u"CLASS2"_s, 3, 20);
        VERIFY_OK(SeatBlocks::block(*m_manager, m_show, seats.mid(0, 2), BlockKind::Press, u"Press row"_s));
        VERIFY_OK(SeatBlocks::block(*m_manager, m_show, {seats.at(2)}, BlockKind::Camera, u"Camera"_s));
        // A seat held in the target: the copy is refused as a whole.
        VERIFY_OK(m_engine->hold(m_other, {seats.at(2)}, 5));
        QString before = fingerprint();
        Result<BlockOutcome> r = SeatBlocks::copy(*m_manager, m_show, m_other);
        QCOMPARE(r.code(), ErrorCode::SeatConflict);
        QCOMPARE(test::issueIds(r.error()), QList<int> {seats.at(2)});
        QCOMPARE(fingerprint(), before);
        VERIFY_OK(m_engine->release(m_other, {seats.at(2)}));
        r = SeatBlocks::copy(*m_manager, m_show, m_other);
        VERIFY_OK(r);
        QCOMPARE(r->seats, 3);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(kind || ':' || reason, ',' ORDER BY seat_id)"
                              " FROM boxoffice.seat_block WHERE show_id = ?"_s,
                         {m_other})
                     .toString(),
            u"press:Press row,press:Press row,camera:Camera"_s);
        QCOMPARE(blockedIn(m_other), 3);
        QCOMPARE(lastAudit(u"copy_seat_blocks"_s).value(u"from"_s).toInt(), m_show);

        // Another venue's show: refused, in words.
        const int foreign = m_cluster
                                ->scalar(u"INSERT INTO boxoffice.show (venue_id, title, starts_at)"
                                         " VALUES (?, 'Elsewhere', now() + interval '9 days') RETURNING id"_s,
                                    {m_otherVenue})
                                .toInt();
        before = fingerprint();
        r = SeatBlocks::copy(*m_manager, m_show, foreign);
        QCOMPARE(r.code(), ErrorCode::SeatNotInShow);
        QVERIFY2(r.error().message.contains(u"different venues"_s), qPrintable(r.error().message));
        QCOMPARE(fingerprint(), before);
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message"); // a part of the translated message
        QTest::newRow("unknown show") << u"block_seats(999999, '{%S1}', 'press', 'x')"_s << u"unknown_show"_s
                                      << u"does not exist"_s;
        QTest::newRow("unknown seat") << u"block_seats(%SHOW, '{%S1, 999999}', 'press', 'x')"_s << u"unknown_seat"_s
                                      << u"999999"_s;
        QTest::newRow("empty list") << u"block_seats(%SHOW, '{}', 'press', 'x')"_s << u"empty_seat_list"_s
                                    << u"No seats"_s;
        QTest::newRow("no list") << u"block_seats(%SHOW, NULL, 'press', 'x')"_s << u"empty_seat_list"_s
                                 << u"No seats"_s;
        QTest::newRow("repeated seat") << u"block_seats(%SHOW, '{%S1, %S1}', 'press', 'x')"_s << u"duplicate_seat"_s
                                       << u"twice"_s;
        QTest::newRow("seat of another venue")
            << u"block_seats(%SHOW, '{%FOREIGN}', 'press', 'x')"_s << u"seat_not_in_show"_s << u"not part"_s;
        QTest::newRow("unknown kind") << u"block_seats(%SHOW, '{%S1}', 'vip', 'x')"_s << u"invalid_value"_s
                                      << u"The kind"_s;
        QTest::newRow("no kind") << u"block_seats(%SHOW, '{%S1}', NULL, 'x')"_s << u"invalid_value"_s
                                 << u"The kind is missing"_s;
        QTest::newRow("no reason") << u"block_seats(%SHOW, '{%S1}', 'press', NULL)"_s << u"invalid_value"_s
                                   << u"The reason is missing"_s;
        QTest::newRow("blank reason") << u"block_seats(%SHOW, '{%S1}', 'press', '   ')"_s << u"invalid_value"_s
                                      << u"The reason is missing"_s;
        QTest::newRow("reason too long") << u"block_seats(%SHOW, '{%S1}', 'press', repeat('x', 201))"_s
                                         << u"invalid_value"_s << u"at most 200"_s;
        QTest::newRow("venue: unknown") << u"block_venue_seats(999999, '{%S1}', 'press', 'x')"_s << u"unknown_venue"_s
                                        << u"does not exist"_s;
        QTest::newRow("venue: seat of another venue")
            << u"block_venue_seats(%VENUE, '{%FOREIGN}', 'press', 'x')"_s << u"seat_not_in_show"_s << u"not part"_s;
        QTest::newRow("venue: no reason")
            << u"block_venue_seats(%VENUE, '{%S1}', 'kill', '')"_s << u"invalid_value"_s << u"The reason is missing"_s;
        QTest::newRow("release: unknown show")
            << u"release_seat_blocks(999999, NULL, NULL)"_s << u"unknown_show"_s << u"does not exist"_s;
        QTest::newRow("release: unknown kind")
            << u"release_seat_blocks(%SHOW, NULL, 'vip')"_s << u"invalid_value"_s << u"The kind"_s;
        QTest::newRow("release: empty list")
            << u"release_seat_blocks(%SHOW, '{}', NULL)"_s << u"empty_seat_list"_s << u"No seats"_s;
        QTest::newRow("release: unknown seat")
            << u"release_seat_blocks(%SHOW, '{999999}', NULL)"_s << u"unknown_seat"_s << u"999999"_s;
        QTest::newRow("release venue: unknown")
            << u"release_venue_seat_blocks(999999, NULL, NULL)"_s << u"unknown_venue"_s << u"does not exist"_s;
        QTest::newRow("copy: unknown source")
            << u"copy_seat_blocks(999999, %SHOW)"_s << u"unknown_show"_s << u"does not exist"_s;
        QTest::newRow("copy: unknown target")
            << u"copy_seat_blocks(%SHOW, 999999)"_s << u"unknown_show"_s << u"does not exist"_s;
    }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, sql);
        QFETCH(QString, code);
        QFETCH(QString, message);
        // Something blocked already, so that "nothing changed" means something.
        const QList<int> seats = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 2, 30);
        VERIFY_OK(SeatBlocks::block(*m_manager, m_show, {seats.at(1)}, BlockKind::Press, u"Press"_s));
        VERIFY_OK(SeatBlocks::blockVenue(*m_manager, m_venue, {seats.at(1)}, BlockKind::Kill, u"Pillar"_s));
        const int foreign = m_foreignSeat;
        sql.replace(u"%SHOW"_s, QString::number(m_show))
            .replace(u"%VENUE"_s, QString::number(m_venue))
            .replace(u"%S1"_s, QString::number(seats.at(0)))
            .replace(u"%FOREIGN"_s, QString::number(foreign));
        const QString before = fingerprint();
        Result<QJsonObject> answer = m_manager->callJson(u"SELECT boxoffice."_s + sql, {});
        VERIFY_OK(answer);
        QCOMPARE(answer->value(u"ok"_s).toBool(), false);
        QCOMPARE(answer->value(u"code"_s).toString(), code);
        const ServiceError e = ServiceError::fromJson(answer.value());
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QCOMPARE(fingerprint(), before);
    }

    void unknownSeatLabelsAreNamed()
    {
        Result<QList<int>> ids = SeatBlocks::seatIds(*m_manager, m_venue,
            {m_cluster->seatLabel(m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 1).first()), u"ZZ-99"_s});
        QCOMPARE(ids.code(), ErrorCode::UnknownSeat);
        QVERIFY(ids.error().message.contains(u"ZZ-99"_s));
        QCOMPARE(SeatBlocks::seatIds(*m_manager, m_venue, {}).code(), ErrorCode::EmptySeatList);
    }

    void clerkAndSupervisorAreRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("clerk") << u"clerk"_s;
        QTest::newRow("supervisor") << u"supervisor"_s;
    }
    void clerkAndSupervisorAreRefused()
    {
        QFETCH(QString, who);
        const int seat = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 1, 40).first();
        VERIFY_OK(SeatBlocks::block(*m_manager, m_show, {seat}, BlockKind::Press, u"Press"_s));
        const QString before = fingerprint();
        const ConnectionConfig login = test::loginAs(m_cluster->config(), who, who + u"-demo"_s);
        Database db(login, who);
        QCOMPARE(SeatBlocks::block(db, m_show, {seat}, BlockKind::Kill, u"x"_s).code(), ErrorCode::PermissionDenied);
        QCOMPARE(SeatBlocks::release(db, m_show, {}).code(), ErrorCode::PermissionDenied);
        const QString show = QString::number(m_show), venue = QString::number(m_venue), s = QString::number(seat);
        for (const QString &sql :
            {u"SELECT boxoffice.block_seats(%1, '{%3}', 'kill', 'x')"_s,
                u"SELECT boxoffice.block_venue_seats(%2, '{%3}', 'kill', 'x')"_s,
                u"SELECT boxoffice.release_seat_blocks(%1, NULL, NULL)"_s,
                u"SELECT boxoffice.release_venue_seat_blocks(%2, NULL, NULL)"_s,
                u"SELECT boxoffice.copy_seat_blocks(%1, %1)"_s,
                u"SELECT boxoffice.apply_seat_blocks(%1, '{%3}', '{kill}', '{x}', false)"_s,
                u"SELECT boxoffice.remove_seat_blocks(%1, NULL, NULL, false)"_s, u"DELETE FROM boxoffice.seat_block"_s,
                u"INSERT INTO boxoffice.venue_seat_block (venue_id, seat_id, kind, reason) VALUES (%2, %3, 'kill', 'x')"_s,
                u"UPDATE boxoffice.show_seat SET state = 'available' WHERE show_id = %1 AND seat_id = %3"_s}) {
            const QString filled = QString(sql).replace(u"%1"_s, show).replace(u"%2"_s, venue).replace(u"%3"_s, s);
            const test::SqlAttempt a = test::attemptSql(login, filled);
            QVERIFY2(a.state == u"42501"_s, qPrintable(filled + u": "_s + a.state + u" "_s + a.answer));
        }
        QCOMPARE(fingerprint(), before);
        // Reading is allowed: the counter's tooltips.
        Result<QList<SeatBlock>> blocks = SeatBlocks::showBlocks(db, m_show);
        VERIFY_OK(blocks);
        QCOMPARE(blocks->size(), 1);
    }

    void functionsAreAManagersOnly()
    {
        const QStringList rows = {u"block_seats(integer, integer[], text, text)"_s,
            u"block_venue_seats(integer, integer[], text, text)"_s, u"release_seat_blocks(integer, integer[], text)"_s,
            u"release_venue_seat_blocks(integer, integer[], text)"_s, u"copy_seat_blocks(integer, integer)"_s};
        for (const QString &f : rows) {
            QCOMPARE(m_cluster
                         ->scalar(u"SELECT concat_ws(' ', p.prosecdef,"
                                  " has_function_privilege('boxoffice_manager', p.oid, 'EXECUTE'),"
                                  " has_function_privilege('boxoffice_supervisor', p.oid, 'EXECUTE'),"
                                  " has_function_privilege('boxoffice_clerk', p.oid, 'EXECUTE'),"
                                  " array_to_string(p.proconfig, ';'))"
                                  " FROM pg_proc p WHERE p.oid = ?::regprocedure"_s,
                             {QVariant(u"boxoffice."_s + f)})
                         .toString(),
                u"t t f f search_path=boxoffice, pg_catalog, pg_temp"_s);
        }
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_manager.reset();
        m_cluster->exec(u"TRUNCATE boxoffice.seat_block, boxoffice.venue_seat_block"_s);
        m_cluster->resetSales();
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_venue = 0;
    int m_show = 0;
    int m_other = 0;
    int m_otherVenue = 0;
    int m_foreignSeat = 0;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<SaleEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestSeatBlocks)
#include "tst_seatblocks.moc"
