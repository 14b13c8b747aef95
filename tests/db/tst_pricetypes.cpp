// Price types (0019_pricetypes.sql, functions/pricing.sql, sell's "lines"):
// a mixed order of ticket types and price types priced by the database to
// the satang, a price type the show does not sell refused, a comp refused
// without a supervisor's approval and sold with one, used once.
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUuid>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestPriceTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_term = m_cluster->registerTerminal(u"Counter PT"_s);
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_term));
        QVERIFY(m_term > 0);
        m_show = m_cluster->demoShow(3);
        QVERIFY(m_show > 0);
    }

    void init()
    {
        m_cluster->resetSales();
        // THAI at 333.33 is a discount, but above 10 % of STANDARD: no approval.
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.pricing_rule SET approval_below_percent = 10"_s));
        QVERIFY(m_cluster->exec(u"DELETE FROM boxoffice.show_price sp USING boxoffice.price_type pt"
                                " WHERE pt.id = sp.price_type_id AND pt.code <> 'STANDARD' AND sp.show_id = ?"_s,
            {m_show}));
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                                " SELECT ?, z.id, pt.id, CASE WHEN pt.code = 'THAI' THEN 333.33 ELSE 0 END"
                                " FROM boxoffice.show sh JOIN boxoffice.zone z ON z.venue_id = sh.venue_id,"
                                " boxoffice.price_type pt"
                                " WHERE sh.id = ? AND z.ticket_type = 'CLASS2' AND pt.code IN ('THAI', 'COMP')"_s,
            {m_show, m_show}));
    }

    // Three CLASS2 seats at THAI (333.33 each) and one CLASS3 at STANDARD:
    // one order, every seat priced by the database.
    void mixedOrderToTheSatang()
    {
        const QList<int> c2 = m_cluster->seatsOf(m_show, u"CLASS2"_s, 3);
        const QList<int> c3 = m_cluster->seatsOf(m_show, u"CLASS3"_s, 1);
        const QString standard3 = m_cluster
                                      ->scalar(u"SELECT coalesce(sp.price, z.price)::text FROM boxoffice.show sh"
                                               " JOIN boxoffice.zone z ON z.venue_id = sh.venue_id"
                                               " LEFT JOIN boxoffice.show_price sp ON sp.show_id = sh.id"
                                               " AND sp.zone_id = z.id AND sp.price_type_id ="
                                               " (SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD')"
                                               " WHERE sh.id = ? AND z.ticket_type = 'CLASS3'"_s,
                                          {m_show})
                                      .toString();
        QJsonArray lines;
        for (int id : c2)
            lines.append(QJsonObject {{u"seat_id"_s, id}, {u"price_type"_s, u"THAI"_s}});
        lines.append(QJsonObject {{u"seat_id"_s, c3.at(0)}});
        const QJsonObject o = sell(lines);
        QVERIFY2(o.value(u"ok"_s).toBool(), QJsonDocument(o).toJson().constData());
        const QString expected = m_cluster->scalar(u"SELECT (999.99 + ?::numeric)::text"_s, {standard3}).toString();
        QCOMPARE(o.value(u"total"_s).toString(), expected);
        QCOMPARE(o.value(u"ticket_type"_s).toString(), u"CLASS2"_s);
        const qint64 id = o.value(u"order_id"_s).toInteger();
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(os.ticket_type || ':' || pt.code || ':' || os.price, ','"
                              " ORDER BY os.seat_id) FROM boxoffice.order_seat os JOIN boxoffice.price_type pt"
                              " ON pt.id = os.price_type_id WHERE os.order_id = ?"_s,
                         {id})
                     .toString(),
            u"CLASS2:THAI:333.33,CLASS2:THAI:333.33,CLASS2:THAI:333.33,CLASS3:STANDARD:%1"_s.arg(standard3));
        // The same attempt again answers the same order.
        const QJsonObject again = sell(lines, m_lastKey);
        QVERIFY(again.value(u"replayed"_s).toBool());
        QCOMPARE(again.value(u"order_id"_s).toInteger(), id);
    }

    // CHILD is not sold for this show; an unknown code is not a price type.
    void priceTypeNotSoldRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("not sold") << u"CHILD"_s;
        QTest::newRow("unknown") << u"NOPE"_s;
    }

    void priceTypeNotSoldRefused()
    {
        QFETCH(QString, code);
        const QString before = m_cluster->fingerprint();
        const QList<int> c2 = m_cluster->seatsOf(m_show, u"CLASS2"_s, 1);
        const QJsonObject o = sell(QJsonArray {QJsonObject {{u"seat_id"_s, c2.at(0)}, {u"price_type"_s, code}}});
        QCOMPARE(o.value(u"code"_s).toString(), u"unknown_price_type"_s);
        QCOMPARE(o.value(u"value"_s).toString(), code);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // A comp needs a supervisor's approval; with one it is sold (total 0, no
    // payment) and the approval is used; used again it is refused.
    void compNeedsApproval()
    {
        const QList<int> c2 = m_cluster->seatsOf(m_show, u"CLASS2"_s, 2);
        const QJsonArray first {QJsonObject {{u"seat_id"_s, c2.at(0)}, {u"price_type"_s, u"COMP"_s}}};
        const QString before = m_cluster->fingerprint();
        QJsonObject o = sell(first);
        QCOMPARE(o.value(u"code"_s).toString(), u"approval_required"_s);
        QCOMPARE(o.value(u"reason"_s).toString(), u"comp"_s);
        QCOMPARE(m_cluster->fingerprint(), before);

        const int supervisor
            = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'supervisor'"_s).toInt();
        const QJsonObject approval = QJsonDocument::fromJson(
            m_cluster
                ->scalar(u"SELECT boxoffice.approve_price(jsonb_build_object('terminal_id', ?::int,"
                         " 'reason', 'promoter guest', 'supervisor_id', ?::int))::text"_s,
                    {m_term, supervisor})
                .toString()
                .toUtf8())
                                         .object();
        QVERIFY2(approval.value(u"ok"_s).toBool(), QJsonDocument(approval).toJson().constData());
        const QString token = approval.value(u"approval"_s).toString();

        // A clerk cannot approve.
        const int clerk = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'clerk'"_s).toInt();
        QCOMPARE(QJsonDocument::fromJson(m_cluster
                                             ->scalar(u"SELECT boxoffice.approve_price(jsonb_build_object("
                                                      "'terminal_id', ?::int, 'reason', 'x',"
                                                      " 'supervisor_id', ?::int))::text"_s,
                                                 {m_term, clerk})
                                             .toString()
                                             .toUtf8())
                     .object()
                     .value(u"code"_s)
                     .toString(),
            u"not_permitted"_s);

        o = sell(first, {}, token);
        QVERIFY2(o.value(u"ok"_s).toBool(), QJsonDocument(o).toJson().constData());
        QCOMPARE(o.value(u"total"_s).toString(), u"0.00"_s);
        const qint64 id = o.value(u"order_id"_s).toInteger();
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.payment WHERE order_id = ?"_s, {id}).toInt(), 0);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT order_id = ? AND used_at IS NOT NULL AND approver = 'supervisor'"
                              " AND reason = 'promoter guest' FROM boxoffice.price_approval WHERE token = ?::uuid"_s,
                         {id, token})
                     .toBool(),
            true);

        const QString middle = m_cluster->fingerprint();
        o = sell(QJsonArray {QJsonObject {{u"seat_id"_s, c2.at(1)}, {u"price_type"_s, u"COMP"_s}}}, {}, token);
        QCOMPARE(o.value(u"code"_s).toString(), u"approval_invalid"_s);
        QCOMPARE(m_cluster->fingerprint(), middle);
    }

private:
    QJsonObject sell(const QJsonArray &lines, const QString &key = {}, const QString &approval = {})
    {
        m_lastKey = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
        QJsonObject doc {{u"idempotency_key"_s, m_lastKey}, {u"request_hash"_s, QString(u"h-"_s + m_lastKey)},
            {u"show_id"_s, m_show}, {u"terminal_id"_s, m_term}, {u"lines"_s, lines}, {u"payment_method"_s, u"cash"_s}};
        if (!approval.isEmpty())
            doc.insert(u"approval"_s, approval);
        const QString answer = m_cluster
                                   ->scalar(u"SELECT boxoffice.sell(?::jsonb)::text"_s,
                                       {QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))})
                                   .toString();
        return QJsonDocument::fromJson(answer.toUtf8()).object();
    }

    TestCluster *m_cluster = nullptr;
    int m_term = 0;
    int m_show = 0;
    QString m_lastKey;
};

QTEST_GUILESS_MAIN(TestPriceTypes)
#include "tst_pricetypes.moc"
