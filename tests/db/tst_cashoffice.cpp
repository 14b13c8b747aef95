// The cash office (0020_cashoffice.sql, functions/cashoffice.sql): a shift
// opened with a float, cash sales and refunds, paid in and out, the blind
// close with expected = float + cash payments − cash refunds + paid in −
// paid out, the stored X and Z reports, and a supervisor's sign-off (never
// the clerk's, not even from psql). Every refusal leaves the database as it
// was.
#include "db/database.h"
#include "money/cashoffice.h"
#include "sale/orderservice.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

Tender tender(PaymentMethod method, const char *amount)
{
    Tender t;
    t.method = method;
    t.amount = *Money::fromDecimal(QString::fromLatin1(amount));
    return t;
}

} // namespace

class TestCashOffice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_orders = std::make_unique<OrderService>(m_cluster->db());
        m_term = m_cluster->registerTerminal(u"Counter Cash"_s);
        QVERIFY(m_term > 0);
        m_show = m_cluster->demoShow(3);
        QVERIFY(m_show > 0);
        m_clerk = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'clerk'"_s).toInt();
        QVERIFY(m_clerk > 0);
    }

    void init()
    {
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"TRUNCATE boxoffice.cash_report, boxoffice.cash_movement, boxoffice.cash_shift;"
                                " UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false"_s));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 300.00 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS3'"_s,
            {m_show}));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 1500.00 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS2'"_s,
            {m_show}));
    }

    // The issue's example: float 500; a 300 cash sale and a 1,500 PromptPay
    // sale; 800 counted → difference 0; PromptPay is not in expected cash.
    void issueExample()
    {
        QJsonObject opened
            = call(u"open_shift"_s, {{u"terminal_id"_s, m_term}, {u"clerk_id"_s, m_clerk}, {u"float"_s, u"500.00"_s}});
        QVERIFY2(opened.value(u"ok"_s).toBool(), qPrintable(json(opened)));
        QVERIFY(!opened.value(u"shift"_s).toObject().contains(u"expected"_s)
            || opened.value(u"shift"_s).toObject().value(u"expected"_s).isNull());
        VERIFY_OK(m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}), m_term));
        VERIFY_OK(m_orders->sell(sale(u"CLASS2"_s, 1, {tender(PaymentMethod::PromptPay, "1500.00")}), m_term));

        const QJsonObject x = call(u"x_report"_s, {{u"terminal_id"_s, m_term}});
        QVERIFY2(x.value(u"ok"_s).toBool(), qPrintable(json(x)));
        const QJsonObject xr = x.value(u"report"_s).toObject();
        QCOMPARE(xr.value(u"kind"_s).toString(), u"X"_s);
        QCOMPARE(xr.value(u"expected"_s).toString(), u"800.00"_s);
        QCOMPARE(method(xr, u"promptpay"_s, u"taken"_s), u"1500.00"_s);
        QCOMPARE(method(xr, u"cash"_s, u"taken"_s), u"300.00"_s);
        QCOMPARE(xr.value(u"tickets_sold"_s).toInt(), 2);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.cash_report WHERE kind = 'X'"_s).toInt(), 1);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.cash_shift WHERE closed_at IS NULL"_s).toInt(), 1);

        const QJsonObject closed = call(u"close_shift"_s, {{u"terminal_id"_s, m_term}, {u"counted"_s, u"800.00"_s}});
        QVERIFY2(closed.value(u"ok"_s).toBool(), qPrintable(json(closed)));
        const QJsonObject z = closed.value(u"report"_s).toObject();
        QCOMPARE(z.value(u"kind"_s).toString(), u"Z"_s);
        QCOMPARE(z.value(u"expected"_s).toString(), u"800.00"_s);
        QCOMPARE(z.value(u"counted"_s).toString(), u"800.00"_s);
        QCOMPARE(z.value(u"difference"_s).toString(), u"0.00"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT format('%s/%s/%s/%s', float_amount, expected, counted, difference)"
                              " FROM boxoffice.cash_shift"_s)
                     .toString(),
            u"500.00/800.00/800.00/0.00"_s);
        QCOMPARE(m_cluster->scalar(u"SELECT figures ->> 'expected' FROM boxoffice.cash_report WHERE kind = 'Z'"_s)
                     .toString(),
            u"800.00"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action IN"
                              " ('open_shift', 'close_shift')"_s)
                     .toInt(),
            2);
        // No difference: nothing to sign off.
        QCOMPARE(rowsNeedingSignOff(), 0);
    }

    // Paid in and out move expected cash; refunds (a cancel, a returned
    // seat) lower it; counting by denomination is summed by the database.
    void movementsRefundsAndDenominations()
    {
        QVERIFY(
            call(u"open_shift"_s, {{u"terminal_id"_s, m_term}, {u"float"_s, u"1000.00"_s}}).value(u"ok"_s).toBool());
        QVERIFY(call(u"record_cash_movement"_s,
            {{u"terminal_id"_s, m_term}, {u"kind"_s, u"paid_in"_s}, {u"amount"_s, u"200.50"_s},
                {u"reason"_s, u"more change"_s}})
                    .value(u"ok"_s)
                    .toBool());
        QVERIFY(call(u"record_cash_movement"_s,
            {{u"terminal_id"_s, m_term}, {u"kind"_s, u"paid_out"_s}, {u"amount"_s, u"100.25"_s},
                {u"reason"_s, u"ice"_s}})
                    .value(u"ok"_s)
                    .toBool());
        // 3 × 333.33 cash = 999.99, then one seat returned (333.33 back in cash).
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 333.33 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS3'"_s,
            {m_show}));
        const Result<Order> thirds
            = m_orders->sell(sale(u"CLASS3"_s, 3, {tender(PaymentMethod::Cash, "999.99")}), m_term);
        VERIFY_OK(thirds);
        returnOneSeat(thirds->id);
        // A 1,500 card sale, then cancelled: its refund goes back to the card.
        const Result<Order> card
            = m_orders->sell(sale(u"CLASS2"_s, 1, {tender(PaymentMethod::Card, "1500.00")}, 5), m_term);
        VERIFY_OK(card);
        VERIFY_OK(m_orders->cancel(card->id, m_term, 0, u"changed plans"_s));

        // 1000 + 999.99 − 333.33 + 200.50 − 100.25 = 1,766.91
        QJsonObject notes {{u"1000"_s, 1}, {u"500"_s, 1}, {u"100"_s, 2}, {u"50"_s, 1}, {u"coins"_s, u"16.91"_s}};
        const QJsonObject closed = call(u"close_shift"_s, {{u"terminal_id"_s, m_term}, {u"denominations"_s, notes}});
        QVERIFY2(closed.value(u"ok"_s).toBool(), qPrintable(json(closed)));
        const QJsonObject z = closed.value(u"report"_s).toObject();
        QCOMPARE(z.value(u"expected"_s).toString(), u"1766.91"_s);
        QCOMPARE(z.value(u"counted"_s).toString(), u"1766.91"_s);
        QCOMPARE(z.value(u"difference"_s).toString(), u"0.00"_s);
        QCOMPARE(z.value(u"paid_in"_s).toString(), u"200.50"_s);
        QCOMPARE(z.value(u"paid_out"_s).toString(), u"100.25"_s);
        QCOMPARE(method(z, u"cash"_s, u"refunded"_s), u"333.33"_s);
        QCOMPARE(method(z, u"card"_s, u"taken"_s), u"1500.00"_s);
        QCOMPARE(method(z, u"card"_s, u"refunded"_s), u"1500.00"_s);
        QCOMPARE(method(z, u"card"_s, u"net"_s), u"0.00"_s);
        QCOMPARE(z.value(u"tickets_sold"_s).toInt(), 4);
        QCOMPARE(z.value(u"tickets_returned"_s).toInt(), 2);
        QCOMPARE(z.value(u"tickets_net"_s).toInt(), 2);
        QCOMPARE(m_cluster->scalar(u"SELECT counted FROM boxoffice.cash_shift"_s).toString(), u"1766.91"_s);
    }

    // A short count is a difference a supervisor signs off, with a reason;
    // the clerk cannot (not granted, from psql either), nor a supervisor
    // their own shift.
    void differenceSignedOffBySupervisor()
    {
        QVERIFY(call(u"open_shift"_s, {{u"terminal_id"_s, m_term}, {u"clerk_id"_s, m_clerk}, {u"float"_s, u"500.00"_s}})
                    .value(u"ok"_s)
                    .toBool());
        VERIFY_OK(m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}), m_term));
        const QJsonObject closed = call(u"close_shift"_s, {{u"terminal_id"_s, m_term}, {u"counted"_s, u"780.00"_s}});
        QCOMPARE(closed.value(u"report"_s).toObject().value(u"difference"_s).toString(), u"-20.00"_s);
        QCOMPARE(rowsNeedingSignOff(), 1);
        const qint64 shift = closed.value(u"shift"_s).toObject().value(u"id"_s).toInteger();

        const QString signOff
            = u"SELECT boxoffice.sign_off_shift(jsonb_build_object('shift_id', %1, 'reason', 'note fell'))::text"_s.arg(
                shift);
        QString before = fingerprint();
        const test::SqlAttempt byClerk
            = test::attemptSql(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), signOff);
        QCOMPARE(byClerk.state, u"42501"_s);
        QCOMPARE(fingerprint(), before);

        // A supervisor's own shift: refused.
        const int supervisor
            = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'supervisor'"_s).toInt();
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.cash_shift SET clerk_id = ? WHERE id = ?"_s, {supervisor, shift}));
        const auto supervisorLogin = test::loginAs(m_cluster->config(), u"supervisor"_s, u"supervisor-demo"_s);
        before = fingerprint();
        QVERIFY(test::attemptSql(supervisorLogin, signOff).answer.contains(u"not_permitted"_s));
        QCOMPARE(fingerprint(), before);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.cash_shift SET clerk_id = ? WHERE id = ?"_s, {m_clerk, shift}));

        // A blank reason: refused.
        before = fingerprint();
        QVERIFY(test::attemptSql(supervisorLogin,
            u"SELECT boxoffice.sign_off_shift(jsonb_build_object('shift_id', %1, 'reason', ' '))::text"_s.arg(shift))
                    .answer.contains(u"reason_required"_s));
        QCOMPARE(fingerprint(), before);

        const test::SqlAttempt bySupervisor = test::attemptSql(supervisorLogin, signOff);
        QVERIFY2(bySupervisor.answer.contains(u"\"ok\": true"_s), qPrintable(bySupervisor.state + bySupervisor.answer));
        QCOMPARE(
            m_cluster->scalar(u"SELECT format('%s/%s', signed_off_by, sign_off_reason) FROM boxoffice.cash_shift"_s)
                .toString(),
            u"supervisor/note fell"_s);
        QCOMPARE(rowsNeedingSignOff(), 0);
        QCOMPARE(
            m_cluster->scalar(u"SELECT actor FROM boxoffice.audit_log WHERE action = 'sign_off_shift'"_s).toString(),
            u"supervisor"_s);
    }

    // Refusals, each leaving everything as it was.
    void refusals_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("request");
        QTest::addColumn<bool>("withShift");
        QTest::addColumn<QString>("code");
        QTest::newRow("second open shift")
            << u"open_shift"_s << uR"({"float": "10.00"})"_s << true << u"shift_already_open"_s;
        QTest::newRow("negative float") << u"open_shift"_s << uR"({"float": "-1.00"})"_s << false << u"invalid_value"_s;
        QTest::newRow("float of three decimals")
            << u"open_shift"_s << uR"({"float": "1.001"})"_s << false << u"invalid_value"_s;
        QTest::newRow("paid out, no shift")
            << u"record_cash_movement"_s << uR"({"kind": "paid_out", "amount": "5.00", "reason": "x"})"_s << false
            << u"shift_not_open"_s;
        QTest::newRow("negative paid in")
            << u"record_cash_movement"_s << uR"({"kind": "paid_in", "amount": "-5.00", "reason": "x"})"_s << true
            << u"invalid_value"_s;
        QTest::newRow("zero paid out") << u"record_cash_movement"_s
                                       << uR"({"kind": "paid_out", "amount": "0", "reason": "x"})"_s << true
                                       << u"invalid_value"_s;
        QTest::newRow("paid out without reason")
            << u"record_cash_movement"_s << uR"({"kind": "paid_out", "amount": "5.00"})"_s << true
            << u"reason_required"_s;
        QTest::newRow("close, no shift") << u"close_shift"_s << uR"({"counted": "5.00"})"_s << false
                                         << u"shift_not_open"_s;
        QTest::newRow("negative count") << u"close_shift"_s << uR"({"counted": "-5.00"})"_s << true
                                        << u"invalid_value"_s;
        QTest::newRow("negative notes") << u"close_shift"_s << uR"({"denominations": {"1000": -1}})"_s << true
                                        << u"invalid_value"_s;
        QTest::newRow("unknown note") << u"close_shift"_s << uR"({"denominations": {"30": 1}})"_s << true
                                      << u"invalid_value"_s;
        QTest::newRow("X, no shift") << u"x_report"_s << u"{}"_s << false << u"shift_not_open"_s;
    }

    void refusals()
    {
        QFETCH(QString, function);
        QFETCH(QString, request);
        QFETCH(bool, withShift);
        QFETCH(QString, code);
        if (withShift)
            QVERIFY(
                call(u"open_shift"_s, {{u"terminal_id"_s, m_term}, {u"float"_s, u"100.00"_s}}).value(u"ok"_s).toBool());
        QJsonObject doc = QJsonDocument::fromJson(request.toUtf8()).object();
        doc.insert(u"terminal_id"_s, m_term);
        const QString before = fingerprint();
        const QJsonObject answer = call(function, doc);
        QCOMPARE(answer.value(u"ok"_s).toBool(true), false);
        QCOMPARE(answer.value(u"code"_s).toString(), code);
        QCOMPARE(fingerprint(), before);
    }

    // With the venue's rule on, a cash sale needs an open shift; card does not.
    void cashSaleNeedsShiftWhenRequired()
    {
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.cash_office_setting SET cash_needs_shift = true"_s));
        const QString before = fingerprint();
        const Result<Order> cash
            = m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}), m_term);
        QVERIFY(!cash);
        QCOMPARE(cash.error().code, ErrorCode::ShiftNotOpen);
        QCOMPARE(fingerprint(), before);
        VERIFY_OK(m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Card, "300.00")}, 2), m_term));
        QVERIFY(call(u"open_shift"_s, {{u"terminal_id"_s, m_term}, {u"float"_s, u"0"_s}}).value(u"ok"_s).toBool());
        VERIFY_OK(m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}, 4), m_term));
    }

    // The C++ service over the same functions: typed figures, typed refusals.
    void serviceRoundTrip()
    {
        Database &db = m_cluster->db();
        const Result<std::optional<CashShift>> none = CashOffice::currentShift(db, m_term);
        VERIFY_OK(none);
        QVERIFY(!none->has_value());
        QCOMPARE(
            CashOffice::paidOut(db, m_term, Money::fromSatang(500), u"ice"_s).error().code, ErrorCode::ShiftNotOpen);
        const Result<CashShift> opened = CashOffice::openShift(db, m_term, Money::fromSatang(50000));
        VERIFY_OK(opened);
        QVERIFY(opened->open);
        QVERIFY(!opened->expected.has_value());
        QCOMPARE(CashOffice::openShift(db, m_term, Money::fromSatang(100)).error().code, ErrorCode::ShiftAlreadyOpen);
        VERIFY_OK(CashOffice::paidIn(db, m_term, Money::fromSatang(10000), u"change from the bank"_s));
        VERIFY_OK(CashOffice::paidOut(db, m_term, Money::fromSatang(2550), u"ice"_s));
        VERIFY_OK(m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}), m_term));
        const Result<CashReport> x = CashOffice::xReport(db, m_term);
        VERIFY_OK(x);
        QCOMPARE(x->kind, u'X');
        QCOMPARE(x->expected.toDecimal(), u"874.50"_s); // 500 + 300 + 100 − 25.50
        QCOMPARE(x->methods.value(u"cash"_s).taken.toDecimal(), u"300.00"_s);
        QVERIFY(!x->counted.has_value());
        CashCount count;
        count.notes = {{500, 1}, {100, 3}, {50, 1}, {20, 1}};
        count.coins = Money::fromSatang(400); // 874.00: 0.50 short
        const Result<CashReport> z = CashOffice::closeShift(db, m_term, count);
        VERIFY_OK(z);
        QCOMPARE(z->kind, u'Z');
        QCOMPARE(z->counted->toDecimal(), u"874.00"_s);
        QCOMPARE(z->difference->toDecimal(), u"-0.50"_s);
        QCOMPARE(z->ticketsSold, 1);
        const Result<QList<CashShift>> pending = CashOffice::shifts(db, true);
        VERIFY_OK(pending);
        QCOMPARE(pending->size(), 1);
        QVERIFY(pending->at(0).needsSignOff);
        QCOMPARE(CashOffice::signOff(db, pending->at(0).id, u"  "_s).error().code, ErrorCode::ReasonRequired);
        const Result<CashShift> signedOff = CashOffice::signOff(db, pending->at(0).id, u"coin lost"_s);
        VERIFY_OK(signedOff);
        QVERIFY(!signedOff->needsSignOff);
        QCOMPARE(signedOff->signOffReason, u"coin lost"_s);
    }

