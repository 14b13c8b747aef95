// Orders: sell, pending orders and payment, expiry (job and lazy), cancel,
// change of seats, the similar-order check, idempotency keys, and the unique
// index that is the database's last line against a double sale. Through
// OrderService (and SaleEngine where the engine adds something), against the
// real SQL functions; after every refusal the database is checked to be
// exactly as it was.
#include "db/database.h"
#include "sale/saleengine.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtTest/QtTest>

#include <memory>

using namespace boxoffice;
using boxoffice::test::issueIds;
using boxoffice::test::TestCluster;

namespace {

const QString kCounterA = QStringLiteral("Counter A");
const QString kCounterB = QStringLiteral("Counter B");
constexpr int kUnknownId = 999999;

QString orderStatus(TestCluster &c, qint64 orderId)
{
    return c.scalar(QStringLiteral("SELECT status FROM boxoffice.orders WHERE id = ?"), {orderId}).toString();
}

// Seats of the show that are sold to the order, with nothing of a hold left.
int soldTo(TestCluster &c, int showId, const QList<int> &seats, qint64 orderId)
{
    return c
        .scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = ANY (?::int[])"
                               " AND state = 'sold' AND order_id = ? AND held_by IS NULL AND held_until IS NULL"
                               " AND hold_token IS NULL"),
            {showId, Database::intArray(seats), orderId})
        .toInt();
}

int availableOf(TestCluster &c, int showId, const QList<int> &seats)
{
    return c
        .scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = ANY (?::int[])"
                               " AND state = 'available' AND held_by IS NULL AND held_until IS NULL"
                               " AND hold_token IS NULL AND order_id IS NULL"),
            {showId, Database::intArray(seats)})
        .toInt();
}

// Order seat rows of the order among these seats, active or not.
int orderSeats(TestCluster &c, qint64 orderId, const QList<int> &seats, bool active)
{
    return c
        .scalar(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat WHERE order_id = ?"
                               " AND seat_id = ANY (?::int[]) AND active = ?"),
            {orderId, Database::intArray(seats), active})
        .toInt();
}

// An order's total is the sum of its active seats' prices.
bool totalMatchesSeats(TestCluster &c, qint64 orderId)
{
    return c
        .scalar(QStringLiteral("SELECT o.total = (SELECT sum(os.price) FROM boxoffice.order_seat os"
                               " WHERE os.order_id = o.id AND os.active) FROM boxoffice.orders o WHERE o.id = ?"),
            {orderId})
        .toBool();
}

int count(TestCluster &c, const QString &table)
{
    // Table names cannot be bound; only these three are asked for.
    Q_ASSERT(table == QLatin1String("orders") || table == QLatin1String("order_seat")
        || table == QLatin1String("audit_log"));
    return c.scalar(QStringLiteral("SELECT count(*) FROM boxoffice.%1").arg(table)).toInt();
}

// A pending order runs out of time without waiting.
void lapseOrder(TestCluster &c, qint64 orderId)
{
    c.exec(
        QStringLiteral("UPDATE boxoffice.orders SET expires_at = now() - interval '1 second' WHERE id = ?"), {orderId});
    c.exec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '1 second'"
                          " WHERE order_id = ? AND state = 'held'"),
        {orderId});
}

QSet<int> seatIds(const Order &o)
{
    QSet<int> ids;
    for (const SeatRef &s : o.seats)
        ids << s.id;
    return ids;
}

SellRequest makeSale(int showId, const QList<int> &seats, const QString &ticketType, const QString &phone = {})
{
    SellRequest sale;
    sale.idempotencyKey = QUuid::createUuid();
    sale.showId = showId;
    sale.seatIds = seats;
    sale.ticketType = ticketType;
    sale.customer = {QStringLiteral("Somchai"), phone};
    return sale;
}

} // namespace

