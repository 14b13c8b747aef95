// The Exchange screen of the orders dialog, with real keys and clicks: seats
// ticked, Exchange seats…, the show and new seats chosen in the dialog, the
// difference collected with the split-tender checkout or refunded; the
// database state asserted afterwards (old seats free, new ones sold, money
// to the satang) and the new receipt read back from the PDF. A refusal
// (a paused show, seats taken meanwhile) is shown translated, nothing changed.
#include "counter/checkoutdialog.h"
#include "counter/counterdesk.h"
#include "counter/exchangedialog.h"
#include "counter/ordersdialog.h"
#include "counter/ticketprinter.h"
#include "db/database.h"
#include "db/serviceerror.h"
#include "sale/orderservice.h"
#include "sale/saleengine.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return u"(pdftotext failed)"_s;
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

Money baht(const char *text)
{
    return *Money::fromDecimal(QString::fromLatin1(text));
}

// Moves a combo box to the entry with this data by its arrow keys (Home,
// then Down); false when there is none.
bool pick(QComboBox *box, const QVariant &data)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData() != data; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    return box->currentData() == data;
}

} // namespace

class TestExchangeDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_cluster = &TestCluster::instance();
        m_engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {u"Counter X"_s});
        VERIFY_OK(m_engine->registerTerminal());
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_engine->terminalId()));
        m_show = m_cluster->demoShow(2);
        m_other = m_cluster->demoShow(3);
        QVERIFY(m_show > 0 && m_other > 0 && m_other != m_show);
    }

    void init()
    {
        m_cluster->resetSales();
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = z.price FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id IN (?, ?)"_s,
            {m_show, m_other}));
        m_desk = std::make_unique<CounterDesk>(m_cluster->db(), *m_engine, nullptr);
        m_orders = std::make_unique<OrdersDialog>(m_desk.get());
    }

    void cleanup()
    {
        m_orders.reset();
        m_desk.reset();
    }

    // Two CLASS3 seats to another night that costs 100.50 more a seat: the
    // difference (201.00) collected in cash through the checkout; the old
    // order cancelled and fully refunded, the new one paid to the satang.
    void anotherNightCollectsTheDifference()
    {
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = z.price + 100.50 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS3'"_s,
            {m_other}));
        const Order sold = sell(u"CLASS3"_s, 2);
        const Money paid = sold.total;
        ExchangeDialog *dialog = openExchange(sold, 2);
        QVERIFY(dialog);
        QSignalSpy quoted(dialog, &ExchangeDialog::quoted);
        if (dialog->showBox()->currentData().toInt() != m_other) {
            QVERIFY(pick(dialog->showBox(), m_other));
            QTRY_VERIFY_WITH_TIMEOUT(!quoted.isEmpty(), 5000);
        }
        QTRY_VERIFY(dialog->exchangeButton()->isEnabled());
        QCOMPARE(dialog->quote().difference(), baht("201.00"));
        QVERIFY(dialog->findChild<QLabel *>(u"difference"_s)->text().contains(formatBaht(baht("201.00"))));
        const QList<int> newSeats = dialog->request().newSeatIds;
        QCOMPARE(newSeats.size(), 2);
        // Every choice readable whole: the combos grew to their longest item
        // after the shows and seats came (a Thai date is longer still).
        for (auto *box : dialog->findChildren<QComboBox *>()) {
            int widest = 0;
            for (int i = 0; i < box->count(); ++i)
                widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
            QTRY_VERIFY2(box->width() >= widest,
                qPrintable(u"%1: %2 px for %3 px of text"_s.arg(box->objectName()).arg(box->width()).arg(widest)));
        }

        QSignalSpy receipt(m_orders.get(), &OrdersDialog::reprintRequested);
        QTest::keyClick(dialog->showBox(), Qt::Key_Return);
        QTRY_VERIFY(dialog->checkout() && dialog->checkout()->isVisible());
        CheckoutDialog *checkout = dialog->checkout();
        QCOMPARE(checkout->remainder(), baht("201.00"));
        retype(checkout->tenderedEdit(), u"500"_s);
        QCOMPARE(checkout->change(), baht("299.00"));
        QTest::mouseClick(checkout->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!receipt.isEmpty(), 5000);
        const Order made = receipt.first().first().value<Order>();
        QVERIFY(made.id != sold.id);
        QCOMPARE(made.total, paid + baht("201.00"));

        // Old seats free, new ones sold to the new order; the old order
        // cancelled with everything refunded (moved), the new one paid exactly.
        for (const SeatRef &seat : sold.seats)
            QVERIFY(m_cluster->seatRow(m_show, seat.id).startsWith(u"available/"_s));
        for (int seat : newSeats)
            QVERIFY(m_cluster->seatRow(m_other, seat).startsWith(u"sold/"_s));
        QCOMPARE(m_cluster->scalar(u"SELECT status FROM boxoffice.orders WHERE id = ?"_s, {sold.id}).toString(),
            u"cancelled"_s);
        QCOMPARE(net(sold.id), u"0.00"_s);
        QCOMPARE(net(made.id), made.total.toDecimal());
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(method || ' ' || amount || ' ' || coalesce(tendered::text, '-'), ','"
                              " ORDER BY id) FROM boxoffice.payment WHERE order_id = ? AND kind = 'payment'"_s,
                         {made.id})
                     .toString(),
            u"cash %1 -,cash 201.00 500.00"_s.arg(paid.toDecimal()));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = 'exchange_seats'"
                              " AND (detail ->> 'order_id')::bigint = ?"_s,
                         {sold.id})
                     .toInt(),
            1);
        QVERIFY(m_orders->findChild<QLabel *>(u"message"_s)->text().contains(u"#%1"_s.arg(made.id)));

        QTemporaryDir dir;
        const QString file = dir.filePath(u"exchange.pdf"_s);
        QVERIFY(TicketPrinter::writePdf(TicketJob {made, {}, false, false, {}}, file));
        const QString text = pdfText(file);
        QVERIFY2(text.contains(u"exchange from order %1"_s.arg(sold.id)) && text.contains(formatBaht(made.total))
                && text.contains(u"201.00"_s) && text.contains(u"299.00"_s),
            qPrintable(text));
    }

    // One RINGSIDE seat paid by card, kept but changed to a cheaper price
    // type on the same show: the difference refunded to the card (the
    // clerk's choice), the seat still sold to the same order.
    void samePriceTypeChangeRefunds()
    {
        QVERIFY(
            m_cluster->exec(u"INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                            " SELECT sp.show_id, sp.zone_id, pt.id, sp.price - 333.33 FROM boxoffice.show_price sp"
                            " JOIN boxoffice.zone z ON z.id = sp.zone_id, boxoffice.price_type pt"
                            " WHERE sp.show_id = ? AND z.ticket_type = 'RINGSIDE' AND pt.code = 'THAI'"
                            "   AND sp.price_type_id = (SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD')"
                            " ON CONFLICT (show_id, zone_id, price_type_id) DO UPDATE SET price = excluded.price"_s,
                {m_show}));
        const Order sold = sell(u"RINGSIDE"_s, 1, PaymentMethod::Card);
        const int seat = sold.seats.first().id;
        ExchangeDialog *dialog = openExchange(sold, 1);
        QVERIFY(dialog);
        QSignalSpy quoted(dialog, &ExchangeDialog::quoted);
        // The price types come with the show: listed once it is chosen.
        QSignalSpy listed(dialog, &ExchangeDialog::priceTypesListed);
        if (dialog->showBox()->currentData().toInt() != m_show) {
            QVERIFY(pick(dialog->showBox(), m_show));
            QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 5000);
        }
        QVERIFY(pick(dialog->seatChoiceBox(), int(ExchangeDialog::SeatChoice::SameSeats)));
        QVERIFY(pick(dialog->priceTypeBox(), u"THAI"_s));
        QTRY_VERIFY(dialog->exchangeButton()->isEnabled());
        QCOMPARE(dialog->quote().difference(), -baht("333.33"));
        QVERIFY(dialog->findChild<QLabel *>(u"difference"_s)->text().contains(u"To refund"_s));
        QVERIFY(dialog->refundMethodBox()->isEnabled());
        QVERIFY(pick(dialog->refundMethodBox(), int(PaymentMethod::Card)));

        QSignalSpy receipt(m_orders.get(), &OrdersDialog::reprintRequested);
        QTest::keyClick(dialog->refundMethodBox(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!receipt.isEmpty(), 5000);
        const Order after = receipt.first().first().value<Order>();
        QCOMPARE(after.id, sold.id);
        QCOMPARE(after.total, sold.total - baht("333.33"));
        QVERIFY(m_cluster->seatRow(m_show, seat).startsWith(u"sold/"_s));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(method || ' ' || amount, ',') FROM boxoffice.payment"
                              " WHERE order_id = ? AND kind = 'refund'"_s,
                         {sold.id})
                     .toString(),
            u"card 333.33"_s);
        QCOMPARE(net(sold.id), after.total.toDecimal());
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT pt.code FROM boxoffice.order_seat os JOIN boxoffice.price_type pt"
                              " ON pt.id = os.price_type_id WHERE os.order_id = ? AND os.seat_id = ? AND os.active"_s,
                         {sold.id, seat})
                     .toString(),
            u"THAI"_s);
    }

    // Only shows still on sale are offered, and the default is one of them:
    // the first night started three hours ago (its sales over) is not listed.
    // The difference is collected by PromptPay when the venue has an id set
    // (as the counter's own checkout offers it), with the bank's reference
    // stored and printed.
    void sellableDefaultAndPromptPayCollects()
    {
        const int past = m_cluster->demoShow(0);
        QVERIFY(past > 0 && past != m_show && past != m_other);
        const QString pastTimes = m_cluster
                                      ->scalar(u"SELECT starts_at::text || '|' || coalesce(sales_close_at::text, '')"
                                               " FROM boxoffice.show WHERE id = ?"_s,
                                          {past})
                                      .toString();
        const QString promptPay = m_cluster
                                      ->scalar(u"SELECT coalesce(promptpay_id, '') FROM boxoffice.venue v"
                                               " JOIN boxoffice.show s ON s.venue_id = v.id WHERE s.id = ?"_s,
                                          {m_other})
                                      .toString();
        auto restore = qScopeGuard([&] {
            m_cluster->exec(u"UPDATE boxoffice.show SET starts_at = split_part(?, '|', 1)::timestamptz,"
                            " sales_close_at = nullif(split_part(?, '|', 2), '')::timestamptz WHERE id = ?"_s,
                {pastTimes, pastTimes, past});
            m_cluster->exec(u"UPDATE boxoffice.venue SET promptpay_id = nullif(?, '')"
                            " WHERE id = (SELECT venue_id FROM boxoffice.show WHERE id = ?)"_s,
                {promptPay, m_other});
        });
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show SET starts_at = now() - interval '3 hours',"
                                " sales_close_at = now() - interval '1 hour' WHERE id = ?"_s,
            {past}));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.venue SET promptpay_id = '0812345678'"
                                " WHERE id = (SELECT venue_id FROM boxoffice.show WHERE id = ?)"_s,
            {m_other}));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_price sp SET price = z.price + 100.50 FROM boxoffice.zone z"
                                " WHERE z.id = sp.zone_id AND sp.show_id = ? AND z.ticket_type = 'CLASS3'"_s,
            {m_other}));
        const Order sold = sell(u"CLASS3"_s, 1);
        ExchangeDialog *dialog = openExchange(sold, 1);
        QVERIFY(dialog);
        QCOMPARE(dialog->showBox()->findData(past), -1);
        QVERIFY(dialog->showBox()->currentIndex() > 0);
        QVERIFY(dialog->showBox()->currentData().toInt() != past);
        QTRY_VERIFY(dialog->exchangeButton()->isEnabled());
        QVERIFY(dialog->errorLabel()->text().isEmpty());

        QSignalSpy quoted(dialog, &ExchangeDialog::quoted);
        if (dialog->showBox()->currentData().toInt() != m_other) {
            QVERIFY(pick(dialog->showBox(), m_other));
            QTRY_VERIFY_WITH_TIMEOUT(!quoted.isEmpty(), 5000);
        }
        QTRY_VERIFY(dialog->exchangeButton()->isEnabled());
        QCOMPARE(dialog->quote().difference(), baht("100.50"));
        QSignalSpy receipt(m_orders.get(), &OrdersDialog::reprintRequested);
        QTest::keyClick(dialog->showBox(), Qt::Key_Return);
        QTRY_VERIFY(dialog->checkout() && dialog->checkout()->isVisible());
        CheckoutDialog *checkout = dialog->checkout();
        QVERIFY2(checkout->offersPromptPay(), qPrintable(checkout->promptPayUnavailableReason()));
        // Opened over the exchange: the clerk's keys go to it once active.
        checkout->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), checkout);
        QTest::keyClick(checkout, Qt::Key_F7);
        auto *reference = checkout->findChild<QLineEdit *>(u"promptPayReference"_s);
        QVERIFY(reference && reference->isVisible());
        QTest::keyClicks(reference, u"PP 4711"_s);
        QVERIFY(checkout->confirmButton()->isEnabled());
        QTest::mouseClick(checkout->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!receipt.isEmpty(), 5000);
        const Order made = receipt.first().first().value<Order>();
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(method || ' ' || amount || ' ' || reference, ',' ORDER BY id)"
                              " FROM boxoffice.payment WHERE order_id = ? AND method = 'promptpay'"_s,
                         {made.id})
                     .toString(),
            u"promptpay 100.50 PP 4711"_s);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"promptpay.pdf"_s);
        QVERIFY(TicketPrinter::writePdf(TicketJob {made, {}, false, false, {}}, file));
        const QString text = pdfText(file);
        QVERIFY2(text.contains(u"PP 4711"_s), qPrintable(text));
    }

    // The price types offered are those the chosen show sells the seat's
    // ticket type at (as the cart's list): THAI where it has a price, never
    // STAFF or COMP without one.
    void priceTypesAreThoseTheShowSells()
    {
        QVERIFY(
            // Only the RINGSIDE rows: other tests sell other ticket types of
            // this show at COMP (the shared cluster).
            m_cluster->exec(u"DELETE FROM boxoffice.show_price WHERE show_id = ? AND price_type_id IN"
                            " (SELECT id FROM boxoffice.price_type WHERE code IN ('STAFF', 'COMP', 'THAI', 'CHILD'))"
                            " AND zone_id IN (SELECT id FROM boxoffice.zone WHERE ticket_type = 'RINGSIDE')"_s,
                {m_other}));
        QVERIFY(
            m_cluster->exec(u"INSERT INTO boxoffice.show_price (show_id, zone_id, price_type_id, price)"
                            " SELECT sp.show_id, sp.zone_id, pt.id, sp.price - 100 FROM boxoffice.show_price sp"
                            " JOIN boxoffice.zone z ON z.id = sp.zone_id, boxoffice.price_type pt"
                            " WHERE sp.show_id = ? AND z.ticket_type = 'RINGSIDE' AND pt.code = 'THAI'"
                            "   AND sp.price_type_id = (SELECT id FROM boxoffice.price_type WHERE code = 'STANDARD')"
                            " ON CONFLICT (show_id, zone_id, price_type_id) DO UPDATE SET price = excluded.price"_s,
                {m_other}));
        const Order sold = sell(u"RINGSIDE"_s, 1);
        ExchangeDialog *dialog = openExchange(sold, 1);
        QVERIFY(dialog);
        QSignalSpy listed(dialog, &ExchangeDialog::priceTypesListed);
        if (dialog->showBox()->currentData().toInt() != m_other) {
            QVERIFY(pick(dialog->showBox(), m_other));
            QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 5000);
        }
        QStringList codes;
        for (int i = 1; i < dialog->priceTypeBox()->count(); ++i)
            codes << dialog->priceTypeBox()->itemData(i).toString();
        QCOMPARE(codes, (QStringList {u"STANDARD"_s, u"THAI"_s}));
        QVERIFY(pick(dialog->priceTypeBox(), u"THAI"_s));
        QTRY_VERIFY(dialog->exchangeButton()->isEnabled());
        QCOMPARE(dialog->quote().difference(), -baht("100.00"));
    }

    // Refusals after the quote, each shown translated in the dialog with
    // nothing changed: the other night paused meanwhile; a new seat sold to
    // someone else meanwhile.
    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("code");
        QTest::newRow("paused show") << u"paused"_s << int(ErrorCode::ShowPaused);
        QTest::newRow("cancelled show") << u"cancelled"_s << int(ErrorCode::ShowCancelled);
        QTest::newRow("seat taken") << u"taken"_s << int(ErrorCode::SeatConflict);
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, what);
        QFETCH(int, code);
        const Order sold = sell(u"CLASS2"_s, 1);
        ExchangeDialog *dialog = openExchange(sold, 1);
        QVERIFY(dialog);
        QSignalSpy quoted(dialog, &ExchangeDialog::quoted);
        QVERIFY(pick(dialog->showBox(), m_other));
        QTRY_VERIFY(dialog->exchangeButton()->isEnabled());
        QVERIFY(dialog->quote().difference().isZero());
        const int newSeat = dialog->request().newSeatIds.value(0);
        if (what == u"paused"_s) {
            QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show SET sales_state = 'paused' WHERE id = ?"_s, {m_other}));
        } else if (what == u"cancelled"_s) {
            QVERIFY(m_cluster->exec(
                u"UPDATE boxoffice.show SET sales_state = 'closed', cancelled_at = now(), cancel_reason = 'rain'"
                " WHERE id = ?"_s,
                {m_other}));
        } else {
            SellRequest other;
            other.idempotencyKey = QUuid::createUuid();
            other.showId = m_other;
            other.ticketType = u"CLASS2"_s;
            other.seatIds = {newSeat};
            VERIFY_OK(OrderService(m_cluster->db()).sell(other, m_engine->terminalId()));
        }
        const QString before = m_cluster->fingerprint();
        const QString payments = paymentsOf(sold.id);
        QSignalSpy failed(dialog, &ExchangeDialog::failed);
        QTest::mouseClick(dialog->exchangeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        const QString message = failed.first().first().toString();
        // The translated message of that code (seats named after the colon).
        QVERIFY2(message.startsWith(describe(ErrorCode(code)).section(u':', 0, 0)), qPrintable(message));
        QCOMPARE(dialog->errorLabel()->text(), message);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(paymentsOf(sold.id), payments);
        QVERIFY(m_cluster->seatRow(m_show, sold.seats.first().id).startsWith(u"sold/"_s));
        if (what != u"taken"_s)
            QVERIFY(m_cluster->seatRow(m_other, newSeat).startsWith(u"available/"_s));
        m_cluster->exec(u"UPDATE boxoffice.show SET sales_state = 'on_sale', cancelled_at = NULL, cancel_reason = NULL"
                        " WHERE id = ?"_s,
            {m_other});
    }

