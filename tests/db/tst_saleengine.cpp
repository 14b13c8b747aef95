// The engine's whole happy path and its typed refusals, through SaleEngine,
// with the database state checked after every step.
#include "sale/saleengine.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestSaleEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter A")});
        QVERIFY(m_engine->registerTerminal().ok());
        m_other = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter B")});
        QVERIFY(m_other->registerTerminal().ok());
        m_show = m_cluster->demoShow(0);
        QVERIFY(m_show > 0);
    }

    void init() { m_cluster->resetSales(); }

    void holdSellCancel()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 2);
        Result<HoldResult> held = m_engine->hold(m_show, seats, 5);
        QVERIFY2(held.ok(), held.ok() ? "" : qPrintable(held.error().message));
        QCOMPARE(held->changes.size(), 2);
        QVERIFY(held->heldUntil > QDateTime::currentDateTime().addSecs(240));
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state = "
                                             "'held' AND held_by = ?"),
                         {m_show, m_engine->terminalId()})
                     .toInt(),
            2);

        // Counter B cannot take them, and is told who holds them.
        Result<HoldResult> taken = m_other->hold(m_show, seats, 5);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.code(), ErrorCode::SeatConflict);
        QCOMPARE(taken.error().seats.size(), 2);
        QVERIFY2(taken.error().message.contains(QLatin1String("Counter A")), qPrintable(taken.error().message));

        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = seats;
        sale.ticketType = QStringLiteral("RINGSIDE");
        sale.customer = {QStringLiteral("Somchai"), QStringLiteral("0812345678")};
        Result<Order> sold = m_engine->sell(sale);
        QVERIFY2(sold.ok(), sold.ok() ? "" : qPrintable(sold.error().message));
        QCOMPARE(orderStatusName(sold->status), QStringLiteral("paid"));
        QCOMPARE(sold->total.toDecimal(), QStringLiteral("5000.00"));
        QCOMPARE(sold->seats.size(), 2);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral(
                                  "SELECT count(*) FROM boxoffice.show_seat WHERE order_id = ? AND state = 'sold'"),
                         {sold->id})
                     .toInt(),
            2);

        Result<Order> cancelled = m_engine->cancel(sold->id, QStringLiteral("customer changed plans"));
        QVERIFY(cancelled.ok());
        QCOMPARE(orderStatusName(cancelled->status), QStringLiteral("cancelled"));
        QCOMPARE(cancelled->refund.toDecimal(), QStringLiteral("5000.00"));
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral(
                             "SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state <> 'available'"),
                    {m_show})
                .toInt(),
            0);
        QCOMPARE(
            m_cluster->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = 'cancel_order'"))
                .toInt(),
            1);
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<SaleEngine> m_engine;
    std::unique_ptr<SaleEngine> m_other;
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestSaleEngine)
#include "tst_saleengine.moc"
