// Returns and exchanges (functions/returns.sql): some seats of a paid order
// given back (refund = their price, cash first unless a method is chosen),
// the same seat never twice, every seat back on sale; exchanges to another
// show (a new order paid by moving the money) or another price type, with
// the difference collected or refunded. Who may: a plain clerk their own
// orders before the show starts, a supervisor also after. Every refusal
// leaves the database exactly as it was.
#include "admin/countersessions.h"
#include "db/database.h"
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

Tender tender(PaymentMethod method, const char *amount, const char *tendered = nullptr)
{
    Tender t;
    t.method = method;
    t.amount = *Money::fromDecimal(QString::fromLatin1(amount));
    if (tendered)
        t.tendered = *Money::fromDecimal(QString::fromLatin1(tendered));
    return t;
}

} // namespace

class TestReturns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_orders = std::make_unique<OrderService>(m_cluster->db());
        m_term = m_cluster->registerTerminal(u"Counter R"_s);
        QVERIFY(m_term > 0);
        // Refunds in cash come out of the counter's drawer: its shift is open.
        QVERIFY(test::openCashShift(*m_cluster, m_term));
        m_show = m_cluster->demoShow(2);
        m_other = m_cluster->demoShow(3);
        QVERIFY(m_show > 0 && m_other > 0 && m_show != m_other);
        m_showTimes = m_cluster
                          ->scalar(u"SELECT starts_at::text || '|' || coalesce(sales_close_at::text, '')"
                                   " FROM boxoffice.show WHERE id = ?"_s,
                              {m_show})
                          .toString();
    }

    void init()
    {
        m_cluster->resetSales();
        // CLASS3 at 1,500.00 and RINGSIDE at 2,500.00 (the demo's prices) on both shows.
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = z.price FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id IN (?, ?)"_s,
            {m_show, m_other}));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show SET cancelled_at = NULL, cancel_reason = NULL, starts_at = "
                                u"split_part(?, '|', 1)::timestamptz,"
                                " sales_close_at = nullif(split_part(?, '|', 2), '')::timestamptz WHERE id = ?"_s,
            {m_showTimes, m_showTimes, m_show}));
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.show SET cancelled_at = NULL, cancel_reason = NULL WHERE id = ?"_s, {m_other}));
    }

    // One seat of four: its price goes back, cash first; the order keeps
    // three; the seat is on sale again; a second return of it is refused.
    void oneSeatOfFour()
    {
        const Result<Order> o = sell(u"RINGSIDE"_s, 4, 0,
            {tender(PaymentMethod::Card, "5000.00"), tender(PaymentMethod::Cash, "5000.00", "5000.00")});
        VERIFY_OK(o);
        const int seat = o->seats.at(1).id;
        const Result<ReturnResult> r
            = Returns::returnSeats(m_cluster->db(), o->id, {seat}, u"customer ill"_s, std::nullopt, m_term);
        VERIFY_OK(r);
        QCOMPARE(r->refund.toDecimal(), u"2500.00"_s);
        QCOMPARE(r->refunds.size(), 1);
        QCOMPARE(r->refunds.at(0).method, PaymentMethod::Cash);
        QCOMPARE(r->order.status, OrderStatus::Paid);
        QCOMPARE(r->order.total.toDecimal(), u"7500.00"_s);
        QCOMPARE(paidNet(o->id), u"7500.00"_s);
        QCOMPARE(scalar(u"SELECT sum(price)::text FROM boxoffice.order_seat WHERE order_id = ? AND active"_s, o->id),
            u"7500.00"_s);
        int returned = 0;
        for (const SeatRef &s : r->order.seats)
            returned += s.returned ? 1 : 0;
        QCOMPARE(returned, 1);
        QCOMPARE(
            scalar(u"SELECT return_reason FROM boxoffice.order_seat WHERE order_id = ? AND returned_at IS NOT NULL"_s,
                o->id),
            u"customer ill"_s);
        QVERIFY(m_cluster->seatRow(m_show, seat).startsWith(u"available/"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = 'return_seats'"
                        " AND (detail ->> 'order_id')::bigint = ?"_s,
                     o->id),
            u"1"_s);

        const QString before = m_cluster->fingerprint();
        const Result<ReturnResult> again
            = Returns::returnSeats(m_cluster->db(), o->id, {seat}, u"again"_s, std::nullopt, m_term);
        QCOMPARE(again.code(), ErrorCode::SeatAlreadyReturned);
        QVERIFY(!again.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);

        // Free for sale again.
        SellRequest resale = makeSale(u"RINGSIDE"_s, 0, 0);
        resale.seatIds = {seat};
        VERIFY_OK(m_orders->sell(resale, m_term));
    }

    // A refund to a chosen method; one it cannot cover is refused.
    void refundToAChosenMethod()
    {
        const Result<Order> o = sell(
            u"CLASS3"_s, 3, 0, {tender(PaymentMethod::Cash, "1500.00"), tender(PaymentMethod::PromptPay, "3000.00")});
        VERIFY_OK(o);
        const QString before = m_cluster->fingerprint();
        const Result<ReturnResult> refused
            = Returns::returnSeats(m_cluster->db(), o->id, {o->seats.at(0).id}, u"x"_s, PaymentMethod::Card, m_term);
        QCOMPARE(refused.code(), ErrorCode::RefundExceedsPaid);
        QCOMPARE(m_cluster->fingerprint(), before);
        const Result<ReturnResult> r = Returns::returnSeats(m_cluster->db(), o->id,
            {o->seats.at(0).id, o->seats.at(2).id}, u"two go home"_s, PaymentMethod::PromptPay, m_term);
        VERIFY_OK(r);
        QCOMPARE(r->refunds.size(), 1);
        QCOMPARE(r->refunds.at(0).method, PaymentMethod::PromptPay);
        QCOMPARE(r->refunds.at(0).amount.toDecimal(), u"3000.00"_s);
        QCOMPARE(paidNet(o->id), u"1500.00"_s);
    }

    // 333.33 each: returning one of three leaves 666.66 to the satang;
    // returning the rest cancels the order with nothing left paid.
    void thirdsAndReturningEverything()
    {
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 333.33 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS2'"_s,
            {m_show}));
        const Result<Order> o = sell(u"CLASS2"_s, 3, 0,
            {tender(PaymentMethod::Cash, "333.33", "400.00"), tender(PaymentMethod::Card, "333.33"),
                tender(PaymentMethod::PromptPay, "333.33")});
        VERIFY_OK(o);
        QCOMPARE(o->total.toDecimal(), u"999.99"_s);
        const Result<ReturnResult> one
            = Returns::returnSeats(m_cluster->db(), o->id, {o->seats.at(0).id}, u"one"_s, std::nullopt, m_term);
        VERIFY_OK(one);
        QCOMPARE(one->order.total.toDecimal(), u"666.66"_s);
        QCOMPARE(paidNet(o->id), u"666.66"_s);
        const Result<ReturnResult> rest = Returns::returnSeats(
            m_cluster->db(), o->id, {o->seats.at(1).id, o->seats.at(2).id}, u"the rest"_s, std::nullopt, m_term);
        VERIFY_OK(rest);
        QCOMPARE(rest->refund.toDecimal(), u"666.66"_s);
        QCOMPARE(rest->order.status, OrderStatus::Cancelled);
        QCOMPARE(paidNet(o->id), u"0.00"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM boxoffice.show_seat WHERE order_id = ?"_s, o->id), u"0"_s);
    }

    void refusedReturns_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("seat of another order") << u"foreign"_s << ErrorCode::SeatNotInOrder;
        QTest::newRow("unknown seat") << u"unknown"_s << ErrorCode::UnknownSeat;
        QTest::newRow("no reason") << u"noreason"_s << ErrorCode::ReasonRequired;
        QTest::newRow("no seats") << u"noseats"_s << ErrorCode::EmptySeatList;
        QTest::newRow("unknown order") << u"noorder"_s << ErrorCode::UnknownOrder;
        QTest::newRow("cancelled order") << u"cancelled"_s << ErrorCode::OrderNotActive;
    }

    void refusedReturns()
    {
        QFETCH(QString, what);
        QFETCH(ErrorCode, code);
        const Result<Order> o = sell(u"CLASS3"_s, 2, 0, {});
        VERIFY_OK(o);
        const Result<Order> other = sell(u"CLASS3"_s, 1, 5, {});
        VERIFY_OK(other);
        qint64 order = o->id;
        QList<int> seats {o->seats.at(0).id};
        QString reason = u"why"_s;
        if (what == u"foreign"_s)
            seats = {other->seats.at(0).id};
        else if (what == u"unknown"_s)
            seats = {999999999};
        else if (what == u"noreason"_s)
            reason = u"   "_s;
        else if (what == u"noseats"_s)
            seats.clear();
        else if (what == u"noorder"_s)
            order = 999999999;
        else if (what == u"cancelled"_s)
            VERIFY_OK(m_orders->cancel(o->id, m_term, 0, u"gone"_s));
        const QString before = m_cluster->fingerprint();
        const Result<ReturnResult> r
            = Returns::returnSeats(m_cluster->db(), order, seats, reason, std::nullopt, m_term);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // A plain clerk's login: not another clerk's order (even from psql), and
    // not after the show started; a supervisor may then.
    void whoMayReturn()
    {
        const ConnectionConfig clerkConfig = test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s);
        Database clerkDb(clerkConfig, u"returns-clerk"_s);
        QVERIFY(signIn(clerkDb, u"Clerk's counter R"_s) > 0);
        const Result<Order> mine = sell(u"CLASS3"_s, 2, 0, {}, clerkId(u"clerk"_s));
        VERIFY_OK(mine);
        const Result<Order> theirs = sell(u"CLASS3"_s, 2, 4, {}, clerkId(u"supervisor"_s));
        VERIFY_OK(theirs);

        QString before = m_cluster->fingerprint();
        const Result<ReturnResult> notMine
            = Returns::returnSeats(clerkDb, theirs->id, {theirs->seats.at(0).id}, u"not mine"_s, std::nullopt);
        QCOMPARE(notMine.code(), ErrorCode::PermissionDenied);
        const test::SqlAttempt psql = test::attemptSql(clerkConfig,
            u"SELECT boxoffice.return_seats('{\"order_id\": %1, \"seat_ids\": [%2], \"reason\": \"psql\"}')::text"_s
                .arg(theirs->id)
                .arg(theirs->seats.at(0).id));
        QCOMPARE(psql.state, QString());
        QVERIFY2(psql.answer.contains(u"not_permitted"_s), qPrintable(psql.answer));
        QCOMPARE(test::attemptSql(clerkConfig, u"UPDATE boxoffice.order_seat SET active = false"_s).state, u"42501"_s);
        QCOMPARE(m_cluster->fingerprint(), before);

        // Before the show: the clerk returns their own order's seat.
        VERIFY_OK(Returns::returnSeats(clerkDb, mine->id, {mine->seats.at(0).id}, u"mine"_s, std::nullopt));

        // The show started ten minutes ago.
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.show SET starts_at = now() - interval '10 minutes' WHERE id = ?"_s, {m_show}));
        before = m_cluster->fingerprint();
        const Result<ReturnResult> late
            = Returns::returnSeats(clerkDb, mine->id, {mine->seats.at(1).id}, u"late"_s, std::nullopt);
        QCOMPARE(late.code(), ErrorCode::ApprovalRequired);
        QVERIFY(!late.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);

        const ConnectionConfig supConfig = test::loginAs(m_cluster->config(), u"supervisor"_s, u"supervisor-demo"_s);
        Database supDb(supConfig, u"returns-supervisor"_s);
        QVERIFY(signIn(supDb, u"Office R"_s) > 0);
        const Result<ReturnResult> allowed
            = Returns::returnSeats(supDb, mine->id, {mine->seats.at(1).id}, u"late, approved"_s, std::nullopt);
        VERIFY_OK(allowed);
        QCOMPARE(allowed->order.status, OrderStatus::Cancelled);
        QCOMPARE(scalar(u"SELECT actor FROM boxoffice.audit_log WHERE action = 'return_seats' AND reason = ?"_s,
                     u"late, approved"_s),
            u"supervisor"_s);
    }

    // After the show's start a plain clerk returns or exchanges with a
    // supervisor's approval for a return: without one refused
    // (approval_required, show_started); an approval for a price, another
    // counter's, an expired or a used one refused (approval_invalid); a valid
    // one used once, recorded with the return and in its audit row. Every
    // refusal changes nothing, the approval included. An approval for a
    // return cannot make a comp either.
    void lateReturnWithApproval()
    {
        const ConnectionConfig clerkConfig = test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s);
        Database clerkDb(clerkConfig, u"returns-clerk-late"_s);
        const int counter = signIn(clerkDb, u"Clerk's counter L"_s);
        QVERIFY(counter > 0);
        const Result<Order> mine = sell(u"CLASS3"_s, 4, 0, {}, clerkId(u"clerk"_s));
        VERIFY_OK(mine);
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.show SET starts_at = now() - interval '10 minutes' WHERE id = ?"_s, {m_show}));
        const int seat = mine->seats.at(0).id;

        auto refusedWith = [&](const QUuid &approval, ErrorCode code, const char *what) {
            const QString before = m_cluster->fingerprint() + approvals();
            const Result<ReturnResult> r
                = Returns::returnSeats(clerkDb, mine->id, {seat}, u"late"_s, std::nullopt, 0, approval);
            if (r.code() != code) {
                qWarning() << what << int(r.code()) << (r ? QString() : r.error().message);
                return false;
            }
            return !r.error().message.isEmpty() && m_cluster->fingerprint() + approvals() == before;
        };
        QVERIFY(refusedWith({}, ErrorCode::ApprovalRequired, "none"));
        QVERIFY(refusedWith(approve(counter, u"price"_s), ErrorCode::ApprovalInvalid, "price"));
        QVERIFY(refusedWith(approve(m_term, u"return"_s), ErrorCode::ApprovalInvalid, "another counter"));
        const QUuid expired = approve(counter, u"return"_s);
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.price_approval SET expires_at = now() - interval '1 second' WHERE token = ?::uuid"_s,
            {expired.toString(QUuid::WithoutBraces)}));
        QVERIFY(refusedWith(expired, ErrorCode::ApprovalInvalid, "expired"));
        QVERIFY(refusedWith(QUuid::createUuid(), ErrorCode::ApprovalInvalid, "unknown"));

        const QUuid token = approve(counter, u"return"_s);
        const Result<ReturnResult> done
            = Returns::returnSeats(clerkDb, mine->id, {seat}, u"late, approved"_s, std::nullopt, 0, token);
        VERIFY_OK(done);
        QCOMPARE(done->refund.toDecimal(), u"1500.00"_s);
        QCOMPARE(paidNet(mine->id), u"4500.00"_s);
        QVERIFY(m_cluster->seatRow(m_show, seat).startsWith(u"available/"_s));
        const QString id = scalar(u"SELECT id FROM boxoffice.price_approval WHERE token = ?::uuid"
                                  " AND used_at IS NOT NULL AND order_id = ?"_s,
            token.toString(QUuid::WithoutBraces), mine->id);
        QVERIFY(!id.isEmpty());
        QCOMPARE(scalar(u"SELECT detail ->> 'approval_id' FROM boxoffice.audit_log WHERE action = 'return_seats'"
                        " AND reason = ?"_s,
                     u"late, approved"_s),
            id);

        // Used: refused for the next seat, nothing changed.
        const QString before = m_cluster->fingerprint() + approvals();
        const Result<ReturnResult> reused
            = Returns::returnSeats(clerkDb, mine->id, {mine->seats.at(1).id}, u"again"_s, std::nullopt, 0, token);
        QCOMPARE(reused.code(), ErrorCode::ApprovalInvalid);
        QCOMPARE(m_cluster->fingerprint() + approvals(), before);

        // An exchange to another night: refused without, made with one.
        ExchangeRequest x;
        x.orderId = mine->id;
        x.seatIds = {mine->seats.at(1).id};
        x.showId = m_other;
        x.newSeatIds = m_cluster->seatsOf(m_other, u"CLASS3"_s, 1);
        QCOMPARE(Returns::exchange(clerkDb, x).code(), ErrorCode::ApprovalRequired);
        x.approval = approve(counter, u"price"_s);
        const QString beforeExchange = m_cluster->fingerprint() + approvals();
        QCOMPARE(Returns::exchange(clerkDb, x).code(), ErrorCode::ApprovalInvalid);
        QCOMPARE(m_cluster->fingerprint() + approvals(), beforeExchange);
        x.approval = approve(counter, u"return"_s);
        const Result<ExchangeResult> exchanged = Returns::exchange(clerkDb, x);
        VERIFY_OK(exchanged);
        QCOMPARE(exchanged->newOrder.showId, m_other);
        QCOMPARE(paidNet(exchanged->newOrder.id), u"1500.00"_s);
        QCOMPARE(paidNet(mine->id), u"3000.00"_s);
        QCOMPARE(scalar(u"SELECT order_id FROM boxoffice.price_approval WHERE token = ?::uuid"_s,
                     x.approval.toString(QUuid::WithoutBraces)),
            QString::number(mine->id));
        QVERIFY(!scalar(u"SELECT detail ->> 'approval_id' FROM boxoffice.audit_log WHERE action = 'exchange_seats'"
                        " AND (detail ->> 'order_id')::bigint = ?"_s,
            mine->id)
                     .isEmpty());

        // A return's approval makes no comp.
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                                " SELECT ?, z.id, pt.id, 0 FROM boxoffice.zone z, boxoffice.price_type pt"
                                " WHERE z.ticket_type = 'CLASS2' AND pt.code = 'COMP'"
                                "   AND z.venue_id = (SELECT venue_id FROM boxoffice.show WHERE id = ?)"
                                " ON CONFLICT (show_id, zone_id, price_type_id) DO NOTHING"_s,
            {m_other, m_other}));
        const QUuid forReturn = approve(m_term, u"return"_s);
        const QJsonObject comp = QJsonDocument::fromJson(
            m_cluster
                ->scalar(u"SELECT boxoffice.sell(jsonb_build_object('idempotency_key', gen_random_uuid(),"
                         " 'request_hash', 'comp', 'show_id', ?::int, 'terminal_id', ?::int, 'payment_method', 'cash',"
                         " 'approval', ?::text, 'lines', jsonb_build_array(jsonb_build_object('seat_id', ?::int,"
                         " 'price_type', 'COMP'))))::text"_s,
                    {m_other, m_term, forReturn.toString(QUuid::WithoutBraces),
                        m_cluster->seatsOf(m_other, u"CLASS2"_s, 1).at(0)})
                .toString()
                .toUtf8())
                                     .object();
        QVERIFY2(comp.value(u"code"_s).toString() == u"approval_invalid"_s, QJsonDocument(comp).toJson().constData());
        QCOMPARE(scalar(u"SELECT used_at IS NULL FROM boxoffice.price_approval WHERE token = ?::uuid"_s,
                     forReturn.toString(QUuid::WithoutBraces)),
            u"true"_s);
    }

    // To another show at a higher price: the money moves, the difference is
    // collected by a card tender.
    void exchangeToAnotherShowCollecting()
    {
        const Result<Order> o
            = sell(u"CLASS3"_s, 2, 0, {tender(PaymentMethod::Cash, "3000.00", "3000.00")}); // 2 × 1,500.00
        VERIFY_OK(o);
        ExchangeRequest x;
        x.orderId = o->id;
        x.seatIds = {o->seats.at(0).id, o->seats.at(1).id};
        x.showId = m_other;
        x.newSeatIds = m_cluster->seatsOf(m_other, u"RINGSIDE"_s, 2); // 2 × 2,500.00
        x.tenders = {tender(PaymentMethod::Card, "2000.00")};
        x.idempotencyKey = QUuid::createUuid();
        const Result<ExchangeResult> r = Returns::exchange(m_cluster->db(), x, m_term);
        VERIFY_OK(r);
        QCOMPARE(r->difference.toDecimal(), u"2000.00"_s);
        QCOMPARE(r->order.status, OrderStatus::Cancelled);
        QCOMPARE(paidNet(o->id), u"0.00"_s);
        QVERIFY(r->newOrder.id != o->id);
        QCOMPARE(r->newOrder.showId, m_other);
        QCOMPARE(r->newOrder.status, OrderStatus::Paid);
        QCOMPARE(r->newOrder.total.toDecimal(), u"5000.00"_s);
        QCOMPARE(paidNet(r->newOrder.id), u"5000.00"_s);
        QCOMPARE(r->newOrder.customer.name, u"Nok"_s);
        QCOMPARE(r->newOrder.payments.size(), 2);
        QCOMPARE(r->newOrder.payments.at(0).method, PaymentMethod::Cash);
        QCOMPARE(r->newOrder.payments.at(0).amount.toDecimal(), u"3000.00"_s);
        QCOMPARE(r->newOrder.payments.at(0).reference, u"exchange from order %1"_s.arg(o->id));
        QCOMPARE(r->newOrder.payments.at(1).method, PaymentMethod::Card);
        for (int seat : x.seatIds)
            QVERIFY(m_cluster->seatRow(m_show, seat).startsWith(u"available/"_s));
        for (int seat : x.newSeatIds)
            QVERIFY(m_cluster->seatRow(m_other, seat).startsWith(u"sold/"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = 'exchange_seats'"_s), u"1"_s);
        // Sent again after a lost reply: the same new order, nothing more.
        const QString before = m_cluster->fingerprint();
        const Result<ExchangeResult> again = Returns::exchange(m_cluster->db(), x, m_term);
        VERIFY_OK(again);
        QVERIFY(again->replayed);
        QCOMPARE(again->newOrder.id, r->newOrder.id);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // To another show at a lower price: the difference goes back.
    void exchangeToAnotherShowRefunding()
    {
        const Result<Order> o = sell(u"RINGSIDE"_s, 2, 0,
            {tender(PaymentMethod::Card, "4000.00"), tender(PaymentMethod::Cash, "1000.00")}); // 5,000.00
        VERIFY_OK(o);
        ExchangeRequest x;
        x.orderId = o->id;
        x.seatIds = {o->seats.at(0).id};
        x.showId = m_other;
        x.newSeatIds = m_cluster->seatsOf(m_other, u"CLASS3"_s, 1); // 1,500.00
        const Result<ExchangeResult> r = Returns::exchange(m_cluster->db(), x, m_term);
        VERIFY_OK(r);
        QCOMPARE(r->difference.toDecimal(), u"-1000.00"_s);
        QCOMPARE(r->refunds.size(), 1);
        QCOMPARE(r->refunds.at(0).method, PaymentMethod::Cash); // cash first
        QCOMPARE(r->order.status, OrderStatus::Paid);
        QCOMPARE(r->order.total.toDecimal(), u"2500.00"_s);
        QCOMPARE(paidNet(o->id), u"2500.00"_s);
        QCOMPARE(paidNet(r->newOrder.id), u"1500.00"_s);
        QCOMPARE(r->newOrder.payments.at(0).method, PaymentMethod::Card);
    }

    // The same seat, another price type of the same show: the same order,
    // its total lowered, the difference refunded; the seat stays sold.
    void exchangeToAnotherPriceType()
    {
        QVERIFY(
            m_cluster->exec(u"INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                            " SELECT sp.show_id, sp.zone_id, pt.id, 1999.99 FROM boxoffice.show_price sp"
                            " JOIN boxoffice.zone z ON z.id = sp.zone_id, boxoffice.price_type pt"
                            " WHERE sp.show_id = ? AND z.ticket_type = 'RINGSIDE' AND pt.code = 'THAI'"
                            "   AND sp.price_type_id = (SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD')"
                            " ON CONFLICT DO NOTHING"_s,
                {m_show}));
        const Result<Order> o = sell(u"RINGSIDE"_s, 2, 0, {});
        VERIFY_OK(o);
        ExchangeRequest x;
        x.orderId = o->id;
        x.seatIds = {o->seats.at(0).id};
        x.showId = m_show;
        x.priceType = u"THAI"_s;
        x.refundMethod = PaymentMethod::Cash;
        const Result<ExchangeResult> r = Returns::exchange(m_cluster->db(), x, m_term);
        VERIFY_OK(r);
        QCOMPARE(r->newOrder.id, o->id);
        QCOMPARE(r->difference.toDecimal(), u"-500.01"_s);
        QCOMPARE(r->newOrder.total.toDecimal(), u"4499.99"_s);
        QCOMPARE(paidNet(o->id), u"4499.99"_s);
        QVERIFY(m_cluster->seatRow(m_show, o->seats.at(0).id).startsWith(u"sold/"_s));
        QCOMPARE(scalar(u"SELECT pt.code FROM boxoffice.order_seat os JOIN boxoffice.price_type pt"
                        " ON pt.id = os.price_type_id WHERE os.order_id = ? AND os.seat_id = ? AND os.active"_s,
                     o->id, o->seats.at(0).id),
            u"THAI"_s);
    }

    void refusedExchanges_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("paused show") << u"paused"_s << ErrorCode::ShowPaused;
        QTest::newRow("cancelled show") << u"cancelled"_s << ErrorCode::ShowCancelled;
        QTest::newRow("past show") << u"past"_s << ErrorCode::SalesWindowClosed;
        QTest::newRow("seats not free") << u"taken"_s << ErrorCode::SeatConflict;
        QTest::newRow("price type not sold") << u"child"_s << ErrorCode::UnknownPriceType;
        QTest::newRow("unknown price type") << u"nosuch"_s << ErrorCode::UnknownPriceType;
        QTest::newRow("unknown seat") << u"unknownseat"_s << ErrorCode::UnknownSeat;
        QTest::newRow("seat of another order") << u"foreign"_s << ErrorCode::SeatNotInOrder;
        QTest::newRow("difference not paid") << u"short"_s << ErrorCode::PaymentsMismatch;
        QTest::newRow("more seats than given") << u"count"_s << ErrorCode::SeatCountMismatch;
    }

    void refusedExchanges()
    {
        QFETCH(QString, what);
        QFETCH(ErrorCode, code);
        const Result<Order> o = sell(u"CLASS3"_s, 1, 0, {});
        VERIFY_OK(o);
        const Result<Order> other = sell(u"CLASS3"_s, 1, 3, {});
        VERIFY_OK(other);
        ExchangeRequest x;
        x.orderId = o->id;
        x.seatIds = {o->seats.at(0).id};
        x.showId = m_other;
        x.newSeatIds = m_cluster->seatsOf(m_other, u"RINGSIDE"_s, 1);
        x.tenders = {tender(PaymentMethod::Card, "1000.00")};
        if (what == u"paused"_s)
            QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show SET sales_state = 'paused' WHERE id = ?"_s, {m_other}));
        else if (what == u"cancelled"_s)
            QVERIFY(m_cluster->exec(
                u"UPDATE boxoffice.show SET cancelled_at = now(), cancel_reason = 'rain' WHERE id = ?"_s, {m_other}));
        else if (what == u"past"_s) {
            x.showId = m_show;
            x.newSeatIds = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 1);
            QVERIFY(m_cluster->exec(
                u"UPDATE boxoffice.show SET sales_close_at = now() - interval '1 minute' WHERE id = ?"_s, {m_show}));
        } else if (what == u"taken"_s) {
            SellRequest s = makeSale(u"RINGSIDE"_s, 1, 0);
            s.showId = m_other;
            s.seatIds = x.newSeatIds;
            VERIFY_OK(m_orders->sell(s, m_term));
        } else if (what == u"child"_s)
            x.priceType = u"CHILD"_s;
        else if (what == u"nosuch"_s)
            x.priceType = u"NOSUCH"_s;
        else if (what == u"unknownseat"_s)
            x.newSeatIds = {999999999};
        else if (what == u"foreign"_s)
            x.seatIds = {other->seats.at(0).id};
        else if (what == u"short"_s)
            x.tenders = {tender(PaymentMethod::Card, "999.99")};
        else if (what == u"count"_s)
            x.newSeatIds = m_cluster->seatsOf(m_other, u"RINGSIDE"_s, 2);
        const QString before = m_cluster->fingerprint();
        const Result<ExchangeResult> r = Returns::exchange(m_cluster->db(), x, m_term);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
    }

private:
    Result<Order> sell(const QString &type, int n, int offset, const QList<Tender> &tenders, int clerk = 0)
    {
        SellRequest sale = makeSale(type, n, offset);
        sale.tenders = tenders;
        sale.clerkId = clerk;
        return m_orders->sell(sale, m_term);
    }

    SellRequest makeSale(const QString &ticketType, int n, int offset)
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = m_cluster->seatsOf(m_show, ticketType, n, offset);
        sale.ticketType = ticketType;
        sale.customer = {u"Nok"_s, {}};
        return sale;
    }

    QString scalar(const QString &sql, const QVariant &a, const QVariant &b = {})
    {
        return m_cluster->scalar(sql, b.isValid() ? QVariantList {a, b} : QVariantList {a}).toString();
    }
    QString scalar(const QString &sql) { return m_cluster->scalar(sql).toString(); }

    QString paidNet(qint64 orderId)
    {
        return scalar(u"SELECT (coalesce(sum(amount) FILTER (WHERE kind = 'payment'), 0)"
                      " - coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0))::numeric(12, 2)::text"
                      " FROM boxoffice.payment WHERE order_id = ?"_s,
            orderId);
    }

    // A supervisor's approval at a counter, for "price" or "return" (given by
    // the owner naming the supervisor, as approve_price allows).
    QUuid approve(int counter, const QString &purpose)
    {
        const QJsonObject a = QJsonDocument::fromJson(
            m_cluster
                ->scalar(u"SELECT boxoffice.approve_price(jsonb_build_object('terminal_id', ?::int,"
                         " 'reason', 'late customer', 'purpose', ?::text, 'supervisor_id', ?::int))::text"_s,
                    {counter, purpose, clerkId(u"supervisor"_s)})
                .toString()
                .toUtf8())
                                  .object();
        return QUuid::fromString(a.value(u"approval"_s).toString());
    }

    // Every approval's use, in one comparable line.
    QString approvals()
    {
        return m_cluster
            ->scalar(u"SELECT coalesce(string_agg(id || ':' || coalesce(used_at::text, '-') || ':'"
                     " || coalesce(order_id::text, '-'), ',' ORDER BY id), '') FROM boxoffice.price_approval"_s)
            .toString();
    }

    int clerkId(const QString &username)
    {
        return m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = ?"_s, {username}).toInt();
    }

    // Registers a counter of that name (the owner) and opens a session there
    // on db's login; answers the counter's id (0 when refused).
    int signIn(Database &db, const QString &counter)
    {
        const QUuid device = QUuid::fromString(
            m_cluster->scalar(u"SELECT md5('tst_returns:' || ?)::uuid::text"_s, {counter}).toString());
        m_cluster->exec(u"UPDATE boxoffice.counter_session SET closed_at = now(), closed_by = 'test',"
                        " close_reason = 'test' WHERE closed_at IS NULL AND login = ?"_s,
            {db.config().value(u"user"_s)});
        Result<CounterRef> registered = CounterSessions::registerCounter(m_cluster->db(), device, counter);
        if (!registered || !test::openCashShift(*m_cluster, registered->id))
            return 0;
        Result<CounterSession> session = CounterSessions::open(db, device, QUuid::createUuid());
        return session ? session->counter.id : 0;
    }

    TestCluster *m_cluster = nullptr;
    std::unique_ptr<OrderService> m_orders;
    int m_term = 0;
    int m_show = 0;
    int m_other = 0;
    QString m_showTimes;
};

QTEST_GUILESS_MAIN(TestReturns)
#include "tst_returns.moc"
