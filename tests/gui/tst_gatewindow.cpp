// The gate station with real keys (issue 13): a keyboard-wedge scanner types
// a ticket's code and Enter into the code field; the window answers large
// and in colour: VALID with the seat, then ALREADY ADMITTED naming the gate,
// UNKNOWN for a forged code, WRONG SHOW naming the ticket's show; the short
// code typed by hand works too; the field is empty and focused for the next
// scan. On the door staff's own database login, against a real PostgreSQL.
#include "admin/staffdirectory.h"
#include "db/database.h"
#include "display.h"
#include "gate/gate.h"
#include "gate/gatewindow.h"
#include "sale/orderservice.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestGateWindow final : public QObject
{
    Q_OBJECT

private:
    // Types text into the code field as a scanner does (one key press per
    // character, then Enter) and waits for the answer.
    bool scan(const QString &text)
    {
        QSignalSpy answered(m_window.get(), &GateWindow::scanned);
        QLineEdit *code = m_window->codeEdit();
        code->setFocus();
        QTest::keyClicks(code, text);
        QTest::keyClick(code, Qt::Key_Return);
        return QTest::qWaitFor([&] { return !answered.isEmpty(); }, 10000);
    }

    QColor verdictColour() const { return m_window->verdictLabel()->palette().color(QPalette::Window); }

    QStringList sell(int n)
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.ticketType = u"CLASS3"_s;
        sale.seatIds = m_cluster->seatsOf(m_show, u"CLASS3"_s, n, m_sold);
        sale.confirmSimilar = true;
        m_sold += n;
        const Result<Order> order = OrderService(m_cluster->db()).sell(sale, m_term);
        if (!order)
            return {};
        const Result<TicketCodes> codes = Gate::ticketCodes(m_cluster->db(), order->id, false);
        QStringList list;
        if (codes) {
            for (const TicketCode &t : codes->tickets)
                list << t.code;
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_cluster->resetSales();
        m_term = m_cluster->registerTerminal(u"Counter GW"_s);
        m_show = m_cluster->demoShow(2);
        m_other = m_cluster->demoShow(3);
        QVERIFY(m_term > 0 && m_show > 0 && m_other > 0);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show SET doors_at = now() - interval '1 minute',"
                                " starts_at = now() + interval '1 hour', sales_close_at = NULL WHERE id = ?"_s,
            {m_show}));
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role)"
                                " VALUES ('door', 'Door Staff', 'gate')"_s));
        VERIFY_OK(StaffDirectory::setPassword(m_cluster->db(), u"door"_s, u"door-pass-1"_s));
        m_door = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"door"_s, u"door-pass-1"_s), u"gatewindow"_s);
        m_window = std::make_unique<GateWindow>(*m_door);
        QSignalSpy loaded(m_window.get(), &GateWindow::showsLoaded);
        m_window->loadShows();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        // The show list is the gate's to read: today's show is in it.
        QVERIFY(m_window->showBox()->findData(m_show) >= 0);
        m_window->setShow(m_show, u"Tonight"_s);
        m_window->setGateName(u"North"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void validThenAlreadyAdmitted()
    {
        const QStringList codes = sell(1);
        QCOMPARE(codes.size(), 1);
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Valid"_s);
        QVERIFY2(m_window->detailLabel()->text().contains(u"Row"_s), qPrintable(m_window->detailLabel()->text()));
        QCOMPARE(verdictColour(), boxoffice::Display::goodColor());
        // Ready for the next scan, without touching the mouse.
        QVERIFY(m_window->codeEdit()->text().isEmpty());
        QVERIFY(m_window->codeEdit()->hasFocus());
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Already admitted"_s);
        QVERIFY2(m_window->detailLabel()->text().contains(u"North"_s), qPrintable(m_window->detailLabel()->text()));
        QVERIFY2(
            m_window->detailLabel()->text().contains(u"Door Staff"_s), qPrintable(m_window->detailLabel()->text()));
        QCOMPARE(verdictColour(), boxoffice::Display::criticalColor());
    }

    // The short code as printed, typed by hand in lower case.
    void typedShortCode()
    {
        const QStringList codes = sell(1);
        QVERIFY(scan(Gate::printedShortCode(codes.value(0)).toLower()));
        QCOMPARE(m_window->verdictLabel()->text(), u"Valid"_s);
    }

    void forgedCodeIsUnknown()
    {
        QVERIFY(scan(u"7K3M9Q2X4T8V6B1N5R0H2J4P6W"_s));
        QCOMPARE(m_window->verdictLabel()->text(), u"Unknown or forged"_s);
        QCOMPARE(verdictColour(), boxoffice::Display::criticalColor());
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.admission_scan WHERE verdict = 'UNKNOWN'"
                              " AND login = 'door' AND gate = 'North'"_s)
                     .toInt(),
            1);
    }

    // A ticket for another show: amber, naming the show, and not admitted.
    void wrongShowNamesIt()
    {
        const QStringList codes = sell(1);
        m_window->setShow(m_other, u"Another night"_s);
        QVERIFY(scan(codes.value(0)));
        QVERIFY2(
            m_window->verdictLabel()->text() == u"Wrong day"_s || m_window->verdictLabel()->text() == u"Wrong show"_s,
            qPrintable(m_window->verdictLabel()->text()));
        QVERIFY2(m_window->detailLabel()->text().contains(u"Muay Thai Night"_s),
            qPrintable(m_window->detailLabel()->text()));
        QCOMPARE(verdictColour(), boxoffice::Display::warningColor());
        m_window->setShow(m_show, u"Tonight"_s);
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Valid"_s);
    }

    // Without a gate name the database refuses, and the window says why.
    void missingGateNameIsSaid()
    {
        const QStringList codes = sell(1);
        m_window->setGateName(QString());
        QSignalSpy failed(m_window.get(), &GateWindow::scanFailed);
        QLineEdit *code = m_window->codeEdit();
        QTest::keyClicks(code, codes.value(0));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(m_window->verdictLabel()->text(), u"Not checked"_s);
        QVERIFY2(m_window->detailLabel()->text().contains(u"gate"_s, Qt::CaseInsensitive),
            qPrintable(m_window->detailLabel()->text()));
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.admission_scan WHERE gate = ''"_s).toInt(), 0);
        m_window->setGateName(u"North"_s);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_door.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<Database> m_door;
    std::unique_ptr<GateWindow> m_window;
    int m_term = 0;
    int m_show = 0;
    int m_other = 0;
    int m_sold = 0;
};

QTEST_MAIN(TestGateWindow)
#include "tst_gatewindow.moc"
