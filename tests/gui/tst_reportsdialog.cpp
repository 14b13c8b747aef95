// The supervisor's report and cash reconciliation dialogs with real clicks
// and keys against a real PostgreSQL: pick a grouping and read the figures,
// export the CSV, count a drawer (over, short, exact shown live), record it
// and find it in the history; a stale shift is refused in words.
#include "db/database.h"
#include "i18n.h"
#include "money/money.h"
#include "sale/orderservice.h"
#include "supervisor/reconciliationdialog.h"
#include "supervisor/reportsdialog.h"
#include "supervisor/reporttablemodel.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>

#include <memory>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestReportsDialog final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }

    qint64 sell(int terminal, int clerk, const QString &type, int seats, PaymentMethod method, int show = 0)
    {
        const int showId = show ? show : m_show;
        SellRequest r;
        r.idempotencyKey = QUuid::createUuid();
        r.showId = showId;
        r.seatIds = m_cluster->seatsOf(showId, type, seats, m_nextSeat);
        m_nextSeat += seats;
        r.ticketType = type;
        r.payment = method;
        r.clerkId = clerk;
        Result<Order> o = OrderService(*m_db).sell(r, terminal);
        if (!o.ok())
            qFatal("sale refused: %s", boxoffice::test::why(o.error()).constData());
        return o->id;
    }

    // Chooses an entry of a combo box the way a user does: open, click.
    static void pick(QComboBox *combo, int index)
    {
        QTest::mouseClick(combo, Qt::LeftButton);
        QTRY_VERIFY(combo->view()->isVisible());
        // The popup ignores a release within a double-click interval of opening.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        const QRect rect = combo->view()->visualRect(combo->model()->index(index, 0));
        QTest::mouseClick(combo->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(combo->currentIndex(), index);
        QTRY_VERIFY(!combo->view()->isVisible());
    }

    static void typeAmount(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static int rowOf(const ReportTableModel *model, const QString &label)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, ReportTableModel::LabelColumn).data().toString() == label)
                return r;
        }
        return -1;
    }

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)); // plurals read "1 seat"
        m_cluster = &TestCluster::instance();
        m_cluster->resetSales();
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.shift_reconciliation"));
        m_db = std::make_unique<Database>(m_cluster->config(), QStringLiteral("reportsdialog"));
        m_east = m_cluster->registerTerminal(QStringLiteral("Counter East"));
        m_west = m_cluster->registerTerminal(QStringLiteral("Counter West"));
        // Cash is taken and given back in the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_east) && test::openCashShift(*m_cluster, m_west));
        m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.staff (username, display_name, role)"
                                       " VALUES ('somchai', 'สมชาย ใจดี', 'clerk') ON CONFLICT DO NOTHING"));
        m_clerk = count(QStringLiteral("SELECT id FROM boxoffice.staff WHERE username = 'clerk'"));
        m_somchai = count(QStringLiteral("SELECT id FROM boxoffice.staff WHERE username = 'somchai'"));
        m_show = m_cluster->demoShow(4);
        // Today: East sells 2 ringside for cash (5,000) and 1 class 2 by
        // PromptPay (1,800) that is refunded; West sells 1 class 3 by card
        // (1,500) and 2 class 2 for cash (3,600).
        sell(m_east, m_clerk, QStringLiteral("RINGSIDE"), 2, PaymentMethod::Cash);
        const qint64 refunded = sell(m_east, m_clerk, QStringLiteral("CLASS2"), 1, PaymentMethod::PromptPay);
        Result<Order> cancelled = OrderService(*m_db).cancel(refunded, m_east, m_clerk, QStringLiteral("wrong night"));
        VERIFY_OK(cancelled);
        sell(m_west, m_somchai, QStringLiteral("CLASS3"), 1, PaymentMethod::Card);
        sell(m_west, m_somchai, QStringLiteral("CLASS2"), 2, PaymentMethod::Cash);
    }

    void groupingShowsFigures()
    {
        ReportsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Today at the venue (its zone is read first), by show.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->hasReport(), 10000);
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Bangkok")).date();
        QCOMPARE(dialog.fromEdit()->date(), today);
        QCOMPARE(dialog.toEdit()->date(), today);
        QCOMPARE(dialog.grouping(), ReportGrouping::Show);
        QCOMPARE(dialog.model()->rowCount(), 2); // the show and the totals

        pick(dialog.groupingBox(), dialog.groupingBox()->findData(int(ReportGrouping::Counter)));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->report().grouping, ReportGrouping::Counter, 10000);
        QTableView *table = dialog.table();
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(
            model->headerData(ReportTableModel::LabelColumn, Qt::Horizontal).toString(), QStringLiteral("Counter"));
        const int east = rowOf(dialog.model(), QStringLiteral("Counter East"));
        const int west = rowOf(dialog.model(), QStringLiteral("Counter West"));
        QVERIFY(east >= 0 && west >= 0);
        QCOMPARE(cell(model, east, ReportTableModel::OrdersColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, east, ReportTableModel::TicketsColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, east, ReportTableModel::GrossColumn), formatBaht(680000));
        QCOMPARE(cell(model, east, ReportTableModel::RefundOrdersColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, east, ReportTableModel::RefundsColumn), formatBaht(180000));
        QCOMPARE(cell(model, east, ReportTableModel::NetTicketsColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, east, ReportTableModel::NetColumn), formatBaht(500000));
        QCOMPARE(cell(model, east, ReportTableModel::CashColumn), formatBaht(500000));
        QCOMPARE(cell(model, east, ReportTableModel::PromptPayColumn), formatBaht(0));
        QCOMPARE(cell(model, west, ReportTableModel::NetColumn), formatBaht(510000));
        QCOMPARE(cell(model, west, ReportTableModel::CardColumn), formatBaht(150000));
        QCOMPARE(cell(model, west, ReportTableModel::CashColumn), formatBaht(360000));
        // The totals row, last.
        const int total = model->rowCount() - 1;
        QVERIFY(model->index(total, 0).data(ReportTableModel::TotalRowRole).toBool());
        QCOMPARE(cell(model, total, ReportTableModel::LabelColumn), QStringLiteral("Total"));
        QCOMPARE(cell(model, total, ReportTableModel::OrdersColumn), QStringLiteral("4"));
        QCOMPARE(cell(model, total, ReportTableModel::NetColumn), formatBaht(1010000));
        QCOMPARE(cell(model, total, ReportTableModel::CashColumn), formatBaht(860000));

        // By clerk: the Thai name is there.
        pick(dialog.groupingBox(), dialog.groupingBox()->findData(int(ReportGrouping::Clerk)));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->report().grouping, ReportGrouping::Clerk, 10000);
        QVERIFY(rowOf(dialog.model(), QStringLiteral("สมชาย ใจดี")) >= 0);

        // By price type: every sale was Standard; net, the refunded ticket is not sold.
        pick(dialog.groupingBox(), dialog.groupingBox()->findData(int(ReportGrouping::PriceType)));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->report().grouping, ReportGrouping::PriceType, 10000);
        const int standard = rowOf(dialog.model(), QStringLiteral("Standard"));
        QVERIFY(standard >= 0);
        QCOMPARE(cell(model, standard, ReportTableModel::TicketsColumn), QStringLiteral("6"));
        QCOMPARE(cell(model, standard, ReportTableModel::NetTicketsColumn), QStringLiteral("5"));
        QCOMPARE(cell(model, standard, ReportTableModel::NetColumn), formatBaht(1010000));

        // Yesterday: nothing sold.
        pick(dialog.periodBox(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.fromEdit()->date(), today.addDays(-1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog.model()->report().to.toTimeZone(QTimeZone("Asia/Bangkok")).date(), today, 10000);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("No sales in this period."));
    }

    void exportCsv()
    {
        ReportsDialog dialog(*m_db);
        QSignalSpy exported(&dialog, &ReportsDialog::exported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        pick(dialog.groupingBox(), dialog.groupingBox()->findData(int(ReportGrouping::Counter)));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->report().grouping, ReportGrouping::Counter, 10000);
        QVERIFY(dialog.exportButton()->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("today.csv"));
        QVERIFY(dialog.exportCsv(path));
        QCOMPARE(exported.size(), 1);
        QVERIFY(dialog.messageLabel()->text().contains(QDir::toNativeSeparators(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 5); // header, two counters, totals, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0),
            QStringLiteral("Counter,Orders sold,Orders returned,Net orders,Tickets sold,Tickets returned,Net tickets,"
                           "Taken,Refunded,Net,Cash gross,Cash refunds,Cash net,Card gross,Card refunds,Card net,"
                           "PromptPay gross,PromptPay refunds,PromptPay net"));
        QVERIFY(lines.contains(QStringLiteral("Counter East,2,1,1,3,1,2,6800.00,1800.00,5000.00,5000.00,0.00,5000.00,"
                                              "0.00,0.00,0.00,1800.00,1800.00,0.00")));
        QVERIFY(lines.contains(QStringLiteral("Counter West,2,0,2,3,0,3,5100.00,0.00,5100.00,3600.00,0.00,3600.00,"
                                              "1500.00,0.00,1500.00,0.00,0.00,0.00")));
        QCOMPARE(lines.at(3),
            QStringLiteral("Total,4,1,3,6,1,5,11900.00,1800.00,10100.00,8600.00,0.00,8600.00,1500.00,0.00,1500.00,"
                           "1800.00,1800.00,0.00"));
        QVERIFY(lines.at(4).isEmpty());

        // A folder that is not there: said plainly, nothing written.
        const QString bad = dir.filePath(QStringLiteral("missing/today.csv"));
        QVERIFY(!dialog.exportCsv(bad));
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Could not save")));
        QVERIFY(!QFile::exists(bad));
    }

    void reportScreenshot()
    {
        // A second show, so that the zones have a little more to say.
        sell(m_west, m_clerk, QStringLiteral("RINGSIDE"), 4, PaymentMethod::PromptPay, m_cluster->demoShow(5));
        ReportsDialog dialog(*m_db);
        dialog.resize(1180, 330);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        pick(dialog.groupingBox(), dialog.groupingBox()->findData(int(ReportGrouping::Zone)));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->report().grouping, ReportGrouping::Zone, 10000);
        QCOMPARE(dialog.model()->rowCount(), 4);
        QTest::qWait(100);
        QDir().mkpath(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots"));
        QVERIFY(dialog.grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/reports.png")));
    }

    void recordReconciliation()
    {
        m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.shift_reconciliation"));
        ReconciliationDialog dialog(*m_db, QStringLiteral("supervisor"), m_east);
        QSignalSpy recorded(&dialog, &ReconciliationDialog::recorded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.proposal().has_value(), 10000);
        QCOMPARE(dialog.counterId(), m_east);
        QCOMPARE(dialog.counterBox()->currentText(), QStringLiteral("Counter East"));
        // East's drawer: the 5,000 cash sale (the PromptPay refund is not cash).
        QCOMPARE(dialog.expectedLabel()->text(), formatBaht(500000));
        QVERIFY2(dialog.shiftLabel()->text().contains(QStringLiteral("since the start of the day")),
            qPrintable(dialog.shiftLabel()->text()));
        QCOMPARE(dialog.proposal()->shiftStart, QDateTime(QDate::currentDate(), QTime(0, 0)));
        QVERIFY(!dialog.recordButton()->isEnabled());

        // Over, short and exact as the amount is typed.
        typeAmount(dialog.countedEdit(), QStringLiteral("5,100.50"));
        QCOMPARE(dialog.differenceLabel()->text(), QStringLiteral("Over by %1").arg(formatBaht(10050)));
        QCOMPARE(dialog.differenceLabel()->palette().color(QPalette::WindowText), QColor(0xe6, 0x51, 0x00));
        typeAmount(dialog.countedEdit(), QStringLiteral("5000"));
        QCOMPARE(dialog.differenceLabel()->text(), QStringLiteral("Exact: the drawer matches."));
        QCOMPARE(dialog.differenceLabel()->palette().color(QPalette::WindowText), QColor(0x2e, 0x7d, 0x32));
        typeAmount(dialog.countedEdit(), QStringLiteral("4,950"));
        QCOMPARE(dialog.differenceLabel()->text(), QStringLiteral("Short by %1").arg(formatBaht(5000)));
        QCOMPARE(dialog.differenceLabel()->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
        QVERIFY(dialog.recordButton()->isEnabled());
        // Letters and a third decimal do not get in.
        QTest::keyClicks(dialog.countedEdit(), QStringLiteral("x.001"));
        QCOMPARE(dialog.countedEdit()->text(), QStringLiteral("4,950.00"));

        // Who was on duty, and why it is short.
        dialog.clerkBox()->setFocus();
        const int clerkIndex = dialog.clerkBox()->findData(m_clerk);
        QVERIFY(clerkIndex > 0);
        pick(dialog.clerkBox(), clerkIndex);
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Change given twice"));

        // A second supervisor's dialog with the same shift, opened meanwhile.
        ReconciliationDialog stale(*m_db, QStringLiteral("manager"), m_east);
        stale.show();
        QTRY_VERIFY_WITH_TIMEOUT(stale.proposal().has_value(), 10000);

        QTest::mouseClick(dialog.recordButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.historyTable()->rowCount(), 1, 10000);
        QTableWidget *history = dialog.historyTable();
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Demo Clerk"));
        QCOMPARE(history->item(0, 2)->text(), formatBaht(500000));
        QCOMPARE(history->item(0, 3)->text(), formatBaht(495000));
        QCOMPARE(history->item(0, 4)->text(), QStringLiteral("short %1").arg(formatBaht(5000)));
        QCOMPARE(history->item(0, 5)->text(), QStringLiteral("Change given twice"));
        QVERIFY(history->item(0, 6)->text().startsWith(QStringLiteral("supervisor")));
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Recorded for Counter East")));
        QVERIFY(dialog.countedEdit()->text().isEmpty());
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral("SELECT format('%s/%s/%s/%s/%s', counted_cash, expected_cash, difference,"
                                        " clerk_id, actor) FROM boxoffice.shift_reconciliation WHERE terminal_id = ?"),
                    {m_east})
                .toString(),
            QStringLiteral("4950.00/5000.00/-50.00/%1/supervisor").arg(m_clerk));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = 'shift_reconciliation'"
                                      " AND actor = 'supervisor' AND reason = 'Change given twice'")),
            1);
        // The next shift starts where this one ended.
        const QDateTime end = recorded.first().at(0).value<Reconciliation>().shiftEnd;
        QTRY_VERIFY_WITH_TIMEOUT(dialog.proposal() && dialog.proposal()->shiftStart == end, 10000);
        QCOMPARE(dialog.expectedLabel()->text(), formatBaht(0));
        QVERIFY(dialog.shiftLabel()->text().contains(QStringLiteral("since the last reconciliation")));

        // The stale dialog is told, in words and in red; nothing is written.
        typeAmount(stale.countedEdit(), QStringLiteral("5000"));
        QTest::mouseClick(stale.recordButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stale.messageLabel()->text().contains(QStringLiteral("already reconciled")), 10000);
        QCOMPARE(stale.messageLabel()->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.shift_reconciliation")), 1);

        // Another counter: its own drawer and an empty history.
        pick(dialog.counterBox(), dialog.counterBox()->findData(m_west));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.proposal() && dialog.proposal()->terminalId == m_west, 10000);
        QCOMPARE(dialog.expectedLabel()->text(), formatBaht(360000));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.historyTable()->rowCount(), 0, 10000);
    }

    void reconciliationScreenshot()
    {
        // West's day: two shifts reconciled (exact, then over), and the
        // drawer of the third being counted (short). The sales are moved
        // into their shifts, on the hour.
        const QTime now = QTime::currentTime();
        const QDateTime hour(QDate::currentDate(), QTime(now.hour(), 0));
        auto paidAt = [this](const QString &where, const QVariantList &args) {
            m_cluster->exec(
                QStringLiteral("UPDATE boxoffice.orders SET paid_at = to_timestamp(?) WHERE ") + where, args);
        };
        auto at = [&hour](double hours) { return hour.addSecs(qint64(hours * 3600)); };
        auto epoch = [&at](double hours) { return double(at(hours).toSecsSinceEpoch()); };
        paidAt(QStringLiteral("terminal_id = ? AND paid_at IS NOT NULL"), {epoch(-6), m_west});
        Reports reports(*m_db);
        const Result<Reconciliation> first = reports.recordReconciliation(
            {m_west, m_somchai, at(-8), at(-4), 360000, QString(), QStringLiteral("supervisor")});
        VERIFY_OK(first);
        paidAt(QStringLiteral("id = ?"),
            {epoch(-2), sell(m_west, m_somchai, QStringLiteral("CLASS2"), 1, PaymentMethod::Cash)});
        const Result<Reconciliation> second = reports.recordReconciliation({m_west, m_somchai, at(-4), at(-1), 182000,
            QStringLiteral("Tip left in the drawer"), QStringLiteral("supervisor")});
        VERIFY_OK(second);
        QCOMPARE(second->difference, 2000);
        paidAt(QStringLiteral("id = ?"),
            {epoch(-0.5), sell(m_west, m_somchai, QStringLiteral("RINGSIDE"), 1, PaymentMethod::Cash)});

        ReconciliationDialog dialog(*m_db, QStringLiteral("supervisor"), m_west);
        dialog.resize(940, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.proposal().has_value(), 10000);
        QCOMPARE(dialog.proposal()->shiftStart, at(-1));
        QCOMPARE(dialog.expectedLabel()->text(), formatBaht(250000));
        pick(dialog.clerkBox(), dialog.clerkBox()->findData(m_somchai));
        typeAmount(dialog.countedEdit(), QStringLiteral("2,450.00"));
        QCOMPARE(dialog.differenceLabel()->text(), QStringLiteral("Short by %1").arg(formatBaht(5000)));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.historyTable()->rowCount(), 2, 10000);
        QCOMPARE(dialog.historyTable()->item(0, 4)->text(), QStringLiteral("over %1").arg(formatBaht(2000)));
        QCOMPARE(dialog.historyTable()->item(1, 4)->text(), QStringLiteral("exact"));
        QTest::qWait(100);
        QVERIFY(dialog.grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/reconciliation.png")));
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<Database> m_db;
    int m_east = 0;
    int m_west = 0;
    int m_clerk = 0;
    int m_somchai = 0;
    int m_show = 0;
    int m_nextSeat = 0;
};

QTEST_MAIN(TestReportsDialog)
#include "tst_reportsdialog.moc"
