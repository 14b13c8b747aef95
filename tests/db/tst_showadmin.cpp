// Shows and prices of the back office (functions/shows.sql through
// ShowAdmin): create, edit and cancel a show, audited with before and after;
// every bad input refused with its field and problem and nothing changed; a
// weekly schedule (preview skips a day with a show, venue-local times across
// a daylight-saving change, also with this PC in New York); a price changed
// in mid-sales (old orders keep theirs, new sales and the counter's layout
// use the new one, to the satang); cancelling a show with sales and refunding
// every order; clerks refused everything, supervisors all but reading.
#include "admin/showadmin.h"
#include "admin/venuelayout.h"
#include "db/database.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestShowAdmin final : public QObject
{
    Q_OBJECT

private:
    // The shows and their prices, with everything the cluster's fingerprint
    // covers (orders, seats, audit log): what a refusal must leave alone.
    QString everything()
    {
        return m_cluster->fingerprint() + u" | "_s
            + m_cluster
                  ->scalar(u"SELECT concat_ws(' ', (SELECT string_agg(concat_ws('/', id, venue_id, title, subtitle,"
                           " starts_at, doors_at, sales_open_at, sales_close_at, sales_state, cancelled_at,"
                           " cancel_reason), ';' ORDER BY id) FROM boxoffice.show),"
                           " (SELECT string_agg(concat_ws('/', show_id, zone_id, price), ';' ORDER BY show_id, zone_id)"
                           "  FROM boxoffice.show_price))"_s)
                  .toString();
    }
    // A future day at the venue, past the demo's 14 evenings.
    // Days ahead on the venue's calendar (Bangkok), not this PC's: at 10:30 in
    // Bangkok it is still yesterday in New York.
    static QString futureDay(int days)
    {
        return QDateTime::currentDateTime()
            .toTimeZone(QTimeZone("Asia/Bangkok"))
            .date()
            .addDays(days)
            .toString(Qt::ISODate);
    }
    QString lastAudit(const QString &action)
    {
        return m_cluster
            ->scalar(u"SELECT concat_ws(' ', actor, detail::text) FROM boxoffice.audit_log WHERE action = ?"
                     " ORDER BY id DESC LIMIT 1"_s,
                {action})
            .toString();
    }
    int auditCount(const QString &action)
    {
        return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = ?"_s, {action}).toInt();
    }
    // A sale of `seats` as the owner at the test counter: the order id.
    qint64 sell(int show, const QList<int> &seats, const QString &ticketType, const QString &name, const QString &phone,
        int pendingMinutes = 0)
    {
        QJsonArray ids;
        for (int s : seats)
            ids << s;
        QJsonObject request {{u"idempotency_key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"request_hash"_s, u"h"_s}, {u"show_id"_s, show}, {u"seat_ids"_s, ids}, {u"ticket_type"_s, ticketType},
            {u"terminal_id"_s, m_terminal}, {u"customer_name"_s, name}, {u"customer_phone"_s, phone},
            {u"payment_method"_s, u"cash"_s}};
        if (pendingMinutes > 0)
            request.insert(u"pending_minutes"_s, pendingMinutes);
        const QJsonObject answer = QJsonDocument::fromJson(m_cluster
                                                               ->scalar(u"SELECT boxoffice.sell(?::jsonb)::text"_s,
                                                                   {QString::fromUtf8(QJsonDocument(request).toJson())})
                                                               .toString()
                                                               .toUtf8())
                                       .object();
        if (!answer.value(u"ok"_s).toBool())
            qWarning() << "sale refused" << answer;
        return answer.value(u"order_id"_s).toInteger();
    }
    ShowFields fields(const QString &title, const QString &starts)
    {
        ShowFields f;
        f.title = title;
        f.startsAt = starts;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_venue
            = m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = 'Rajadamnern Demo Stadium'"_s).toInt();
        QVERIFY(m_venue > 0);
        m_terminal = m_cluster->registerTerminal(u"shows-test"_s);
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_terminal));
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        m_supervisor = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"supervisor"_s, u"supervisor-demo"_s), u"supervisor"_s);
        m_clerk
            = std::make_unique<Database>(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"clerk"_s);
    }

    // The migration gave every existing show its venue's prices.
    void existingShowsHavePrices()
    {
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.show sh JOIN boxoffice.zone z ON z.venue_id ="
                              " sh.venue_id LEFT JOIN boxoffice.show_price sp ON sp.show_id = sh.id AND sp.zone_id ="
                              " z.id WHERE sp.price IS DISTINCT FROM z.price"_s)
                     .toInt(),
            0);
        const Result<QList<ShowPrice>> prices = ShowAdmin::prices(*m_supervisor, m_cluster->demoShow(0));
        VERIFY_OK(prices);
        QCOMPARE(prices->size(), 3);
        QCOMPARE(prices->at(0).ticketType, u"RINGSIDE"_s);
        QCOMPARE(prices->at(0).price, Money::fromSatang(250000));
    }

    void createEditCancel()
    {
        ShowFields f = fields(u"Rajadamnern Monday Fights: Saenchai vs Petchboonchu"_s, futureDay(40) + u" 18:30"_s);
        f.subtitle = u"5 bouts; main event 5 x 3 min"_s;
        f.doorsAt = futureDay(40) + u" 17:30"_s;
        f.salesOpenAt = futureDay(1) + u" 10:00"_s;
        Result<ShowAdminEntry> created = ShowAdmin::create(*m_manager, m_venue, f);
        VERIFY_OK(created);
        const int id = created->id;
        QCOMPARE(created->title, *f.title);
        QCOMPARE(created->subtitle, *f.subtitle);
        QCOMPARE(created->localStart, *f.startsAt);
        QCOMPARE(created->localDoors, *f.doorsAt);
        QCOMPARE(created->localSalesOpen, *f.salesOpenAt);
        QCOMPARE(created->localSalesClose, QString());
        QCOMPARE(created->state, u"on_sale"_s);
        // The venue's time: 18:30 in Bangkok whatever this PC's zone.
        QCOMPARE(created->startsAt.toTimeZone(QTimeZone("Asia/Bangkok")).time(), QTime(18, 30));
        QCOMPARE(created->startsAt.toUTC().time(), QTime(11, 30));
        QCOMPARE(created->prices.value(u"CLASS3"_s), Money::fromSatang(150000));
        QCOMPARE(
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ?"_s, {id}).toInt(), 3024);
        QVERIFY(lastAudit(u"create_show"_s).startsWith(u"manager "_s));
        QVERIFY(lastAudit(u"create_show"_s).contains(u"\"before\": null"_s));
        QVERIFY(lastAudit(u"create_show"_s).contains(u"Saenchai"_s));
        // Sales open later: not on sale yet (the window), the show as made.
        QCOMPARE(m_cluster->scalar(u"SELECT status FROM boxoffice.show_sales_window(?)"_s, {id}).toString(),
            u"not_yet_open"_s);

        ShowFields edit;
        edit.title = u"Rajadamnern Monday Fights"_s;
        edit.doorsAt = QString(); // cleared
        edit.salesCloseAt = futureDay(40) + u" 19:00"_s;
        Result<ShowAdminEntry> edited = ShowAdmin::edit(*m_manager, id, edit);
        VERIFY_OK(edited);
        QCOMPARE(edited->title, u"Rajadamnern Monday Fights"_s);
        QCOMPARE(edited->subtitle, *f.subtitle); // left out: unchanged
        QCOMPARE(edited->localDoors, QString());
        QCOMPARE(edited->localSalesClose, *edit.salesCloseAt);
        const QString audit = lastAudit(u"edit_show"_s);
        QVERIFY2(
            audit.contains(u"\"title\": \"Rajadamnern Monday Fights: Saenchai vs Petchboonchu\""_s), qPrintable(audit));
        QVERIFY2(audit.contains(u"\"title\": \"Rajadamnern Monday Fights\""_s), qPrintable(audit));
        // The same values again: nothing written.
        const int edits = auditCount(u"edit_show"_s);
        VERIFY_OK(ShowAdmin::edit(*m_manager, id, edit));
        QCOMPARE(auditCount(u"edit_show"_s), edits);

        const Result<QList<RefundEntry>> cancelled = ShowAdmin::cancel(*m_manager, id, u"Main event injured"_s);
        VERIFY_OK(cancelled);
        QVERIFY(cancelled->isEmpty());
        const Result<ShowAdminEntry> after = ShowAdmin::show(*m_supervisor, id);
        VERIFY_OK(after);
        QCOMPARE(after->state, u"cancelled"_s);
        QCOMPARE(after->cancelReason, u"Main event injured"_s);
        QVERIFY(lastAudit(u"cancel_show"_s).contains(u"\"after\": \"cancelled\""_s));
        // A cancelled show is final: no edit, no price.
        const QString before = everything();
        QCOMPARE(ShowAdmin::edit(*m_manager, id, edit).code(), ErrorCode::ShowCancelled);
        QCOMPARE(
            ShowAdmin::setPrice(*m_manager, id, u"CLASS3"_s, Money::fromSatang(100)).code(), ErrorCode::ShowCancelled);
        QCOMPARE(everything(), before);
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::addColumn<QString>("problem");
        const QString start = futureDay(50) + u" 18:30"_s;
        QTest::newRow("title missing") << u"title"_s << u"  "_s << u"title"_s << u"missing"_s;
        QTest::newRow("title of 10,000 characters")
            << u"title"_s << QString(10000, u'x') << u"title"_s << u"too_long"_s;
        QTest::newRow("subtitle too long") << u"subtitle"_s << QString(2001, u'ก') << u"subtitle"_s << u"too_long"_s;
        QTest::newRow("start in the past") << u"starts_at"_s << u"2020-01-01 18:30"_s << u"starts_at"_s << u"in_past"_s;
        QTest::newRow("start malformed") << u"starts_at"_s << u"next Monday"_s << u"starts_at"_s << u"malformed"_s;
        // A Buddhist-era year typed as it is (the Thai lists show those).
        const QDate inFifty = QDate::fromString(futureDay(50), Qt::ISODate);
        QTest::newRow("start in the Buddhist era")
            << u"starts_at"_s << inFifty.addYears(543).toString(Qt::ISODate) + u" 18:30"_s << u"starts_at"_s
            << u"too_far"_s;
        QTest::newRow("start not a date")
            << u"starts_at"_s << u"2026-02-31 18:30"_s << u"starts_at"_s << u"malformed"_s;
        QTest::newRow("start missing") << u"starts_at"_s << QString() << u"starts_at"_s << u"missing"_s;
        QTest::newRow("doors after start")
            << u"doors_at"_s << futureDay(50) + u" 19:00"_s << u"doors_at"_s << u"after"_s;
        QTest::newRow("sales end before they start")
            << u"sales_close_at"_s << futureDay(3) + u" 10:00"_s << u"sales_close_at"_s << u"before"_s;
        QTest::newRow("SQL in a time") << u"doors_at"_s << u"'; DELETE FROM boxoffice.show; --"_s << u"doors_at"_s
                                       << u"malformed"_s;
        Q_UNUSED(start);
    }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        QFETCH(QString, problem);
        ShowFields f = fields(u"Fight night"_s, futureDay(50) + u" 18:30"_s);
        f.salesOpenAt = futureDay(4) + u" 10:00"_s;
        if (field == u"title"_s)
            f.title = value;
        else if (field == u"subtitle"_s)
            f.subtitle = value;
        else if (field == u"starts_at"_s)
            f.startsAt = value;
        else if (field == u"doors_at"_s)
            f.doorsAt = value;
        else if (field == u"sales_close_at"_s)
            f.salesCloseAt = value;
        const QString before = everything();
        const Result<ShowAdminEntry> created = ShowAdmin::create(*m_manager, m_venue, f);
        QVERIFY(!created.ok());
        QCOMPARE(created.code(), ErrorCode::InvalidValue);
        QCOMPARE(created.error().field, expectedField);
        QVERIFY2(!created.error().message.isEmpty(), "a sentence for the manager");
        if (problem == u"too_far"_s)
            QVERIFY2(created.error().message.contains(u"Buddhist era"_s), qPrintable(created.error().message));
        QCOMPARE(everything(), before);
        // The same value in an edit of a demo show is refused the same way.
        ShowFields edit;
        if (field == u"title"_s)
            edit.title = value;
        else if (field == u"subtitle"_s)
            edit.subtitle = value;
        else if (field == u"starts_at"_s)
            edit.startsAt = value.isEmpty() ? u" "_s : value;
        else if (field == u"doors_at"_s)
            edit.doorsAt = value;
        else if (field == u"sales_close_at"_s) {
            edit.salesOpenAt = futureDay(4) + u" 10:00"_s;
            edit.salesCloseAt = value;
        }
        if (field == u"doors_at"_s && value.startsWith(futureDay(50)))
            edit.doorsAt = QDate::currentDate().addDays(20).toString(Qt::ISODate) + u" 19:00"_s;
        const Result<ShowAdminEntry> edited = ShowAdmin::edit(*m_manager, m_cluster->demoShow(3), edit);
        QVERIFY(!edited.ok());
        QCOMPARE(edited.code(), ErrorCode::InvalidValue);
        QCOMPARE(everything(), before);
        Q_UNUSED(problem);
    }

    void unknownVenueAndShowAreRefused()
    {
        const QString before = everything();
        QCOMPARE(ShowAdmin::create(*m_manager, 999999, fields(u"X"_s, futureDay(60) + u" 18:30"_s)).code(),
            ErrorCode::UnknownVenue);
        QCOMPARE(ShowAdmin::edit(*m_manager, 999999, fields(u"X"_s, futureDay(60) + u" 18:30"_s)).code(),
            ErrorCode::UnknownShow);
        QCOMPARE(ShowAdmin::cancel(*m_manager, 999999, u"why"_s).code(), ErrorCode::UnknownShow);
        QCOMPARE(ShowAdmin::cancel(*m_manager, m_cluster->demoShow(2), u"  "_s).code(), ErrorCode::ReasonRequired);
        QCOMPARE(ShowAdmin::setPriceText(*m_manager, m_cluster->demoShow(2), u"VIP"_s, u"100"_s).code(),
            ErrorCode::UnknownZone);
        QCOMPARE(ShowAdmin::copyPrices(*m_manager, 999999, m_cluster->demoShow(2)).code(), ErrorCode::UnknownShow);
        QCOMPARE(everything(), before);
    }

    void badPricesAreRefused_data()
    {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("problem");
        QTest::newRow("negative") << u"-1.00"_s << u"negative"_s;
        QTest::newRow("three decimals") << u"10.005"_s << u"malformed"_s;
        QTest::newRow("words") << u"two thousand"_s << u"malformed"_s;
        QTest::newRow("empty") << QString() << u"missing"_s;
        QTest::newRow("too large") << u"100000000"_s << u"out_of_range"_s;
    }
    void badPricesAreRefused()
    {
        QFETCH(QString, price);
        QFETCH(QString, problem);
        const QString before = everything();
        const Result<bool> r = ShowAdmin::setPriceText(*m_manager, m_cluster->demoShow(2), u"RINGSIDE"_s, price);
        QCOMPARE(r.code(), ErrorCode::InvalidValue);
        QCOMPARE(r.error().field, u"price"_s);
        QCOMPARE(everything(), before);
        Q_UNUSED(problem);
    }

    void weeklyScheduleSkipsDaysWithAShow()
    {
        // Four weeks from a Monday 30 days or more ahead (past the demo's evenings).
        QDate first = QDate::currentDate().addDays(30);
        while (first.dayOfWeek() != 1)
            first = first.addDays(1);
        // A show already on the Wednesday of the first week.
        VERIFY_OK(ShowAdmin::create(
            *m_manager, m_venue, fields(u"Existing"_s, first.addDays(2).toString(Qt::ISODate) + u" 20:00"_s)));
        WeeklySchedule s;
        s.venueId = m_venue;
        s.weekdays = *ShowAdmin::parseWeekdays(u"mon,wed,thu,sun"_s);
        QCOMPARE(s.weekdays, QList<int>({1, 3, 4, 7}));
        s.time = u"18:30"_s;
        s.weeks = 4;
        s.title = u"Rajadamnern Fights"_s;
        s.firstDate = first;
        const QString before = everything();
        const Result<QList<ScheduledDate>> preview = ShowAdmin::previewSchedule(*m_manager, s);
        VERIFY_OK(preview);
        QCOMPARE(everything(), before); // a preview makes nothing
        QCOMPARE(preview->size(), 16);
        QCOMPARE(preview->at(0).date, first.toString(Qt::ISODate));
        QCOMPARE(preview->at(0).localStart, first.toString(Qt::ISODate) + u" 18:30"_s);
        QVERIFY(preview->at(0).isNew);
        QVERIFY(!preview->at(1).isNew);
        QCOMPARE(preview->at(1).date, first.addDays(2).toString(Qt::ISODate));
        QVERIFY(preview->at(1).existingShow > 0);

        const int audits = auditCount(u"create_schedule"_s);
        const Result<ScheduleResult> made = ShowAdmin::createSchedule(*m_manager, s);
        VERIFY_OK(made);
        QCOMPARE(made->created, 15);
        QCOMPARE(made->skipped, 1);
        QCOMPARE(auditCount(u"create_schedule"_s), audits + 1);
        QStringList ids;
        for (int id : made->shows)
            ids << QString::number(id);
        const QString idArray = u"{"_s + ids.join(u',') + u"}"_s;
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.show WHERE id = ANY (?::int[])"
                              " AND to_char(starts_at AT TIME ZONE 'Asia/Bangkok', 'HH24:MI ID') ~ '^18:30 [1347]$'"
                              " AND title = 'Rajadamnern Fights'"_s,
                         {idArray})
                     .toInt(),
            15);
        // Each with the venue's prices. Running it again makes nothing.
        QCOMPARE(
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.show_price WHERE show_id = ?"_s, {made->shows.first()})
                .toInt(),
            3);
        const Result<ScheduleResult> again = ShowAdmin::createSchedule(*m_manager, s);
        VERIFY_OK(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->skipped, 16);
    }

    // 18:30 at a venue in New York stays 18:30 across the change to summer
    // time (14 March 2027): the instants move by an hour.
    void scheduleIsDaylightSavingSafe()
    {
        const int venue = m_cluster
                              ->scalar(u"INSERT INTO boxoffice.venue (name, time_zone) VALUES ('Madison Test Hall',"
                                       " 'America/New_York') RETURNING id"_s)
                              .toInt();
        QVERIFY(venue > 0);
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.zone (venue_id, ticket_type, name, price) VALUES"
                                " (?, 'FLOOR', 'Floor', 99.50)"_s,
            {venue}));
        WeeklySchedule s;
        s.venueId = venue;
        s.weekdays = {6, 7};
        s.time = u"18:30"_s;
        s.weeks = 2;
        s.title = u"Fight night"_s;
        s.firstDate = QDate(2027, 3, 6);
        const Result<ScheduleResult> made = ShowAdmin::createSchedule(*m_manager, s);
        VERIFY_OK(made);
        QCOMPARE(made->created, 4);
        QStringList utc;
        for (const ScheduledDate &d : made->dates) {
            QCOMPARE(d.localStart.right(5), u"18:30"_s);
            QCOMPARE(d.startsAt.toTimeZone(QTimeZone("America/New_York")).time(), QTime(18, 30));
            utc << d.startsAt.toUTC().toString(u"MM-dd HH:mm"_s);
        }
        QCOMPARE(utc, QStringList({u"03-06 23:30"_s, u"03-07 23:30"_s, u"03-13 23:30"_s, u"03-14 22:30"_s}));
        const Result<QList<ShowAdminEntry>> shows = ShowAdmin::shows(*m_supervisor, venue);
        VERIFY_OK(shows);
        QCOMPARE(shows->size(), 4);
        QCOMPARE(shows->last().localStart, u"2027-03-14 18:30"_s);
        QCOMPARE(shows->last().prices.value(u"FLOOR"_s), Money::fromSatang(9950));
    }

    void badSchedulesAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::newRow("no weekdays") << u"weekdays"_s << u"weekdays"_s;
        QTest::newRow("weekday 8") << u"weekday8"_s << u"weekdays"_s;
        QTest::newRow("time 25:00") << u"time"_s << u"time"_s;
        QTest::newRow("0 weeks") << u"weeks0"_s << u"weeks"_s;
        QTest::newRow("53 weeks") << u"weeks53"_s << u"weeks"_s;
        QTest::newRow("no title") << u"title"_s << u"title"_s;
    }
    void badSchedulesAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        WeeklySchedule s;
        s.venueId = m_venue;
        s.weekdays = {1};
        s.time = u"18:30"_s;
        s.weeks = 2;
        s.title = u"T"_s;
        if (what == u"weekdays"_s)
            s.weekdays = {};
        else if (what == u"weekday8"_s)
            s.weekdays = {8};
        else if (what == u"time"_s)
            s.time = u"25:00"_s;
        else if (what == u"weeks0"_s)
            s.weeks = 0;
        else if (what == u"weeks53"_s)
            s.weeks = 53;
        else
            s.title = QString();
        const QString before = everything();
        QCOMPARE(ShowAdmin::previewSchedule(*m_manager, s).error().field, field);
        const Result<ScheduleResult> r = ShowAdmin::createSchedule(*m_manager, s);
        QCOMPARE(r.code(), ErrorCode::InvalidValue);
        QCOMPARE(r.error().field, field);
        QCOMPARE(everything(), before);
        s.venueId = 999999;
        QCOMPARE(ShowAdmin::createSchedule(*m_manager, s).code(), ErrorCode::UnknownVenue);
    }

    void priceChangeInMidSales()
    {
        m_cluster->resetSales();
        const int show = m_cluster->demoShow(1);
        const QList<int> seats = m_cluster->seatsOf(show, u"RINGSIDE"_s, 4);
        const qint64 oldOrder = sell(show, seats.mid(0, 2), u"RINGSIDE"_s, u"Somchai"_s, u"0811111111"_s);
        QVERIFY(oldOrder > 0);
        Result<bool> changed = ShowAdmin::setPriceText(*m_manager, show, u"ringside"_s, u"2000.50"_s);
        VERIFY_OK(changed);
        QVERIFY(changed.value());
        QVERIFY2(lastAudit(u"set_show_price"_s).contains(u"\"after\": \"2000.50\""_s),
            qPrintable(lastAudit(u"set_show_price"_s)));
        QVERIFY(lastAudit(u"set_show_price"_s).contains(u"\"before\": \"2500.00\""_s));
        // The same price again: unchanged, not audited.
        const int audits = auditCount(u"set_show_price"_s);
        changed = ShowAdmin::setPrice(*m_manager, show, u"RINGSIDE"_s, Money::fromSatang(200050));
        VERIFY_OK(changed);
        QVERIFY(!changed.value());
        QCOMPARE(auditCount(u"set_show_price"_s), audits);

        const qint64 newOrder = sell(show, seats.mid(2, 2), u"RINGSIDE"_s, u"Malee"_s, u"0822222222"_s);
        QVERIFY(newOrder > 0);
        QCOMPARE(m_cluster->scalar(u"SELECT total::text FROM boxoffice.orders WHERE id = ?"_s, {oldOrder}).toString(),
            u"5000.00"_s);
        QCOMPARE(m_cluster->scalar(u"SELECT total::text FROM boxoffice.orders WHERE id = ?"_s, {newOrder}).toString(),
            u"4001.00"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(price::text, ',' ORDER BY seat_id) FROM boxoffice.order_seat"
                              " WHERE order_id = ?"_s,
                         {newOrder})
                     .toString(),
            u"2000.50,2000.50"_s);
        // Another show keeps the venue's price; the counter's map and cart
        // (the layout, on the clerk's login) show the new one.
        const Result<VenueLayout> layout = VenueLayout::load(*m_clerk, show);
        VERIFY_OK(layout);
        QCOMPARE(layout->zones.at(0).ticketType, u"RINGSIDE"_s);
        QCOMPARE(layout->zones.at(0).price, Money::fromSatang(200050));
        const Result<VenueLayout> other = VenueLayout::load(*m_clerk, m_cluster->demoShow(2));
        VERIFY_OK(other);
        QCOMPARE(other->zones.at(0).price, Money::fromSatang(250000));

        // Copy all prices to another show.
        VERIFY_OK(ShowAdmin::setPriceText(*m_manager, show, u"CLASS3"_s, u"0"_s));
        const Result<QStringList> copied = ShowAdmin::copyPrices(*m_manager, show, m_cluster->demoShow(2));
        VERIFY_OK(copied);
        QVERIFY(copied->isEmpty());
        const Result<QList<ShowPrice>> prices = ShowAdmin::prices(*m_manager, m_cluster->demoShow(2));
        VERIFY_OK(prices);
        QCOMPARE(prices->at(0).price, Money::fromSatang(200050));
        QCOMPARE(prices->at(2).price, Money::fromSatang(0));
        QCOMPARE(prices->at(2).venuePrice, Money::fromSatang(150000));
        QVERIFY(lastAudit(u"copy_show_prices"_s).contains(u"\"RINGSIDE\": \"2000.50\""_s));
    }

    void cancelAShowWithSalesAndRefundAll()
    {
        m_cluster->resetSales();
        const Result<ShowAdminEntry> created
            = ShowAdmin::create(*m_manager, m_venue, fields(u"Doomed night"_s, futureDay(45) + u" 18:30"_s));
        VERIFY_OK(created);
        const int show = created->id;
        const QList<int> ring = m_cluster->seatsOf(show, u"RINGSIDE"_s, 2);
        const QList<int> class2 = m_cluster->seatsOf(show, u"CLASS2"_s, 3);
        const qint64 a = sell(show, ring, u"RINGSIDE"_s, u"Somchai Jaidee"_s, u"081-111-1111"_s);
        const qint64 b = sell(show, class2, u"CLASS2"_s, u"Malee"_s, u"082-222-2222"_s, 30);
        QVERIFY(a > 0 && b > 0);

        const Result<QList<RefundEntry>> list = ShowAdmin::cancel(*m_manager, show, u"Stadium flooded"_s);
        VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).orderId, a);
        QCOMPARE(list->at(0).customerName, u"Somchai Jaidee"_s);
        QCOMPARE(list->at(0).customerPhone, u"081-111-1111"_s);
        QCOMPARE(list->at(0).seats.size(), 2);
        QCOMPARE(list->at(0).total, Money::fromSatang(500000));
        QCOMPARE(list->at(1).status, u"pending"_s);
        QCOMPARE(list->at(1).total, Money::fromSatang(540000));
        // Sales stop at once.
        const QString refused
            = m_cluster
                  ->scalar(u"SELECT boxoffice.hold_seats(jsonb_build_object('show_id', ?::int,"
                           " 'seat_ids', jsonb_build_array(?::int), 'terminal_id', ?::int, 'minutes', 5))->>'code'"_s,
                      {show, m_cluster->seatsOf(show, u"CLASS3"_s, 1).at(0), m_terminal})
                  .toString();
        QCOMPARE(refused, u"show_cancelled"_s);
        // A supervisor reads the list too.
        const Result<QList<RefundEntry>> again = ShowAdmin::refunds(*m_supervisor, show);
        VERIFY_OK(again);
        QCOMPARE(again->size(), 2);

        for (const RefundEntry &e : list.value())
            VERIFY_OK(ShowAdmin::refund(m_cluster->db(), e.orderId, u"Show cancelled"_s, m_terminal));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM boxoffice.orders WHERE show_id = ?"_s,
                         {show})
                     .toString(),
            u"cancelled,cancelled"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state <> 'available'"_s,
                         {show})
                     .toInt(),
            0);
        QCOMPARE(auditCount(u"cancel_order"_s), 2);
        QCOMPARE(auditCount(u"cancel_show"_s) >= 1, true);
        const Result<QList<RefundEntry>> none = ShowAdmin::refunds(*m_manager, show);
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());
    }

    // Clerks may not call a single one of them, even in plain SQL;
    // supervisors may read the show list and the refunds only.
    void clerksAndSupervisorsAreRefused()
    {
        const int show = m_cluster->demoShow(5);
        const QString before = everything();
        QCOMPARE(ShowAdmin::create(*m_clerk, m_venue, fields(u"X"_s, futureDay(70) + u" 18:30"_s)).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(ShowAdmin::create(*m_supervisor, m_venue, fields(u"X"_s, futureDay(70) + u" 18:30"_s)).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(ShowAdmin::setPriceText(*m_supervisor, show, u"CLASS3"_s, u"1"_s).code(), ErrorCode::PermissionDenied);
        QCOMPARE(ShowAdmin::cancel(*m_supervisor, show, u"x"_s).code(), ErrorCode::PermissionDenied);
        QCOMPARE(ShowAdmin::shows(*m_clerk).code(), ErrorCode::PermissionDenied);
        QCOMPARE(ShowAdmin::refunds(*m_clerk, show).code(), ErrorCode::PermissionDenied);
        const ConnectionConfig clerk = test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s);
        const QString n = QString::number(show);
        for (const QString &sql : {u"SELECT boxoffice.create_show('{\"venue_id\": 1}'::jsonb)"_s,
                 u"SELECT boxoffice.edit_show('{\"show_id\": %1, \"title\": \"x\"}'::jsonb)"_s,
                 u"SELECT boxoffice.cancel_show('{\"show_id\": %1, \"reason\": \"x\"}'::jsonb)"_s,
                 u"SELECT boxoffice.preview_schedule('{\"venue_id\": 1}'::jsonb)"_s,
                 u"SELECT boxoffice.create_schedule('{\"venue_id\": 1}'::jsonb)"_s,
                 u"SELECT boxoffice.set_show_price('{\"show_id\": %1}'::jsonb)"_s,
                 u"SELECT boxoffice.copy_show_prices('{\"from_show_id\": 1, \"to_show_id\": %1}'::jsonb)"_s,
                 u"SELECT boxoffice.show_refunds(%1)"_s, u"SELECT boxoffice.list_shows()"_s,
                 u"SELECT boxoffice.create_show(1, 'x', now())"_s,
                 u"UPDATE boxoffice.show_price SET price = 1 WHERE show_id = %1"_s,
                 u"UPDATE boxoffice.show SET cancelled_at = now(), cancel_reason = 'x' WHERE id = %1"_s}) {
            const test::SqlAttempt attempt = test::attemptSql(clerk, QString(sql).replace(u"%1"_s, n));
            QVERIFY2(attempt.state == u"42501"_s, qPrintable(sql + u": "_s + attempt.state));
        }
        QCOMPARE(everything(), before);
        // Every function of the file: a manager's, as its owner, with a fixed path.
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'boxoffice'::regnamespace"
                              " AND p.proname IN ('create_show', 'edit_show', 'cancel_show', 'preview_schedule',"
                              " 'create_schedule', 'set_show_price', 'copy_show_prices') AND p.pronargs = 1"
                              " AND p.prosecdef AND has_function_privilege('boxoffice_manager', p.oid, 'EXECUTE')"
                              " AND NOT has_function_privilege('boxoffice_supervisor', p.oid, 'EXECUTE')"
                              " AND array_to_string(p.proconfig, ';') = 'search_path=boxoffice, pg_catalog, pg_temp'"_s)
                     .toInt(),
            7);
    }

    void cleanupTestCase()
    {
        m_clerk.reset();
        m_supervisor.reset();
        m_manager.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_venue = 0;
    int m_terminal = 0;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<Database> m_supervisor;
    std::unique_ptr<Database> m_clerk;
};

QTEST_GUILESS_MAIN(TestShowAdmin)
#include "tst_showadmin.moc"
