// The idempotency key (a duplicate guard), with the network really failing: a TCP
// proxy between the service and PostgreSQL swallows the answer to a sale the
// server has committed. The service must reconnect and resolve the outcome
// from the idempotency key: the same order, never a second one.
#include "db/database.h"
#include "sale/orderservice.h"
#include "sale/saleengine.h"
#include "tcpproxy.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestIdempotency final : public QObject
{
    Q_OBJECT

private:
    SellRequest request(const QList<int> &seats) const
    {
        SellRequest r;
        r.idempotencyKey = QUuid::createUuid();
        r.showId = m_show;
        r.seatIds = seats;
        r.ticketType = QStringLiteral("CLASS2");
        r.customer = {QStringLiteral("Malee"), QString()};
        return r;
    }

    int ordersWithKey(const QUuid &key)
    {
        return m_cluster
            ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE idempotency_key = ?::uuid"),
                {key.toString(QUuid::WithoutBraces)})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_show = m_cluster->demoShow(1);
        m_terminal = m_cluster->registerTerminal(QStringLiteral("Counter Flaky"));
    }

    void init() { m_cluster->resetSales(); }

    void retryAfterLostReplyReturnsTheSameOrder()
    {
        auto proxy = m_cluster->makeProxy();
        Database db(m_cluster->throughProxy(*proxy), QStringLiteral("proxied"));
        OrderService orders(db);
        // Warm up: the sell statement is prepared on this connection, so the
        // next exchange is the sale itself.
        QVERIFY(orders.sell(request(m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 1, 40)), m_terminal).ok());

        const SellRequest sale = request(m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 2));
        proxy->dropNextReply();
        Result<Order> r = orders.sell(sale, m_terminal);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        QCOMPARE(proxy->repliesDropped(), 1); // the answer really was lost
        QVERIFY(r->replayed);                 // and found again by its key
        QCOMPARE(ordersWithKey(sale.idempotencyKey), 1);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral(
                                  "SELECT count(*) FROM boxoffice.show_seat WHERE order_id = ? AND state = 'sold'"),
                         {r->id})
                     .toInt(),
            2);
        QCOMPARE(m_cluster->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.orders")).toInt(), 2);
    }

    void outcomeUnknownThenResolvedByRetry()
    {
        auto proxy = m_cluster->makeProxy();
        Database db(m_cluster->throughProxy(*proxy), QStringLiteral("proxied2"));
        db.setReconnectBudget(std::chrono::milliseconds(600));
        OrderService orders(db);
        QVERIFY(orders.sell(request(m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 1, 40)), m_terminal).ok());

        // The answer is lost and the network stays down: the service cannot
        // know whether the sale happened, and says so.
        const SellRequest sale = request(m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 2, 10));
        proxy->setRefusing(true);
        proxy->dropNextReply();
        Result<Order> lost = orders.sell(sale, m_terminal);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.code(), ErrorCode::OutcomeUnknown);
        QVERIFY(!lost.error().message.isEmpty());
        QCOMPARE(ordersWithKey(sale.idempotencyKey), 1); // it did commit

        // The clerk retries the same checkout once the network is back.
        proxy->setRefusing(false);
        Result<Order> retried = orders.sell(sale, m_terminal);
        QVERIFY(retried.ok());
        QVERIFY(retried->replayed);
        QCOMPARE(ordersWithKey(sale.idempotencyKey), 1);
    }

    void requestLostBeforeTheServerSellsOnce()
    {
        auto proxy = m_cluster->makeProxy();
        Database db(m_cluster->throughProxy(*proxy), QStringLiteral("proxied3"));
        OrderService orders(db);
        QVERIFY(orders.sell(request(m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 1, 40)), m_terminal).ok());
        // Every connection is cut while idle: the next call finds a dead
        // connection, reconnects and sells (once).
        proxy->cutAll();
        const SellRequest sale = request(m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 2, 20));
        Result<Order> r = orders.sell(sale, m_terminal);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        QVERIFY(!r->replayed);
        QCOMPARE(ordersWithKey(sale.idempotencyKey), 1);
    }

    void sameKeyOtherPayloadIsRefused()
    {
        OrderService orders(m_cluster->db());
        SellRequest sale = request(m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 2, 30));
        QVERIFY(orders.sell(sale, m_terminal).ok());
        sale.seatIds = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 2, 32);
        Result<Order> r = orders.sell(sale, m_terminal);
        QCOMPARE(r.code(), ErrorCode::IdempotencyMismatch);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = "
                                             "ANY(?::int[]) AND state <> 'available'"),
                         {m_show, Database::intArray(sale.seatIds)})
                     .toInt(),
            0);
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_show = 0;
    int m_terminal = 0;
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
