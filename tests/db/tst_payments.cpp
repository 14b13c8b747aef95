// Payments (0018_money.sql, sale.sql's record_payments/record_refund): a sale
// paid by several tenders, cash tendered and change, a reserved order paid
// later by several tenders, refunds on cancel (cash first), seats changed at
// the agreed price, and the database's last check (order_balance at commit).
// Every refusal leaves the database exactly as it was.
#include "db/database.h"
#include "sale/orderservice.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

Q_DECLARE_METATYPE(boxoffice::Tender)

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

Tender tender(PaymentMethod method, const char *amount, const char *tendered = nullptr, const QString &ref = {})
{
    Tender t;
    t.method = method;
    t.amount = *Money::fromDecimal(QString::fromLatin1(amount));
    if (tendered)
        t.tendered = *Money::fromDecimal(QString::fromLatin1(tendered));
    t.reference = ref;
    return t;
}

} // namespace

class TestPayments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_orders = std::make_unique<OrderService>(m_cluster->db());
        m_term = m_cluster->registerTerminal(u"Counter P"_s);
        QVERIFY(m_term > 0);
        // Cash is taken and given back in the counter's open shift.
        QVERIFY(test::openCashShift(*m_cluster, m_term));
        m_show = m_cluster->demoShow(2);
        QVERIFY(m_show > 0);
    }

    void init()
    {
        m_cluster->resetSales();
        // CLASS3 at 1,500.00 and RINGSIDE at 2,500.00 (the demo's prices).
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = z.price FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ?"_s,
            {m_show}));
    }

    // The tenders add up to the total; cash records what was handed over and
    // the change, card and PromptPay their references.
    void splitTender()
    {
        SellRequest sale = makeSale(u"CLASS3"_s, 3); // 4,500.00
        sale.tenders = {tender(PaymentMethod::Cash, "500.00", "1000.00"),
            tender(PaymentMethod::Card, "2000.00", nullptr, u"slip 4411"_s),
            tender(PaymentMethod::PromptPay, "2000.00", nullptr, u"PP-778"_s)};
        const Result<Order> o = m_orders->sell(sale, m_term);
        VERIFY_OK(o);
        QCOMPARE(o->total.toDecimal(), u"4500.00"_s);
        QCOMPARE(o->payments.size(), 3);
        QCOMPARE(o->payments.at(0).method, PaymentMethod::Cash);
        QCOMPARE(o->payments.at(0).amount.toDecimal(), u"500.00"_s);
        QCOMPARE(o->payments.at(0).tendered->toDecimal(), u"1000.00"_s);
        QCOMPARE(o->payments.at(0).change->toDecimal(), u"500.00"_s);
        QCOMPARE(o->payments.at(1).reference, u"slip 4411"_s);
        QVERIFY(!o->payments.at(1).tendered.has_value());
        QCOMPARE(o->payments.at(2).method, PaymentMethod::PromptPay);
        QCOMPARE(o->paymentMethod, PaymentMethod::Cash); // the first tender's
        QCOMPARE(paidNet(o->id), u"4500.00"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.payment WHERE order_id = ? AND terminal_id = ?"_s,
                         {o->id, m_term})
                     .toInt(),
            3);
    }

    // 333.33 × 3 = 999.99, paid in three tenders to the satang.
    void thirdsAddUpToTheSatang()
    {
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 333.33 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS2'"_s,
            {m_show}));
        SellRequest sale = makeSale(u"CLASS2"_s, 3);
        sale.tenders = {tender(PaymentMethod::Cash, "333.33", "340.00"), tender(PaymentMethod::Card, "333.33"),
            tender(PaymentMethod::PromptPay, "333.33")};
        const Result<Order> o = m_orders->sell(sale, m_term);
        VERIFY_OK(o);
        QCOMPARE(o->total.toDecimal(), u"999.99"_s);
        QCOMPARE(o->payments.at(0).change->toDecimal(), u"6.67"_s);
        QCOMPARE(paidNet(o->id), u"999.99"_s);
    }

    void refusedTenders_data()
    {
        QTest::addColumn<QList<Tender>>("tenders");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("a satang short") << QList<Tender> {tender(PaymentMethod::Cash, "4000.00"),
            tender(PaymentMethod::Card, "499.99")}
                                        << ErrorCode::PaymentsMismatch << QString();
        QTest::newRow("a satang over") << QList<Tender> {tender(PaymentMethod::Cash, "4000.00"),
            tender(PaymentMethod::Card, "500.01")}
                                       << ErrorCode::PaymentsMismatch << QString();
        QTest::newRow("cash handed over short") << QList<Tender> {tender(PaymentMethod::Cash, "4500.00", "4000.00")}
                                                << ErrorCode::TenderedShort << QString();
        QTest::newRow("zero amount") << QList<Tender> {tender(PaymentMethod::Cash, "4500.00"),
            tender(PaymentMethod::Card, "0.00")}
                                     << ErrorCode::InvalidValue << u"amount"_s;
        QTest::newRow("tendered on a card") << QList<Tender> {tender(PaymentMethod::Card, "4500.00", "5000.00")}
                                            << ErrorCode::InvalidValue << u"tendered"_s;
        QTest::newRow("reference of 101 characters")
            << QList<Tender> {tender(PaymentMethod::Card, "4500.00", nullptr, QString(101, u'x'))}
            << ErrorCode::InvalidValue << u"reference"_s;
        QList<Tender> eleven;
        for (int i = 0; i < 10; ++i)
            eleven << tender(PaymentMethod::Card, "400.00");
        eleven << tender(PaymentMethod::Cash, "500.00");
        QTest::newRow("eleven tenders") << eleven << ErrorCode::InvalidValue << u"payments"_s;
    }

    void refusedTenders()
    {
        QFETCH(QList<Tender>, tenders);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        const QString before = m_cluster->fingerprint();
        SellRequest sale = makeSale(u"CLASS3"_s, 3);
        sale.tenders = tenders;
        const Result<Order> o = m_orders->sell(sale, m_term);
        QVERIFY(!o);
        QCOMPARE(o.error().code, code);
        QCOMPARE(o.error().field, field);
        QVERIFY(!o.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
        if (code == ErrorCode::PaymentsMismatch) {
            QCOMPARE(o.error().amount, u"4500.00"_s);
            QVERIFY(o.error().message.contains(u"4500.00"_s));
        }
    }

    // Amounts as the database reads them: negative, malformed or a JSON
    // number with three decimals are refused by name.
    void malformedAmountsFromSql_data()
    {
        QTest::addColumn<QString>("payments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("negative") << uR"([{"method": "cash", "amount": "-4500.00"}])"_s << u"negative"_s;
        QTest::newRow("three decimals") << uR"([{"method": "cash", "amount": "4500.001"}])"_s << u"malformed"_s;
        QTest::newRow("text") << uR"([{"method": "cash", "amount": "lots"}])"_s << u"malformed"_s;
        QTest::newRow("not a list") << uR"({"method": "cash"})"_s << u""_s;
        QTest::newRow("unknown method") << uR"([{"method": "cheque", "amount": "4500.00"}])"_s << u""_s;
    }

    void malformedAmountsFromSql()
    {
        QFETCH(QString, payments);
        QFETCH(QString, problem);
        const QString before = m_cluster->fingerprint();
        SellRequest sale = makeSale(u"CLASS3"_s, 3);
        QJsonObject doc = sale.toJson(m_term);
        doc.insert(u"payments"_s,
            QJsonDocument::fromJson(payments.toUtf8()).isArray()
                ? QJsonValue(QJsonDocument::fromJson(payments.toUtf8()).array())
                : QJsonValue(QJsonDocument::fromJson(payments.toUtf8()).object()));
        const QString answer = m_cluster
                                   ->scalar(u"SELECT boxoffice.sell(?::jsonb)::text"_s,
                                       {QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))})
                                   .toString();
        QVERIFY2(answer.contains(u"\"ok\": false"_s), qPrintable(answer));
        if (!problem.isEmpty())
            QVERIFY2(answer.contains(u"\"problem\": \"%1\""_s.arg(problem)), qPrintable(answer));
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // A reserved order is paid when confirmed, by several tenders; a
    // mismatch leaves it reserved and unpaid.
    void reservedOrderPaidBySeveralTenders()
    {
        SellRequest sale = makeSale(u"RINGSIDE"_s, 2); // 5,000.00
        sale.pendingMinutes = 30;
        const Result<Order> pending = m_orders->sell(sale, m_term);
        VERIFY_OK(pending);
        QCOMPARE(pending->status, OrderStatus::Pending);
        QVERIFY(pending->payments.isEmpty());

        const QString before = m_cluster->fingerprint();
        const Result<Order> short_ = m_orders->confirmPayment(
            pending->id, m_term, {tender(PaymentMethod::Cash, "2500.00"), tender(PaymentMethod::Card, "2499.99")});
        QVERIFY(!short_);
        QCOMPARE(short_.error().code, ErrorCode::PaymentsMismatch);
        QCOMPARE(m_cluster->fingerprint(), before);

        const Result<Order> paid = m_orders->confirmPayment(pending->id, m_term,
            {tender(PaymentMethod::Cash, "2500.00", "3000.00"), tender(PaymentMethod::Card, "2500.00")});
        VERIFY_OK(paid);
        QCOMPARE(paid->status, OrderStatus::Paid);
        QCOMPARE(paid->payments.size(), 2);
        QCOMPARE(paidNet(paid->id), u"5000.00"_s);

        // Tenders with a reserve are refused: payment is taken at confirmation.
        SellRequest both = makeSale(u"RINGSIDE"_s, 1, 4);
        both.pendingMinutes = 30;
        both.tenders = {tender(PaymentMethod::Cash, "2500.00")};
        const QString before2 = m_cluster->fingerprint();
        const Result<Order> refused = m_orders->sell(both, m_term);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidValue);
        QCOMPARE(refused.error().field, u"payments"_s);
        QCOMPARE(m_cluster->fingerprint(), before2);
    }

    // Cancelling a paid order gives everything back, cash first.
    void cancelRefundsCashFirst()
    {
        SellRequest sale = makeSale(u"RINGSIDE"_s, 2); // 5,000.00
        sale.tenders
            = {tender(PaymentMethod::Card, "2000.00", nullptr, u"slip 9"_s), tender(PaymentMethod::Cash, "3000.00")};
        const Result<Order> o = m_orders->sell(sale, m_term);
        VERIFY_OK(o);
        const Result<Order> cancelled = m_orders->cancel(o->id, m_term, 0, u"customer changed plans"_s);
        VERIFY_OK(cancelled);
        QCOMPARE(cancelled->payments.size(), 4);
        QVERIFY(cancelled->payments.at(2).refund);
        QCOMPARE(cancelled->payments.at(2).method, PaymentMethod::Cash);
        QCOMPARE(cancelled->payments.at(2).amount.toDecimal(), u"3000.00"_s);
        QCOMPARE(cancelled->payments.at(2).refundOf, cancelled->payments.at(1).id);
        QCOMPARE(cancelled->payments.at(3).method, PaymentMethod::Card);
        QCOMPARE(cancelled->payments.at(3).amount.toDecimal(), u"2000.00"_s);
        QCOMPARE(paidNet(o->id), u"0.00"_s);
        // Cancelling again (a retry) refunds nothing more.
        VERIFY_OK(m_orders->cancel(o->id, m_term, 0, u"customer changed plans"_s));
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.payment WHERE order_id = ?"_s, {o->id}).toInt(), 4);
        // A reserved order cancelled had nothing paid: no refund rows.
        SellRequest reserve = makeSale(u"CLASS3"_s, 1, 8);
        reserve.pendingMinutes = 10;
        const Result<Order> pending = m_orders->sell(reserve, m_term);
        VERIFY_OK(pending);
        VERIFY_OK(m_orders->cancel(pending->id, m_term, 0, u"not collected"_s));
        QCOMPARE(
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.payment WHERE order_id = ?"_s, {pending->id}).toInt(),
            0);
    }

    // Changing seats keeps the price agreed (and paid), whatever the price
    // list says now: the payments still match the total.
    void changedSeatsKeepTheirPrice()
    {
        SellRequest sale = makeSale(u"RINGSIDE"_s, 2); // 2 × 2,500.00
        const Result<Order> o = m_orders->sell(sale, m_term);
        VERIFY_OK(o);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = 3100.00 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'RINGSIDE'"_s,
            {m_show}));
        const QList<int> others = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 2, 20);
        const Result<Order> moved = m_orders->changeSeats(o->id, sale.seatIds, others, m_term, 0);
        VERIFY_OK(moved);
        QCOMPARE(moved->total.toDecimal(), u"5000.00"_s);
        for (const SeatRef &s : moved->seats)
            QCOMPARE(s.price.toDecimal(), u"2500.00"_s);
        QCOMPARE(paidNet(o->id), u"5000.00"_s);
    }

    // Seats carry their ticket type and price type; the order lists them.
    void seatsCarryTicketAndPriceType()
    {
        const Result<Order> o = m_orders->sell(makeSale(u"CLASS2"_s, 2), m_term);
        VERIFY_OK(o);
        QCOMPARE(o->seats.size(), 2);
        for (const SeatRef &s : o->seats) {
            QCOMPARE(s.ticketType, u"CLASS2"_s);
            QCOMPARE(s.priceType, u"STANDARD"_s);
            QVERIFY(!s.returned);
        }
    }

    // The last line: whatever a function (or a superuser by hand) writes, an
    // order whose payments do not match its total does not commit.
    void theDatabaseRefusesAnUnbalancedOrder()
    {
        const Result<Order> o = m_orders->sell(makeSale(u"CLASS3"_s, 1), m_term);
        VERIFY_OK(o);
        const QString before = m_cluster->fingerprint();
        QString error;
        QVERIFY(!m_cluster->exec(u"INSERT INTO boxoffice.payment (order_id, kind, method, amount, terminal_id)"
                                 " VALUES (?, 'payment', 'cash', 0.01, ?)"_s,
            {o->id, m_term}, &error));
        QVERIFY2(error.contains(u"order_balance"_s), qPrintable(error));
        QVERIFY(!m_cluster->exec(u"UPDATE boxoffice.orders SET total = total + 1 WHERE id = ?"_s, {o->id}, &error));
        QVERIFY2(error.contains(u"order_balance"_s), qPrintable(error));
        QVERIFY(
            !m_cluster->exec(u"UPDATE boxoffice.order_seat SET active = false WHERE order_id = ?"_s, {o->id}, &error));
        QVERIFY2(error.contains(u"order_balance"_s), qPrintable(error));
        const qint64 paymentId
            = m_cluster->scalar(u"SELECT id FROM boxoffice.payment WHERE order_id = ?"_s, {o->id}).toLongLong();
        QVERIFY(
            !m_cluster->exec(u"INSERT INTO boxoffice.payment (order_id, kind, method, amount, refund_of, terminal_id)"
                             " VALUES (?, 'refund', 'cash', 1500.01, ?, ?)"_s,
                {o->id, paymentId, m_term}, &error));
        QVERIFY2(error.contains(u"order_balance"_s), qPrintable(error));
        QCOMPARE(m_cluster->fingerprint(), before);
        // Money rows are history: nobody's login changes them, and a clerk's
        // cannot write one directly.
        const ConnectionConfig clerk = test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s);
        QCOMPARE(test::attemptSql(clerk, u"UPDATE boxoffice.payment SET amount = 1"_s).state, u"42501"_s);
        QCOMPARE(test::attemptSql(clerk, u"DELETE FROM boxoffice.payment"_s).state, u"42501"_s);
        QCOMPARE(test::attemptSql(clerk,
                     u"INSERT INTO boxoffice.payment (order_id, kind, method, amount, terminal_id) VALUES (%1, "
                     "'payment', 'cash', 1, %2)"_s.arg(o->id)
                         .arg(m_term))
                     .state,
            u"42501"_s);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // A statement whose rows came back but whose commit failed (the
    // deferred order_balance check) is an error for the caller, not the rows.
    void aFailedCommitIsAnErrorNotAnAnswer()
    {
        const Result<Order> o = m_orders->sell(makeSale(u"CLASS3"_s, 1), m_term);
        VERIFY_OK(o);
        const QString before = m_cluster->fingerprint();
        const Result<QJsonObject> r = m_cluster->db().callJson(
            u"WITH p AS (INSERT INTO boxoffice.payment (order_id, kind, method, amount, terminal_id)"
            " VALUES (?, 'payment', 'cash', 0.01, ?) RETURNING id) SELECT '{\"ok\": true}' FROM p"_s,
            {o->id, m_term});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::OrderBalance);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
    }

private:
    SellRequest makeSale(const QString &ticketType, int n, int offset = 0)
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = m_cluster->seatsOf(m_show, ticketType, n, offset);
        sale.ticketType = ticketType;
        sale.customer = {u"Nok"_s, {}};
        return sale;
    }

    // Payments less refunds of an order, as the database adds them.
    QString paidNet(qint64 orderId)
    {
        return m_cluster
            ->scalar(u"SELECT (coalesce(sum(amount) FILTER (WHERE kind = 'payment'), 0)"
                     " - coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0))::numeric(12, 2)::text"
                     " FROM boxoffice.payment WHERE order_id = ?"_s,
                {orderId})
            .toString();
    }

    TestCluster *m_cluster = nullptr;
    std::unique_ptr<OrderService> m_orders;
    int m_term = 0;
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
