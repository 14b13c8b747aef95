// Set-up → Shows and prices with real clicks and keys, as the demo manager
// signed in at a counter of their own: a new show through the form (a start
// in the past refused in the form, nothing changed), a price typed into the
// price table and saved with Enter (a negative one refused), prices copied,
// a weekly schedule previewed and created, and a show with sales cancelled
// and refunded (one selected, then all), pass-out at the gates ticked with
// Space. Every change tells the Set-up
// window, which tells the counters. A screenshot for the docs.
#include "admin/countersessions.h"
#include "admin/showadmin.h"
#include "db/database.h"
#include "display.h"
#include "manager/setupwindow.h"
#include "manager/showspage.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>
#include <QtTest/QtTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestShowsPage final : public QObject
{
    Q_OBJECT

private:
    QString everything()
    {
        return m_cluster->fingerprint()
            + m_cluster
                  ->scalar(u"SELECT concat_ws(' ', (SELECT string_agg(concat_ws('/', id, title, starts_at, doors_at,"
                           " sales_state, cancelled_at), ';' ORDER BY id) FROM boxoffice.show),"
                           " (SELECT string_agg(concat_ws('/', show_id, zone_id, price), ';' ORDER BY show_id, zone_id)"
                           "  FROM boxoffice.show_price))"_s)
                  .toString();
    }
    static QString day(int days) { return QDate::currentDate().addDays(days).toString(Qt::ISODate); }

    // Clicks the show's row in the list (found by id, not by row number).
    bool clickShow(int showId)
    {
        QTableWidget *table = m_page->showTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toInt() != showId)
                continue;
            table->scrollToItem(table->item(row, 1));
            QTest::mouseClick(
                table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 1)).center());
            if (m_page->selectedShowId() != showId)
                qWarning() << "clicked" << row << "of" << table->rowCount() << "selected" << m_page->selectedShowId()
                           << table->visualItemRect(table->item(row, 1));
            return m_page->selectedShowId() == showId;
        }
        return false;
    }
    // Reloads the list and waits until every load under way has come back.
    bool reloadPage()
    {
        QSignalSpy loaded(m_page, &ShowsPage::loaded);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"reload"_s), Qt::LeftButton);
        return QTest::qWaitFor([&] { return loaded.count() > 0 && !m_page->isBusy(); }, 10000);
    }
    // Types into a price cell and presses Enter.
    void typePrice(int row, const QString &text)
    {
        QTableWidget *prices = m_page->priceTable();
        prices->setFocus();
        QTest::mouseClick(
            prices->viewport(), Qt::LeftButton, {}, prices->visualItemRect(prices->item(row, 2)).center());
        QTest::keyClick(prices->viewport(), Qt::Key_F2);
        QLineEdit *editor = prices->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }
    qint64 sell(int show, const QList<int> &seats, const QString &type, const QString &phone)
    {
        QJsonArray ids;
        for (int s : seats)
            ids << s;
        const QJsonObject sale {{u"idempotency_key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"request_hash"_s, u"h"_s}, {u"show_id"_s, show}, {u"seat_ids"_s, ids}, {u"ticket_type"_s, type},
            {u"terminal_id"_s, m_terminal}, {u"customer_name"_s, QString(u"Customer "_s + phone)},
            {u"customer_phone"_s, phone}, {u"payment_method"_s, u"cash"_s}};
        return m_cluster
            ->scalar(u"SELECT (boxoffice.sell(?::jsonb) ->> 'order_id')::bigint"_s,
                {QString::fromUtf8(QJsonDocument(sale).toJson())})
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_venue
            = m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = 'Rajadamnern Demo Stadium'"_s).toInt();
        const QUuid device = QUuid::createUuid();
        const Result<CounterRef> counter = CounterSessions::registerCounter(m_cluster->db(), device, u"Office"_s);
        VERIFY_OK(counter);
        m_terminal = counter->id;
        // Refunds in cash come out of the counter's open shift (0024).
        QVERIFY(test::openCashShift(*m_cluster, m_terminal));
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        VERIFY_OK(CounterSessions::open(*m_manager, device, QUuid::createUuid()));
        m_window = std::make_unique<SetupWindow>(*m_manager);
        m_page = qobject_cast<ShowsPage *>(m_window->page(u"showsPage"_s));
        QVERIFY(m_page);
        QSignalSpy loaded(m_page, &ShowsPage::loaded);
        QVERIFY(m_window->showPage(u"showsPage"_s));
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), u"Shows and prices"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    }

    void newShowThroughTheForm()
    {
        QSignalSpy changed(m_window.get(), &SetupWindow::changed);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"newShow"_s), Qt::LeftButton);
        ShowFormDialog *form = m_page->formDialog();
        QVERIFY(form && form->isVisible());
        QTest::keyClicks(form->findChild<QLineEdit *>(u"title"_s), u"Lumpinee Friday Fights"_s);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"starts"_s), u"2020-01-01 18:30"_s);
        // A start in the past: refused in the form, which stays open.
        const QString before = everything();
        QSignalSpy failed(m_page, &ShowsPage::failed);
        QTest::keyClick(form->findChild<QLineEdit *>(u"starts"_s), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(form->isVisible());
        QVERIFY2(form->findChild<QLabel *>(u"error"_s)->text().contains(u"past"_s),
            qPrintable(form->findChild<QLabel *>(u"error"_s)->text()));
        QCOMPARE(everything(), before);
        QCOMPARE(changed.count(), 0);

        QLineEdit *starts = form->findChild<QLineEdit *>(u"starts"_s);
        QLabel *readBack = form->findChild<QLabel *>(u"startsReadBack"_s);
        QVERIFY(readBack);
        QVERIFY2(readBack->text().contains(u"2020"_s), qPrintable(readBack->text()));
        starts->setFocus();
        QTest::keyClick(starts, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(starts, u"soon"_s);
        QVERIFY2(readBack->text().contains(u"2026-12-07 18:30"_s), qPrintable(readBack->text()));
        QTest::keyClick(starts, Qt::Key_A, Qt::ControlModifier);
        // Typed with the Buddhist-era year, as the Thai lists write it: read
        // back and saved as the Christian-era date.
        const QDate showDay = QDate::fromString(day(41), Qt::ISODate);
        QTest::keyClicks(starts, showDay.addYears(543).toString(Qt::ISODate) + u" 19:00"_s);
        const QString readBackText = boxoffice::Display::venueTimeText(
            QDateTime(showDay, QTime(19, 0), QTimeZone("Asia/Bangkok")), QTimeZone("Asia/Bangkok"));
        QCOMPARE(readBack->text(), readBackText);
        QVERIFY2(readBack->text().contains(QString::number(showDay.year())), qPrintable(readBack->text()));
        QTest::keyClicks(form->findChild<QLineEdit *>(u"doors"_s), day(41) + u" 18:00"_s);
        QSignalSpy saved(m_page, &ShowsPage::saved);
        QTest::mouseClick(form->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QVERIFY(!form->isVisible());
        QCOMPARE(changed.count(), 1);
        const QString start = day(41) + u" 19:00"_s;
        const int made = m_cluster
                             ->scalar(u"SELECT count(*) FROM boxoffice.show WHERE title = 'Lumpinee Friday Fights'"
                                      " AND to_char(starts_at AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM-DD HH24:MI') = ?"
                                      " AND to_char(doors_at AT TIME ZONE 'Asia/Bangkok', 'HH24:MI') = '18:00'"_s,
                                 {start})
                             .toInt();
        QCOMPARE(made, 1);
    }

    void priceTypedAndSavedWithEnter()
    {
        QVERIFY(reloadPage());
        const int show = m_cluster->demoShow(6);
        QSignalSpy pricesLoaded(m_page, &ShowsPage::pricesLoaded);
        QVERIFY(clickShow(show));
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty(), 10000);
        QTableWidget *prices = m_page->priceTable();
        QCOMPARE(prices->rowCount(), 3);
        QCOMPARE(prices->item(0, 0)->text(), u"RINGSIDE"_s);
        QCOMPARE(prices->item(0, 2)->text(), u"2500.00"_s);

        QSignalSpy saved(m_page, &ShowsPage::saved);
        QSignalSpy changed(m_window.get(), &SetupWindow::changed);
        pricesLoaded.clear();
        typePrice(0, u"2100.25"_s);
        QVERIFY2(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000),
            qPrintable(m_page->findChild<QLabel *>(u"error"_s)->text() + u" / "_s
                + m_page->findChild<QLabel *>(u"status"_s)->text() + u" / "_s + prices->item(0, 2)->text()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT sp.price::text FROM boxoffice.show_price sp JOIN boxoffice.zone z"
                              " ON z.id = sp.zone_id WHERE sp.show_id = ? AND z.ticket_type = 'RINGSIDE'"_s,
                         {show})
                     .toString(),
            u"2100.25"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty(), 10000);

        // A negative price: refused with the reason on the page, nothing changed.
        const QString before = everything();
        QSignalSpy failed(m_page, &ShowsPage::failed);
        typePrice(1, u"-5"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(m_page->findChild<QLabel *>(u"error"_s)->isVisible());
        QVERIFY2(m_page->findChild<QLabel *>(u"error"_s)->text().contains(u"negative"_s),
            qPrintable(m_page->findChild<QLabel *>(u"error"_s)->text()));
        QCOMPARE(everything(), before);

        // Copy these prices to another show, chosen in the list by its id.
        // (A load's answer may come inside the call that asked for it —
        // the work done before then() was attached — so the spy is cleared
        // before each action and its count awaited, never a new signal.)
        const int other = m_cluster->demoShow(8);
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty(), 10000);
        pricesLoaded.clear();
        QVERIFY(clickShow(other));
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty(), 10000);
        QComboBox *from = m_page->findChild<QComboBox *>(u"copyFrom"_s);
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Home);
        for (int i = 0; i < from->count() && from->currentData().toInt() != show; ++i)
            QTest::keyClick(from, Qt::Key_Down);
        QCOMPARE(from->currentData().toInt(), show);
        saved.clear();
        pricesLoaded.clear();
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"copyPrices"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty(), 10000);
        QCOMPARE(m_page->priceTable()->item(0, 2)->text(), u"2100.25"_s);
    }

    void weeklySchedule()
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"weeklySchedule"_s), Qt::LeftButton);
        ScheduleDialog *dialog = m_page->scheduleDialog();
        QVERIFY(dialog && dialog->isVisible());
        for (const char *name : {"day1", "day3", "day4", "day7"})
            QTest::mouseClick(dialog->findChild<QCheckBox *>(QLatin1String(name)), Qt::LeftButton);
        QSpinBox *weeks = dialog->findChild<QSpinBox *>(u"weeks"_s);
        weeks->setFocus();
        QTest::keyClick(weeks, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(weeks, u"3"_s);
        QCOMPARE(dialog->schedule().weekdays, QList<int>({1, 3, 4, 7}));
        QSignalSpy previewed(dialog, &ScheduleDialog::previewed);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"previewButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 10000);
        QListWidget *preview = dialog->findChild<QListWidget *>(u"preview"_s);
        QVERIFY(preview->count() >= 11); // 12 days, today's 18:30 perhaps past
        int skipped = 0;
        for (int i = 0; i < preview->count(); ++i)
            skipped += preview->item(i)->text().contains(u"skipped"_s) ? 1 : 0;
        // The demo stadium has a show each of the next 14 evenings.
        QVERIFY2(skipped >= 7, qPrintable(QString::number(skipped)));
        const int fresh = preview->count() - skipped;
        const int shows = m_cluster->scalar(u"SELECT count(*) FROM boxoffice.show"_s).toInt();
        QSignalSpy created(dialog, &ScheduleDialog::created);
        QPushButton *create = dialog->findChild<QPushButton *>(u"createButton"_s);
        QCOMPARE(create->isEnabled(), fresh > 0);
        if (fresh > 0) {
            QTest::mouseClick(create, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 10000);
            QCOMPARE(created.at(0).at(0).toInt(), fresh);
        }
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.show"_s).toInt(), shows + fresh);
        dialog->close();
    }

    // Pass-out at the gates: the show's box in the list, changed with Space
    // on the manager's own login, saved at once (audited), still there
    // after a reload; Space again takes it back.
    void passOutTickedWithSpace()
    {
        const int show = m_cluster->demoShow(1);
        QVERIFY(reloadPage());
        QVERIFY(clickShow(show));
        QTableWidget *table = m_page->showTable();
        const int row = table->currentRow();
        const auto box = [&] { return table->item(row, ShowsPage::PassOutColumn); };
        QCOMPARE(box()->checkState(), Qt::Unchecked);
        QCOMPARE(table->horizontalHeaderItem(ShowsPage::PassOutColumn)->text(), u"Pass-out"_s);
        const auto allowed = [&] {
            return m_cluster->scalar(u"SELECT gate_pass_out FROM boxoffice.show WHERE id = ?"_s, {show}).toBool();
        };
        // To the box with the keyboard, then Space.
        table->setFocus();
        for (int c = 0; c < ShowsPage::PassOutColumn; ++c)
            QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentColumn(), ShowsPage::PassOutColumn);
        QSignalSpy saved(m_page, &ShowsPage::saved);
        QTest::keyClick(table, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QCOMPARE(box()->checkState(), Qt::Checked);
        QVERIFY(allowed());
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT actor || '/' || (detail ->> 'after') FROM boxoffice.audit_log"
                              " WHERE action = 'set_show_pass_out' AND (detail ->> 'show')::int = ?"_s,
                         {show})
                     .toString(),
            u"manager/true"_s);
        QVERIFY(m_page->findChild<QLabel *>(u"status"_s)->text().contains(u"pass-out"_s));
        QVERIFY(reloadPage());
        QVERIFY(clickShow(show));
        QCOMPARE(table->item(table->currentRow(), ShowsPage::PassOutColumn)->checkState(), Qt::Checked);

        table->setFocus();
        table->setCurrentCell(table->currentRow(), ShowsPage::PassOutColumn);
        saved.clear();
        QTest::keyClick(table, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QVERIFY(!allowed());
        QCOMPARE(table->item(table->currentRow(), ShowsPage::PassOutColumn)->checkState(), Qt::Unchecked);
    }

    void cancelAShowWithSalesAndRefund()
    {
        ShowFields f;
        f.title = u"Doomed night"_s;
        f.startsAt = day(43) + u" 18:30"_s;
        const Result<ShowAdminEntry> made = ShowAdmin::create(*m_manager, m_venue, f);
        VERIFY_OK(made);
        const int show = made->id;
        QVERIFY(sell(show, m_cluster->seatsOf(show, u"RINGSIDE"_s, 2), u"RINGSIDE"_s, u"0811111111"_s) > 0);
        QVERIFY(sell(show, m_cluster->seatsOf(show, u"CLASS3"_s, 1), u"CLASS3"_s, u"0822222222"_s) > 0);
        QVERIFY(sell(show, m_cluster->seatsOf(show, u"CLASS3"_s, 1, 1), u"CLASS3"_s, u"0833333333"_s) > 0);
        QVERIFY(reloadPage());
        QVERIFY(clickShow(show));

        QTest::mouseClick(m_page->findChild<QPushButton *>(u"cancelShow"_s), Qt::LeftButton);
        QDialog *dialog = m_page->cancelDialog();
        QVERIFY(dialog && dialog->isVisible());
        QSignalSpy refundsLoaded(m_page, &ShowsPage::refundsLoaded);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"Main event injured"_s);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"reason"_s), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!refundsLoaded.isEmpty(), 10000);
        QTableWidget *refunds = m_page->refundTable();
        QCOMPARE(refunds->rowCount(), 3);
        QCOMPARE(refunds->item(0, 2)->text(), u"0811111111"_s);
        QVERIFY(
            m_cluster->scalar(u"SELECT cancelled_at IS NOT NULL FROM boxoffice.show WHERE id = ?"_s, {show}).toBool());
        if (qEnvironmentVariableIsSet("BOXOFFICE_SCREENSHOTS"))
            m_window->grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/setup-shows.png"));

        // One selected: the first order.
        QSignalSpy saved(m_page, &ShowsPage::saved);
        QTest::mouseClick(
            refunds->viewport(), Qt::LeftButton, {}, refunds->visualItemRect(refunds->item(0, 1)).center());
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"refundSelected"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(refundsLoaded.size() > 1, 10000);
        QCOMPARE(refunds->rowCount(), 2);
        QCOMPARE(
            m_cluster
                ->scalar(u"SELECT count(*) FROM boxoffice.orders WHERE show_id = ? AND status = 'cancelled'"_s, {show})
                .toInt(),
            1);
        // Then all.
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"refundAll"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() > 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(refundsLoaded.size() > 2, 10000);
        QCOMPARE(refunds->rowCount(), 0);
        QCOMPARE(m_cluster->scalar(u"SELECT string_agg(status, ',') FROM boxoffice.orders WHERE show_id = ?"_s, {show})
                     .toString(),
            u"cancelled,cancelled,cancelled"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state <> 'available'"_s,
                         {show})
                     .toInt(),
            0);
        // Each refund audited at this counter, by the manager.
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = 'cancel_order'"
                              " AND terminal = 'Office' AND (detail ->> 'order_id')::bigint IN"
                              " (SELECT id FROM boxoffice.orders WHERE show_id = ?)"_s,
                         {show})
                     .toInt(),
            3);
        // A cancelled show's buttons are off.
        QVERIFY(!m_page->findChild<QPushButton *>(u"editShow"_s)->isEnabled());
        QVERIFY(!m_page->findChild<QPushButton *>(u"cancelShow"_s)->isEnabled());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_manager)
            CounterSessions::close(*m_manager);
        m_manager.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_venue = 0;
    int m_terminal = 0;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<SetupWindow> m_window;
    ShowsPage *m_page = nullptr;
};

QTEST_MAIN(TestShowsPage)
#include "tst_showspage.moc"