class TestOrders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_orders = std::make_unique<OrderService>(m_cluster->db());
        m_locks = std::make_unique<SeatLockService>(m_cluster->db());
        m_termA = m_cluster->registerTerminal(kCounterA);
        m_termB = m_cluster->registerTerminal(kCounterB);
        QVERIFY(m_termA > 0 && m_termB > 0 && m_termA != m_termB);
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_termA) && test::openCashShift(*m_cluster, m_termB));
        m_clerk = m_cluster
                      ->scalar(QStringLiteral("SELECT id FROM boxoffice.staff WHERE username = ? AND active"),
                          {QStringLiteral("clerk")})
                      .toInt();
        QVERIFY(m_clerk > 0);
        m_show = m_cluster->demoShow(0);
        m_show2 = m_cluster->demoShow(1);
        QVERIFY(m_show > 0 && m_show2 > 0 && m_show != m_show2);
        m_ring = m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 8);
        m_class2 = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 4);
        m_class3 = m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 4);
        QCOMPARE(m_ring.size(), 8);
        QCOMPARE(m_class2.size(), 4);
        QCOMPARE(m_class3.size(), 4);
        QCOMPARE(m_cluster->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE id = ?"), {kUnknownId})
                     .toInt(),
            0);
    }

    void init()
    {
        m_cluster->resetSales();
        // Engines are made per test, each with its rate limiter opened wide
        // (10/s, burst 20 would slow the tests down): they remember recent
        // answers for a few seconds (request de-duplication), which must not
        // leak from one test into the next.
        m_engineA = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {kCounterA});
        m_engineB = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {kCounterB});
        m_engineA->rateLimiter().configure(1e6, 1e6);
        m_engineB->rateLimiter().configure(1e6, 1e6);
        QCOMPARE(m_engineA->registerTerminal().value(), m_termA);
        QCOMPARE(m_engineB->registerTerminal().value(), m_termB);
        QCOMPARE(count(*m_cluster, QStringLiteral("orders")), 0);
    }

    void cleanup()
    {
        m_engineA.reset();
        m_engineB.reset();
    }

    // ----------------------------------------------------------------- sell

    void sellFreeSeats_data()
    {
        QTest::addColumn<QString>("ticketType");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("total");
        QTest::newRow("3 RINGSIDE") << QStringLiteral("RINGSIDE") << 3 << QStringLiteral("2500.00")
                                    << QStringLiteral("7500.00");
        QTest::newRow("2 CLASS2") << QStringLiteral("CLASS2") << 2 << QStringLiteral("1800.00")
                                  << QStringLiteral("3600.00");
        QTest::newRow("4 CLASS3") << QStringLiteral("CLASS3") << 4 << QStringLiteral("1500.00")
                                  << QStringLiteral("6000.00");
    }

    void sellFreeSeats()
    {
        QFETCH(QString, ticketType);
        QFETCH(int, count);
        QFETCH(QString, price);
        QFETCH(QString, total);
        const QList<int> seats = m_cluster->seatsOf(m_show, ticketType, count, 10);
        QCOMPARE(seats.size(), count);
        SellRequest sale = makeSale(m_show, seats, ticketType);
        sale.clerkId = m_clerk;

        Result<Order> o = m_orders->sell(sale, m_termA);
        VERIFY_OK(o);
        QVERIFY(o->id > 0);
        QCOMPARE(orderStatusName(o->status), QStringLiteral("paid"));
        QCOMPARE(o->total.toDecimal(), total);
        QCOMPARE(o->showId, m_show);
        QCOMPARE(o->terminalId, m_termA);
        QCOMPARE(o->ticketType, ticketType);
        QCOMPARE(paymentMethodName(o->paymentMethod), QStringLiteral("cash"));
        QVERIFY(!o->replayed);
        QVERIFY(!o->expiresAt.isValid());
        QCOMPARE(seatIds(o.value()), QSet<int>(seats.cbegin(), seats.cend()));
        for (const SeatRef &s : o->seats) {
            QCOMPARE(s.price.toDecimal(), price);
            QCOMPARE(s.label, m_cluster->seatLabel(s.id));
        }

        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT format('%s/%s/%s/%s/%s', status, total, payment_method,"
                                             " (paid_at IS NOT NULL AND expires_at IS NULL)::text, clerk_id)"
                                             " FROM boxoffice.orders WHERE id = ?"),
                         {o->id})
                     .toString(),
            QStringLiteral("paid/%1/cash/true/%2").arg(total).arg(m_clerk));
        QVERIFY(totalMatchesSeats(*m_cluster, o->id));
        QCOMPARE(orderSeats(*m_cluster, o->id, seats, true), count);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat WHERE order_id = ?"
                                             " AND show_id = ? AND price = ?::numeric"),
                         {o->id, m_show, price})
                     .toInt(),
            count);
        QCOMPARE(soldTo(*m_cluster, m_show, seats, o->id), count);
        QCOMPARE(
            m_cluster->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE state <> 'available'"))
                .toInt(),
            count);
    }

    void sellSeatsHeldByThisTerminal()
    {
        const QList<int> seats = m_class2.mid(0, 2);
        Result<HoldResult> held = m_engineA->hold(m_show, seats, 5);
        VERIFY_OK(held);

        Result<Order> o = m_engineA->sell(makeSale(m_show, seats, QStringLiteral("CLASS2")));
        VERIFY_OK(o);
        QCOMPARE(orderStatusName(o->status), QStringLiteral("paid"));
        QCOMPARE(o->total.toDecimal(), QStringLiteral("3600.00"));
        QCOMPARE(soldTo(*m_cluster, m_show, seats, o->id), 2); // the hold is gone with the sale
        QCOMPARE(orderSeats(*m_cluster, o->id, seats, true), 2);
        QVERIFY(totalMatchesSeats(*m_cluster, o->id));
        QCOMPARE(
            m_cluster->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE state = 'held'")).toInt(),
            0);
    }

    void sellSeatsTakenElsewhere_data()
    {
        QTest::addColumn<QString>("takenAs");
        QTest::newRow("held by another counter") << QStringLiteral("held");
        QTest::newRow("sold by another counter") << QStringLiteral("sold");
        QTest::newRow("in another counter's pending order") << QStringLiteral("pending");
    }

    void sellSeatsTakenElsewhere()
    {
        QFETCH(QString, takenAs);
        const int taken = m_ring.at(1);
        qint64 otherOrder = 0;
        if (takenAs == QLatin1String("held")) {
            Result<HoldResult> held = m_engineB->hold(m_show, {taken}, 5);
            VERIFY_OK(held);
        } else {
            SellRequest sale = makeSale(m_show, {taken}, QStringLiteral("RINGSIDE"));
            sale.pendingMinutes = takenAs == QLatin1String("pending") ? 15 : 0;
            Result<Order> o = m_engineB->sell(sale);
            VERIFY_OK(o);
            otherOrder = o->id;
        }
        const QString before = m_cluster->fingerprint();

        Result<Order> r = m_engineA->sell(makeSale(m_show, m_ring.mid(0, 3), QStringLiteral("RINGSIDE")));
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::SeatConflict);
        QCOMPARE(issueIds(r.error()), QList<int> {taken});
        const SeatIssue &issue = r.error().seats.constFirst();
        const QString label = m_cluster->seatLabel(taken);
        QCOMPARE(issue.label, label);
        QCOMPARE(issue.orderId, otherOrder);
        QVERIFY2(r.error().message.contains(label), qPrintable(r.error().message));
        if (takenAs == QLatin1String("sold")) {
            QCOMPARE(issue.state, QStringLiteral("sold"));
        } else {
            QCOMPARE(issue.state, QStringLiteral("held"));
            QCOMPARE(issue.holder, kCounterB);
            QVERIFY(issue.secondsLeft > 0);
            QVERIFY2(r.error().message.contains(kCounterB), qPrintable(r.error().message));
        }
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(availableOf(*m_cluster, m_show, {m_ring.at(0), m_ring.at(2)}), 2);
    }

    void sellRefused_data()
    {
        QTest::addColumn<int>("showId");
        QTest::addColumn<QList<int>>("seats");
        QTest::addColumn<QString>("ticketType");
        QTest::addColumn<int>("terminal");
        QTest::addColumn<int>("clerk");
        QTest::addColumn<int>("pendingMinutes");
        QTest::addColumn<QString>("customerName");
        QTest::addColumn<QString>("salesState");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<int>("namedSeat");

        const QString ring = QStringLiteral("RINGSIDE");
        const QString name = QStringLiteral("Somchai");
        const QString none;
        const QList<int> ok = m_ring.mid(0, 2);
        const QList<int> fiftyOne = m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 51);
        QTest::newRow("seat of another ticket type")
            << m_show << QList<int> {m_ring.at(0), m_class3.at(0)} << ring << m_termA << 0 << 0 << name << none << true
            << ErrorCode::WrongTicketType << m_class3.at(0);
        QTest::newRow("unknown ticket type") << m_show << ok << QStringLiteral("VIP") << m_termA << 0 << 0 << name
                                             << none << true << ErrorCode::UnknownTicketType << 0;
        QTest::newRow("empty seat list") << m_show << QList<int> {} << ring << m_termA << 0 << 0 << name << none << true
                                         << ErrorCode::EmptySeatList << 0;
        QTest::newRow("51 seats") << m_show << fiftyOne << QStringLiteral("CLASS3") << m_termA << 0 << 0 << name << none
                                  << true << ErrorCode::TooManySeats << 0;
        QTest::newRow("duplicate seat") << m_show << QList<int> {m_ring.at(0), m_ring.at(0)} << ring << m_termA << 0
                                        << 0 << name << none << true << ErrorCode::DuplicateSeat << 0;
        QTest::newRow("unknown seat") << m_show << QList<int> {m_ring.at(0), kUnknownId} << ring << m_termA << 0 << 0
                                      << name << none << true << ErrorCode::UnknownSeat << kUnknownId;
        QTest::newRow("unknown show") << kUnknownId << ok << ring << m_termA << 0 << 0 << name << none << true
                                      << ErrorCode::UnknownShow << 0;
        QTest::newRow("paused show") << m_show << ok << ring << m_termA << 0 << 0 << name << QStringLiteral("paused")
                                     << true << ErrorCode::ShowPaused << 0;
        QTest::newRow("closed show") << m_show << ok << ring << m_termA << 0 << 0 << name << QStringLiteral("closed")
                                     << true << ErrorCode::ShowClosed << 0;
        QTest::newRow("unknown terminal")
            << m_show << ok << ring << kUnknownId << 0 << 0 << name << none << true << ErrorCode::UnknownTerminal << 0;
        QTest::newRow("unknown clerk") << m_show << ok << ring << m_termA << kUnknownId << 0 << name << none << true
                                       << ErrorCode::UnknownClerk << 0;
        QTest::newRow("pending -1 minutes")
            << m_show << ok << ring << m_termA << 0 << -1 << name << none << true << ErrorCode::InvalidDuration << 0;
        QTest::newRow("pending 1441 minutes")
            << m_show << ok << ring << m_termA << 0 << 1441 << name << none << true << ErrorCode::InvalidDuration << 0;
        QTest::newRow("customer name of 201 characters")
            << m_show << ok << ring << m_termA << 0 << 0 << QString(201, QLatin1Char('x')) << none << true
            << ErrorCode::InvalidRequest << 0;
        QTest::newRow("no idempotency key")
            << m_show << ok << ring << m_termA << 0 << 0 << name << none << false << ErrorCode::InvalidRequest << 0;
    }

    void sellRefused()
    {
        QFETCH(int, showId);
        QFETCH(QList<int>, seats);
        QFETCH(QString, ticketType);
        QFETCH(int, terminal);
        QFETCH(int, clerk);
        QFETCH(int, pendingMinutes);
        QFETCH(QString, customerName);
        QFETCH(QString, salesState);
        QFETCH(bool, withKey);
        QFETCH(ErrorCode, expected);
        QFETCH(int, namedSeat);

        // Something a bad call could disturb: a paid order and another counter's hold.
        Result<Order> existing = m_orders->sell(makeSale(m_show, {m_class2.at(3)}, QStringLiteral("CLASS2")), m_termA);
        VERIFY_OK(existing);
        Result<HoldResult> held = m_locks->hold(m_show, {m_ring.at(5)}, m_termB, 5);
        VERIFY_OK(held);
        if (!salesState.isEmpty())
            QVERIFY(m_cluster->exec(
                QStringLiteral("UPDATE boxoffice.show SET sales_state = ? WHERE id = ?"), {salesState, m_show}));
        const QString before = m_cluster->fingerprint();

        SellRequest sale = makeSale(showId, seats, ticketType);
        sale.clerkId = clerk;
        sale.pendingMinutes = pendingMinutes;
        sale.customer.name = customerName;
        if (!withKey)
            sale.idempotencyKey = QUuid();
        Result<Order> r = m_orders->sell(sale, terminal);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), expected);
        QVERIFY(!r.error().message.isEmpty());
        if (namedSeat != 0) {
            QVERIFY2(issueIds(r.error()).contains(namedSeat), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(
                         namedSeat == kUnknownId ? QString::number(kUnknownId) : m_cluster->seatLabel(namedSeat)),
                qPrintable(r.error().message));
        }
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // The C++ enum cannot name a bad payment method: call the SQL directly.
    void invalidPaymentMethod_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QVariant>("method");
        for (const char *function : {"sell", "confirm_payment"}) {
            QTest::addRow("%s: bitcoin", function)
                << QString::fromLatin1(function) << QVariant(QStringLiteral("bitcoin"));
            QTest::addRow("%s: empty", function) << QString::fromLatin1(function) << QVariant(QStringLiteral(""));
            QTest::addRow("%s: CASH", function) << QString::fromLatin1(function) << QVariant(QStringLiteral("CASH"));
            QTest::addRow("%s: null", function)
                << QString::fromLatin1(function) << QVariant(QMetaType::fromType<QString>());
        }
    }

    void invalidPaymentMethod()
    {
        QFETCH(QString, function);
        QFETCH(QVariant, method);
        SellRequest pendingSale = makeSale(m_show, {m_class3.at(0)}, QStringLiteral("CLASS3"));
        pendingSale.pendingMinutes = 15;
        Result<Order> pending = m_orders->sell(pendingSale, m_termA);
        VERIFY_OK(pending);
        const QString before = m_cluster->fingerprint();

        QString answer;
        if (function == QLatin1String("sell")) {
            answer = m_cluster
                         ->scalar(QStringLiteral(
                                      "SELECT boxoffice.sell(jsonb_build_object('idempotency_key', ?::uuid,"
                                      " 'request_hash', ?::text, 'show_id', ?::int, 'seat_ids', to_jsonb(?::int[]),"
                                      " 'ticket_type', ?::text, 'terminal_id', ?::int, 'payment_method', ?::text,"
                                      " 'pending_minutes', 0, 'confirm_similar', false))::text"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("raw-request"), m_show,
                                 Database::intArray(m_ring.mid(0, 2)), QStringLiteral("RINGSIDE"), m_termA, method})
                         .toString();
        } else {
            answer = m_cluster
                         ->scalar(
                             QStringLiteral("SELECT boxoffice.confirm_payment(jsonb_build_object('order_id', ?::bigint,"
                                            " 'terminal_id', ?::int, 'payment_method', ?::text))::text"),
                             {pending->id, m_termA, method})
                         .toString();
        }
        const QJsonObject o = QJsonDocument::fromJson(answer.toUtf8()).object();
        QVERIFY2(!o.value(QLatin1String("ok")).toBool(true), qPrintable(answer));
        QCOMPARE(o.value(QLatin1String("code")).toString(), QStringLiteral("invalid_payment_method"));
        const ServiceError e = ServiceError::fromJson(o);
        QCOMPARE(e.code, ErrorCode::InvalidPaymentMethod);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(orderStatus(*m_cluster, pending->id), QStringLiteral("pending"));
    }

    // ------------------------------------------------------- pending orders

    void pendingOrderThenPayment()
    {
        const QList<int> seats = m_class3.mid(0, 2);
        SellRequest sale = makeSale(m_show, seats, QStringLiteral("CLASS3"));
        sale.pendingMinutes = 15;
        const QDateTime start = QDateTime::currentDateTime();
        Result<Order> o = m_engineA->sell(sale);
        VERIFY_OK(o);
        QCOMPARE(orderStatusName(o->status), QStringLiteral("pending"));
        QCOMPARE(o->total.toDecimal(), QStringLiteral("3000.00"));
        QVERIFY2(o->expiresAt >= start.addSecs(15 * 60LL - 5), qPrintable(o->expiresAt.toString(Qt::ISODate)));
        QVERIFY2(o->expiresAt <= QDateTime::currentDateTime().addSecs(15 * 60LL + 5),
            qPrintable(o->expiresAt.toString(Qt::ISODate)));
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE id = ? AND status = 'pending'"
                                        " AND paid_at IS NULL AND expires_at > now() + interval '14 minutes 50 seconds'"
                                        " AND expires_at <= now() + interval '15 minutes'"),
                    {o->id})
                .toInt(),
            1);
        // The seats are held for the order, until the order expires.
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat ss JOIN boxoffice.orders o"
                                        " ON o.id = ss.order_id WHERE ss.show_id = ? AND ss.seat_id = ANY (?::int[])"
                                        " AND ss.state = 'held' AND ss.held_by = ? AND ss.order_id = ?"
                                        " AND ss.held_until = o.expires_at"),
                    {m_show, Database::intArray(seats), m_termA, o->id})
                .toInt(),
            2);
        QCOMPARE(orderSeats(*m_cluster, o->id, seats, true), 2);

        // Nobody else can have them meanwhile, and the hold job leaves them.
        Result<HoldResult> other = m_engineB->hold(m_show, seats, 5);
        QCOMPARE(other.code(), ErrorCode::SeatConflict);
        QCOMPARE(other.error().seats.size(), 2);
        QCOMPARE(other.error().seats.constFirst().orderId, o->id);
        QCOMPARE(other.error().seats.constFirst().holder, kCounterA);
        Result<int> expired = m_locks->expireHolds();
        VERIFY_OK(expired);
        QCOMPARE(expired.value(), 0);

        Result<Order> paid = m_engineA->confirmPayment(o->id, PaymentMethod::Card, QStringLiteral("slip-77"));
        VERIFY_OK(paid);
        QCOMPARE(paid->id, o->id);
        QCOMPARE(orderStatusName(paid->status), QStringLiteral("paid"));
        QCOMPARE(paymentMethodName(paid->paymentMethod), QStringLiteral("card"));
        QCOMPARE(paid->paymentRef, QStringLiteral("slip-77"));
        QVERIFY(!paid->expiresAt.isValid());
        QVERIFY(!paid->already);
        QCOMPARE(
            m_cluster
                ->scalar(
                    QStringLiteral(
                        "SELECT format('%s/%s/%s/%s/%s', status, payment_method, payment_ref,"
                        " (paid_at IS NOT NULL)::text, (expires_at IS NULL)::text) FROM boxoffice.orders WHERE id = ?"),
                    {o->id})
                .toString(),
            QStringLiteral("paid/card/slip-77/true/true"));
        QCOMPARE(soldTo(*m_cluster, m_show, seats, o->id), 2);
        QCOMPARE(orderSeats(*m_cluster, o->id, seats, true), 2);
        QVERIFY(totalMatchesSeats(*m_cluster, o->id));

        // Confirmed again (a lost reply): ok, already, nothing changes.
        const QString before = m_cluster->fingerprint();
        Result<Order> again = m_orders->confirmPayment(o->id, m_termA, PaymentMethod::Card, QStringLiteral("slip-77"));
        VERIFY_OK(again);
        QVERIFY(again->already);
        QCOMPARE(orderStatusName(again->status), QStringLiteral("paid"));
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void confirmPaymentRefused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("pending order past its time") << QStringLiteral("lapsed") << ErrorCode::OrderNotActive;
        QTest::newRow("order expired by the job") << QStringLiteral("expired") << ErrorCode::OrderNotActive;
        QTest::newRow("cancelled order") << QStringLiteral("cancelled") << ErrorCode::OrderNotActive;
        QTest::newRow("unknown order") << QStringLiteral("unknown") << ErrorCode::UnknownOrder;
    }

    void confirmPaymentRefused()
    {
        QFETCH(QString, situation);
        QFETCH(ErrorCode, expected);
        SellRequest sale = makeSale(m_show, m_class2.mid(0, 2), QStringLiteral("CLASS2"));
        sale.pendingMinutes = 15;
        Result<Order> o = m_orders->sell(sale, m_termA);
        VERIFY_OK(o);
        qint64 id = o->id;
        if (situation == QLatin1String("lapsed") || situation == QLatin1String("expired"))
            lapseOrder(*m_cluster, id);
        if (situation == QLatin1String("expired")) {
            Result<OrderService::ExpiryResult> job = m_orders->expireOrders();
            VERIFY_OK(job);
            QCOMPARE(job->ordersExpired, 1);
        }
        if (situation == QLatin1String("cancelled")) {
            Result<Order> cancelled = m_orders->cancel(id, m_termA, 0, QStringLiteral("changed mind"));
            VERIFY_OK(cancelled);
        }
        if (situation == QLatin1String("unknown"))
            id = kUnknownId;
        const QString statusBefore = orderStatus(*m_cluster, o->id);
        const QString before = m_cluster->fingerprint();

        Result<Order> r = m_engineA->confirmPayment(id, PaymentMethod::Cash, QString());
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), expected);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(orderStatus(*m_cluster, o->id), statusBefore);
        QVERIFY(statusBefore != QLatin1String("paid"));
    }

    void expireOrdersJob()
    {
        // Two pending orders past their time, one still running, one paid,
        // and two plain holds (one lapsed) that are not this job's business.
        auto pendingSale = [this](const QList<int> &seats, const QString &type, int terminal) -> qint64 {
            SellRequest sale = makeSale(m_show, seats, type);
            sale.pendingMinutes = 15;
            Result<Order> o = m_orders->sell(sale, terminal);
            return o ? o->id : 0;
        };
        const qint64 lapsed1 = pendingSale(m_ring.mid(0, 2), QStringLiteral("RINGSIDE"), m_termA);
        const qint64 lapsed2 = pendingSale({m_class2.at(0)}, QStringLiteral("CLASS2"), m_termB);
        const qint64 live = pendingSale({m_class3.at(0)}, QStringLiteral("CLASS3"), m_termA);
        QVERIFY(lapsed1 > 0 && lapsed2 > 0 && live > 0);
        Result<Order> paid = m_orders->sell(makeSale(m_show, {m_ring.at(2)}, QStringLiteral("RINGSIDE")), m_termB);
        VERIFY_OK(paid);
        Result<HoldResult> plain = m_locks->hold(m_show, {m_ring.at(3), m_ring.at(4)}, m_termA, 5);
        VERIFY_OK(plain);
        lapseOrder(*m_cluster, lapsed1);
        lapseOrder(*m_cluster, lapsed2);
        QVERIFY(m_cluster->exec(QStringLiteral("UPDATE boxoffice.show_seat SET held_until = now() - interval '1 second'"
                                               " WHERE show_id = ? AND seat_id = ?"),
            {m_show, m_ring.at(4)}));
        const QString liveRow = m_cluster->seatRow(m_show, m_class3.at(0));
        const QString paidRow = m_cluster->seatRow(m_show, m_ring.at(2));
        const QString plainRow = m_cluster->seatRow(m_show, m_ring.at(3));
        const QString lapsedPlainRow = m_cluster->seatRow(m_show, m_ring.at(4));

        Result<OrderService::ExpiryResult> job = m_orders->expireOrders();
        VERIFY_OK(job);
        QCOMPARE(job->ordersExpired, 2);
        QCOMPARE(job->seatsReleased, 3);
        QCOMPARE(orderStatus(*m_cluster, lapsed1), QStringLiteral("expired"));
        QCOMPARE(orderStatus(*m_cluster, lapsed2), QStringLiteral("expired"));
        QCOMPARE(orderSeats(*m_cluster, lapsed1, m_ring.mid(0, 2), false), 2);
        QCOMPARE(orderSeats(*m_cluster, lapsed2, {m_class2.at(0)}, false), 1);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat WHERE active"
                                             " AND order_id IN (?, ?)"),
                         {lapsed1, lapsed2})
                     .toInt(),
            0);
        QCOMPARE(availableOf(*m_cluster, m_show, {m_ring.at(0), m_ring.at(1), m_class2.at(0)}), 3);
        QCOMPARE(orderStatus(*m_cluster, live), QStringLiteral("pending"));
        QCOMPARE(orderStatus(*m_cluster, paid->id), QStringLiteral("paid"));
        QCOMPARE(m_cluster->seatRow(m_show, m_class3.at(0)), liveRow);
        QCOMPARE(m_cluster->seatRow(m_show, m_ring.at(2)), paidRow);
        QCOMPARE(m_cluster->seatRow(m_show, m_ring.at(3)), plainRow);
        QCOMPARE(m_cluster->seatRow(m_show, m_ring.at(4)), lapsedPlainRow);

        // Nothing left: a second run changes nothing.
        const QString before = m_cluster->fingerprint();
        Result<OrderService::ExpiryResult> again = m_orders->expireOrders();
        VERIFY_OK(again);
        QCOMPARE(again->ordersExpired, 0);
        QCOMPARE(again->seatsReleased, 0);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void lapsedPendingOrderSeatsSellableAtOnce()
    {
        SellRequest first = makeSale(m_show, m_ring.mid(0, 2), QStringLiteral("RINGSIDE"));
        first.pendingMinutes = 15;
        Result<Order> old = m_engineA->sell(first);
        VERIFY_OK(old);
        lapseOrder(*m_cluster, old->id);

        // No job has run: another counter sells one of its seats right away.
        Result<Order> sold = m_engineB->sell(makeSale(m_show, {m_ring.at(0)}, QStringLiteral("RINGSIDE")));
        VERIFY_OK(sold);
        QCOMPARE(orderStatusName(sold->status), QStringLiteral("paid"));
        QCOMPARE(soldTo(*m_cluster, m_show, {m_ring.at(0)}, sold->id), 1);
        QCOMPARE(orderSeats(*m_cluster, sold->id, {m_ring.at(0)}, true), 1);
        // The old order ended expired, all its order seats inactive.
        QCOMPARE(orderStatus(*m_cluster, old->id), QStringLiteral("expired"));
        QCOMPARE(orderSeats(*m_cluster, old->id, m_ring.mid(0, 2), true), 0);
        QCOMPARE(orderSeats(*m_cluster, old->id, m_ring.mid(0, 2), false), 2);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat WHERE show_id = ?"
                                             " AND seat_id = ? AND active"),
                         {m_show, m_ring.at(0)})
                     .toInt(),
            1);
        // Its other seat is free too, and the old order cannot be paid any more.
        Result<HoldResult> held = m_engineB->hold(m_show, {m_ring.at(1)}, 5);
        VERIFY_OK(held);
        Result<Order> late = m_engineA->confirmPayment(old->id, PaymentMethod::Cash, QString());
        QCOMPARE(late.code(), ErrorCode::OrderNotActive);
        QCOMPARE(orderStatus(*m_cluster, old->id), QStringLiteral("expired"));
    }

    // --------------------------------------------------------------- cancel

    void cancelOrder_data()
    {
        QTest::addColumn<int>("pendingMinutes");
        QTest::newRow("paid order") << 0;
        QTest::newRow("pending order") << 15;
    }

    void cancelOrder()
    {
        QFETCH(int, pendingMinutes);
        const QList<int> seats = m_ring.mid(0, 2);
        SellRequest sale = makeSale(m_show, seats, QStringLiteral("RINGSIDE"));
        sale.pendingMinutes = pendingMinutes;
        sale.clerkId = m_clerk;
        Result<Order> o = m_engineA->sell(sale);
        VERIFY_OK(o);
        const QString previous = orderStatusName(o->status);
        const QString reason = QStringLiteral("customer changed plans");

        Result<Order> c = m_engineA->cancel(o->id, reason, m_clerk);
        VERIFY_OK(c);
        QCOMPARE(c->id, o->id);
        QCOMPARE(orderStatusName(c->status), QStringLiteral("cancelled"));
        QVERIFY(!c->already);
        QCOMPARE(c->refund.toDecimal(), QStringLiteral("5000.00"));
        // A cancelled order still says which seats it had (issue 10: found
        // by a later search, it is not an order of no seats).
        QCOMPARE(seatIds(c.value()), (QSet<int>(seats.cbegin(), seats.cend())));
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral(
                                  "SELECT format('%s/%s/%s', status, cancel_reason, (cancelled_at IS NOT NULL)::text)"
                                  " FROM boxoffice.orders WHERE id = ?"),
                         {o->id})
                     .toString(),
            QStringLiteral("cancelled/%1/true").arg(reason));
        QCOMPARE(orderSeats(*m_cluster, o->id, seats, false), 2);
        QCOMPARE(orderSeats(*m_cluster, o->id, seats, true), 0);
        QCOMPARE(availableOf(*m_cluster, m_show, seats), 2);
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = 'cancel_order'"
                                        " AND reason = ? AND terminal = ? AND rows = 2"
                                        " AND (detail ->> 'order_id')::bigint = ? AND (detail ->> 'clerk_id')::int = ?"
                                        " AND detail ->> 'refund' = '5000.00' AND detail ->> 'previous_status' = ?"),
                    {reason, kCounterA, o->id, m_clerk, previous})
                .toInt(),
            1);
        QCOMPARE(count(*m_cluster, QStringLiteral("audit_log")), 1);

        // Cancelled again (a lost reply): ok, already, nothing written.
        const QString before = m_cluster->fingerprint();
        Result<Order> again = m_orders->cancel(o->id, m_termA, m_clerk, reason);
        VERIFY_OK(again);
        QVERIFY(again->already);
        QCOMPARE(orderStatusName(again->status), QStringLiteral("cancelled"));
        QCOMPARE(m_cluster->fingerprint(), before);

        // The seats can be sold again.
        Result<Order> resold = m_engineB->sell(makeSale(m_show, seats, QStringLiteral("RINGSIDE")));
        VERIFY_OK(resold);
        QCOMPARE(soldTo(*m_cluster, m_show, seats, resold->id), 2);
    }

    void cancelRefused_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("no reason") << QStringLiteral("paid") << QString() << ErrorCode::ReasonRequired;
        QTest::newRow("blank reason (spaces)")
            << QStringLiteral("paid") << QStringLiteral("   ") << ErrorCode::ReasonRequired;
        QTest::newRow("blank reason (tab, newline)")
            << QStringLiteral("paid") << QStringLiteral(" \t\n ") << ErrorCode::ReasonRequired;
        QTest::newRow("reason of 501 characters")
            << QStringLiteral("paid") << QString(501, QLatin1Char('r')) << ErrorCode::InvalidRequest;
        QTest::newRow("unknown order") << QStringLiteral("unknown") << QStringLiteral("typo")
                                       << ErrorCode::UnknownOrder;
        QTest::newRow("pending order past its time")
            << QStringLiteral("lapsed") << QStringLiteral("too late") << ErrorCode::OrderNotActive;
    }

    void cancelRefused()
    {
        QFETCH(QString, order);
        QFETCH(QString, reason);
        QFETCH(ErrorCode, expected);
        SellRequest sale = makeSale(m_show, m_ring.mid(0, 2), QStringLiteral("RINGSIDE"));
        sale.pendingMinutes = order == QLatin1String("lapsed") ? 15 : 0;
        Result<Order> o = m_orders->sell(sale, m_termA);
        VERIFY_OK(o);
        if (order == QLatin1String("lapsed"))
            lapseOrder(*m_cluster, o->id);
        const qint64 id = order == QLatin1String("unknown") ? kUnknownId : o->id;
        const QString before = m_cluster->fingerprint();

        Result<Order> r = m_engineA->cancel(id, reason, m_clerk);
        // Any white space alone is no reason (tabs and newlines too).
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), expected);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(count(*m_cluster, QStringLiteral("audit_log")), 0);
    }

    // --------------------------------------------------------- change seats

    void changeSeats_data()
    {
        QTest::addColumn<int>("pendingMinutes");
        QTest::newRow("paid order") << 0;
        QTest::newRow("pending order") << 15;
    }

    void changeSeats()
    {
        QFETCH(int, pendingMinutes);
        const int kept = m_ring.at(1);
        const int from = m_ring.at(0);
        const int to = m_ring.at(2);
        SellRequest sale = makeSale(m_show, {from, kept}, QStringLiteral("RINGSIDE"));
        sale.pendingMinutes = pendingMinutes;
        Result<Order> o = m_engineA->sell(sale);
        VERIFY_OK(o);
        const QString keptRow = m_cluster->seatRow(m_show, kept);

        Result<Order> changed = m_engineA->changeSeats(o->id, {from}, {to});
        VERIFY_OK(changed);
        QCOMPARE(changed->id, o->id);
        QCOMPARE(changed->status, o->status);
        QCOMPARE(changed->total.toDecimal(), QStringLiteral("5000.00"));
        QCOMPARE(seatIds(changed.value()), (QSet<int> {kept, to}));
        // Old seat free, new seat the order's, the kept one untouched.
        QCOMPARE(availableOf(*m_cluster, m_show, {from}), 1);
        if (pendingMinutes == 0) {
            QCOMPARE(soldTo(*m_cluster, m_show, {to}, o->id), 1);
        } else {
            QCOMPARE(m_cluster
                         ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat ss JOIN boxoffice.orders o"
                                                 " ON o.id = ss.order_id WHERE ss.show_id = ? AND ss.seat_id = ?"
                                                 " AND ss.state = 'held' AND ss.held_by = ? AND ss.order_id = ?"
                                                 " AND ss.held_until = o.expires_at"),
                             {m_show, to, m_termA, o->id})
                         .toInt(),
                1);
        }
        QCOMPARE(m_cluster->seatRow(m_show, kept), keptRow);
        QCOMPARE(orderSeats(*m_cluster, o->id, {from}, false), 1);
        QCOMPARE(orderSeats(*m_cluster, o->id, {from}, true), 0);
        QCOMPARE(orderSeats(*m_cluster, o->id, {kept, to}, true), 2);
        QCOMPARE(count(*m_cluster, QStringLiteral("order_seat")), 3);
        QCOMPARE(m_cluster->scalar(QStringLiteral("SELECT total::text FROM boxoffice.orders WHERE id = ?"), {o->id})
                     .toString(),
            QStringLiteral("5000.00"));
        QVERIFY(totalMatchesSeats(*m_cluster, o->id));

        // Sent again after a lost reply: ok, already, nothing changes.
        const QString before = m_cluster->fingerprint();
        Result<Order> again = m_orders->changeSeats(o->id, {from}, {to}, m_termA, 0);
        VERIFY_OK(again);
        QVERIFY(again->already);
        QCOMPARE(seatIds(again.value()), (QSet<int> {kept, to}));
        QCOMPARE(m_cluster->fingerprint(), before);

        // Cancelled later, found again: the seats it had then, not the one
        // it gave up when its seats were changed.
        VERIFY_OK(m_engineA->cancel(o->id, QStringLiteral("changed plans"), m_clerk));
        Result<Order> found = m_orders->find(o->id);
        VERIFY_OK(found);
        QCOMPARE(found->status, OrderStatus::Cancelled);
        QCOMPARE(seatIds(found.value()), (QSet<int> {kept, to}));
    }

    void changeSeatsRefused_data()
    {
        QTest::addColumn<bool>("knownOrder");
        QTest::addColumn<QList<int>>("oldSeats");
        QTest::addColumn<QList<int>>("newSeats");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<int>("namedSeat");
        // The order has ring 0 and 1; ring 2 and 3 are free; ring 4 is held by
        // Counter B; ring 5 is sold in Counter B's order.
        const QList<int> r = m_ring;
        QTest::newRow("new seat held by another counter")
            << true << QList<int> {r.at(0)} << QList<int> {r.at(4)} << ErrorCode::SeatConflict << r.at(4);
        QTest::newRow("one of two new seats held by another counter")
            << true << QList<int> {r.at(0), r.at(1)} << QList<int> {r.at(2), r.at(4)} << ErrorCode::SeatConflict
            << r.at(4);
        QTest::newRow("new seat sold in another order")
            << true << QList<int> {r.at(0)} << QList<int> {r.at(5)} << ErrorCode::SeatConflict << r.at(5);
        QTest::newRow("old seat not in the order")
            << true << QList<int> {r.at(2)} << QList<int> {r.at(3)} << ErrorCode::SeatNotInOrder << r.at(2);
        QTest::newRow("old seat of another order")
            << true << QList<int> {r.at(5)} << QList<int> {r.at(3)} << ErrorCode::SeatNotInOrder << r.at(5);
        QTest::newRow("more new seats than old")
            << true << QList<int> {r.at(0)} << QList<int> {r.at(2), r.at(3)} << ErrorCode::SeatCountMismatch << 0;
        QTest::newRow("new seat of another ticket type") << true << QList<int> {r.at(0)} << QList<int> {m_class3.at(0)}
                                                         << ErrorCode::WrongTicketType << m_class3.at(0);
        QTest::newRow("same seat old and new")
            << true << QList<int> {r.at(0)} << QList<int> {r.at(0)} << ErrorCode::DuplicateSeat << 0;
        QTest::newRow("no new seats") << true << QList<int> {r.at(0)} << QList<int> {} << ErrorCode::EmptySeatList << 0;
        QTest::newRow("unknown order") << false << QList<int> {r.at(0)} << QList<int> {r.at(2)}
                                       << ErrorCode::UnknownOrder << 0;
    }

    void changeSeatsRefused()
    {
        QFETCH(bool, knownOrder);
        QFETCH(QList<int>, oldSeats);
        QFETCH(QList<int>, newSeats);
        QFETCH(ErrorCode, expected);
        QFETCH(int, namedSeat);
        Result<Order> o = m_engineA->sell(makeSale(m_show, m_ring.mid(0, 2), QStringLiteral("RINGSIDE")));
        VERIFY_OK(o);
        Result<HoldResult> held = m_engineB->hold(m_show, {m_ring.at(4)}, 5);
        VERIFY_OK(held);
        Result<Order> other = m_engineB->sell(makeSale(m_show, {m_ring.at(5)}, QStringLiteral("RINGSIDE")));
        VERIFY_OK(other);
        const QString before = m_cluster->fingerprint();

        Result<Order> r = m_engineA->changeSeats(knownOrder ? o->id : kUnknownId, oldSeats, newSeats);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), expected);
        QVERIFY(!r.error().message.isEmpty());
        if (namedSeat != 0) {
            QCOMPARE(issueIds(r.error()), QList<int> {namedSeat});
            const QString label = m_cluster->seatLabel(namedSeat);
            QCOMPARE(r.error().seats.constFirst().label, label);
            QVERIFY2(r.error().message.contains(label), qPrintable(r.error().message));
            if (namedSeat == m_ring.at(4)) {
                QCOMPARE(r.error().seats.constFirst().holder, kCounterB);
                QVERIFY2(r.error().message.contains(kCounterB), qPrintable(r.error().message));
            }
        }
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(soldTo(*m_cluster, m_show, m_ring.mid(0, 2), o->id), 2);
    }

    // ------------------------------------------------ similar-order check

    void similarOrderNeedsConfirmation()
    {
        const QString phone = QStringLiteral("0891234567");
        Result<Order> first = m_engineA->sell(makeSale(m_show, {m_class2.at(0)}, QStringLiteral("CLASS2"), phone));
        VERIFY_OK(first);
        const QString before = m_cluster->fingerprint();

        SellRequest second = makeSale(m_show, {m_class2.at(1)}, QStringLiteral("CLASS2"), phone);
        Result<Order> refused = m_engineA->sell(second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::PossibleDuplicate);
        QCOMPARE(refused.error().orderId, first->id);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);

        // The clerk confirms: the same checkout goes through.
        second.confirmSimilar = true;
        Result<Order> confirmed = m_engineA->sell(second);
        VERIFY_OK(confirmed);
        QVERIFY(confirmed->id != first->id);
        QVERIFY(!confirmed->replayed);
        QCOMPARE(orderStatusName(confirmed->status), QStringLiteral("paid"));
        QCOMPARE(soldTo(*m_cluster, m_show, {m_class2.at(1)}, confirmed->id), 1);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE customer_phone = ?"
                                             " AND show_id = ? AND status = 'paid'"),
                         {phone, m_show})
                     .toInt(),
            2);
    }

    void similarOrderBoundaries_data()
    {
        QTest::addColumn<QString>("variation");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("same phone, show and type") << QStringLiteral("same") << true;
        QTest::newRow("first order still pending") << QStringLiteral("pending") << true;
        QTest::newRow("another ticket type") << QStringLiteral("type") << false;
        QTest::newRow("another show") << QStringLiteral("show") << false;
        QTest::newRow("another phone") << QStringLiteral("phone") << false;
        QTest::newRow("no phone") << QStringLiteral("nophone") << false;
        QTest::newRow("first order over 5 minutes ago") << QStringLiteral("old") << false;
        QTest::newRow("first order cancelled") << QStringLiteral("cancelled") << false;
    }

    void similarOrderBoundaries()
    {
        QFETCH(QString, variation);
        QFETCH(bool, duplicate);
        const QString phone = QStringLiteral("0817654321");
        SellRequest firstSale = makeSale(m_show, {m_class2.at(0)}, QStringLiteral("CLASS2"),
            variation == QLatin1String("nophone") ? QString() : phone);
        firstSale.pendingMinutes = variation == QLatin1String("pending") ? 15 : 0;
        Result<Order> first = m_orders->sell(firstSale, m_termA);
        VERIFY_OK(first);
        if (variation == QLatin1String("old"))
            QVERIFY(m_cluster->exec(QStringLiteral("UPDATE boxoffice.orders SET created_at = now() - interval"
                                                   " '5 minutes 1 second' WHERE id = ?"),
                {first->id}));
        if (variation == QLatin1String("cancelled")) {
            Result<Order> c = m_orders->cancel(first->id, m_termA, 0, QStringLiteral("wrong seat"));
            VERIFY_OK(c);
        }

        SellRequest second = makeSale(m_show, {m_class2.at(1)}, QStringLiteral("CLASS2"), phone);
        if (variation == QLatin1String("nophone"))
            second.customer.phone.clear();
        if (variation == QLatin1String("phone"))
            second.customer.phone = QStringLiteral("0800000000");
        if (variation == QLatin1String("type"))
            second = makeSale(m_show, {m_class3.at(0)}, QStringLiteral("CLASS3"), phone);
        if (variation == QLatin1String("show"))
            second.showId = m_show2;
        const QString before = m_cluster->fingerprint();

        Result<Order> r = m_orders->sell(second, m_termB);
        if (duplicate) {
            QCOMPARE(r.code(), ErrorCode::PossibleDuplicate);
            QCOMPARE(r.error().orderId, first->id);
            QCOMPARE(m_cluster->fingerprint(), before);
        } else {
            VERIFY_OK(r);
            QCOMPARE(orderStatusName(r->status), QStringLiteral("paid"));
            QCOMPARE(soldTo(*m_cluster, second.showId, second.seatIds, r->id), 1);
        }
    }

    // ---------------------------------------------------------- idempotency

    void sameKeySameRequestIsAnsweredNotSoldAgain()
    {
        const QList<int> seats = m_ring.mid(0, 2);
        const SellRequest sale = makeSale(m_show, seats, QStringLiteral("RINGSIDE"), QStringLiteral("0861112222"));
        Result<Order> first = m_orders->sell(sale, m_termA);
        VERIFY_OK(first);
        QVERIFY(!first->replayed);
        const QString before = m_cluster->fingerprint();

        Result<Order> second = m_orders->sell(sale, m_termA);
        VERIFY_OK(second);
        QVERIFY(second->replayed);
        QCOMPARE(second->id, first->id);
        QCOMPARE(orderStatusName(second->status), QStringLiteral("paid"));
        QCOMPARE(second->total, first->total);
        QCOMPARE(seatIds(second.value()), seatIds(first.value()));
        QCOMPARE(m_cluster->fingerprint(), before);
        const QString key = sale.idempotencyKey.toString(QUuid::WithoutBraces);
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE idempotency_key = ?::uuid"), {key})
                .toInt(),
            1);
        QCOMPARE(count(*m_cluster, QStringLiteral("orders")), 1);
        QCOMPARE(count(*m_cluster, QStringLiteral("order_seat")), 2);

        // Even after the order was cancelled the key answers with that order:
        // a late retry never sells the seats again.
        Result<Order> cancelled = m_orders->cancel(first->id, m_termA, 0, QStringLiteral("refund"));
        VERIFY_OK(cancelled);
        Result<Order> late = m_orders->sell(sale, m_termA);
        VERIFY_OK(late);
        QVERIFY(late->replayed);
        QCOMPARE(late->id, first->id);
        QCOMPARE(orderStatusName(late->status), QStringLiteral("cancelled"));
        QCOMPARE(availableOf(*m_cluster, m_show, seats), 2);
        QCOMPARE(count(*m_cluster, QStringLiteral("orders")), 1);
    }

    void sameKeyOtherRequestIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("other seats") << QStringLiteral("seats");
        QTest::newRow("other ticket type and seats") << QStringLiteral("type");
        QTest::newRow("other customer phone") << QStringLiteral("phone");
        QTest::newRow("other customer name") << QStringLiteral("name");
        QTest::newRow("other payment method") << QStringLiteral("payment");
        QTest::newRow("pending instead of paid") << QStringLiteral("pending");
    }

    void sameKeyOtherRequestIsRefused()
    {
        QFETCH(QString, change);
        const SellRequest sale
            = makeSale(m_show, m_ring.mid(0, 2), QStringLiteral("RINGSIDE"), QStringLiteral("0861112222"));
        Result<Order> first = m_orders->sell(sale, m_termA);
        VERIFY_OK(first);
        const QString before = m_cluster->fingerprint();

        SellRequest other = sale;
        if (change == QLatin1String("seats"))
            other.seatIds = m_ring.mid(2, 2);
        if (change == QLatin1String("type")) {
            other.ticketType = QStringLiteral("CLASS2");
            other.seatIds = m_class2.mid(0, 2);
        }
        if (change == QLatin1String("phone"))
            other.customer.phone = QStringLiteral("0869999999");
        if (change == QLatin1String("name"))
            other.customer.name = QStringLiteral("Somsak");
        if (change == QLatin1String("payment"))
            other.payment = PaymentMethod::PromptPay;
        if (change == QLatin1String("pending"))
            other.pendingMinutes = 15;
        QVERIFY(other.payloadHash() != sale.payloadHash());

        Result<Order> r = m_orders->sell(other, m_termA);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::IdempotencyMismatch);
        QCOMPARE(r.error().orderId, first->id);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // ------------------------------------------------- the last line of defence

    void uniqueIndexRefusesSecondActiveSeat()
    {
        const int seat = m_ring.at(0);
        Result<Order> sold = m_orders->sell(makeSale(m_show, {seat}, QStringLiteral("RINGSIDE")), m_termA);
        VERIFY_OK(sold);

        // Bypassing every service: another order, written by hand. It is a
        // cancelled one, which the money check at commit (order_balance,
        // 0018_money.sql) lets be with nothing paid; the unique index looks
        // at the seat rows only, whatever the order's status.
        const qint64 rogue
            = m_cluster
                  ->scalar(QStringLiteral("INSERT INTO boxoffice.orders (idempotency_key, request_hash, show_id,"
                                          " terminal_id, ticket_type, status, payment_method, total, cancelled_at,"
                                          " cancel_reason)"
                                          " VALUES (?::uuid, 'raw-sql', ?, ?, 'RINGSIDE', 'cancelled', 'cash', 2500,"
                                          " now(), 'rogue') RETURNING id"),
                      {QUuid::createUuid().toString(QUuid::WithoutBraces), m_show, m_termB})
                  .toLongLong();
        QVERIFY(rogue > 0);

        QString error;
        QVERIFY(!m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.order_seat (order_id, show_id, seat_id, price)"
                                                " VALUES (?, ?, ?, 2500)"),
            {rogue, m_show, seat}, &error));
        QVERIFY2(error.startsWith(QLatin1String("23505")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("order_seat_one_active_sale")), qPrintable(error));
        QCOMPARE(
            m_cluster->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat WHERE order_id = ?"), {rogue})
                .toInt(),
            0);

        // The same seat as history (inactive) is allowed ...
        error.clear();
        QVERIFY2(m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.order_seat (order_id, show_id, seat_id, price,"
                                                " active) VALUES (?, ?, ?, 2500, false)"),
                     {rogue, m_show, seat}, &error),
            qPrintable(error));
        // ... but it cannot be made active next to the real sale.
        error.clear();
        QVERIFY(!m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.order_seat SET active = true WHERE order_id = ?"), {rogue}, &error));
        QVERIFY2(error.startsWith(QLatin1String("23505")), qPrintable(error));
        // The same seat in another show is another (show, seat): allowed.
        error.clear();
        QVERIFY2(m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.order_seat (order_id, show_id, seat_id, price)"
                                                " VALUES (?, ?, ?, 2500)"),
                     {rogue, m_show2, seat}, &error),
            qPrintable(error));

        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT string_agg(order_id::text, ',') FROM boxoffice.order_seat"
                                             " WHERE show_id = ? AND seat_id = ? AND active"),
                         {m_show, seat})
                     .toString(),
            QString::number(sold->id));
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat WHERE show_id = ?"
                                             " AND seat_id = ? AND NOT active AND order_id = ?"),
                         {m_show, seat, rogue})
                     .toInt(),
            1);
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<SeatLockService> m_locks;
    std::unique_ptr<SaleEngine> m_engineA;
    std::unique_ptr<SaleEngine> m_engineB;
    int m_termA = 0;
    int m_termB = 0;
    int m_clerk = 0;
    int m_show = 0;
    int m_show2 = 0;
    QList<int> m_ring;   // eight RINGSIDE seats of the demo stadium
    QList<int> m_class2; // four CLASS2 seats
    QList<int> m_class3; // four CLASS3 seats
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