private:
    // n seats of a ticket type of the first show, paid in one tender.
    Order sell(const QString &type, int n, PaymentMethod method = PaymentMethod::Cash)
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.ticketType = type;
        sale.seatIds = m_cluster->seatsOf(m_show, type, n);
        sale.payment = method;
        if (method == PaymentMethod::Card)
            sale.paymentRef = u"slip 7"_s;
        const Result<Order> sold = OrderService(m_cluster->db()).sell(sale, m_engine->terminalId());
        if (!sold)
            qWarning() << sold.error().message;
        return sold ? sold.value() : Order {};
    }

    // Finds the order, ticks its first n seats by keys, clicks Exchange
    // seats… and waits for the dialog's first quote.
    ExchangeDialog *openExchange(const Order &order, int n)
    {
        if (order.id == 0)
            return nullptr;
        m_orders->show();
        if (!QTest::qWaitForWindowActive(m_orders.get()))
            return nullptr;
        QSignalSpy searched(m_orders.get(), &OrdersDialog::searched);
        m_orders->searchEdit()->setFocus();
        QTest::keyClicks(m_orders->searchEdit(), u"#%1"_s.arg(order.id));
        QTest::keyClick(m_orders->searchEdit(), Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return !searched.isEmpty(); }, 5000))
            return nullptr;
        m_orders->seatList()->setFocus();
        for (int i = 0; i < n; ++i) {
            m_orders->seatList()->setCurrentRow(i);
            QTest::keyClick(m_orders->seatList(), Qt::Key_Space);
        }
        if (m_orders->tickedSeats().size() != n || !m_orders->exchangeButton()->isEnabled())
            return nullptr;
        QTest::mouseClick(m_orders->exchangeButton(), Qt::LeftButton);
        auto *dialog = m_orders->findChild<ExchangeDialog *>(u"exchangeDialog"_s);
        if (!dialog)
            return nullptr;
        QSignalSpy quoted(dialog, &ExchangeDialog::quoted);
        if (!QTest::qWaitFor([&] { return !quoted.isEmpty(); }, 5000))
            return nullptr;
        return dialog;
    }

    // Payments less refunds of an order, to the satang.
    QString net(qint64 order)
    {
        return m_cluster
            ->scalar(u"SELECT coalesce(sum(CASE WHEN kind = 'refund' THEN -amount ELSE amount END), 0)::text"
                     " FROM boxoffice.payment WHERE order_id = ?"_s,
                {order})
            .toString();
    }

    QString paymentsOf(qint64 order)
    {
        return m_cluster
            ->scalar(u"SELECT coalesce(string_agg(kind || method || amount, ',' ORDER BY id), '')"
                     " FROM boxoffice.payment WHERE order_id = ?"_s,
                {order})
            .toString();
    }

    TestCluster *m_cluster = nullptr;
    std::unique_ptr<SaleEngine> m_engine;
    std::unique_ptr<CounterDesk> m_desk;
    std::unique_ptr<OrdersDialog> m_orders;
    int m_show = 0;
    int m_other = 0;
};

QTEST_MAIN(TestExchangeDialog)
#include "tst_exchangedialog.moc"
