// The audit log viewer against a real PostgreSQL, on entries made by real
// emergency-control and cancel calls: each filter narrows the table to the
// right rows, the limit says when more match, and the selected entry's full
// detail is shown as JSON.
#include "db/database.h"
#include "i18n.h"
#include "ops/auditlog.h"
#include "ops/emergencycontrols.h"
#include "sale/saleengine.h"
#include "supervisor/auditlogdialog.h"
#include "supervisor/auditlogmodel.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestAuditLogDialog final : public QObject
{
    Q_OBJECT

private:
    QString bossByLogin()
    {
        return QStringLiteral("boss (login %1)")
            .arg(m_cluster->scalar(QStringLiteral("SELECT session_user")).toString());
    }

    // Clicks Search and waits for the answer; the rows shown.
    int searchNow(AuditLogDialog &dialog)
    {
        QSignalSpy searched(&dialog, &AuditLogDialog::searched);
        QTest::mouseClick(dialog.searchButton(), Qt::LeftButton);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000); }();
        return dialog.model()->rowCount();
    }

    static QStringList column(const AuditLogDialog &dialog, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int r = 0; r < dialog.model()->rowCount(); ++r)
            values << dialog.model()->index(r, column).data(role).toString();
        return values;
    }

    // Picks a combo entry with the keyboard, as a user types its first
    // letters (after a pause, so that it starts a new keyboard search).
    static void pick(QComboBox *combo, const QString &text)
    {
        combo->setFocus();
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(combo, text);
    }

    std::unique_ptr<AuditLogDialog> openDialog()
    {
        auto dialog = std::make_unique<AuditLogDialog>(*m_db);
        QSignalSpy searched(dialog.get(), &AuditLogDialog::searched);
        dialog->show();
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000);
        }();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_cluster->resetSales();
        m_show = m_cluster->demoShow(5);
        m_db = std::make_unique<Database>(m_cluster->config(), QStringLiteral("auditViewer"));

        // The entries, made by the real calls, oldest first.
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Counter 7")});
        engine.rateLimiter().configure(1e6, 1e6);
        QVERIFY(engine.registerTerminal().ok());
        // Registering the counter is audited too; these tests look at the rest.
        QVERIFY(m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.audit_log WHERE action = 'register_counter'")));
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS3"), 4);
        QVERIFY(engine.hold(m_show, seats.mid(0, 3), 5).ok());
        EmergencyControls manager(m_cluster->db(), QStringLiteral("manager"));
        EmergencyControls boss(m_cluster->db(), QStringLiteral("boss"));
        const Result<HoldResult> unlocked
            = manager.forceUnlock(m_show, {}, engine.terminalId(), QStringLiteral("Counter 7 froze"));
        VERIFY_OK(unlocked);
        const Result<Done> paused
            = boss.setSalesState(m_show, QStringLiteral("paused"), QStringLiteral("Rain over the stadium"));
        VERIFY_OK(paused);
        const Result<Done> resumed
            = boss.setSalesState(m_show, QStringLiteral("on_sale"), QStringLiteral("Rain stopped"));
        VERIFY_OK(resumed);
        const Result<Done> cleared = manager.clearDuplicateLocks(QStringLiteral("Counter 7 stuck on please wait"));
        VERIFY_OK(cleared);
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = seats.mid(3, 1);
        sale.ticketType = QStringLiteral("CLASS3");
        const Result<Order> order = engine.sell(sale);
        VERIFY_OK(order);
        const Result<Order> cancelled = engine.cancel(order->id, QStringLiteral("Customer changed plans, 100% refund"));
        VERIFY_OK(cancelled);
        // The first one happened ten days ago.
        QVERIFY(m_cluster->exec(QStringLiteral(
            "UPDATE boxoffice.audit_log SET at = at - interval '10 days' WHERE action = 'force_unlock'")));
        QCOMPARE(m_cluster->scalar(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log")).toInt(), 5);
    }

    void everythingNewestFirstInWords()
    {
        auto dialog = openDialog();
        QCOMPARE(dialog->model()->rowCount(), 5);
        QCOMPARE(column(*dialog, AuditLogModel::ActionColumn, AuditLogModel::ActionRole),
            QStringList({QStringLiteral("cancel_order"), QStringLiteral("clear_duplicate_locks"),
                QStringLiteral("set_sales_state"), QStringLiteral("set_sales_state"), QStringLiteral("force_unlock")}));
        QCOMPARE(column(*dialog, AuditLogModel::ActionColumn).last(), QStringLiteral("Force unlock"));
        // The actor the app named, and the database login when it differs.
        QCOMPARE(column(*dialog, AuditLogModel::ActorColumn).at(2), bossByLogin());
        // The cancel was made at a counter; the controls were not.
        QCOMPARE(column(*dialog, AuditLogModel::CounterColumn).first(), QStringLiteral("Counter 7"));
        QCOMPARE(column(*dialog, AuditLogModel::RowsColumn).last(), QStringLiteral("3"));
        const QString unlock = column(*dialog, AuditLogModel::DetailColumn).last();
        QVERIFY2(unlock.contains(QLatin1String("Muay Thai Night")) && unlock.contains(QLatin1String("Counter 7")),
            qPrintable(unlock));
        QVERIFY(column(*dialog, AuditLogModel::DetailColumn).at(3).contains(QStringLiteral("On sale \u2192 Paused")));
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("5 entries")));
        // The actors and actions on record are the filter choices.
        QCOMPARE(dialog->actorCombo()->count(), 1 + 3); // Anyone, boss, manager, and the cancel's database user
        QCOMPARE(dialog->actionCombo()->count(), 1 + 4);
        QVERIFY(dialog->actionCombo()->findText(QStringLiteral("Force unlock")) > 0);
    }

    void eachFilterNarrows()
    {
        auto dialog = openDialog();

        pick(dialog->actorCombo(), QStringLiteral("boss"));
        QCOMPARE(dialog->actorCombo()->currentData().toString(), QStringLiteral("boss"));
        QCOMPARE(searchNow(*dialog), 2);
        QCOMPARE(column(*dialog, AuditLogModel::ActorColumn), QStringList(2, bossByLogin()));
        QCOMPARE(column(*dialog, AuditLogModel::ReasonColumn),
            QStringList({QStringLiteral("Rain stopped"), QStringLiteral("Rain over the stadium")}));

        // Who and what together.
        // People are listed by name, with their login (issue 10).
        QVERIFY(dialog->actorCombo()->findText(QStringLiteral("Demo Manager (login manager)")) > 0);
        pick(dialog->actorCombo(), QStringLiteral("Demo M"));
        QCOMPARE(dialog->actorCombo()->currentData().toString(), QStringLiteral("manager"));
        pick(dialog->actionCombo(), QStringLiteral("Force"));
        QCOMPARE(dialog->actionCombo()->currentData().toString(), QStringLiteral("force_unlock"));
        QCOMPARE(searchNow(*dialog), 1);
        QCOMPARE(column(*dialog, AuditLogModel::ReasonColumn), QStringList {QStringLiteral("Counter 7 froze")});
        pick(dialog->actorCombo(), QStringLiteral("Anyone"));
        pick(dialog->actionCombo(), QStringLiteral("Any"));
        QVERIFY(dialog->actionCombo()->currentData().toString().isEmpty());
        QCOMPARE(searchNow(*dialog), 5);

        // Free text: in the reason ...
        dialog->textEdit()->setFocus();
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("rain"));
        QSignalSpy searched(dialog.get(), &AuditLogDialog::searched);
        QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000);
        QCOMPARE(dialog->model()->rowCount(), 2);
        // ... or in the detail ("to": "paused" and "from": "paused") ...
        dialog->textEdit()->clear();
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("PAUSED"));
        QCOMPARE(searchNow(*dialog), 2);
        QCOMPARE(column(*dialog, AuditLogModel::ActionColumn, AuditLogModel::ActionRole),
            QStringList(2, QStringLiteral("set_sales_state")));
        // ... and % or _ are plain characters, not patterns.
        dialog->textEdit()->clear();
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("100%"));
        QCOMPARE(searchNow(*dialog), 1);
        QCOMPARE(column(*dialog, AuditLogModel::ActionColumn, AuditLogModel::ActionRole).first(),
            QStringLiteral("cancel_order"));
        dialog->textEdit()->clear();
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("10_%"));
        QCOMPARE(searchNow(*dialog), 0);
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("No entry")));
        dialog->textEdit()->clear();

        // Dates: the force unlock was ten days ago.
        dialog->fromEdit()->setDate(QDate::currentDate().addDays(-5));
        QCOMPARE(searchNow(*dialog), 4);
        QVERIFY(!column(*dialog, AuditLogModel::ActionColumn, AuditLogModel::ActionRole)
                     .contains(QStringLiteral("force_unlock")));
        dialog->fromEdit()->setDate(QDate::currentDate().addDays(-12));
        dialog->toEdit()->setDate(QDate::currentDate().addDays(-8));
        QCOMPARE(searchNow(*dialog), 1);
        QCOMPARE(column(*dialog, AuditLogModel::ActionColumn, AuditLogModel::ActionRole).first(),
            QStringLiteral("force_unlock"));
    }

    void limitSaysMoreMatch()
    {
        auto dialog = openDialog();
        dialog->setLimit(2);
        QSignalSpy searched(dialog.get(), &AuditLogDialog::searched);
        QCOMPARE(searchNow(*dialog), 2);
        QVERIFY(searched.last().at(1).toBool());
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("more match")),
            qPrintable(dialog->statusLabel()->text()));
        // The newest two.
        QCOMPARE(column(*dialog, AuditLogModel::ActionColumn, AuditLogModel::ActionRole),
            QStringList({QStringLiteral("cancel_order"), QStringLiteral("clear_duplicate_locks")}));
        dialog->setLimit(5);
        QCOMPARE(searchNow(*dialog), 5);
        QVERIFY(!searched.last().at(1).toBool());
        QVERIFY(!dialog->statusLabel()->text().contains(QLatin1String("more match")));

        // The service caps any limit.
        AuditLog::Filter all;
        all.limit = 1000000;
        const Result<AuditPage> page = AuditLog::find(*m_db, all);
        VERIFY_OK(page);
        QCOMPARE(page->entries.size(), 5);
        QVERIFY(!page->more);
    }

    void detailPaneShowsTheFullJson()
    {
        auto dialog = openDialog();
        QTableView *view = dialog->view();
        // Click the force unlock (the oldest, last row).
        const QModelIndex cell = dialog->model()->index(4, AuditLogModel::ReasonColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cell).center());
        QCOMPARE(view->currentIndex().row(), 4);
        QCOMPARE(dialog->detailTitle()->text(), QStringLiteral("Force unlock"));
        QVERIFY(dialog->detailFacts()->text().contains(QLatin1String("Counter 7 froze")));
        const QString shown = dialog->detailView()->toPlainText();
        QVERIFY2(shown.count(QLatin1Char('\n')) >= 3, qPrintable(shown)); // pretty-printed, one key a line
        const QJsonDocument stored = QJsonDocument::fromJson(
            m_cluster
                ->scalar(QStringLiteral("SELECT detail::text FROM boxoffice.audit_log WHERE action = 'force_unlock'"))
                .toString()
                .toUtf8());
        QVERIFY(stored.isObject());
        QCOMPARE(QJsonDocument::fromJson(shown.toUtf8()), stored);
        QCOMPARE(dialog->model()->index(4, AuditLogModel::DetailColumn).data(Qt::ToolTipRole).toString(), shown);

        // Another row, by keyboard.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(dialog->detailTitle()->text(), QStringLiteral("Sales state changed"));
        QCOMPARE(QJsonDocument::fromJson(dialog->detailView()->toPlainText().toUtf8())
                     .object()
                     .value(QLatin1String("to"))
                     .toString(),
            QStringLiteral("paused"));
    }

    void screenshot()
    {
        auto dialog = openDialog();
        dialog->resize(1180, 600);
        QTableView *view = dialog->view();
        view->setFocus();
        view->selectRow(4);
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/audit-log.png")));
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<Database> m_db;
    int m_show = 0;
};

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
