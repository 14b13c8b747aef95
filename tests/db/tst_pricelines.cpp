// Price types through the C++ service (issue 12): SellRequest's per-seat
// price types and approval, the show's price list with the types' names,
// and a supervisor's approval on a short-lived login of their own.
#include "db/database.h"
#include "money/approvals.h"
#include "money/pricelist.h"
#include "sale/saleengine.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonObject>
#include <QtCore/QUuid>
#include <QtTest/QtTest>

#include <memory>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestPriceLines final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English)); // the messages read below are English
        m_cluster = &TestCluster::instance();
        m_show = m_cluster->demoShow(4);
        QVERIFY(m_show > 0);
        m_engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {u"Counter PL"_s});
        m_engine->rateLimiter().configure(1e6, 1e6);
        VERIFY_OK(m_engine->registerTerminal());
        m_term = m_engine->terminalId();
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_term));
    }

    void init()
    {
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.pricing_rule SET approval_below_percent = 10"_s));
        QVERIFY(m_cluster->exec(u"DELETE FROM boxoffice.show_price sp USING boxoffice.price_type pt"
                                " WHERE pt.id = sp.price_type_id AND pt.code <> 'STANDARD' AND sp.show_id = ?"_s,
            {m_show}));
        // CLASS2 sells THAI at 333.33 and COMP; CLASS3 only STANDARD.
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                                " SELECT ?, z.id, pt.id, CASE WHEN pt.code = 'THAI' THEN 333.33 ELSE 0 END"
                                " FROM boxoffice.show sh JOIN boxoffice.zone z ON z.venue_id = sh.venue_id,"
                                " boxoffice.price_type pt"
                                " WHERE sh.id = ? AND z.ticket_type = 'CLASS2' AND pt.code IN ('THAI', 'COMP')"_s,
            {m_show, m_show}));
    }

    // The list offers what the show sells, with names and why approval is needed.
    void priceList()
    {
        const Result<PriceList> list = PriceLists::showPriceList(m_cluster->db(), m_show);
        VERIFY_OK(list);
        const std::optional<PriceListEntry> thai = list->find(u"CLASS2"_s, u"THAI"_s);
        QVERIFY(thai);
        QCOMPARE(thai->price, Money::fromSatang(33333));
        QCOMPARE(thai->approval, PriceApproval::None);
        const std::optional<PriceListEntry> comp = list->find(u"CLASS2"_s, u"COMP"_s);
        QVERIFY(comp);
        QCOMPARE(comp->price, Money());
        QCOMPARE(comp->approval, PriceApproval::Comp);
        QVERIFY(!list->find(u"CLASS3"_s, u"THAI"_s));
        QVERIFY(list->find(u"CLASS3"_s, {}));
        QCOMPARE(list->forTicketType(u"CLASS3"_s).size(), 1);
        QCOMPARE(list->typeName(u"THAI"_s).isEmpty(), false);
        QVERIFY(list->typeName(u"THAI"_s) != u"THAI"_s);

        const Result<PriceList> none = PriceLists::showPriceList(m_cluster->db(), 999999);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::UnknownShow);
    }

    // Three CLASS2 at THAI and one CLASS3 at STANDARD, sold through the
    // engine: the database's total to the satang; the same request again is
    // the same order; the same key with other price types is refused.
    void mixedOrderThroughTheEngine()
    {
        const QList<int> c2 = m_cluster->seatsOf(m_show, u"CLASS2"_s, 3);
        const QList<int> c3 = m_cluster->seatsOf(m_show, u"CLASS3"_s, 1);
        const Result<PriceList> list = PriceLists::showPriceList(m_cluster->db(), m_show);
        VERIFY_OK(list);
        const Money standard3 = list->find(u"CLASS3"_s, u"STANDARD"_s)->price;

        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = c2 + c3;
        for (int id : c2)
            sale.priceTypes.insert(id, u"thai"_s); // any case: the code is what counts
        sale.customer = {u"Mixed"_s, {}};
        const QJsonObject doc = sale.toJson(m_term);
        QVERIFY(doc.contains(u"lines"_s));
        QVERIFY(!doc.contains(u"seat_ids"_s));

        const Result<Order> o = m_engine->sell(sale);
        VERIFY_OK(o);
        QVERIFY(!o->replayed);
        QCOMPARE(o->total, Money::fromSatang(99999) + standard3);
        QCOMPARE(o->seats.size(), 4);
        int thai = 0;
        for (const SeatRef &s : o->seats) {
            if (s.priceType == u"THAI"_s) {
                ++thai;
                QCOMPARE(s.price, Money::fromSatang(33333));
                QCOMPARE(s.ticketType, u"CLASS2"_s);
            } else {
                QCOMPARE(s.priceType, u"STANDARD"_s);
                QCOMPARE(s.ticketType, u"CLASS3"_s);
            }
        }
        QCOMPARE(thai, 3);
        QCOMPARE(m_cluster->scalar(u"SELECT sum(price)::text FROM boxoffice.order_seat WHERE order_id = ?"_s, {o->id})
                     .toString(),
            (Money::fromSatang(99999) + standard3).toDecimal());
        QCOMPARE(m_cluster->scalar(u"SELECT sum(amount)::text FROM boxoffice.payment WHERE order_id = ?"_s, {o->id})
                     .toString(),
            (Money::fromSatang(99999) + standard3).toDecimal());

        const QString after = m_cluster->fingerprint();
        const Result<Order> again = OrderService(m_cluster->db()).sell(sale, m_term);
        VERIFY_OK(again);
        QVERIFY(again->replayed);
        QCOMPARE(again->id, o->id);
        QCOMPARE(again->total, o->total);
        QCOMPARE(m_cluster->fingerprint(), after);

        SellRequest other = sale;
        other.priceTypes.clear();
        QVERIFY(other.payloadHash() != sale.payloadHash());
        const Result<Order> mismatch = OrderService(m_cluster->db()).sell(other, m_term);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, ErrorCode::IdempotencyMismatch);
        QCOMPARE(m_cluster->fingerprint(), after);
    }

    // A price type the show does not sell for the seat's ticket type.
    void priceTypeNotSold()
    {
        SellRequest sale = makeSale(u"CLASS3"_s, 1);
        sale.priceTypes.insert(sale.seatIds.first(), u"THAI"_s);
        const QString before = m_cluster->fingerprint();
        const Result<Order> o = m_engine->sell(sale);
        QVERIFY(!o);
        QCOMPARE(o.error().code, ErrorCode::UnknownPriceType);
        // Named as the clerk knows it (its English name here), never by its code.
        const QString name
            = m_cluster->scalar(u"SELECT name_en FROM boxoffice.price_type WHERE code = 'THAI'"_s).toString();
        QVERIFY(!name.isEmpty() && name != u"THAI"_s);
        QVERIFY2(o.error().message.contains(u"“%1”"_s.arg(name)), qPrintable(o.error().message));
        QVERIFY2(o.error().message.contains(u"CLASS3"_s), qPrintable(o.error().message));
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // A comp is refused without approval; a wrong password gets no approval
    // (nothing recorded); the supervisor's own password gets one, and the
    // comp is sold with it, the approval used.
    void compWithApproval()
    {
        SellRequest sale = makeSale(u"CLASS2"_s, 1);
        sale.priceTypes.insert(sale.seatIds.first(), u"COMP"_s);
        const QString before = m_cluster->fingerprint();
        const QString approvalsBefore = approvals();
        const Result<Order> refused = m_engine->sell(sale);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ApprovalRequired);
        QCOMPARE(m_cluster->fingerprint(), before);

        const Result<Approval> wrong = Approvals::approvePrice(
            m_cluster->config(), SupervisorLogin {u"supervisor"_s, u"not-the-password"_s}, m_term, u"guest"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::SignInFailed);
        QVERIFY(wrong.error().message.contains(u"supervisor"_s));
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(approvals(), approvalsBefore);

        const Result<Approval> clerk = Approvals::approvePrice(
            m_cluster->config(), SupervisorLogin {u"clerk"_s, u"clerk-demo"_s}, m_term, u"guest"_s);
        QVERIFY(!clerk);
        QCOMPARE(clerk.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(approvals(), approvalsBefore);

        const Result<Approval> noReason = Approvals::approvePrice(
            m_cluster->config(), SupervisorLogin {u"supervisor"_s, u"supervisor-demo"_s}, m_term, u"  "_s);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, ErrorCode::InvalidValue);
        QCOMPARE(approvals(), approvalsBefore);

        const Result<Approval> ok = Approvals::approvePrice(
            m_cluster->config(), SupervisorLogin {u"supervisor"_s, u"supervisor-demo"_s}, m_term, u"promoter guest"_s);
        VERIFY_OK(ok);
        QVERIFY(!ok->token.isNull());
        QVERIFY(ok->expiresAt > QDateTime::currentDateTime());
        QVERIFY(!ok->approvedBy.isEmpty());

        sale.approval = ok->token;
        const Result<Order> o = m_engine->sell(sale);
        VERIFY_OK(o);
        QCOMPARE(o->total, Money());
        QCOMPARE(o->seats.first().priceType, u"COMP"_s);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.payment WHERE order_id = ?"_s, {o->id}).toInt(), 0);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT order_id = ? AND used_at IS NOT NULL AND approver = 'supervisor'"
                              " AND reason = 'promoter guest' FROM boxoffice.price_approval WHERE token = ?::uuid"_s,
                         {o->id, ok->token.toString(QUuid::WithoutBraces)})
                     .toBool(),
            true);

        // Used once: another comp with the same token is refused.
        SellRequest second = makeSale(u"CLASS2"_s, 1, 1);
        second.priceTypes.insert(second.seatIds.first(), u"COMP"_s);
        second.approval = ok->token;
        const QString middle = m_cluster->fingerprint();
        const Result<Order> reused = m_engine->sell(second);
        QVERIFY(!reused);
        QCOMPARE(reused.error().code, ErrorCode::ApprovalInvalid);
        QCOMPARE(m_cluster->fingerprint(), middle);
    }

private:
    SellRequest makeSale(const QString &ticketType, int n, int offset = 0)
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = m_cluster->seatsOf(m_show, ticketType, n, offset);
        sale.customer = {u"Nok"_s, {}};
        return sale;
    }

    QString approvals()
    {
        return m_cluster->scalar(u"SELECT count(*) || '/' || coalesce(max(id), 0) FROM boxoffice.price_approval"_s)
            .toString();
    }

    TestCluster *m_cluster = nullptr;
    std::unique_ptr<SaleEngine> m_engine;
    int m_show = 0;
    int m_term = 0;
};

QTEST_GUILESS_MAIN(TestPriceLines)
#include "tst_pricelines.moc"
