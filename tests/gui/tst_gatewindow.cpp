// The gate station with real keys (issue 13): a keyboard-wedge scanner types
// a ticket's code and Enter into the code field; the window answers large
// and in colour: VALID with the seat, then ALREADY ADMITTED naming the gate,
// UNKNOWN for a forged code, WRONG SHOW naming the ticket's show; the short
// code typed by hand works too; the field is empty and focused for the next
// scan; pass-out with F4 and re-entry; admitting offline from the downloaded
// list while the network is cut, and the upload when it is back. On the
// door staff's own database login, against a real PostgreSQL.
#include "admin/staffdirectory.h"
#include "db/database.h"
#include "display.h"
#include "gate/gate.h"
#include "gate/gatewindow.h"
#include "gate/offlinegate.h"
#include "i18n.h"
#include "sale/orderservice.h"
#include "sqlattempt.h"
#include "tcpproxy.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
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
    bool scan(const QString &text) { return scan(*m_window, text); }
    static bool scan(GateWindow &window, const QString &text)
    {
        QSignalSpy answered(&window, &GateWindow::scanned);
        QLineEdit *code = window.codeEdit();
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
        installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)); // plurals read "1 admission"
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

    // The gate's name typed and Enter: the next scan goes to the code, not
    // onto the gate's name (a user tried it and renamed the gate).
    void gateNameThenScan()
    {
        QLineEdit *gate = m_window->gateEdit();
        m_window->activateWindow();
        gate->setFocus();
        QTRY_VERIFY(gate->hasFocus());
        QTest::keyClick(gate, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(gate, u"North"_s);
        QTest::keyClick(gate, Qt::Key_Return);
        QVERIFY(m_window->codeEdit()->hasFocus());
        const QStringList codes = sell(1);
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Valid"_s);
        QCOMPARE(gate->text(), u"North"_s);
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

    // Twelve forged scans in a row must not look like one (a user's try):
    // every answer has its number, a repeated one says how often; a few
    // seconds later the panel says Ready, and the next scan answers anew.
    // Keys only.
    void answersAreNumberedThenReady()
    {
        const QString forged = u"7K3M9Q2X4T8V6B1N5R0H2J4P6W"_s;
        const int before = m_window->scanNumber();
        QVERIFY(scan(forged));
        QCOMPARE(m_window->scanCountLabel()->text(), u"Scan %1"_s.arg(before + 1));
        QVERIFY(scan(forged));
        QVERIFY(scan(forged));
        QCOMPARE(m_window->verdictLabel()->text(), u"Unknown or forged"_s);
        QCOMPARE(m_window->scanCountLabel()->text(), u"Scan %1 · same answer ×3"_s.arg(before + 3));
        QVERIFY(m_window->scanCountLabel()->isVisible());
        // Another answer starts the count again.
        const QStringList codes = sell(1);
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Valid"_s);
        QCOMPARE(m_window->scanCountLabel()->text(), u"Scan %1"_s.arg(before + 4));
        // Left alone, the answer goes; the code field still has the keys.
        m_window->setReadyAfter(std::chrono::milliseconds(300));
        QVERIFY(scan(forged));
        QCOMPARE(m_window->verdictLabel()->text(), u"Unknown or forged"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->verdictLabel()->text(), u"Ready"_s, 5000);
        QCOMPARE(m_window->detailLabel()->text(), u"Scan the next ticket."_s);
        QCOMPARE(verdictColour(), boxoffice::Display::neutralColor());
        QCOMPARE(m_window->scanCountLabel()->text(), u"Last answer: Unknown or forged (scan %1)"_s.arg(before + 5));
        QVERIFY(m_window->codeEdit()->hasFocus());
        QVERIFY(scan(forged));
        QCOMPARE(m_window->verdictLabel()->text(), u"Unknown or forged"_s);
        QCOMPARE(m_window->scanCountLabel()->text(), u"Scan %1 · same answer ×2"_s.arg(before + 6));
        m_window->setReadyAfter(std::chrono::seconds(10));
    }

    // Pass-out with real keys: refused while the show does not allow it;
    // once the manager allows it (the next ping brings it), F4 and a scan
    // let the holder out, the next scan lets them in again (re-entry), the
    // one after is already admitted. Esc leaves pass-out; a ticket not
    // inside cannot pass out.
    void passOutWithF4ThenReentry()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const QStringList codes = sell(2);
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Valid"_s);

        const int scans = m_window->scanNumber();
        QTest::keyClick(m_window->codeEdit(), Qt::Key_F4);
        QCOMPARE(m_window->verdictLabel()->text(), u"No pass-out"_s);
        QCOMPARE(m_window->scanNumber(), scans); // F4 is not a scan
        QVERIFY(!m_window->isPassingOut());
        QVERIFY(m_window->statusLabel()->text().contains(u"No pass-out"_s));

        VERIFY_OK(Gate::setPassOut(m_cluster->db(), m_show, true));
        QSignalSpy pinged(m_window.get(), &GateWindow::pinged);
        m_window->pingNow();
        QTRY_VERIFY_WITH_TIMEOUT(!pinged.isEmpty(), 10000);
        QVERIFY(pinged.first().first().toBool());
        QVERIFY2(m_window->statusLabel()->text().contains(u"F4"_s), qPrintable(m_window->statusLabel()->text()));

        // Esc: back to admitting, nothing recorded.
        QTest::keyClick(m_window->codeEdit(), Qt::Key_F4);
        QVERIFY(m_window->isPassingOut());
        QCOMPARE(m_window->verdictLabel()->text(), u"Pass-out"_s);
        QTest::keyClick(m_window->codeEdit(), Qt::Key_Escape);
        QVERIFY(!m_window->isPassingOut());
        QCOMPARE(m_window->verdictLabel()->text(), u"Ready"_s);

        QTest::keyClick(m_window->codeEdit(), Qt::Key_F4);
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Passed out"_s);
        QVERIFY2(m_window->detailLabel()->text().contains(u"come back"_s), qPrintable(m_window->detailLabel()->text()));
        QVERIFY(!m_window->isPassingOut()); // one scan, then admitting again
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.admission_scan WHERE verdict = 'PASSED_OUT'"
                              " AND gate = 'North' AND login = 'door'"_s)
                     .toInt(),
            1);

        // Back in through the South gate: the answer after that names the
        // latest entry, not the first at North (a user's try).
        m_window->setGateName(u"South"_s);
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Valid"_s);
        QVERIFY2(
            m_window->detailLabel()->text().startsWith(u"Re-entry"_s), qPrintable(m_window->detailLabel()->text()));
        m_window->setGateName(u"North"_s);
        QVERIFY(scan(codes.value(0)));
        QCOMPARE(m_window->verdictLabel()->text(), u"Already admitted"_s);
        QVERIFY2(m_window->detailLabel()->text().startsWith(u"Re-entered at South"_s),
            qPrintable(m_window->detailLabel()->text()));

        // A ticket never admitted cannot go out.
        QTest::keyClick(m_window->codeEdit(), Qt::Key_F4);
        QSignalSpy failed(m_window.get(), &GateWindow::scanFailed);
        QTest::keyClicks(m_window->codeEdit(), codes.value(1));
        QTest::keyClick(m_window->codeEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(m_window->verdictLabel()->text(), u"Not passed out"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT a.entries FROM boxoffice.admission a JOIN boxoffice.ticket t"
                              " ON t.order_seat_id = a.order_seat_id WHERE t.code_hash = decode(?, 'hex')"_s,
                         {QString::fromLatin1(Gate::codeHash(codes.value(0)).toHex())})
                     .toInt(),
            2);
        VERIFY_OK(Gate::setPassOut(m_cluster->db(), m_show, false));
    }

    // Offline (issue 13): a gate on a network that goes away. Its
    // admission list was downloaded when the show was chosen; with the
    // database cut off, scans are answered from it (a ticket admitted
    // online before, or offline a moment ago, is already admitted; a forged
    // one unknown; a short code cannot be checked), each admission kept in
    // a file that survives a restart. When the database is back the next
    // ping uploads them: one admitted as of its scan, one another gate had
    // admitted meanwhile a duplicate entry for the supervisor.
    void offlineAdmitsFromTheListAndUploads()
    {
        const QStringList codes = sell(3);
        QCOMPARE(codes.size(), 3);
        const std::unique_ptr<test::TcpProxy> proxy = m_cluster->makeProxy();
        Database door(test::loginAs(m_cluster->throughProxy(*proxy), u"door"_s, u"door-pass-1"_s), u"gate-proxied"_s);
        // As the app's gate station: a refused connection is given up
        // before the answer timeout (a hung one is hungDatabase...'s).
        door.setReconnectBudget(std::chrono::milliseconds(1500));
        QTemporaryDir files;
        QVERIFY(files.isValid());
        GateWindow window(door);
        window.setOfflineDirectory(files.path());
        window.setReadyAfter(std::chrono::milliseconds(0)); // answers stay: what replaces them is the point
        window.setPingInterval(std::chrono::milliseconds(500));
        window.setGateName(u"East"_s);
        QSignalSpy listed(&window, &GateWindow::listDownloaded);
        window.setShow(m_show, u"Tonight"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
        QVERIFY(listed.last().first().toInt() >= 3);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(scan(window, codes.value(0)));
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
        QVERIFY(!window.detailLabel()->text().startsWith(u"Offline"_s));

        // The network goes.
        proxy->setRefusing(true);
        proxy->cutAll();
        QVERIFY(scan(window, codes.value(1)));
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
        QVERIFY2(window.detailLabel()->text().startsWith(u"Offline"_s), qPrintable(window.detailLabel()->text()));
        QVERIFY(!window.isOnline());
        QVERIFY2(window.statusLabel()->text().contains(u"OFFLINE"_s), qPrintable(window.statusLabel()->text()));
        QVERIFY2(window.statusLabel()->text().contains(u"1 offline scan to upload"_s),
            qPrintable(window.statusLabel()->text()));
        // Nothing reached the database.
        const auto admittedAt = [this](const QString &code) {
            return m_cluster
                ->scalar(u"SELECT a.gate || '/' || a.offline FROM boxoffice.admission a JOIN boxoffice.ticket t"
                         " ON t.order_seat_id = a.order_seat_id WHERE t.code_hash = decode(?, 'hex')"_s,
                    {QString::fromLatin1(Gate::codeHash(code).toHex())})
                .toString();
        };
        QCOMPARE(admittedAt(codes.value(1)), QString());

        QVERIFY(scan(window, codes.value(1)));
        QCOMPARE(window.verdictLabel()->text(), u"Already admitted"_s);
        QVERIFY2(window.detailLabel()->text().contains(u"East"_s), qPrintable(window.detailLabel()->text()));
        QVERIFY(scan(window, codes.value(0))); // admitted online before the cut
        QCOMPARE(window.verdictLabel()->text(), u"Already admitted"_s);
        QVERIFY(scan(window, u"7K3M9Q2X4T8V6B1N5R0H2J4P6W"_s));
        QCOMPARE(window.verdictLabel()->text(), u"Unknown or forged"_s);
        QSignalSpy failed(&window, &GateWindow::scanFailed);
        QTest::keyClicks(window.codeEdit(), Gate::printedShortCode(codes.value(2)));
        QTest::keyClick(window.codeEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY2(window.detailLabel()->text().contains(u"QR code"_s), qPrintable(window.detailLabel()->text()));

        // Meanwhile the North gate, online, lets the third ticket in; then
        // it is scanned here too (the list cannot know).
        QCOMPARE(Gate::admit(m_cluster->db(), codes.value(2), m_show, u"North"_s)->verdict, GateVerdict::Valid);
        QVERIFY(scan(window, codes.value(2)));
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);

        // What was admitted offline is in the file: a restart would have it.
        {
            OfflineGate again(files.path());
            QCOMPARE(again.pendingCount(), 2);
            QVERIFY(again.list(m_show));
            QCOMPARE(again.pending().value(0).gate, u"East"_s);
        }

        // The last answer said the ticket could not be checked without
        // the database.
        QTest::keyClicks(window.codeEdit(), Gate::printedShortCode(codes.value(0)));
        QTest::keyClick(window.codeEdit(), Qt::Key_Return);
        QTRY_COMPARE(window.verdictLabel()->text(), u"Not checked"_s);
        QVERIFY(!window.noticeLabel()->isVisible());

        // The network comes back: the next ping uploads.
        QSignalSpy uploaded(&window, &GateWindow::uploaded);
        proxy->setRefusing(false);
        QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty(), 20000);
        const auto result = uploaded.first().first().value<OfflineUpload>();
        QCOMPARE(result.admitted, 1);
        QCOMPARE(result.duplicates, 1);
        QCOMPARE(result.refused, 0);
        QTRY_VERIFY(window.isOnline());
        QCOMPARE(window.offlineStore().pendingCount(), 0);
        QCOMPARE(OfflineGate(files.path()).pendingCount(), 0);
        QCOMPARE(admittedAt(codes.value(1)), u"East/true"_s);
        QCOMPARE(admittedAt(codes.value(2)), u"North/false"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.admission_duplicate WHERE gate = 'East'"
                              " AND show_id = ?"_s,
                         {m_show})
                     .toInt(),
            1);
        QVERIFY2(!window.statusLabel()->text().contains(u"OFFLINE"_s), qPrintable(window.statusLabel()->text()));
        // The panel follows: no "not checked" left over, and the door
        // staff are told what the upload did (a user's try said nothing).
        QCOMPARE(window.verdictLabel()->text(), u"Ready"_s);
        QTRY_VERIFY(window.noticeLabel()->isVisible());
        QCOMPARE(window.noticeLabel()->text(),
            u"2 offline admissions uploaded; 1 duplicate entry reported to the supervisor."_s);
        // Online again: the next scan asks the database, which names the
        // entry this gate made offline.
        QVERIFY(scan(window, codes.value(1)));
        QCOMPARE(window.verdictLabel()->text(), u"Already admitted"_s);
        QVERIFY2(!window.detailLabel()->text().startsWith(u"Offline"_s), qPrintable(window.detailLabel()->text()));
        QVERIFY2(window.detailLabel()->text().startsWith(u"Admitted offline at East"_s),
            qPrintable(window.detailLabel()->text()));
        window.close();
    }

    // Pass-out while offline, and a station that crashed offline (issue 13,
    // from a user's try: an offline gate refused a re-entry, and the next
    // login was credited with the crashed station's admissions). The list
    // says the show allows pass-out and who is inside; with the network cut,
    // F4 lets a holder out and their next scan lets them back in; both are
    // kept in the file with the login signed in. The station "crashes"; the
    // next door person signs in at it, and the upload is theirs while the
    // scans name who made them, online answers included.
    void offlinePassOutAndTheScannerNamed()
    {
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role)"
                                " VALUES ('door2', 'Door Two', 'gate') ON CONFLICT (username) DO NOTHING"_s));
        VERIFY_OK(StaffDirectory::setPassword(m_cluster->db(), u"door2"_s, u"door2-pass-1"_s));
        VERIFY_OK(Gate::setPassOut(m_cluster->db(), m_show, true));
        const QStringList codes = sell(2);
        QCOMPARE(codes.size(), 2);
        const std::unique_ptr<test::TcpProxy> proxy = m_cluster->makeProxy();
        QTemporaryDir files;
        QVERIFY(files.isValid());
        {
            Database door(test::loginAs(m_cluster->throughProxy(*proxy), u"door"_s, u"door-pass-1"_s), u"gate-west"_s);
            door.setReconnectBudget(std::chrono::milliseconds(1500));
            GateWindow window(door);
            window.setStaffLogin(u"door"_s);
            window.setOfflineDirectory(files.path());
            window.setReadyAfter(std::chrono::milliseconds(0));
            window.setPingInterval(std::chrono::milliseconds(500));
            window.setGateName(u"West"_s);
            QSignalSpy listed(&window, &GateWindow::listDownloaded);
            window.setShow(m_show, u"Tonight"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(scan(window, codes.value(0)));
            QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);

            proxy->setRefusing(true);
            proxy->cutAll();
            // The first scan after the cut finds the database gone.
            QVERIFY(scan(window, codes.value(1)));
            QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
            QVERIFY(!window.isOnline());
            QVERIFY2(window.statusLabel()->text().contains(u"F4"_s), qPrintable(window.statusLabel()->text()));
            QTest::keyClick(window.codeEdit(), Qt::Key_F4);
            QVERIFY(window.isPassingOut());
            QVERIFY(scan(window, codes.value(0)));
            QCOMPARE(window.verdictLabel()->text(), u"Passed out"_s);
            QVERIFY2(window.detailLabel()->text().startsWith(u"Offline. May come back in once"_s),
                qPrintable(window.detailLabel()->text()));
            QVERIFY(scan(window, codes.value(0)));
            QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
            QVERIFY2(window.detailLabel()->text().startsWith(u"Offline. Re-entry"_s),
                qPrintable(window.detailLabel()->text()));
            QVERIFY(scan(window, codes.value(0)));
            QCOMPARE(window.verdictLabel()->text(), u"Already admitted"_s);
            // Out again, then out once more: not inside.
            QTest::keyClick(window.codeEdit(), Qt::Key_F4);
            QVERIFY(scan(window, codes.value(0)));
            QCOMPARE(window.verdictLabel()->text(), u"Passed out"_s);
            QSignalSpy failed(&window, &GateWindow::scanFailed);
            QTest::keyClick(window.codeEdit(), Qt::Key_F4);
            QTest::keyClicks(window.codeEdit(), codes.value(0));
            QTest::keyClick(window.codeEdit(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
            QCOMPARE(window.verdictLabel()->text(), u"Not passed out"_s);
            QVERIFY2(window.detailLabel()->text().contains(u"not inside"_s), qPrintable(window.detailLabel()->text()));
            QVERIFY2(window.statusLabel()->text().contains(u"4 offline scans to upload"_s),
                qPrintable(window.statusLabel()->text()));
            // Nothing reached the database.
            QCOMPARE(m_cluster
                         ->scalar(u"SELECT count(*) FROM boxoffice.admission_scan WHERE gate = 'West'"
                                  " AND offline"_s)
                         .toInt(),
                0);
            // The station dies here (no closing, no upload).
        }
        {
            const QList<OfflineGate::Pending> kept = OfflineGate(files.path()).pending();
            QCOMPARE(kept.size(), 1);
            QCOMPARE(kept.value(0).scans.size(), 4);
            for (const OfflineScan &s : kept.value(0).scans)
                QCOMPARE(s.scannedBy, u"door"_s);
            QCOMPARE(kept.value(0).scans.value(1).kind, OfflineScan::Kind::PassOut);
        }

        // The next door person signs in at the station, the network back.
        proxy->setRefusing(false);
        Database door2(test::loginAs(m_cluster->throughProxy(*proxy), u"door2"_s, u"door2-pass-1"_s), u"gate-west-2"_s);
        GateWindow window(door2);
        window.setStaffLogin(u"door2"_s);
        window.setOfflineDirectory(files.path());
        window.setReadyAfter(std::chrono::milliseconds(0));
        window.setGateName(u"West"_s);
        QSignalSpy uploaded(&window, &GateWindow::uploaded);
        window.setShow(m_show, u"Tonight"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty(), 20000);
        const auto result = uploaded.first().first().value<OfflineUpload>();
        QCOMPARE(result.admitted, 1);
        QCOMPARE(result.reentries, 1);
        QCOMPARE(result.passedOut, 2);
        QCOMPARE(result.duplicates, 0);
        QCOMPARE(result.refused, 0);
        QTRY_VERIFY(window.noticeLabel()->isVisible());
        QCOMPARE(window.noticeLabel()->text(),
            u"2 offline admissions uploaded; 2 pass-outs uploaded; 0 duplicate entries reported to the supervisor."_s);
        // The upload is door2's; who scanned is door's word, kept beside it.
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(verdict || ':' || reported_by || ':' || login, ',' ORDER BY at)"
                              " FROM boxoffice.admission_scan WHERE gate = 'West' AND offline"_s)
                     .toString(),
            u"VALID:door:door2,PASSED_OUT:door:door2,VALID:door:door2,PASSED_OUT:door:door2"_s);
        const auto admission = [this](const QString &code) {
            return m_cluster
                ->scalar(u"SELECT a.entries || '/' || a.inside || '/' || coalesce(a.reported_by, '-') || '/' || a.login"
                         " FROM boxoffice.admission a JOIN boxoffice.ticket t ON t.order_seat_id = a.order_seat_id"
                         " WHERE t.code_hash = decode(?, 'hex')"_s,
                    {QString::fromLatin1(Gate::codeHash(code).toHex())})
                .toString();
        };
        QCOMPARE(admission(codes.value(0)), u"2/false/-/door"_s); // admitted online, out, in, out
        QCOMPARE(admission(codes.value(1)), u"1/true/door/door2"_s);

        // Online the answers name who scanned, and who uploaded.
        QVERIFY(scan(window, codes.value(1)));
        QCOMPARE(window.verdictLabel()->text(), u"Already admitted"_s);
        QVERIFY2(window.detailLabel()->text().startsWith(u"Admitted offline at West"_s)
                && window.detailLabel()->text().endsWith(u"by Door Staff (uploaded by Door Two)."_s),
            qPrintable(window.detailLabel()->text()));
        // The holder who went out offline comes back in online.
        QVERIFY(scan(window, codes.value(0)));
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
        QVERIFY2(window.detailLabel()->text().startsWith(u"Re-entry"_s), qPrintable(window.detailLabel()->text()));
        QCOMPARE(admission(codes.value(0)), u"3/true/-/door"_s);
        window.closeStation();
        VERIFY_OK(Gate::setPassOut(m_cluster->db(), m_show, false));
    }

    // A hung database (a tester froze the server: the station said
    // "Checking..." for two minutes, then showed that old answer while the
    // next person stood at the door). The station waits its answer timeout,
    // then answers from the list. The database admits that ticket after all
    // when it wakes: the list's record of the same scan is taken back, so
    // the upload does not make it a duplicate entry. And a ticket admitted
    // online by its short code is known to the list as admitted.
    void hungDatabaseAnswersFromTheList()
    {
        const QStringList codes = sell(3);
        QCOMPARE(codes.size(), 3);
        const std::unique_ptr<test::TcpProxy> proxy = m_cluster->makeProxy();
        Database door(test::loginAs(m_cluster->throughProxy(*proxy), u"door"_s, u"door-pass-1"_s), u"gate-hung"_s);
        door.setReconnectBudget(std::chrono::milliseconds(1500)); // as the app's gate station
        QTemporaryDir files;
        QVERIFY(files.isValid());
        GateWindow window(door);
        window.setStaffLogin(u"door"_s);
        window.setOfflineDirectory(files.path());
        window.setReadyAfter(std::chrono::milliseconds(0));
        window.setAnswerTimeout(std::chrono::milliseconds(1000));
        window.setPingInterval(std::chrono::milliseconds(500));
        window.setGateName(u"Hung"_s);
        QSignalSpy listed(&window, &GateWindow::listDownloaded);
        window.setShow(m_show, u"Tonight"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Online, by the short code typed by hand.
        QVERIFY(scan(window, Gate::printedShortCode(codes.value(0)).toLower()));
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);

        proxy->setStalled(true);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(scan(window, codes.value(2)));
        QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
        QVERIFY2(window.detailLabel()->text().startsWith(u"Offline"_s), qPrintable(window.detailLabel()->text()));
        QVERIFY(!window.isOnline());
        // The QR code of the ticket let in by its short code a moment ago.
        QVERIFY(scan(window, codes.value(0)));
        QCOMPARE(window.verdictLabel()->text(), u"Already admitted"_s);
        QVERIFY(scan(window, codes.value(1)));
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
        QCOMPARE(window.offlineStore().pendingCount(), 2);

        // The server wakes: it admits the ticket it was asked about, the
        // station takes its own record of that scan back, uploads the other.
        QSignalSpy uploaded(&window, &GateWindow::uploaded);
        proxy->setStalled(false);
        QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty(), 30000);
        const auto result = uploaded.first().first().value<OfflineUpload>();
        QCOMPARE(result.admitted, 1);
        QCOMPARE(result.duplicates, 0);
        QCOMPARE(window.offlineStore().pendingCount(), 0);
        const auto admission = [this](const QString &code) {
            return m_cluster
                ->scalar(u"SELECT a.gate || '/' || a.offline FROM boxoffice.admission a JOIN boxoffice.ticket t"
                         " ON t.order_seat_id = a.order_seat_id WHERE t.code_hash = decode(?, 'hex')"_s,
                    {QString::fromLatin1(Gate::codeHash(code).toHex())})
                .toString();
        };
        QCOMPARE(admission(codes.value(2)), u"Hung/false"_s);
        QCOMPARE(admission(codes.value(1)), u"Hung/true"_s);
        QCOMPARE(
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.admission_duplicate WHERE gate = 'Hung'"_s).toInt(), 0);
        // The late answer was not shown over the later ones.
        QVERIFY2(window.noticeLabel()->text().startsWith(u"1 offline admission uploaded"_s),
            qPrintable(window.noticeLabel()->text()));
        window.closeStation();
    }

    // A station started while the database is away (a user's try: the
    // panel kept saying the database cannot be reached after it was back):
    // it says so, asks again, and once the database answers it has its
    // shows, the panel says Ready and the notice says it is online again.
    void startedWithoutTheDatabaseRecovers()
    {
        const std::unique_ptr<test::TcpProxy> proxy = m_cluster->makeProxy();
        proxy->setRefusing(true);
        Database door(test::loginAs(m_cluster->throughProxy(*proxy), u"door"_s, u"door-pass-1"_s), u"gate-late"_s);
        door.setReconnectBudget(std::chrono::milliseconds(1500)); // as the app's gate station
        QTemporaryDir files;
        QVERIFY(files.isValid());
        GateWindow window(door);
        window.setOfflineDirectory(files.path());
        window.setReadyAfter(std::chrono::milliseconds(0));
        window.setGateName(u"Late"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &GateWindow::showsLoaded);
        window.loadShows();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
        QCOMPARE(loaded.first().first().toInt(), 0);
        QCOMPARE(window.verdictLabel()->text(), u"Not checked"_s);
        QVERIFY2(
            window.detailLabel()->text().contains(u"cannot be reached"_s), qPrintable(window.detailLabel()->text()));
        QVERIFY(!window.isOnline());
        QVERIFY2(window.statusLabel()->text().contains(u"OFFLINE"_s), qPrintable(window.statusLabel()->text()));

        proxy->setRefusing(false);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2 && loaded.last().first().toInt() > 0, 20000);
        QVERIFY(window.showId() > 0);
        QTRY_VERIFY(window.isOnline());
        QCOMPARE(window.verdictLabel()->text(), u"Ready"_s);
        QVERIFY2(!window.statusLabel()->text().contains(u"OFFLINE"_s), qPrintable(window.statusLabel()->text()));
        QCOMPARE(window.noticeLabel()->text(), u"Online again: the database answers."_s);
        QVERIFY(window.noticeLabel()->isVisible());
        window.closeStation();
    }

    // A PC restarted while the database cannot be reached (issue 13): the
    // station offers the shows of its saved lists (not those started more
    // than a day ago), admits from them, and a verdict stays on the panel
    // while the station keeps asking for the shows.
    void restartedOfflineAdmitsFromTheSavedLists()
    {
        const QStringList codes = sell(1);
        QCOMPARE(codes.size(), 1);
        QSignalSpy downloaded(m_window.get(), &GateWindow::listDownloaded);
        m_window->downloadList();
        QTRY_VERIFY_WITH_TIMEOUT(!downloaded.isEmpty(), 10000);
        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QString name = u"gate-list-%1.json"_s.arg(m_show);
        QVERIFY(
            QFile::copy(QDir(m_window->offlineStore().directory()).filePath(name), QDir(files.path()).filePath(name)));
        // A list of a show of last week: not offered.
        AdmissionList old;
        old.show = GateShow {m_other, u"Last week"_s, QDateTime::currentDateTimeUtc().addDays(-7),
            QTimeZone(QByteArrayLiteral("Asia/Bangkok")), {}};
        old.generatedAt = old.show.startsAt;
        {
            OfflineGate store(files.path());
            QVERIFY(store.setList(old).ok());
            const QList<GateShowEntry> saved = store.savedShows(QDateTime::currentDateTimeUtc().addDays(-1));
            QCOMPARE(saved.size(), 1);
            QCOMPARE(saved.first().show.id, m_show);
        }
        // A list untouched for more than a week goes when a store opens.
        const QString oldFile = QDir(files.path()).filePath(u"gate-list-%1.json"_s.arg(m_other));
        {
            QFile f(oldFile);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-OfflineGate::ListKeptDays - 1),
                QFileDevice::FileModificationTime));
        }
        {
            const OfflineGate reopened(files.path());
        }
        QVERIFY(!QFile::exists(oldFile));
        QVERIFY(QFile::exists(QDir(files.path()).filePath(name)));

        const std::unique_ptr<test::TcpProxy> proxy = m_cluster->makeProxy();
        proxy->setRefusing(true);
        Database door(test::loginAs(m_cluster->throughProxy(*proxy), u"door"_s, u"door-pass-1"_s), u"gate-restart"_s);
        door.setReconnectBudget(std::chrono::milliseconds(1500));
        GateWindow window(door);
        window.setOfflineDirectory(files.path());
        window.setReadyAfter(std::chrono::milliseconds(0));
        window.setGateName(u"Restart"_s);
        window.setStaffLogin(u"door"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &GateWindow::showsLoaded);
        window.loadShows();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
        QCOMPARE(loaded.first().first().toInt(), 1);
        QCOMPARE(window.showBox()->count(), 1);
        QCOMPARE(window.showId(), m_show);
        QVERIFY(!window.isOnline());
        QCOMPARE(window.verdictLabel()->text(), u"Ready"_s);
        QVERIFY2(window.statusLabel()->text().contains(u"admitting from the list of"_s),
            qPrintable(window.statusLabel()->text()));
        QVERIFY(scan(window, codes.value(0)));
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
        // The station asks again for the shows every 5 s: the verdict stays.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, 15000);
        QCOMPARE(window.verdictLabel()->text(), u"Valid"_s);
        QCOMPARE(window.showId(), m_show);

        proxy->setRefusing(false);
        QSignalSpy uploaded(&window, &GateWindow::uploaded);
        QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty(), 20000);
        QCOMPARE(uploaded.first().first().value<OfflineUpload>().admitted, 1);
        QCOMPARE(
            m_cluster
                ->scalar(u"SELECT a.gate || '/' || a.reported_by FROM boxoffice.admission a JOIN boxoffice.ticket t"
                         " ON t.order_seat_id = a.order_seat_id WHERE t.code_hash = decode(?, 'hex')"_s,
                    {QString::fromLatin1(Gate::codeHash(codes.value(0)).toHex())})
                .toString(),
            u"Restart/door"_s);
        // Online, the show list is the database's again, the chosen show kept.
        QTRY_VERIFY_WITH_TIMEOUT(window.showBox()->count() > 1, 20000);
        QCOMPARE(window.showId(), m_show);
        window.closeStation();

        // Signed in offline with a password the database no longer takes
        // (changed meanwhile): once the server answers, the station says
        // that it refused the login, not that the network is down.
        Database stale(test::loginAs(m_cluster->config(), u"door"_s, u"door-pass-old"_s), u"gate-stale"_s);
        stale.setReconnectBudget(std::chrono::milliseconds(1500));
        GateWindow refused(stale);
        refused.setOfflineDirectory(files.path());
        refused.setPingInterval(std::chrono::milliseconds(500));
        refused.setGateName(u"Stale"_s);
        refused.setStaffLogin(u"door"_s);
        QSignalSpy loadedStale(&refused, &GateWindow::showsLoaded);
        refused.loadShows();
        QTRY_VERIFY_WITH_TIMEOUT(!loadedStale.isEmpty(), 15000);
        QCOMPARE(refused.showId(), m_show);
        QTRY_VERIFY_WITH_TIMEOUT(refused.noticeLabel()->text().contains(u"refused the login door"_s), 20000);
        QVERIFY(!refused.isOnline());
        refused.closeStation();
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
