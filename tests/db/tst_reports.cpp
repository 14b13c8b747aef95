// A supervisor's sales reports and the cash reconciliation on real data:
// sales at two counters by two clerks in two zones of two shows, one refund
// (after a seat change), and a pending, an expired and an unpaid cancelled
// order that must not count. Every grouping's figures, the period's edges,
// refused requests that write nothing, the CSV parsed back, and reconciled
// shifts that are over, short, exact or overlapping.
#include "db/database.h"
#include "ops/reports.h"
#include "sale/orderservice.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

namespace {

// The expected figures of one group (amounts in satang; the method columns are nets).
struct Expect
{
    qint64 key = 0;
    int orders = 0;
    int tickets = 0;
    qint64 gross = 0;
    int refundOrders = 0;
    int refundTickets = 0;
    qint64 refunds = 0;
    qint64 cashNet = 0;
    qint64 cardNet = 0;
    qint64 promptPayNet = 0;
};

constexpr qint64 Baht = 100;

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas,
// doubled quotes and line breaks; records end with CRLF.
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
            if (c == QLatin1Char('"') && next == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && next == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }
    QDateTime at(double hours) const { return m_base.addMSecs(qint64(hours * 3600 * 1000)); }
    static double epoch(const QDateTime &t) { return double(t.toMSecsSinceEpoch()) / 1000.0; }