private:
    QJsonObject call(const QString &function, const QJsonObject &request)
    {
        const QString text = m_cluster
                                 ->scalar(u"SELECT boxoffice.%1(?::jsonb)::text"_s.arg(function),
                                     {QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))})
                                 .toString();
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    static QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson()); }

    static QString method(const QJsonObject &report, const QString &m, const QString &what)
    {
        return report.value(u"methods"_s).toObject().value(m).toObject().value(what).toString();
    }

    int rowsNeedingSignOff()
    {
        return m_cluster
            ->scalar(u"SELECT jsonb_array_length(boxoffice.cash_shifts('{\"needs_sign_off\": true}') -> 'rows')"_s)
            .toInt();
    }

    // The cluster's fingerprint and the cash office's tables.
    QString fingerprint()
    {
        return m_cluster->fingerprint() + u' '
            + m_cluster
                  ->scalar(
                      u"SELECT md5(concat((SELECT string_agg(s::text, ',' ORDER BY id) FROM boxoffice.cash_shift s),"
                      " (SELECT string_agg(m::text, ',' ORDER BY id) FROM boxoffice.cash_movement m),"
                      " (SELECT string_agg(r::text, ',' ORDER BY id) FROM boxoffice.cash_report r),"
                      " (SELECT string_agg(p::text, ',' ORDER BY id) FROM boxoffice.payment p)))"_s)
                  .toString();
    }

    SellRequest sale(const QString &ticketType, int n, const QList<Tender> &tenders, int offset = 0)
    {
        SellRequest s;
        s.idempotencyKey = QUuid::createUuid();
        s.showId = m_show;
        s.seatIds = m_cluster->seatsOf(m_show, ticketType, n, offset);
        s.ticketType = ticketType;
        s.customer = {u"Nok"_s, {}};
        s.tenders = tenders;
        return s;
    }

    // A return of one seat as the returns' function will write it (one
    // transaction, the order kept balanced): the seat inactive with its
    // reason, the total lowered, the price refunded in cash at this counter.
    void returnOneSeat(qint64 orderId)
    {
        QVERIFY(m_cluster->exec(
            u"DO $$ DECLARE v_seat bigint; v_price numeric; v_pay bigint; v_show integer; v_seat_id integer; BEGIN"
            " SELECT id, price, show_id, seat_id INTO v_seat, v_price, v_show, v_seat_id FROM boxoffice.order_seat"
            "  WHERE order_id = %1 AND active ORDER BY id LIMIT 1;"
            " UPDATE boxoffice.order_seat SET active = false, returned_at = now(), return_reason = 'ill'"
            "  WHERE id = v_seat;"
            " UPDATE boxoffice.show_seat SET state = 'available', order_id = NULL"
            "  WHERE show_id = v_show AND seat_id = v_seat_id;"
            " UPDATE boxoffice.orders SET total = total - v_price WHERE id = %1;"
            " SELECT id INTO v_pay FROM boxoffice.payment WHERE order_id = %1 AND kind = 'payment' LIMIT 1;"
            " INSERT INTO boxoffice.payment (order_id, kind, method, amount, refund_of, terminal_id)"
            "  VALUES (%1, 'refund', 'cash', v_price, v_pay, %2);"
            " END $$"_s.arg(orderId)
                .arg(m_term)));
    }

    TestCluster *m_cluster = nullptr;
    std::unique_ptr<OrderService> m_orders;
    int m_term = 0;
    int m_show = 0;
    int m_clerk = 0;
};

QTEST_GUILESS_MAIN(TestCashOffice)
#include "tst_cashoffice.moc"
