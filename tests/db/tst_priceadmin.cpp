// The back office's price types and a show's prices per price type (issue
// 12; functions/pricing.sql, set_show_price / copy_show_prices in
// functions/shows.sql, through PriceTypeAdmin): a price type added and
// edited, the approval rule, a show's price of a ticket type at a price
// type set, a comp only at 0, a price type removed so the counter no longer
// offers it, every price type copied to another show; each change audited;
// bad input refused with nothing changed; clerks refused.
#include "admin/pricetypeadmin.h"
#include "admin/showadmin.h"
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

class TestPriceAdmin final : public QObject
{
    Q_OBJECT

private:
    // What a refusal must leave alone: the cluster's fingerprint (orders,
    // seats, audit), every show price, price type and the rule.
    QString everything()
    {
        return m_cluster->fingerprint() + u" | "_s
            + m_cluster
                  ->scalar(u"SELECT concat_ws(' ',"
                           " (SELECT string_agg(concat_ws('/', show_id, zone_id, price_type_id, price), ';'"
                           "   ORDER BY show_id, zone_id, price_type_id) FROM boxoffice.show_price),"
                           " (SELECT string_agg(concat_ws('/', id, code, name_en, name_th, is_comp, sort_order,"
                           "   active), ';' ORDER BY id) FROM boxoffice.price_type),"
                           " (SELECT concat_ws('/', approval_below_percent, approval_minutes)"
                           "   FROM boxoffice.pricing_rule))"_s)
                  .toString();
    }
    QString lastAudit(const QString &action)
    {
        return m_cluster
            ->scalar(u"SELECT concat_ws(' ', actor, reason, detail::text) FROM boxoffice.audit_log WHERE action = ?"
                     " ORDER BY id DESC LIMIT 1"_s,
                {action})
            .toString();
    }
    int auditCount(const QString &action)
    {
        return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = ?"_s, {action}).toInt();
    }
    // A new show of the demo venue, `days` ahead (venue calendar).
    int newShow(int days)
    {
        const QString day = QDateTime::currentDateTime()
                                .toTimeZone(QTimeZone("Asia/Bangkok"))
                                .date()
                                .addDays(days)
                                .toString(Qt::ISODate);
        ShowFields f;
        f.title = u"Price types test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        f.startsAt = day + u" 18:30"_s;
        const Result<ShowAdminEntry> created = ShowAdmin::create(*m_manager, m_venue, f);
        if (!created) {
            qWarning() << created.error().message;
            return 0;
        }
        return created->id;
    }
    // The show's prices as the counter sells from them: "RINGSIDE/CHILD=1000.00 ...".
    QString counterPrices(int show)
    {
        const QJsonObject o = QJsonDocument::fromJson(
            m_cluster->scalar(u"SELECT boxoffice.show_price_list(?)::text"_s, {show}).toString().toUtf8())
                                  .object();
        QStringList out;
        for (const auto &v : o.value(u"prices"_s).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(u"price_type"_s).toString() != u"STANDARD"_s)
                out << p.value(u"ticket_type"_s).toString() + u'/' + p.value(u"price_type"_s).toString() + u'='
                        + p.value(u"price"_s).toString();
        }
        out.sort();
        return out.join(u' ');
    }
    static std::optional<Money> cell(const QList<ShowTypePrice> &prices, const QString &ticket, const QString &type)
    {
        for (const auto &p : prices)
            if (p.ticketType == ticket && p.priceType == type)
                return p.price;
        return Money::fromSatang(-1); // not listed at all
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_venue
            = m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = 'Rajadamnern Demo Stadium'"_s).toInt();
        QVERIFY(m_venue > 0);
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        m_clerk
            = std::make_unique<Database>(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"clerk"_s);
        m_code = u"PA"_s + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
    }

    void addAndEditAPriceType()
    {
        const Result<PriceTypeList> before = PriceTypeAdmin::list(*m_manager);
        VERIFY_OK(before);
        QVERIFY(before->types.size() >= 5);
        QCOMPARE(before->types.at(0).code, u"STANDARD"_s);
        QVERIFY(std::any_of(before->types.begin(), before->types.end(),
            [](const PriceTypeEntry &t) { return t.code == u"COMP"_s && t.isComp; }));

        PriceTypeFields f;
        f.code = m_code.toLower(); // the database writes codes in capitals
        f.nameEn = u"Student"_s;
        f.nameTh = u"นักเรียน"_s;
        f.sortOrder = 25;
        const Result<PriceTypeEntry> added = PriceTypeAdmin::save(*m_manager, f);
        VERIFY_OK(added);
        QCOMPARE(added->code, m_code);
        QCOMPARE(added->nameTh, u"นักเรียน"_s);
        QCOMPARE(added->sortOrder, 25);
        QVERIFY(added->active);
        QVERIFY(!added->isComp);
        QVERIFY2(lastAudit(u"save_price_type"_s).startsWith(u"manager price type added"_s),
            qPrintable(lastAudit(u"save_price_type"_s)));

        PriceTypeFields edit;
        edit.code = m_code;
        edit.nameEn = u"Student (ID card)"_s;
        edit.active = false;
        const Result<PriceTypeEntry> edited = PriceTypeAdmin::save(*m_manager, edit);
        VERIFY_OK(edited);
        QCOMPARE(edited->nameEn, u"Student (ID card)"_s);
        QCOMPARE(edited->nameTh, u"นักเรียน"_s); // left out: unchanged
        QVERIFY(!edited->active);
        QVERIFY(lastAudit(u"save_price_type"_s).contains(u"\"name_en\": \"Student (ID card)\""_s));
        const Result<PriceTypeList> after = PriceTypeAdmin::list(*m_manager);
        VERIFY_OK(after);
        QCOMPARE(after->types.size(), before->types.size() + 1);
    }

    void badPriceTypesAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("nameEn");
        QTest::addColumn<bool>("deactivate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        QTest::newRow("malformed code") << u"1-BAD"_s << u"Bad"_s << false << u"code"_s << u"malformed"_s;
        QTest::newRow("new without names") << u"NONAME"_s << QString() << false << u"name_en"_s << u"missing"_s;
        QTest::newRow("blank name") << u"THAI"_s << u"  "_s << false << u"name_en"_s << u"missing"_s;
        QTest::newRow("standard inactive") << u"STANDARD"_s << QString() << true << u"active"_s << u"standard"_s;
    }

    void badPriceTypesAreRefused()
    {
        QFETCH(QString, code);
        QFETCH(QString, nameEn);
        QFETCH(bool, deactivate);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        const QString before = everything();
        PriceTypeFields f;
        f.code = code;
        if (!nameEn.isNull())
            f.nameEn = nameEn;
        if (deactivate)
            f.active = false;
        const Result<PriceTypeEntry> r = PriceTypeAdmin::save(*m_manager, f);
        QCOMPARE(r.code(), ErrorCode::InvalidValue);
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.error().detail.contains(u"invalid_value"_s), qPrintable(r.error().detail));
        QVERIFY(!r.error().message.isEmpty());
        Q_UNUSED(problem);
        QCOMPARE(everything(), before);
        // A clerk may not add one.
        PriceTypeFields clerk;
        clerk.code = u"CLERKS"_s;
        clerk.nameEn = u"Clerk's"_s;
        clerk.nameTh = u"พนักงานขาย"_s;
        QCOMPARE(PriceTypeAdmin::save(*m_clerk, clerk).code(), ErrorCode::PermissionDenied);
        QCOMPARE(everything(), before);
    }

    // The rule changed, and put back.
    void approvalRule()
    {
        const Result<PriceTypeList> start = PriceTypeAdmin::list(*m_manager);
        VERIFY_OK(start);
        const Result<PriceTypeList> changed = PriceTypeAdmin::setRule(*m_manager, u"12.5"_s, 9);
        VERIFY_OK(changed);
        QCOMPARE(changed->approvalBelowPercent, u"12.50"_s);
        QCOMPARE(changed->approvalMinutes, 9);
        QVERIFY2(lastAudit(u"set_pricing_rule"_s).contains(u"\"approval_minutes\": 9"_s),
            qPrintable(lastAudit(u"set_pricing_rule"_s)));
        const QString before = everything();
        QCOMPARE(PriceTypeAdmin::setRule(*m_manager, u"101"_s, 9).code(), ErrorCode::InvalidValue);
        QCOMPARE(PriceTypeAdmin::setRule(*m_manager, u"-1"_s, 9).code(), ErrorCode::InvalidValue);
        const Result<PriceTypeList> minutes = PriceTypeAdmin::setRule(*m_manager, u"12.5"_s, 0);
        QCOMPARE(minutes.code(), ErrorCode::InvalidValue);
        QCOMPARE(minutes.error().field, u"approval_minutes"_s);
        QCOMPARE(PriceTypeAdmin::setRule(*m_clerk, u"20"_s, 5).code(), ErrorCode::PermissionDenied);
        QCOMPARE(everything(), before);
        VERIFY_OK(PriceTypeAdmin::setRule(*m_manager, start->approvalBelowPercent, start->approvalMinutes));
    }

    void showPricesPerPriceType()
    {
        const int show = newShow(61);
        QVERIFY(show > 0);
        m_show = show;
        QCOMPARE(counterPrices(show), QString()); // a new show sells STANDARD only

        Result<bool> r = PriceTypeAdmin::setShowPrice(*m_manager, show, u"ringside"_s, u"child"_s, u"1000.00"_s);
        VERIFY_OK(r);
        QVERIFY(r.value());
        QVERIFY2(
            lastAudit(u"set_show_price"_s)
                .startsWith(u"manager price added {\"show\": %1, \"after\": \"1000.00\", \"before\": null"_s.arg(show)),
            qPrintable(lastAudit(u"set_show_price"_s)));
        QVERIFY(lastAudit(u"set_show_price"_s).contains(u"\"price_type\": \"CHILD\""_s));
        VERIFY_OK(PriceTypeAdmin::setShowPrice(*m_manager, show, u"CLASS3"_s, u"THAI"_s, u"333.33"_s));
        VERIFY_OK(PriceTypeAdmin::setShowPrice(*m_manager, show, u"CLASS3"_s, u"COMP"_s, u"0"_s));
        // The same price again: unchanged, not audited.
        const int audits = auditCount(u"set_show_price"_s);
        r = PriceTypeAdmin::setShowPrice(*m_manager, show, u"CLASS3"_s, u"THAI"_s, u"333.330"_s.left(6));
        VERIFY_OK(r);
        QVERIFY(!r.value());
        QCOMPARE(auditCount(u"set_show_price"_s), audits);
        QCOMPARE(counterPrices(show), u"CLASS3/COMP=0.00 CLASS3/THAI=333.33 RINGSIDE/CHILD=1000.00"_s);

        const Result<QList<ShowTypePrice>> table = PriceTypeAdmin::showPrices(*m_manager, show);
        VERIFY_OK(table);
        QCOMPARE(cell(*table, u"RINGSIDE"_s, u"CHILD"_s), std::optional<Money>(Money::fromSatang(100000)));
        QCOMPARE(cell(*table, u"RINGSIDE"_s, u"STANDARD"_s), std::optional<Money>(Money::fromSatang(250000)));
        QCOMPARE(cell(*table, u"RINGSIDE"_s, u"THAI"_s), std::optional<Money>());
        QCOMPARE(table->first().ticketType, u"RINGSIDE"_s);
        QCOMPARE(table->first().priceType, u"STANDARD"_s);

        // Seats sold at THAI are priced by the database, to the satang (a
        // 10 % rule: 333.33 of 1500.00 needs no supervisor).
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.pricing_rule SET approval_below_percent = 10"_s));
        const int terminal = m_cluster->registerTerminal(u"priceadmin-test"_s);
        QVERIFY(test::openCashShift(*m_cluster, terminal)); // cash in the counter's open shift (0024)
        const QList<int> seats = m_cluster->seatsOf(show, u"CLASS3"_s, 3);
        QJsonArray lines;
        for (int id : seats)
            lines.append(QJsonObject {{u"seat_id"_s, id}, {u"price_type"_s, u"THAI"_s}});
        const QJsonObject sale {{u"idempotency_key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"request_hash"_s, u"h"_s}, {u"show_id"_s, show}, {u"terminal_id"_s, terminal}, {u"lines"_s, lines},
            {u"payment_method"_s, u"cash"_s}};
        const QJsonObject sold
            = QJsonDocument::fromJson(m_cluster
                                          ->scalar(u"SELECT boxoffice.sell(?::jsonb)::text"_s,
                                              {QString::fromUtf8(QJsonDocument(sale).toJson(QJsonDocument::Compact))})
                                          .toString()
                                          .toUtf8())
                  .object();
        QVERIFY2(sold.value(u"ok"_s).toBool(), QJsonDocument(sold).toJson().constData());
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT total::text FROM boxoffice.orders WHERE id = ?"_s,
                         {sold.value(u"order_id"_s).toInteger()})
                     .toString(),
            u"999.99"_s);

        // Removed: the counter no longer offers it; removing again changes nothing.
        r = PriceTypeAdmin::removeShowPrice(*m_manager, show, u"RINGSIDE"_s, u"CHILD"_s);
        VERIFY_OK(r);
        QVERIFY(r.value());
        QVERIFY2(lastAudit(u"set_show_price"_s).startsWith(u"manager price removed"_s),
            qPrintable(lastAudit(u"set_show_price"_s)));
        QVERIFY(lastAudit(u"set_show_price"_s).contains(u"\"before\": \"1000.00\""_s));
        QCOMPARE(counterPrices(show), u"CLASS3/COMP=0.00 CLASS3/THAI=333.33"_s);
        const int removals = auditCount(u"set_show_price"_s);
        r = PriceTypeAdmin::removeShowPrice(*m_manager, show, u"RINGSIDE"_s, u"CHILD"_s);
        VERIFY_OK(r);
        QVERIFY(!r.value());
        QCOMPARE(auditCount(u"set_show_price"_s), removals);
    }

    void badShowPricesAreRefused_data()
    {
        QTest::addColumn<QString>("ticketType");
        QTest::addColumn<QString>("priceType");
        QTest::addColumn<QString>("price"); // null: remove
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        const int invalid = int(ErrorCode::InvalidValue);
        QTest::newRow("unknown price type")
            << u"RINGSIDE"_s << u"NOSUCH"_s << u"100"_s << int(ErrorCode::UnknownPriceType) << QString() << QString();
        QTest::newRow("negative") << u"RINGSIDE"_s << u"CHILD"_s << u"-1.00"_s << invalid << u"price"_s
                                  << u"negative"_s;
        QTest::newRow("malformed") << u"RINGSIDE"_s << u"CHILD"_s << u"1.005"_s << invalid << u"price"_s
                                   << u"malformed"_s;
        QTest::newRow("comp not 0") << u"CLASS3"_s << u"COMP"_s << u"0.01"_s << invalid << u"price"_s << u"comp"_s;
        QTest::newRow("remove standard") << u"CLASS3"_s << u"STANDARD"_s << QString() << invalid << u"price"_s
                                         << u"standard"_s;
        QTest::newRow("another venue's zone")
            << u"VIP_BOX"_s << u"CHILD"_s << u"100"_s << int(ErrorCode::UnknownZone) << QString() << QString();
    }

    void badShowPricesAreRefused()
    {
        QFETCH(QString, ticketType);
        QFETCH(QString, priceType);
        QFETCH(QString, price);
        QFETCH(int, code);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        QVERIFY(m_show > 0);
        const QString before = everything();
        const Result<bool> r = price.isNull()
            ? PriceTypeAdmin::removeShowPrice(*m_manager, m_show, ticketType, priceType)
            : PriceTypeAdmin::setShowPrice(*m_manager, m_show, ticketType, priceType, price);
        QCOMPARE(int(r.code()), code);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        Q_UNUSED(problem);
        QCOMPARE(everything(), before);
        QCOMPARE(PriceTypeAdmin::setShowPrice(*m_clerk, m_show, u"CLASS3"_s, u"THAI"_s, u"1"_s).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(everything(), before);
    }

    // copy_show_prices copies every price type: the target sells what the
    // source sells, at its prices, and no longer what the source does not.
    void copyCopiesEveryPriceType()
    {
        QVERIFY(m_show > 0);
        const int target = newShow(62);
        QVERIFY(target > 0);
        VERIFY_OK(PriceTypeAdmin::setShowPrice(*m_manager, target, u"RINGSIDE"_s, u"STAFF"_s, u"1.00"_s));
        VERIFY_OK(PriceTypeAdmin::setShowPrice(*m_manager, m_show, u"RINGSIDE"_s, u"STANDARD"_s, u"2400.50"_s));
        const Result<QStringList> missing = ShowAdmin::copyPrices(*m_manager, m_show, target);
        VERIFY_OK(missing);
        QVERIFY(missing->isEmpty());
        QCOMPARE(counterPrices(target), u"CLASS3/COMP=0.00 CLASS3/THAI=333.33"_s);
        const Result<QList<ShowTypePrice>> table = PriceTypeAdmin::showPrices(*m_manager, target);
        VERIFY_OK(table);
        QCOMPARE(cell(*table, u"RINGSIDE"_s, u"STANDARD"_s), std::optional<Money>(Money::fromSatang(240050)));
        QCOMPARE(cell(*table, u"RINGSIDE"_s, u"STAFF"_s), std::optional<Money>());
        const QString audit = lastAudit(u"copy_show_prices"_s);
        QVERIFY2(audit.contains(u"\"type_prices_after\": {\"COMP\": {\"CLASS3\": \"0.00\"}"_s), qPrintable(audit));
        QVERIFY2(audit.contains(u"\"type_prices_before\": {\"STAFF\": {\"RINGSIDE\": \"1.00\"}}"_s), qPrintable(audit));
        // Again: nothing changes, nothing audited.
        const int copies = auditCount(u"copy_show_prices"_s);
        VERIFY_OK(ShowAdmin::copyPrices(*m_manager, m_show, target));
        QCOMPARE(auditCount(u"copy_show_prices"_s), copies);
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        m_clerk.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_venue = 0;
    int m_show = 0;
    QString m_code;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<Database> m_clerk;
};

QTEST_GUILESS_MAIN(TestPriceAdmin)
#include "tst_priceadmin.moc"
