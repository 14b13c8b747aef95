// The cash office (0020_cashoffice.sql, 0024_cash_shift_rules.sql,
// functions/cashoffice.sql): a shift opened with a float, cash sales and
// refunds, paid in and out, the blind close with expected = float + cash
// payments − cash refunds + paid in − paid out, the stored X and Z reports,
// and a supervisor's sign-off (never the clerk's, not even from psql). Cash
// needs the counter's open shift by default, and the shift's clerk: another
// clerk's drawer is refused, naming whose, until that clerk or a supervisor
// closes it. A clerk's X report is blind (no expected cash, no cash line);
// a supervisor's shows everything. An exchange's moved money is neither
// taken nor refunded. Every refusal leaves the database as it was.
#include "admin/countersessions.h"
#include "db/database.h"
#include "money/cashoffice.h"
#include "money/returns.h"
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
        // Cash needs an open shift unless the venue says otherwise (0024):
        // the row and the column's default, as a new database has them.
        QCOMPARE(m_cluster->scalar(u"SELECT cash_needs_shift FROM boxoffice.cash_office_setting"_s).toBool(), true);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a"
                              " ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
                              " WHERE d.adrelid = 'boxoffice.cash_office_setting'::regclass"
                              " AND a.attname = 'cash_needs_shift'"_s)
                     .toString(),
            u"true"_s);
        // Counters with staff logins signed in (the clerk's own shift, the
        // blind X report): a second clerk with a login of their own.
        m_device = QUuid::createUuid();
        m_staffTerm = CounterSessions::registerCounter(m_cluster->db(), m_device, u"Counter Shift"_s)->id;
        QVERIFY(m_staffTerm > 0);
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role)"
                                " VALUES ('cashclerk2', 'Malee Second', 'clerk') ON CONFLICT DO NOTHING"_s));
        Result<QString> verifier = m_cluster->db().passwordVerifier(u"cashclerk2"_s, u"cashclerk2-pass"_s);
        VERIFY_OK(verifier);
        QCOMPARE(m_cluster->scalar(u"SELECT boxoffice.set_staff_login('cashclerk2', ?) ->> 'ok'"_s, {verifier.value()})
                     .toString(),
            u"true"_s);
        m_clerkDb = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"cash-clerk"_s);
        m_clerk2Db = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"cashclerk2"_s, u"cashclerk2-pass"_s), u"cash-clerk2"_s);
        m_supervisorDb = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"supervisor"_s, u"supervisor-demo"_s), u"cash-supervisor"_s);
    }

    void cleanupTestCase()
    {
        m_clerkDb.reset();
        m_clerk2Db.reset();
        m_supervisorDb.reset();
    }

    void init()
    {
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"TRUNCATE boxoffice.cash_report, boxoffice.cash_movement, boxoffice.cash_shift;"
                                " UPDATE boxoffice.cash_office_setting SET cash_needs_shift = DEFAULT;"
                                " UPDATE boxoffice.counter_session SET closed_at = now(), closed_by = 'test',"
                                " close_reason = 'test reset' WHERE closed_at IS NULL"_s));
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

    // Cash needs the counter's open shift by default (0024): a cash sale or
    // a cash refund without one is refused with nothing written; card does
    // not need one; once a shift is open cash sells. The venue may turn the
    // rule off (the owner, with SQL): then cash sells without a shift.
    void cashNeedsAShiftByDefault()
    {
        QString before = fingerprint();
        const Result<Order> cash
            = m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}), m_term);
        QVERIFY(!cash);
        QCOMPARE(cash.error().code, ErrorCode::ShiftNotOpen);
        QVERIFY2(cash.error().message.contains(u"Open shift"_s), qPrintable(cash.error().message));
        QCOMPARE(fingerprint(), before);
        VERIFY_OK(m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Card, "300.00")}, 2), m_term));
        QVERIFY(call(u"open_shift"_s, {{u"terminal_id"_s, m_term}, {u"float"_s, u"0"_s}}).value(u"ok"_s).toBool());
        const Result<Order> sold
            = m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}, 4), m_term);
        VERIFY_OK(sold);
        QVERIFY(
            call(u"close_shift"_s, {{u"terminal_id"_s, m_term}, {u"counted"_s, u"300.00"_s}}).value(u"ok"_s).toBool());
        // The shift closed: the cash refund of a cancel is refused too.
        before = fingerprint();
        const Result<Order> cancelled = m_orders->cancel(sold->id, m_term, 0, u"changed plans"_s);
        QCOMPARE(cancelled.code(), ErrorCode::ShiftNotOpen);
        QCOMPARE(fingerprint(), before);
        // The venue's rule off: cash without a shift.
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false"_s));
        VERIFY_OK(m_orders->cancel(sold->id, m_term, 0, u"changed plans"_s));
        VERIFY_OK(m_orders->sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}, 6), m_term));
    }

    // A plain clerk's X report is blind: no expected cash and no cash line
    // (from which, with the float and paid in/out, it would follow); card
    // and PromptPay, the float, paid in/out and tickets are there. The
    // stored report is whole, and the clerk's login cannot read it; a
    // supervisor's X of the same open shift shows everything. The Z, once
    // counted, shows everything to the clerk too.
    void clerksXReportIsBlind()
    {
        VERIFY_OK(CounterSessions::open(*m_clerkDb, m_device, QUuid::createUuid()));
        const Result<CashShift> opened = CashOffice::openShift(*m_clerkDb, 0, Money::fromSatang(50000));
        VERIFY_OK(opened);
        QCOMPARE(opened->clerkId, m_clerk);
        OrderService clerkOrders(*m_clerkDb);
        VERIFY_OK(clerkOrders.sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}), m_staffTerm));
        VERIFY_OK(
            clerkOrders.sell(sale(u"CLASS2"_s, 1, {tender(PaymentMethod::PromptPay, "1500.00")}, 1), m_staffTerm));
        VERIFY_OK(CashOffice::paidOut(*m_clerkDb, 0, Money::fromSatang(2000), u"ice"_s));

        const Result<CashReport> x = CashOffice::xReport(*m_clerkDb, 0);
        VERIFY_OK(x);
        QVERIFY(x->blind);
        QVERIFY(!x->methods.contains(u"cash"_s));
        QCOMPARE(x->methods.value(u"promptpay"_s).taken.toDecimal(), u"1500.00"_s);
        QCOMPARE(x->floatAmount.toDecimal(), u"500.00"_s);
        QCOMPARE(x->paidOut.toDecimal(), u"20.00"_s);
        QCOMPARE(x->ticketsSold, 0); // tickets × price would give the cash away
        // The answer itself, as psql on the clerk's login shows it (the
        // login's counter session decides the counter): no expected cash,
        // no cash line, no figure from which they follow.
        const test::SqlAttempt raw = test::attemptSql(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s),
            u"SELECT boxoffice.x_report('{}')::text"_s);
        QCOMPARE(raw.state, QString());
        const QJsonObject answer = QJsonDocument::fromJson(raw.answer.toUtf8()).object();
        const QJsonObject figures = answer.value(u"report"_s).toObject();
        QVERIFY2(answer.value(u"ok"_s).toBool(), qPrintable(raw.answer));
        QVERIFY(!figures.contains(u"expected"_s));
        QVERIFY(!figures.value(u"methods"_s).toObject().contains(u"cash"_s));
        QVERIFY(!figures.contains(u"tickets_sold"_s) && !figures.contains(u"orders_sold"_s));
        QCOMPARE(figures.value(u"blind"_s).toBool(), true);
        QVERIFY2(!raw.answer.contains(u"780.00"_s) && !raw.answer.contains(u"300.00"_s), qPrintable(raw.answer));
        // Kept whole, out of the clerk's reach.
        QCOMPARE(m_cluster->scalar(u"SELECT string_agg(figures ->> 'expected', ',') FROM boxoffice.cash_report"_s)
                     .toString(),
            u"780.00,780.00"_s);
        QCOMPARE(clerkRead(u"SELECT count(*) FROM boxoffice.cash_report"_s), u"42501"_s);
        // A clerk may not ask for a shift by its id (a supervisor's way).
        QCOMPARE(callAs(*m_clerkDb, u"x_report"_s, {{u"shift_id"_s, opened->id}}).value(u"code"_s).toString(),
            u"not_permitted"_s);

        // The supervisor's X of this counter's open shift: everything.
        const Result<CashReport> full = CashOffice::xReportOfShift(*m_supervisorDb, opened->id);
        VERIFY_OK(full);
        QVERIFY(!full->blind);
        QCOMPARE(full->expected.toDecimal(), u"780.00"_s);
        QCOMPARE(full->methods.value(u"cash"_s).taken.toDecimal(), u"300.00"_s);
        QCOMPARE(full->ticketsSold, 2);
        QCOMPARE(CashOffice::xReportOfShift(*m_supervisorDb, opened->id + 1000).code(), ErrorCode::ShiftNotOpen);

        // The count is in: the Z shows the clerk everything.
        const Result<CashReport> z = CashOffice::closeShift(*m_clerkDb, 0, *Money::fromDecimal(u"780.00"));
        VERIFY_OK(z);
        QVERIFY(!z->blind);
        QCOMPARE(z->expected.toDecimal(), u"780.00"_s);
        QCOMPARE(z->difference->toDecimal(), u"0.00"_s);
        VERIFY_OK(CounterSessions::close(*m_clerkDb));
    }

    // A shift is its counter's and its clerk's: the next clerk signing in at
    // the counter cannot take cash into it, pay out of it, see its X or
    // close it (shift_not_yours, naming whose it is, changing nothing), nor
    // open another; card still sells. The way out: that clerk signs in and
    // closes it, or a supervisor closes it on their behalf (audited so).
    void shiftBelongsToItsClerk()
    {
        VERIFY_OK(CounterSessions::open(*m_clerkDb, m_device, QUuid::createUuid()));
        const Result<CashShift> opened = CashOffice::openShift(*m_clerkDb, 0, Money::fromSatang(50000));
        VERIFY_OK(opened);
        VERIFY_OK(CounterSessions::close(*m_clerkDb)); // a break: the shift stays open

        VERIFY_OK(CounterSessions::open(*m_clerk2Db, m_device, QUuid::createUuid()));
        OrderService clerk2Orders(*m_clerk2Db);
        const QString before = fingerprint();
        const Result<Order> cash
            = clerk2Orders.sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}), m_staffTerm);
        QCOMPARE(cash.code(), ErrorCode::ShiftNotYours);
        const QString clerkName
            = m_cluster->scalar(u"SELECT display_name FROM boxoffice.staff WHERE username = 'clerk'"_s).toString();
        QCOMPARE(cash.error().holderName, clerkName);
        QVERIFY2(cash.error().message.contains(clerkName) && cash.error().message.contains(u"supervisor"_s),
            qPrintable(cash.error().message));
        QCOMPARE(
            CashOffice::paidOut(*m_clerk2Db, 0, Money::fromSatang(100), u"taxi"_s).code(), ErrorCode::ShiftNotYours);
        QCOMPARE(CashOffice::xReport(*m_clerk2Db, 0).code(), ErrorCode::ShiftNotYours);
        QCOMPARE(CashOffice::closeShift(*m_clerk2Db, 0, Money::fromSatang(50000)).code(), ErrorCode::ShiftNotYours);
        const Result<CashShift> second = CashOffice::openShift(*m_clerk2Db, 0, Money::fromSatang(10000));
        QCOMPARE(second.code(), ErrorCode::ShiftAlreadyOpen);
        QVERIFY2(second.error().message.contains(clerkName), qPrintable(second.error().message));
        QCOMPARE(fingerprint(), before);
        VERIFY_OK(clerk2Orders.sell(sale(u"CLASS2"_s, 1, {tender(PaymentMethod::Card, "1500.00")}), m_staffTerm));
        VERIFY_OK(CounterSessions::close(*m_clerk2Db));

        // A supervisor signs in at the counter and closes it for the clerk.
        VERIFY_OK(CounterSessions::open(*m_supervisorDb, m_device, QUuid::createUuid()));
        const Result<CashReport> x = CashOffice::xReport(*m_supervisorDb, 0);
        VERIFY_OK(x);
        QVERIFY(!x->blind);
        QCOMPARE(x->expected.toDecimal(), u"500.00"_s);
        const Result<CashReport> z = CashOffice::closeShift(*m_supervisorDb, 0, Money::fromSatang(50000));
        VERIFY_OK(z);
        QCOMPARE(z->difference->toDecimal(), u"0.00"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT format('%s/%s/%s', actor, detail ->> 'clerk_id', detail ->> 'on_behalf')"
                              " FROM boxoffice.audit_log WHERE action = 'close_shift'"_s)
                     .toString(),
            u"supervisor/%1/true"_s.arg(m_clerk));
        VERIFY_OK(CounterSessions::close(*m_supervisorDb));

        // The second clerk now opens a shift of their own and takes cash.
        VERIFY_OK(CounterSessions::open(*m_clerk2Db, m_device, QUuid::createUuid()));
        VERIFY_OK(CashOffice::openShift(*m_clerk2Db, 0, Money()));
        VERIFY_OK(clerk2Orders.sell(sale(u"CLASS3"_s, 1, {tender(PaymentMethod::Cash, "300.00")}, 1), m_staffTerm));
        // A supervisor elsewhere closes any counter's open shift by its id.
        const qint64 shift
            = m_cluster->scalar(u"SELECT id FROM boxoffice.cash_shift WHERE closed_at IS NULL"_s).toLongLong();
        const QJsonObject remote
            = callAs(*m_supervisorDb, u"close_shift"_s, {{u"shift_id"_s, shift}, {u"counted"_s, u"300.00"_s}});
        QVERIFY2(remote.value(u"ok"_s).toBool(), qPrintable(json(remote)));
        QCOMPARE(remote.value(u"report"_s).toObject().value(u"difference"_s).toString(), u"0.00"_s);
        VERIFY_OK(CounterSessions::close(*m_clerk2Db));
    }

    // An exchange moves the old order's money to the new order (a refund
    // row and a payment row, both marked moved): no cash changes hands, so
    // the X and Z count only the money really taken and given back. Here:
    // 2 × 300 cash exchanged up to 2 × 1,500 on another night (2,400 more
    // by card; 600 cash moved), and 1,500 cash exchanged down to 300 on
    // another night (1,200 cash back; 300 moved). Moved money needs no shift.
    void exchangeFiguresCountRealMoneyOnly()
    {
        const int other = m_cluster->demoShow(4);
        QVERIFY(other > 0 && other != m_show);
        for (const auto &[type, price] : {std::pair {u"CLASS3"_s, u"300.00"_s}, std::pair {u"CLASS2"_s, u"1500.00"_s}})
            QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = ?::numeric FROM boxoffice.zone z"
                                    " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = ?"_s,
                {price, other, type}));
        QVERIFY(call(u"open_shift"_s, {{u"terminal_id"_s, m_term}, {u"float"_s, u"500.00"_s}}).value(u"ok"_s).toBool());
        const Result<Order> up = m_orders->sell(sale(u"CLASS3"_s, 2, {tender(PaymentMethod::Cash, "600.00")}), m_term);
        VERIFY_OK(up);
        ExchangeRequest x;
        x.orderId = up->id;
        x.seatIds = m_cluster->seatsOf(m_show, u"CLASS3"_s, 2);
        x.showId = other;
        x.newSeatIds = m_cluster->seatsOf(other, u"CLASS2"_s, 2);
        x.tenders = {tender(PaymentMethod::Card, "2400.00")};
        x.idempotencyKey = QUuid::createUuid();
        const Result<ExchangeResult> upX = Returns::exchange(m_cluster->db(), x, m_term);
        VERIFY_OK(upX);
        QCOMPARE(upX->moved.size(), 1);
        QCOMPARE(upX->moved.at(0).amount.toDecimal(), u"600.00"_s);

        const Result<Order> down
            = m_orders->sell(sale(u"CLASS2"_s, 1, {tender(PaymentMethod::Cash, "1500.00")}, 3), m_term);
        VERIFY_OK(down);
        ExchangeRequest y;
        y.orderId = down->id;
        y.seatIds = m_cluster->seatsOf(m_show, u"CLASS2"_s, 1, 3);
        y.showId = other;
        y.newSeatIds = m_cluster->seatsOf(other, u"CLASS3"_s, 1, 5);
        y.idempotencyKey = QUuid::createUuid();
        const Result<ExchangeResult> downX = Returns::exchange(m_cluster->db(), y, m_term);
        VERIFY_OK(downX);
        QCOMPARE(downX->difference.toDecimal(), u"-1200.00"_s);

        // The rows: four moved (a refund and a payment per exchange), the
        // rest real; the drawer's money in and out is what changed hands.
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(format('%s %s %s', kind, method, amount), ', ' ORDER BY id)"
                              " FROM boxoffice.payment WHERE moved"_s)
                     .toString(),
            u"refund cash 600.00, payment cash 600.00, refund cash 300.00, payment cash 300.00"_s);
        const QJsonObject xr = call(u"x_report"_s, {{u"terminal_id"_s, m_term}}).value(u"report"_s).toObject();
        const auto figures = [](const QJsonObject &r) {
            QStringList out;
            for (const QString &m : {u"cash"_s, u"card"_s, u"promptpay"_s}) {
                const QJsonObject f = r.value(u"methods"_s).toObject().value(m).toObject();
                out << u"%1 %2/%3/%4"_s.arg(
                    m, f.value(u"taken"_s).toString(), f.value(u"refunded"_s).toString(), f.value(u"net"_s).toString());
            }
            out << u"expected %1"_s.arg(r.value(u"expected"_s).toString());
            out << u"tickets %1/%2/%3"_s.arg(r.value(u"tickets_sold"_s).toInt())
                       .arg(r.value(u"tickets_returned"_s).toInt())
                       .arg(r.value(u"tickets_net"_s).toInt());
            return out.join(u"; "_s);
        };
        // Cash: 600 + 1,500 taken, 1,200 back; card 2,400; 500 + 900 expected.
        const QString expected = u"cash 2100.00/1200.00/900.00; card 2400.00/0.00/2400.00;"
                                 " promptpay 0.00/0.00/0.00; expected 1400.00; tickets 6/3/3"_s;
        QCOMPARE(figures(xr), expected);
        const QJsonObject closed = call(u"close_shift"_s, {{u"terminal_id"_s, m_term}, {u"counted"_s, u"1400.00"_s}});
        QVERIFY2(closed.value(u"ok"_s).toBool(), qPrintable(json(closed)));
        const QJsonObject zr = closed.value(u"report"_s).toObject();
        QCOMPARE(figures(zr), expected);
        QCOMPARE(zr.value(u"difference"_s).toString(), u"0.00"_s);

        // No shift now: an exchange that only moves cash needs none; one that
        // gives cash back (cash first) does.
        const QList<int> now = m_cluster->seatsOf(other, u"CLASS3"_s, 1, 5);
        ExchangeRequest even;
        even.orderId = downX->newOrder.id;
        even.seatIds = now;
        even.showId = m_show;
        even.newSeatIds = m_cluster->seatsOf(m_show, u"CLASS3"_s, 1, 7);
        even.idempotencyKey = QUuid::createUuid();
        VERIFY_OK(Returns::exchange(m_cluster->db(), even, m_term));
        ExchangeRequest cashBack;
        cashBack.orderId = upX->newOrder.id;
        cashBack.seatIds = m_cluster->seatsOf(other, u"CLASS2"_s, 1);
        cashBack.showId = m_show;
        cashBack.newSeatIds = m_cluster->seatsOf(m_show, u"CLASS3"_s, 1, 8);
        cashBack.idempotencyKey = QUuid::createUuid();
        const QString before = fingerprint();
        QCOMPARE(Returns::exchange(m_cluster->db(), cashBack, m_term).code(), ErrorCode::ShiftNotOpen);
        QCOMPARE(fingerprint(), before);
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
    // A function called on a staff login's own connection (its counter
    // session decides the counter).
    static QJsonObject callAs(Database &db, const QString &function, const QJsonObject &request)
    {
        QString text;
        Result<Done> r = db.query(u"SELECT boxoffice.%1(?::jsonb)::text"_s.arg(function),
            {QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))},
            [&text](QSqlQuery &q) -> Result<Done> {
                if (q.next())
                    text = q.value(0).toString();
                return Done {};
            });
        if (!r)
            return {{u"ok"_s, false}, {u"code"_s, r.error().detail}};
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    // The SQLSTATE of a read on the clerk's login ("" when allowed).
    QString clerkRead(const QString &sql)
    {
        return test::attemptSql(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), sql).state;
    }

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
    std::unique_ptr<Database> m_clerkDb;
    std::unique_ptr<Database> m_clerk2Db;
    std::unique_ptr<Database> m_supervisorDb;
    QUuid m_device;
    int m_staffTerm = 0;
    int m_term = 0;
    int m_show = 0;
    int m_clerk = 0;
};

QTEST_GUILESS_MAIN(TestCashOffice)
#include "tst_cashoffice.moc"