    qint64 sell(int terminal, int clerk, int show, const QString &type, int seats, int offset, PaymentMethod method,
        int pendingMinutes = 0)
    {
        SellRequest r;
        r.idempotencyKey = QUuid::createUuid();
        r.showId = show;
        r.seatIds = m_cluster->seatsOf(show, type, seats, offset);
        r.ticketType = type;
        r.payment = method;
        r.pendingMinutes = pendingMinutes;
        r.clerkId = clerk;
        Result<Order> o = OrderService(m_cluster->db()).sell(r, terminal);
        if (!o.ok())
            qFatal("sale refused: %s", boxoffice::test::why(o.error()).constData());
        return o->id;
    }
    // The sale's time: the order's, its seat rows' and its payments'.
    void setPaidAt(qint64 order, const QDateTime &t)
    {
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.orders SET paid_at = to_timestamp(?),"
                                       " created_at = to_timestamp(?) - interval '1 minute' WHERE id = ?"),
            {epoch(t), epoch(t), order});
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.order_seat SET created_at = to_timestamp(?) - interval '1 "
                                       "minute' WHERE order_id = ?"),
            {epoch(t), order});
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.payment SET created_at = to_timestamp(?)"
                                       " WHERE order_id = ? AND kind = 'payment'"),
            {epoch(t), order});
    }
    // A seat change of a paid order made at t: the rows it moved away and the rows it added.
    void setChangedAt(qint64 order, const QDateTime &t)
    {
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.order_seat SET moved_at = to_timestamp(?)"
                                       " WHERE order_id = ? AND moved_at IS NOT NULL"),
            {epoch(t), order});
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.order_seat os SET created_at = to_timestamp(?) FROM boxoffice.orders o"
                           " WHERE o.id = os.order_id AND os.order_id = ? AND os.created_at > o.paid_at"),
            {epoch(t), order});
    }
    // The cancel's own time, in the order and in its audit row alike.
    void setCancelledAt(qint64 order, const QDateTime &t)
    {
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.audit_log SET at = to_timestamp(?)"
                                       " WHERE action = 'cancel_order' AND detail ->> 'order_id' = ?::text;"),
            {epoch(t), order});
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.orders SET cancelled_at = to_timestamp(?) WHERE id = ?"),
            {epoch(t), order});
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.payment SET created_at = to_timestamp(?)"
                                       " WHERE order_id = ? AND kind = 'refund'"),
            {epoch(t), order});
    }
    QString reconciliationState()
    {
        return m_cluster
                   ->scalar(QStringLiteral(
                       "SELECT concat_ws(' ', (SELECT count(*) FROM boxoffice.shift_reconciliation),"
                       " (SELECT count(*) FROM boxoffice.audit_log WHERE action = 'shift_reconciliation'))"))
                   .toString()
            + QLatin1Char(' ') + m_cluster->fingerprint();
    }
    static const ReportRow *row(const SalesReport &report, qint64 key)
    {
        for (const ReportRow &r : report.rows) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }
    // methods false: a row by zone, whose money is its seats' and has no methods.
    static void compareFigures(const ReportFigures &f, const Expect &e, bool methods = true)
    {
        QCOMPARE(f.paidOrders, e.orders);
        QCOMPARE(f.tickets, e.tickets);
        QCOMPARE(f.gross, e.gross);
        QCOMPARE(f.refundOrders, e.refundOrders);
        QCOMPARE(f.refundTickets, e.refundTickets);
        QCOMPARE(f.refunds, e.refunds);
        QCOMPARE(f.net(), e.gross - e.refunds);
        if (!methods) {
            QCOMPARE(f.cash.gross + f.card.gross + f.promptPay.gross, 0);
            return;
        }
        QCOMPARE(f.cash.net(), e.cashNet);
        QCOMPARE(f.card.net(), e.cardNet);
        QCOMPARE(f.promptPay.net(), e.promptPayNet);
        QCOMPARE(f.cash.net() + f.card.net() + f.promptPay.net(), f.net());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.shift_reconciliation"));
        m_counterA = m_cluster->registerTerminal(QStringLiteral("Report Counter A"));
        m_counterB = m_cluster->registerTerminal(QStringLiteral("Report Counter B"));
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_counterA) && test::openCashShift(*m_cluster, m_counterB));
        m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.staff (username, display_name, role)"
                                       " VALUES ('somchai', 'สมชาย ใจดี', 'clerk') ON CONFLICT DO NOTHING"));
        m_clerk1 = count(QStringLiteral("SELECT id FROM boxoffice.staff WHERE username = 'clerk'"));
        m_clerk2 = count(QStringLiteral("SELECT id FROM boxoffice.staff WHERE username = 'somchai'"));
        m_show1 = m_cluster->demoShow(2);
        m_show2 = m_cluster->demoShow(3);
        m_ringside = count(QStringLiteral("SELECT z.id FROM boxoffice.zone z JOIN boxoffice.show s ON s.venue_id ="
                                          " z.venue_id WHERE s.id = ? AND z.ticket_type = 'RINGSIDE'"),
            {m_show1});
        m_class3 = count(QStringLiteral("SELECT z.id FROM boxoffice.zone z JOIN boxoffice.show s ON s.venue_id ="
                                        " z.venue_id WHERE s.id = ? AND z.ticket_type = 'CLASS3'"),
            {m_show1});
        // Whole seconds, in the past: reconciled shifts may not end in the future.
        m_base = QDateTime(QDate::currentDate().addDays(-10), QTime(0, 0), QTimeZone::utc());
        const QString rs = QStringLiteral("RINGSIDE");
        const QString c3 = QStringLiteral("CLASS3");

        // Day 1, [base, base + 24 h):
        // 1: A, clerk 1, show 1, 2 ringside, cash 5,000
        setPaidAt(sell(m_counterA, m_clerk1, m_show1, rs, 2, 0, PaymentMethod::Cash), at(1));
        // 2: A, clerk 2, show 1, 1 class 3, card 1,500
        setPaidAt(sell(m_counterA, m_clerk2, m_show1, c3, 1, 0, PaymentMethod::Card), at(2));
        // 3: B, clerk 1, show 2, 1 ringside, PromptPay 2,500
        setPaidAt(sell(m_counterB, m_clerk1, m_show2, rs, 1, 0, PaymentMethod::PromptPay), at(3));
        // 4: B, clerk 2, show 2, 3 class 3, cash 4,500; one seat moved, then
        // refunded at base + 5 h.
        const qint64 refunded = sell(m_counterB, m_clerk2, m_show2, c3, 3, 0, PaymentMethod::Cash);
        setPaidAt(refunded, at(4));
        OrderService orders(m_cluster->db());
        const QList<int> moved = m_cluster->seatsOf(m_show2, c3, 1, 0);
        const QList<int> to = m_cluster->seatsOf(m_show2, c3, 1, 10);
        Result<Order> changed = orders.changeSeats(refunded, moved, to, m_counterB, m_clerk2);
        VERIFY_OK(changed);
        setChangedAt(refunded, at(4.5));
        Result<Order> cancelled = orders.cancel(refunded, m_counterB, m_clerk2, QStringLiteral("customer ill"));
        VERIFY_OK(cancelled);
        // Four seat rows now (one moved away), all inactive: three tickets were refunded.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.order_seat WHERE order_id = ? AND NOT active"),
                     {refunded}),
            4);
        setCancelledAt(refunded, at(5));
        // Day 2: 7: A, no clerk, show 1, 1 ringside, cash 2,500 paid exactly
        // at the end of day 1.
        setPaidAt(sell(m_counterA, 0, m_show1, rs, 1, 5, PaymentMethod::Cash), at(24));

        // Never counted: a pending cash order, an expired one, an unpaid
        // order cancelled.
        sell(m_counterA, m_clerk1, m_show1, c3, 2, 3, PaymentMethod::Cash, 30);
        const qint64 expired = sell(m_counterB, m_clerk2, m_show2, rs, 1, 3, PaymentMethod::Cash, 30);
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.orders SET expires_at = now() - interval '1 second' WHERE id = ?"),
            {expired});
        Result<OrderService::ExpiryResult> expiry = orders.expireOrders();
        VERIFY_OK(expiry);
        QCOMPARE(expiry->ordersExpired, 1);
        const qint64 unpaid = sell(m_counterB, m_clerk1, m_show2, c3, 1, 6, PaymentMethod::Cash, 30);
        Result<Order> unpaidCancelled = orders.cancel(unpaid, m_counterB, m_clerk1, QStringLiteral("changed mind"));
        VERIFY_OK(unpaidCancelled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE status = 'pending'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE status = 'expired'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.orders WHERE status = 'cancelled'")), 2);
    }

    void init()
    {
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.shift_reconciliation;"
                                       "DELETE FROM boxoffice.audit_log WHERE action = 'shift_reconciliation'"));
    }

    void everyGrouping_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::newRow("show") << int(ReportGrouping::Show);
        QTest::newRow("zone") << int(ReportGrouping::Zone);
        QTest::newRow("counter") << int(ReportGrouping::Counter);
        QTest::newRow("clerk") << int(ReportGrouping::Clerk);
    }

    void everyGrouping()
    {
        QFETCH(int, grouping);
        QList<Expect> expected;
        switch (ReportGrouping(grouping)) {
        case ReportGrouping::Show:
            expected = {{m_show1, 2, 3, 6500 * Baht, 0, 0, 0, 5000 * Baht, 1500 * Baht, 0},
                {m_show2, 2, 4, 7000 * Baht, 1, 3, 4500 * Baht, 0, 0, 2500 * Baht}};
            break;
        case ReportGrouping::Zone:
            expected = {{m_ringside, 2, 3, 7500 * Baht, 0, 0, 0, 5000 * Baht, 0, 2500 * Baht},
                {m_class3, 2, 4, 6000 * Baht, 1, 3, 4500 * Baht, 0, 1500 * Baht, 0}};
            break;
        case ReportGrouping::Counter:
            expected = {{m_counterA, 2, 3, 6500 * Baht, 0, 0, 0, 5000 * Baht, 1500 * Baht, 0},
                {m_counterB, 2, 4, 7000 * Baht, 1, 3, 4500 * Baht, 0, 0, 2500 * Baht}};
            break;
        case ReportGrouping::Clerk:
            expected = {{m_clerk1, 2, 3, 7500 * Baht, 0, 0, 0, 5000 * Baht, 0, 2500 * Baht},
                {m_clerk2, 2, 4, 6000 * Baht, 1, 3, 4500 * Baht, 0, 1500 * Baht, 0}};
            break;
        case ReportGrouping::PriceType:
            QFAIL("by price type: tst_netreports");
        }
        Reports reports(m_cluster->db());
        Result<SalesReport> r = reports.salesReport(at(0), at(24), ReportGrouping(grouping));
        VERIFY_OK(r);
        QCOMPARE(r->grouping, ReportGrouping(grouping));
        QCOMPARE(r->from, at(0));
        QCOMPARE(r->to, at(24));
        QCOMPARE(r->rows.size(), expected.size());
        for (const Expect &e : std::as_const(expected)) {
            const ReportRow *found = row(r.value(), e.key);
            QVERIFY2(found, qPrintable(QStringLiteral("no row for key %1").arg(e.key)));
            compareFigures(found->figures, e, ReportGrouping(grouping) != ReportGrouping::Zone);
            QVERIFY(!found->label.isEmpty());
        }
        // The totals are the same whatever the grouping.
        compareFigures(r->totals, {0, 4, 7, 13500 * Baht, 1, 3, 4500 * Baht, 5000 * Baht, 1500 * Baht, 2500 * Baht});
        QCOMPARE(r->totals.cash.gross, 9500 * Baht);
        QCOMPARE(r->totals.cash.refunds, 4500 * Baht);
        QCOMPARE(r->totals.cash.orders, 2);
        QCOMPARE(r->totals.cash.refundOrders, 1);
    }

    void labels()
    {
        Reports reports(m_cluster->db());
        Result<SalesReport> shows = reports.salesReport(at(0), at(24), ReportGrouping::Show);
        VERIFY_OK(shows);
        // In show order, with the show's time and venue.
        QCOMPARE(shows->rows.at(0).key, m_show1);
        QCOMPARE(shows->rows.at(0).label, QStringLiteral("Muay Thai Night"));
        QCOMPARE(shows->rows.at(0).venue, QStringLiteral("Rajadamnern Demo Stadium"));
        QVERIFY(shows->rows.at(0).startsAt < shows->rows.at(1).startsAt);
        QCOMPARE(shows->rows.at(0).startsAt.toSecsSinceEpoch(),
            m_cluster
                ->scalar(
                    QStringLiteral("SELECT extract(epoch FROM starts_at)::bigint FROM boxoffice.show WHERE id = ?"),
                    {m_show1})
                .toLongLong());
        Result<SalesReport> zones = reports.salesReport(at(0), at(24), ReportGrouping::Zone);
        VERIFY_OK(zones);
        // Dearest zone first.
        QCOMPARE(zones->rows.at(0).label, QStringLiteral("Ringside"));
        QCOMPARE(zones->rows.at(0).detail, QStringLiteral("RINGSIDE"));
        QCOMPARE(zones->rows.at(1).label, QStringLiteral("Class 3"));
        Result<SalesReport> counters = reports.salesReport(at(0), at(24), ReportGrouping::Counter);
        VERIFY_OK(counters);
        QCOMPARE(counters->rows.at(0).label, QStringLiteral("Report Counter A"));
        QCOMPARE(counters->rows.at(1).label, QStringLiteral("Report Counter B"));
        Result<SalesReport> clerks = reports.salesReport(at(0), at(48), ReportGrouping::Clerk);
        VERIFY_OK(clerks);
        QCOMPARE(clerks->rows.size(), 3);
        QCOMPARE(row(clerks.value(), m_clerk2)->label, QStringLiteral("สมชาย ใจดี"));
        QCOMPARE(row(clerks.value(), m_clerk2)->detail, QStringLiteral("somchai"));
        // The sale without a clerk is a group of its own, last.
        QCOMPARE(clerks->rows.last().key, 0);
        QCOMPARE(clerks->rows.last().figures.gross, 2500 * Baht);
    }

    void periodEdges_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<int>("orders");
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<int>("refundOrders");
        QTest::addColumn<qint64>("net");
        // Half-open: paid exactly at the start counts, exactly at the end not.
        QTest::newRow("first three sales") << 1.0 << 4.0 << 3 << 9000 * Baht << 0 << 9000 * Baht;
        QTest::newRow("sale of the refunded order, not its refund")
            << 4.0 << 5.0 << 1 << 4500 * Baht << 0 << 4500 * Baht;
        QTest::newRow("the refund alone") << 5.0 << 5.001 << 0 << qint64(0) << 1 << -4500 * Baht;
        QTest::newRow("before any sale") << 0.0 << 1.0 << 0 << qint64(0) << 0 << qint64(0);
        QTest::newRow("empty period") << 2.0 << 2.0 << 0 << qint64(0) << 0 << qint64(0);
        QTest::newRow("paid at the end of day 1 is day 2's") << 24.0 << 48.0 << 1 << 2500 * Baht << 0 << 2500 * Baht;
        QTest::newRow("all time (pending, expired, unpaid cancel never count)")
            << -240.0 << 480.0 << 5 << 16000 * Baht << 1 << 11500 * Baht;
    }

    void periodEdges()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(int, orders);
        QFETCH(qint64, gross);
        QFETCH(int, refundOrders);
        QFETCH(qint64, net);
        Result<SalesReport> r = Reports(m_cluster->db()).salesReport(at(from), at(to), ReportGrouping::Counter);
        VERIFY_OK(r);
        QCOMPARE(r->totals.paidOrders, orders);
        QCOMPARE(r->totals.gross, gross);
        QCOMPARE(r->totals.refundOrders, refundOrders);
        QCOMPARE(r->totals.net(), net);
        qint64 rowsNet = 0;
        for (const ReportRow &row : r->rows)
            rowsNet += row.figures.net();
        QCOMPARE(rowsNet, net);
    }

    void badRequestsRefused()
    {
        const QString before = m_cluster->fingerprint();
        Result<SalesReport> backwards = Reports(m_cluster->db()).salesReport(at(5), at(4), ReportGrouping::Show);
        QCOMPARE(backwards.code(), ErrorCode::InvalidRequest);
        QVERIFY(backwards.error().detail.contains(QLatin1String("period")));
        QCOMPARE(backwards.error().message, QStringLiteral("The period must not end before it starts."));
        QCOMPARE(
            Reports(m_cluster->db()).salesReport({}, at(4), ReportGrouping::Show).code(), ErrorCode::InvalidRequest);
        const QString unknownGroup
            = m_cluster->scalar(QStringLiteral("SELECT boxoffice.sales_report(now(), now(), 'venue')::text"))
                  .toString();
        QVERIFY2(unknownGroup.contains(QLatin1String("\"invalid_request\"")), qPrintable(unknownGroup));
        QVERIFY(unknownGroup.contains(QLatin1String("\"group\"")));
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void onlySupervisorsMayReport()
    {
        // Through the group roles themselves (the test user may not be able
        // to take them on a shared server).
        QString error;
        if (!m_cluster->exec(QStringLiteral("SET ROLE boxoffice_clerk"), {}, &error))
            QSKIP(qPrintable(QStringLiteral("cannot SET ROLE here: ") + error));
        const bool clerkRefused = !m_cluster->exec(
            QStringLiteral("SELECT boxoffice.sales_report(now() - interval '1 day', now(), 'show')"), {}, &error);
        const QString clerkError = error;
        const bool clerkRecordRefused = !m_cluster->exec(
            QStringLiteral(
                "SELECT boxoffice.record_reconciliation(1, NULL, now() - interval '1 hour', now(), 0, '', 'x')"),
            {}, &error);
        m_cluster->exec(QStringLiteral("SET ROLE boxoffice_supervisor"));
        error.clear();
        const bool supervisorAllowed
            = m_cluster->exec(QStringLiteral("SELECT boxoffice.sales_report(now() - interval '1 day', now(), 'show'),"
                                             " boxoffice.reconciliations(now() - interval '1 day', now(), NULL)"),
                {}, &error);
        const QString supervisorError = error;
        const bool helperRefused = !m_cluster->exec(
            QStringLiteral("SELECT * FROM boxoffice.cash_figures(1, now() - interval '1 day', now())"), {}, &error);
        m_cluster->exec(QStringLiteral("RESET ROLE"));
        QVERIFY(clerkRefused);
        QVERIFY2(clerkError.startsWith(QLatin1String("42501")), qPrintable(clerkError));
        QVERIFY(clerkRecordRefused);
        QVERIFY2(supervisorAllowed, qPrintable(supervisorError));
        QVERIFY(helperRefused);
    }

    void csvQuoting()
    {
        QCOMPARE(Reports::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(Reports::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(Reports::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(Reports::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(Reports::csvField(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
        QCOMPARE(Reports::csvField(QStringLiteral("มวยไทย")), QStringLiteral("มวยไทย"));
        QCOMPARE(Reports::csvField(QString()), QString());

        const QList<QStringList> records {{QStringLiteral("Name"), QStringLiteral("Amount")},
            {QStringLiteral("Muay Thai, Night"), QStringLiteral("1500.00")},
            {QStringLiteral("The \"Big\" Fight"), QStringLiteral("-2500.50")},
            {QStringLiteral("two\r\nlines\nand \"more\", too"), QString()},
            {QStringLiteral("สนามมวยราชดำเนิน"), QStringLiteral("0.00")}};
        const QByteArray document = Reports::csvDocument(records);
        QVERIFY(document.startsWith("\xEF\xBB\xBF"));
        QVERIFY(document.endsWith("\r\n"));
        QCOMPARE(parseCsv(QString::fromUtf8(document.mid(3))), records);
    }

    void csvOfARealReport()
    {
        // A clerk's name that a spreadsheet would run as a formula, and
        // names with commas, quotes and a line break.
        m_cluster->exec(QStringLiteral("UPDATE boxoffice.terminal SET name = ? WHERE id = ?"),
            {QStringLiteral("Counter \"A\", north\ngate"), m_counterA});
        Result<SalesReport> r = Reports(m_cluster->db()).salesReport(at(0), at(24), ReportGrouping::Counter);
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.terminal SET name = 'Report Counter A' WHERE id = ?"), {m_counterA});
        VERIFY_OK(r);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sales.csv"));
        const Result<Done> written = Reports::exportCsv(r.value(), path);
        VERIFY_OK(written);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> parsed = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(parsed, Reports::csvRecords(r.value()));
        QCOMPARE(parsed.size(), 4); // header, two counters, totals
        const QStringList header = parsed.first();
        QCOMPARE(header.first(), QStringLiteral("Counter"));
        for (const QStringList &record : parsed)
            QCOMPARE(record.size(), header.size());
        QCOMPARE(parsed.at(1).first(), QStringLiteral("Counter \"A\", north\ngate"));
        QCOMPARE(parsed.last().first(), QStringLiteral("Total"));
        auto cell
            = [&](int row, const char *column) { return parsed.at(row).at(header.indexOf(QLatin1String(column))); };
        QCOMPARE(cell(1, "Taken"), QStringLiteral("6500.00"));
        QCOMPARE(cell(2, "Refunded"), QStringLiteral("4500.00"));
        QCOMPARE(cell(2, "Cash net"), QStringLiteral("0.00"));
        QCOMPARE(cell(2, "Tickets sold"), QStringLiteral("4"));
        QCOMPARE(cell(2, "Net tickets"), QStringLiteral("1"));
        QCOMPARE(cell(3, "Taken"), QStringLiteral("13500.00"));
        QCOMPARE(cell(3, "Net"), QStringLiteral("9000.00"));
        // Plain decimals: no thousands separators, a dot, two decimals.
        static const QRegularExpression plain(QStringLiteral("^-?[0-9]+\\.[0-9]{2}$"));
        for (int row = 1; row < parsed.size(); ++row)
            QVERIFY2(plain.match(cell(row, "Net")).hasMatch(), qPrintable(cell(row, "Net")));

        // Thai names, ISO times, and the formula guard.
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.staff SET display_name = '=HYPERLINK(\"x\")' WHERE id = ?"), {m_clerk1});
        Result<SalesReport> clerks = Reports(m_cluster->db()).salesReport(at(0), at(24), ReportGrouping::Clerk);
        m_cluster->exec(
            QStringLiteral("UPDATE boxoffice.staff SET display_name = 'Demo Clerk' WHERE id = ?"), {m_clerk1});
        VERIFY_OK(clerks);
        const QList<QStringList> clerkRecords
            = parseCsv(QString::fromUtf8(Reports::csvDocument(Reports::csvRecords(clerks.value())).mid(3)));
        QStringList names;
        for (const QStringList &record : clerkRecords)
            names << record.first();
        QVERIFY2(names.contains(QStringLiteral("สมชาย ใจดี")), qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY2(names.contains(QStringLiteral("'=HYPERLINK(\"x\")")), qPrintable(names.join(QLatin1Char('|'))));
        Result<SalesReport> shows = Reports(m_cluster->db()).salesReport(at(0), at(24), ReportGrouping::Show);
        VERIFY_OK(shows);
        const QList<QStringList> showRecords = Reports::csvRecords(shows.value());
        QCOMPARE(showRecords.first().at(1), QStringLiteral("Starts at"));
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"));
        QVERIFY2(iso.match(showRecords.at(1).at(1)).hasMatch(), qPrintable(showRecords.at(1).at(1)));
        QCOMPARE(QDateTime::fromString(showRecords.at(1).at(1), Qt::ISODate), shows->rows.first().startsAt);
    }

    void csvNothingHalfWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-folder/sales.csv"));
        const Result<Done> r = Reports::writeFile(path, "a,b\r\n");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
        // An existing file is replaced whole, and no temporary file stays.
        const QString existing = dir.filePath(QStringLiteral("sales.csv"));
        const Result<Done> first = Reports::writeFile(existing, "old\r\n");
        VERIFY_OK(first);
        const Result<Done> second = Reports::writeFile(existing, "new\r\n");
        VERIFY_OK(second);
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("new\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("sales.csv")});
    }

    void expectedCash()
    {
        Reports reports(m_cluster->db());
        // A: the cash sale of day 1; the card sale and the pending cash order are not in the drawer.
        QCOMPARE(reports.expectedCash(m_counterA, at(0), at(24)).value(), 5000 * Baht);
        QCOMPARE(reports.expectedCash(m_counterA, at(0), at(48)).value(), 7500 * Baht);
        // B: its cash sale and its refund cancel out; PromptPay is not cash.
        QCOMPARE(reports.expectedCash(m_counterB, at(0), at(24)).value(), qint64(0));
        QCOMPARE(reports.expectedCash(m_counterB, at(0), at(5)).value(), 4500 * Baht);
        // A refund of an order sold in an earlier shift is cash handed back now.
        QCOMPARE(reports.expectedCash(m_counterB, at(5), at(6)).value(), -4500 * Baht);
        QCOMPARE(reports.expectedCash(m_counterA, at(24), at(24.5)).value(), 2500 * Baht);
        QCOMPARE(reports.expectedCash(m_counterA, at(23), at(24)).value(), qint64(0));
    }

    void reconcileExactShortOver()
    {
        Reports reports(m_cluster->db());
        ReconciliationRequest exact {
            m_counterA, m_clerk1, at(0), at(12), 5000 * Baht, QString(), QStringLiteral("supervisor")};
        Result<Reconciliation> r1 = reports.recordReconciliation(exact);
        VERIFY_OK(r1);
        QCOMPARE(r1->expected, 5000 * Baht);
        QCOMPARE(r1->counted, 5000 * Baht);
        QCOMPARE(r1->difference, qint64(0));
        QCOMPARE(r1->terminal, QStringLiteral("Report Counter A"));
        QCOMPARE(r1->clerk, QStringLiteral("Demo Clerk"));
        QCOMPARE(r1->shiftStart, at(0));
        QCOMPARE(r1->shiftEnd, at(12));
        QCOMPARE(r1->actor, QStringLiteral("supervisor"));
        QVERIFY(!r1->recordedBy.isEmpty());

        // Short by 100 baht (the next shift starts where the last one ended).
        ReconciliationRequest shortOne {m_counterA, 0, at(12), at(36), 2400 * Baht,
            QStringLiteral("  a note with ไทย  "), QStringLiteral("supervisor")};
        Result<Reconciliation> r2 = reports.recordReconciliation(shortOne);
        VERIFY_OK(r2);
        QCOMPARE(r2->expected, 2500 * Baht);
        QCOMPARE(r2->difference, -100 * Baht);
        QCOMPARE(r2->clerkId, 0);
        QCOMPARE(r2->note, QStringLiteral("a note with ไทย"));

        // Over by 50.25 baht at B, where the refund took the cash back out.
        ReconciliationRequest over {
            m_counterB, m_clerk2, at(0), at(24), 5025, QStringLiteral("found a coin"), QStringLiteral("manager")};
        Result<Reconciliation> r3 = reports.recordReconciliation(over);
        VERIFY_OK(r3);
        QCOMPARE(r3->expected, qint64(0));
        QCOMPARE(r3->difference, qint64(5025));

        // As stored: difference is counted - expected, computed by the database.
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral("SELECT string_agg(format('%s/%s/%s', expected_cash, counted_cash, difference),"
                                        " ' ' ORDER BY id) FROM boxoffice.shift_reconciliation"))
                .toString(),
            QStringLiteral("5000.00/5000.00/0.00 2500.00/2400.00/-100.00 0.00/50.25/50.25"));
        // One audit row each, with the figures.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = 'shift_reconciliation'")), 3);
        QCOMPARE(
            m_cluster
                ->scalar(
                    QStringLiteral(
                        "SELECT format('%s|%s|%s|%s|%s|%s|%s', actor, terminal, reason, rows, detail ->> 'expected',"
                        " detail ->> 'counted', detail ->> 'difference') FROM boxoffice.audit_log"
                        " WHERE action = 'shift_reconciliation' AND (detail ->> 'reconciliation_id')::bigint = ?"),
                    {r2->id})
                .toString(),
            QStringLiteral("supervisor|Report Counter A|a note with ไทย|1|2500.00|2400.00|-100.00"));

        // Listed latest first; one counter's or everyone's.
        Result<QList<Reconciliation>> all = reports.reconciliations(at(0), at(48));
        VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().id, r2->id);
        Result<QList<Reconciliation>> onlyB = reports.reconciliations(at(0), at(48), m_counterB);
        VERIFY_OK(onlyB);
        QCOMPARE(onlyB->size(), 1);
        QCOMPARE(onlyB->first().id, r3->id);
        QCOMPARE(reports.reconciliations(at(36), at(48))->size(), 0);
        QCOMPARE(reports.reconciliations(at(5), at(4)).code(), ErrorCode::InvalidRequest);

        // The next shift is proposed from the end of the last one.
        Result<ShiftProposal> next = reports.proposeShift(m_counterA, at(-100));
        VERIFY_OK(next);
        QCOMPARE(next->shiftStart, at(36));
        QCOMPARE(next->lastReconciledEnd, at(36));
        QVERIFY(qAbs(next->shiftEnd.msecsTo(QDateTime::currentDateTime())) < 60000);
        QCOMPARE(next->cash.expected(), qint64(0)); // the pending cash order is not in the drawer
        Result<QList<ReconciliationCounter>> counters = reports.counters();
        VERIFY_OK(counters);
        bool foundA = false;
        for (const ReconciliationCounter &c : counters.value()) {
            if (c.id == m_counterA) {
                foundA = true;
                QCOMPARE(c.lastReconciledEnd, at(36));
            }
        }
        QVERIFY(foundA);
    }

    void proposalOfANewCounter()
    {
        Reports reports(m_cluster->db());
        // Never reconciled: from the start of its day.
        Result<ShiftProposal> p = reports.proposeShift(m_counterA, at(0));
        VERIFY_OK(p);
        QCOMPARE(p->shiftStart, at(0));
        QVERIFY(!p->lastReconciledEnd.isValid());
        QCOMPARE(p->terminal, QStringLiteral("Report Counter A"));
        QCOMPARE(p->cash.saleOrders, 2);
        QCOMPARE(p->cash.sales, 7500 * Baht);
        QCOMPARE(p->cash.expected(), 7500 * Baht);
        Result<ShiftProposal> b = reports.proposeShift(m_counterB, at(0));
        VERIFY_OK(b);
        QCOMPARE(b->cash.refundOrders, 1);
        QCOMPARE(b->cash.refunds, 4500 * Baht);
        QCOMPARE(b->cash.expected(), qint64(0));
        // Without a day start, the database's midnight.
        Result<ShiftProposal> d = reports.proposeShift(m_counterB);
        VERIFY_OK(d);
        QVERIFY(d->shiftStart <= d->shiftEnd);
        QVERIFY(d->shiftStart.msecsTo(d->shiftEnd) <= qint64(24) * 3600 * 1000);
        QCOMPARE(reports.proposeShift(999999).code(), ErrorCode::UnknownTerminal);
        // A proposal is exact to the millisecond, so it can be recorded as is.
        ReconciliationRequest request {m_counterB, 0, d->shiftStart, d->shiftEnd, d->cash.expected(), {}, {}};
        Result<Reconciliation> recorded = reports.recordReconciliation(request);
        VERIFY_OK(recorded);
        QCOMPARE(recorded->shiftEnd, d->shiftEnd);
        QVERIFY(!recorded->actor.isEmpty()); // the database login when the application names nobody
        Result<ShiftProposal> after = reports.proposeShift(m_counterB);
        VERIFY_OK(after);
        QCOMPARE(after->shiftStart, d->shiftEnd);
    }

    void badReconciliationsRefused_data()
    {
        QTest::addColumn<int>("terminal");
        QTest::addColumn<int>("clerk");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<qint64>("counted");
        QTest::addColumn<int>("noteLength");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        const auto invalid = int(ErrorCode::InvalidRequest);
        QTest::newRow("unknown counter") << 999999 << 0 << 30.0 << 31.0 << qint64(0) << 0
                                         << int(ErrorCode::UnknownTerminal) << QString();
        QTest::newRow("unknown clerk") << -1 << 999999 << 30.0 << 31.0 << qint64(0) << 0 << int(ErrorCode::UnknownClerk)
                                       << QString();
        QTest::newRow("ends before it starts")
            << -1 << 0 << 31.0 << 30.0 << qint64(0) << 0 << invalid << QStringLiteral("shift/order");
        QTest::newRow("empty shift") << -1 << 0 << 30.0 << 30.0 << qint64(0) << 0 << invalid
                                     << QStringLiteral("shift/order");
        QTest::newRow("ends in the future")
            << -1 << 0 << 30.0 << 24.0 * 20 << qint64(0) << 0 << invalid << QStringLiteral("shift/future");
        QTest::newRow("negative count") << -1 << 0 << 30.0 << 31.0 << qint64(-1) << 0 << invalid
                                        << QStringLiteral("counted");
        QTest::newRow("absurd count") << -1 << 0 << 30.0 << 31.0 << qint64(10000000000) << 0 << invalid
                                      << QStringLiteral("counted");
        QTest::newRow("note too long") << -1 << 0 << 30.0 << 31.0 << qint64(0) << 501 << invalid
                                       << QStringLiteral("note");
        QTest::newRow("overlaps a reconciled shift")
            << -1 << 0 << 11.0 << 13.0 << qint64(0) << 0 << invalid << QStringLiteral("shift/overlap");
        QTest::newRow("covers a reconciled shift")
            << -1 << 0 << -1.0 << 30.0 << qint64(0) << 0 << invalid << QStringLiteral("shift/overlap");
    }

    void badReconciliationsRefused()
    {
        QFETCH(int, terminal);
        QFETCH(int, clerk);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(qint64, counted);
        QFETCH(int, noteLength);
        QFETCH(int, code);
        QFETCH(QString, detail);
        Reports reports(m_cluster->db());
        // A's shift [base + 10 h, base + 12 h) is reconciled already.
        const Result<Reconciliation> earlier = reports.recordReconciliation(
            {m_counterA, 0, at(10), at(12), 0, QStringLiteral("earlier"), QStringLiteral("supervisor")});
        VERIFY_OK(earlier);
        const QString before = reconciliationState();
        ReconciliationRequest request {terminal < 0 ? m_counterA : terminal, clerk, at(from), at(to), counted,
            QString(noteLength, QLatin1Char('x')), QStringLiteral("supervisor")};
        Result<Reconciliation> r = reports.recordReconciliation(request);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.code()), code);
        if (!detail.isEmpty())
            QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(reconciliationState(), before);
        // Adjacent shifts are fine: the half-open windows do not overlap.
        if (detail == QLatin1String("shift/overlap")) {
            QVERIFY(r.error().message.contains(QLocale().toString(at(10).toLocalTime(), QLocale::ShortFormat)));
            const Result<Reconciliation> next
                = reports.recordReconciliation({m_counterA, 0, at(12), at(13), 0, {}, {}});
            VERIFY_OK(next);
            const Result<Reconciliation> previous
                = reports.recordReconciliation({m_counterA, 0, at(9), at(10), 0, {}, {}});
            VERIFY_OK(previous);
        }
    }

    void concurrentReconciliationsOfOneShift()
    {
        // Two supervisors record the same shift at once: one wins, the other is
        // told it overlaps; one row, one audit row.
        const ConnectionConfig config = m_cluster->config();
        const ReconciliationRequest request {
            m_counterB, 0, at(30), at(40), 100 * Baht, {}, QStringLiteral("supervisor")};
        auto attempt = [config, request] {
            Database db(config, QStringLiteral("reconcile-%1").arg(quintptr(QThread::currentThreadId())));
            return Reports(db).recordReconciliation(request).code();
        };
        for (int round = 0; round < 3; ++round) {
            init();
            QFuture<ErrorCode> a = QtConcurrent::run(attempt);
            QFuture<ErrorCode> b = QtConcurrent::run(attempt);
            const QList<ErrorCode> codes {a.result(), b.result()};
            QCOMPARE(codes.count(ErrorCode::None), 1);
            QCOMPARE(codes.count(ErrorCode::InvalidRequest), 1);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.shift_reconciliation")), 1);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = 'shift_reconciliation'")),
                1);
        }
    }

private:
    TestCluster *m_cluster = nullptr;
    QDateTime m_base;
    int m_counterA = 0;
    int m_counterB = 0;
    int m_clerk1 = 0;
    int m_clerk2 = 0;
    int m_show1 = 0;
    int m_show2 = 0;
    int m_ringside = 0;
    int m_class3 = 0;
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
