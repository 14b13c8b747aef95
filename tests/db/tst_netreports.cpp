// Net reports (issue 12, functions/reports.sql): a day with a mixed order
// paid by split tender (Standard, Thai resident and Child seats, cash and
// card), a single-type order returned whole, a partial return and an
// exchange to another show. The report counts net by show, zone, price
// type, counter and clerk; its money is the payment rows' by method; the
// supervisor dashboard's figures of the same venue day are the report's;
// the CSV carries the same figures; a clerk may not read them. Run also
// with the PC in New York (tests/CMakeLists.txt): the day is Bangkok's.
#include "db/database.h"
#include "db/houseclock.h"
#include "money/returns.h"
#include "ops/healthmonitor.h"
#include "ops/reports.h"
#include "sale/orderservice.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Baht = 100;

// RFC 4180 as Reports::csvDocument writes it (CRLF records, quoted fields).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (quoted) {
            if (c == u'"' && next == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && next == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestNetReports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        HouseClock::setTimeZone(QTimeZone("Asia/Bangkok"));
        m_term = m_cluster->registerTerminal(u"Net Counter"_s);
        m_clerk = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'clerk'"_s).toInt();
        m_show = m_cluster->demoShow(2);
        m_other = m_cluster->demoShow(3);
        QVERIFY(m_term > 0 && m_clerk > 0 && m_show > 0 && m_other > 0);
        // The day's cash is taken and given back in the counter's open shift.
        QVERIFY(test::openCashShift(*m_cluster, m_term));
        // The demo's prices on both shows; on the first, Thai resident and
        // Child prices for Class 3.
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = z.price FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id IN (?, ?)"_s,
            {m_show, m_other}));
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                                " SELECT sh.id, z.id, pt.id, CASE pt.code WHEN 'THAI' THEN 1000 ELSE 750 END"
                                " FROM boxoffice.show sh JOIN boxoffice.zone z ON z.venue_id = sh.venue_id"
                                " JOIN boxoffice.price_type pt ON pt.code IN ('THAI', 'CHILD')"
                                " WHERE sh.id = ? AND z.ticket_type = 'CLASS3'"
                                " ON CONFLICT (show_id, zone_id, price_type_id) DO UPDATE SET price = EXCLUDED.price"_s,
            {m_show}));
        m_class3 = m_cluster
                       ->scalar(u"SELECT z.id FROM boxoffice.zone z JOIN boxoffice.show s ON s.venue_id = z.venue_id"
                                " WHERE s.id = ? AND z.ticket_type = 'CLASS3'"_s,
                           {m_show})
                       .toInt();

        // M1: 2 Standard (1,500), 1 Thai (1,000), 1 Child (750) = 4,750,
        // paid 2,000 cash and 2,750 card.
        const QList<int> c3 = m_cluster->seatsOf(m_show, u"CLASS3"_s, 4, 0);
        QJsonArray lines {QJsonObject {{u"seat_id"_s, c3.at(0)}}, QJsonObject {{u"seat_id"_s, c3.at(1)}},
            QJsonObject {{u"seat_id"_s, c3.at(2)}, {u"price_type"_s, u"THAI"_s}},
            QJsonObject {{u"seat_id"_s, c3.at(3)}, {u"price_type"_s, u"CHILD"_s}}};
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject doc {{u"idempotency_key"_s, key}, {u"request_hash"_s, QString(u"h-"_s + key)},
            {u"show_id"_s, m_show}, {u"terminal_id"_s, m_term}, {u"clerk_id"_s, m_clerk}, {u"lines"_s, lines},
            {u"payment_method"_s, u"cash"_s},
            {u"payments"_s,
                QJsonArray {
                    QJsonObject {{u"method"_s, u"cash"_s}, {u"amount"_s, u"2000.00"_s}, {u"tendered"_s, u"2000.00"_s}},
                    QJsonObject {{u"method"_s, u"card"_s}, {u"amount"_s, u"2750.00"_s}, {u"reference"_s, u"slip"_s}}}}};
        const QJsonObject sold
            = QJsonDocument::fromJson(m_cluster
                                          ->scalar(u"SELECT boxoffice.sell(?::jsonb)::text"_s,
                                              {QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))})
                                          .toString()
                                          .toUtf8())
                  .object();
        QVERIFY2(sold.value(u"ok"_s).toBool(), QJsonDocument(sold).toJson().constData());
        m_mixed = sold.value(u"order_id"_s).toInteger();
        if (m_mixed == 0)
            m_mixed = sold.value(u"order"_s).toObject().value(u"id"_s).toInteger();
        if (m_mixed == 0)
            m_mixed = sold.value(u"id"_s).toInteger();
        QVERIFY(m_mixed > 0);
        QCOMPARE(m_cluster->scalar(u"SELECT total::text FROM boxoffice.orders WHERE id = ?"_s, {m_mixed}).toString(),
            u"4750.00"_s);

        // M2: 2 Ringside, cash 5,000, returned whole.
        SellRequest single;
        single.idempotencyKey = QUuid::createUuid();
        single.showId = m_show;
        single.seatIds = m_cluster->seatsOf(m_show, u"RINGSIDE"_s, 2, 0);
        single.ticketType = u"RINGSIDE"_s;
        single.clerkId = m_clerk;
        const Result<Order> m2 = OrderService(m_cluster->db()).sell(single, m_term);
        VERIFY_OK(m2);
        VERIFY_OK(
            Returns::returnSeats(m_cluster->db(), m2->id, single.seatIds, u"customer ill"_s, std::nullopt, m_term));

        // M1's Child seat returned (750 cash back), then a Standard seat
        // exchanged to the other show's Class 3 (1,500 moved: the 1,250 cash
        // left, then 250 card).
        VERIFY_OK(
            Returns::returnSeats(m_cluster->db(), m_mixed, {c3.at(3)}, u"child stayed home"_s, std::nullopt, m_term));
        ExchangeRequest ex;
        ex.orderId = m_mixed;
        ex.seatIds = {c3.at(0)};
        ex.showId = m_other;
        ex.newSeatIds = m_cluster->seatsOf(m_other, u"CLASS3"_s, 1, 0);
        ex.idempotencyKey = QUuid::createUuid();
        const Result<ExchangeResult> exchanged = Returns::exchange(m_cluster->db(), ex, m_term);
        VERIFY_OK(exchanged);
        m_moved = exchanged->newOrder.id;
        QVERIFY(m_moved != m_mixed);

        m_dayStart = HouseClock::startOfDay(HouseClock::today());
    }

    // The day starts at Bangkok's midnight, whatever this PC's zone.
    void venueDay()
    {
        const QDateTime bangkok = m_dayStart.toTimeZone(QTimeZone("Asia/Bangkok"));
        QCOMPARE(bangkok.time(), QTime(0, 0));
        QVERIFY(m_dayStart <= QDateTime::currentDateTime());
        QVERIFY(m_dayStart.addDays(1) > QDateTime::currentDateTime());
    }

    void totalsAreNet_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::newRow("show") << int(ReportGrouping::Show);
        QTest::newRow("zone") << int(ReportGrouping::Zone);
        QTest::newRow("price type") << int(ReportGrouping::PriceType);
        QTest::newRow("counter") << int(ReportGrouping::Counter);
        QTest::newRow("clerk") << int(ReportGrouping::Clerk);
    }

    // Whatever the grouping: 3 orders sold, 1 returned; 7 tickets sold, 4
    // given back; 11,250 taken, 7,250 refunded, 4,000 net, which is what
    // the active seats are worth; the rows add up to the totals' nets.
    void totalsAreNet()
    {
        QFETCH(int, grouping);
        const Result<SalesReport> r = report(ReportGrouping(grouping));
        VERIFY_OK(r);
        const ReportFigures &t = r->totals;
        QCOMPARE(t.paidOrders, 3);
        QCOMPARE(t.refundOrders, 1);
        QCOMPARE(t.ordersNet(), 2);
        QCOMPARE(t.tickets, 7);
        QCOMPARE(t.refundTickets, 4);
        QCOMPARE(t.ticketsNet(), 3);
        QCOMPARE(t.gross, 11250 * Baht);
        QCOMPARE(t.refunds, 7250 * Baht);
        QCOMPARE(t.net(), 4000 * Baht);
        QCOMPARE(t.net(), activeSeatsWorth());
        QCOMPARE(t.cash.gross, 8250 * Baht);
        QCOMPARE(t.cash.refunds, 7000 * Baht);
        QCOMPARE(t.card.gross, 3000 * Baht);
        QCOMPARE(t.card.refunds, 250 * Baht);
        QCOMPARE(t.promptPay.net(), 0);
        QCOMPARE(t.cash.net() + t.card.net() + t.promptPay.net(), t.net());
        QCOMPARE(t.ticketsNet(), activeSeats());
        qint64 net = 0;
        int tickets = 0;
        for (const ReportRow &row : r->rows) {
            net += row.figures.net();
            tickets += row.figures.ticketsNet();
        }
        QCOMPARE(net, t.net());
        QCOMPARE(tickets, t.ticketsNet());
    }

    void byPriceType()
    {
        const Result<SalesReport> r = report(ReportGrouping::PriceType);
        VERIFY_OK(r);
        QCOMPARE(r->rows.size(), 3);
        // In the price types' order: Standard, Thai resident, Child.
        QCOMPARE(r->rows.at(0).detail, u"STANDARD"_s);
        QCOMPARE(r->rows.at(1).detail, u"THAI"_s);
        QCOMPARE(r->rows.at(1).label, u"Thai resident"_s);
        QCOMPARE(r->rows.at(1).labelThai, u"คนไทย"_s);
        QCOMPARE(r->rows.at(2).detail, u"CHILD"_s);
        const ReportFigures &standard = r->rows.at(0).figures;
        QCOMPARE(standard.tickets, 5);
        QCOMPARE(standard.refundTickets, 3);
        QCOMPARE(standard.gross, 9500 * Baht);
        QCOMPARE(standard.refunds, 6500 * Baht);
        const ReportFigures &thai = r->rows.at(1).figures;
        QCOMPARE(thai.ticketsNet(), 1);
        QCOMPARE(thai.net(), 1000 * Baht);
        // The returned Child ticket is not sold in the net figures.
        const ReportFigures &child = r->rows.at(2).figures;
        QCOMPARE(child.tickets, 1);
        QCOMPARE(child.refundTickets, 1);
        QCOMPARE(child.ticketsNet(), 0);
        QCOMPARE(child.net(), 0);
        // Orders: the mixed one in each of its price types.
        QCOMPARE(standard.paidOrders, 3);
        QCOMPARE(child.paidOrders, 1);
    }

    void byShowZoneCounterClerk()
    {
        const Result<SalesReport> shows = report(ReportGrouping::Show);
        VERIFY_OK(shows);
        QCOMPARE(shows->rows.size(), 2);
        const ReportFigures *first = figuresOf(shows.value(), m_show);
        const ReportFigures *second = figuresOf(shows.value(), m_other);
        QVERIFY(first && second);
        QCOMPARE(first->paidOrders, 2);
        QCOMPARE(first->refundOrders, 1);
        QCOMPARE(first->tickets, 6);
        QCOMPARE(first->refundTickets, 4);
        QCOMPARE(first->gross, 9750 * Baht);
        QCOMPARE(first->refunds, 7250 * Baht);
        QCOMPARE(first->net(), 2500 * Baht);
        QCOMPARE(second->paidOrders, 1);
        QCOMPARE(second->ticketsNet(), 1);
        QCOMPARE(second->net(), 1500 * Baht);
        QCOMPARE(second->cash.gross, 1250 * Baht);
        QCOMPARE(second->card.gross, 250 * Baht);

        const Result<SalesReport> zones = report(ReportGrouping::Zone);
        VERIFY_OK(zones);
        const ReportFigures *class3 = figuresOf(zones.value(), m_class3);
        QVERIFY(class3);
        QCOMPARE(class3->tickets, 5);
        QCOMPARE(class3->refundTickets, 2);
        QCOMPARE(class3->net(), 4000 * Baht);

        const Result<SalesReport> counters = report(ReportGrouping::Counter);
        VERIFY_OK(counters);
        QCOMPARE(counters->rows.size(), 1);
        QCOMPARE(counters->rows.at(0).key, m_term);
        QCOMPARE(counters->rows.at(0).figures.net(), 4000 * Baht);
        QCOMPARE(counters->rows.at(0).figures.ordersNet(), 2);

        const Result<SalesReport> clerks = report(ReportGrouping::Clerk);
        VERIFY_OK(clerks);
        const ReportFigures *clerk = figuresOf(clerks.value(), m_clerk);
        QVERIFY(clerk);
        QCOMPARE(clerk->tickets, 6);
    }

    // Money by method is the payment table's, to the satang.
    void methodsAreThePayments()
    {
        const Result<SalesReport> r = report(ReportGrouping::Counter);
        VERIFY_OK(r);
        for (const auto &[method, figures] : {std::pair {u"cash"_s, &r->totals.cash},
                 std::pair {u"card"_s, &r->totals.card}, std::pair {u"promptpay"_s, &r->totals.promptPay}}) {
            const QStringList sums
                = m_cluster
                      ->scalar(
                          u"SELECT concat_ws(' ', (coalesce(sum(amount) FILTER (WHERE kind = 'payment'), 0)"
                          " * 100)::bigint, (coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0) * 100)::bigint)"
                          " FROM boxoffice.payment WHERE method = ? AND created_at >= to_timestamp(?)"_s,
                          {method, double(m_dayStart.toMSecsSinceEpoch()) / 1000.0})
                      .toString()
                      .split(u' ');
            QCOMPARE(figures->gross, sums.at(0).toLongLong());
            QCOMPARE(figures->refunds, sums.at(1).toLongLong());
        }
    }

    // The dashboard's day is the report's day, with the same figures.
    void dashboardEqualsReport()
    {
        HealthMonitor monitor(m_cluster->db());
        const Result<DashboardSnapshot> d = monitor.dashboard(60);
        VERIFY_OK(d);
        const Result<SalesReport> r = report(ReportGrouping::Counter);
        VERIFY_OK(r);
        QCOMPARE(d->since, m_dayStart);
        QCOMPARE(d->live.paidOrders, r->totals.ordersNet());
        QCOMPARE(d->live.ticketsNet, r->totals.ticketsNet());
        QCOMPARE(d->live.takings.satang(), r->totals.net());
        QCOMPARE(d->live.taken.satang(), r->totals.gross);
        QCOMPARE(d->live.refunded.satang(), r->totals.refunds);
        QCOMPARE(d->live.cashTaken.satang(), r->totals.cash.net());
        QCOMPARE(d->live.takings.satang(), 4000 * Baht);
        bool found = false;
        for (const CounterFigures &c : d->counters) {
            if (c.terminalId != m_term)
                continue;
            found = true;
            QCOMPARE(c.takings.satang(), r->rows.at(0).figures.net());
            QCOMPARE(c.cashTaken.satang(), r->rows.at(0).figures.cash.net());
        }
        QVERIFY(found);
    }

    // The CSV carries the report's figures: parsed back, the totals row says
    // the same as the report.
    void csvCarriesTheFigures()
    {
        const Result<SalesReport> r = report(ReportGrouping::PriceType);
        VERIFY_OK(r);
        const QByteArray bytes = Reports::csvDocument(Reports::csvRecords(r.value()));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> parsed = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(parsed.size(), 5); // header, three price types, totals
        const QStringList header = parsed.first();
        QCOMPARE(header.first(), u"Price type"_s);
        auto cell = [&](int row, const QString &column) {
            const qsizetype c = header.indexOf(column);
            return c < 0 ? u"(no column %1)"_s.arg(column) : parsed.at(row).at(c);
        };
        const int total = int(parsed.size()) - 1;
        QCOMPARE(cell(total, u"Orders sold"_s), u"3"_s);
        QCOMPARE(cell(total, u"Orders returned"_s), u"1"_s);
        QCOMPARE(cell(total, u"Net orders"_s), u"2"_s);
        QCOMPARE(cell(total, u"Tickets sold"_s), u"7"_s);
        QCOMPARE(cell(total, u"Tickets returned"_s), u"4"_s);
        QCOMPARE(cell(total, u"Net tickets"_s), u"3"_s);
        QCOMPARE(cell(total, u"Taken"_s), u"11250.00"_s);
        QCOMPARE(cell(total, u"Refunded"_s), u"7250.00"_s);
        QCOMPARE(cell(total, u"Net"_s), u"4000.00"_s);
        QCOMPARE(cell(total, u"Cash net"_s), u"1250.00"_s);
        QCOMPARE(cell(total, u"Card net"_s), u"2750.00"_s);
        QCOMPARE(cell(3, u"Code"_s), u"CHILD"_s);
        QCOMPARE(cell(3, u"Net tickets"_s), u"0"_s);
        QCOMPARE(cell(3, u"Net"_s), u"0.00"_s);
        // A price type's row has no money by method (payments have no price
        // type): empty, not 0.00, as "—" on screen; the totals row has it.
        for (int row = 1; row < total; ++row) {
            for (const QString &column : {u"Cash gross"_s, u"Cash net"_s, u"Card net"_s, u"PromptPay net"_s})
                QCOMPARE(cell(row, column), QString());
        }
        QCOMPARE(cell(total, u"Cash gross"_s).isEmpty(), false);
    }

    // A clerk reads neither the report nor the dashboard's figures.
    void clerksMayNotRead()
    {
        const QString before = m_cluster->fingerprint();
        QString error;
        if (!m_cluster->exec(u"SET ROLE boxoffice_clerk"_s, {}, &error))
            QSKIP(qPrintable(u"cannot SET ROLE here: "_s + error));
        const bool reportRefused = !m_cluster->exec(
            u"SELECT boxoffice.sales_report(now() - interval '1 day', now(), 'price_type')"_s, {}, &error);
        const QString reportError = error;
        const bool dashboardRefused
            = !m_cluster->exec(u"SELECT boxoffice.dashboard_figures(60, now() - interval '1 day')"_s, {}, &error);
        const QString dashboardError = error;
        m_cluster->exec(u"RESET ROLE"_s);
        QVERIFY(reportRefused);
        QVERIFY2(reportError.startsWith(u"42501"_s), qPrintable(reportError));
        QVERIFY(dashboardRefused);
        QVERIFY2(dashboardError.startsWith(u"42501"_s), qPrintable(dashboardError));
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void badGroupingRefused()
    {
        const QString before = m_cluster->fingerprint();
        const QString answer
            = m_cluster->scalar(u"SELECT boxoffice.sales_report(now(), now(), 'price')::text"_s).toString();
        QVERIFY2(answer.contains(u"\"invalid_request\""_s), qPrintable(answer));
        QCOMPARE(m_cluster->fingerprint(), before);
    }

private:
    Result<SalesReport> report(ReportGrouping grouping)
    {
        return Reports(m_cluster->db()).salesReport(m_dayStart, m_dayStart.addDays(1), grouping);
    }
    static const ReportFigures *figuresOf(const SalesReport &r, qint64 key)
    {
        for (const ReportRow &row : r.rows) {
            if (row.key == key)
                return &row.figures;
        }
        return nullptr;
    }
    qint64 activeSeatsWorth()
    {
        return m_cluster
            ->scalar(u"SELECT (sum(os.price) * 100)::bigint FROM boxoffice.order_seat os"
                     " JOIN boxoffice.orders o ON o.id = os.order_id WHERE os.active AND o.status = 'paid'"_s)
            .toLongLong();
    }
    int activeSeats()
    {
        return m_cluster
            ->scalar(u"SELECT count(*) FROM boxoffice.order_seat os"
                     " JOIN boxoffice.orders o ON o.id = os.order_id WHERE os.active AND o.status = 'paid'"_s)
            .toInt();
    }

    TestCluster *m_cluster = nullptr;
    int m_term = 0;
    int m_clerk = 0;
    int m_show = 0;
    int m_other = 0;
    int m_class3 = 0;
    qint64 m_mixed = 0;
    qint64 m_moved = 0;
    QDateTime m_dayStart;
};

QTEST_GUILESS_MAIN(TestNetReports)
#include "tst_netreports.moc"
