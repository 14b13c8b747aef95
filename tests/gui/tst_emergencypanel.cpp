// The manager's emergency panel with real clicks on the real widgets, against
// a real PostgreSQL: holds made by two registered counters, the preview of
// each force-unlock scope, the reason and the confirmation every action
// needs, its effect and its audit row; a paused show refuses another
// counter; a refused action (the show gone, the database stopped) says so
// and changes nothing.
#include "db/database.h"
#include "i18n.h"
#include "manager/emergencypanel.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "testcluster.h"

#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTableWidget>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestEmergencyPanel final : public QObject
{
    Q_OBJECT

private:
    int count(const QString &sql, const QVariantList &args = {}) { return m_cluster->scalar(sql, args).toInt(); }
    int heldSeats(int show)
    {
        return count(
            QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND state = 'held'"), {show});
    }
    int auditRows(const QString &action)
    {
        return count(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = ?"), {action});
    }

    // Six CLASS2 seats: Counter 1 holds the first three, Counter 2 the others.
    QList<int> holdSix()
    {
        QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 6);
        [&] {
            QVERIFY(m_engines[0]->hold(m_show, seats.mid(0, 3), 5).ok());
            QVERIFY(m_engines[1]->hold(m_show, seats.mid(3, 3), 5).ok());
        }();
        return seats;
    }

    // A panel for the manager, on the test show, shown and loaded.
    std::unique_ptr<EmergencyPanel> openPanel(int show = 0)
    {
        auto panel = std::make_unique<EmergencyPanel>(*m_db, QStringLiteral("manager"));
        QSignalSpy loaded(panel.get(), &EmergencyPanel::showsLoaded);
        panel->setCurrentShow(show ? show : m_show);
        panel->show();
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
            QCOMPARE(panel->currentShowId(), show ? show : m_show);
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isPreviewLoading(), 10000);
        }();
        return panel;
    }

    static QList<int> previewSeats(const EmergencyPanel &panel)
    {
        QList<int> ids;
        for (const EmergencyControls::Target &t : panel.preview())
            ids << t.seatId;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Answers the confirmation the panel asks: yes (its action button) or Cancel.
    static void answer(EmergencyPanel &panel, bool yes, QString *text = nullptr)
    {
        QTRY_VERIFY_WITH_TIMEOUT(panel.confirmation() && panel.confirmation()->isVisible(), 5000);
        QMessageBox *box = panel.confirmation();
        if (text)
            *text = box->text();
        QAbstractButton *button
            = yes ? box->findChild<QPushButton *>(QStringLiteral("confirmButton")) : box->button(QMessageBox::Cancel);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.confirmation(), 5000);
    }

    static void chooseScope(EmergencyPanel &panel, EmergencyPanel::Scope scope)
    {
        QRadioButton *button = panel.scopeButton(scope);
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
        QCOMPARE(panel.scope(), scope);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPreviewLoading(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        m_cluster = &TestCluster::instance();
        m_show = m_cluster->demoShow(3);
        for (const char *name : {"Counter 1", "Counter 2"}) {
            auto engine = std::make_unique<SaleEngine>(m_cluster->db(), SaleEngine::Options {QLatin1String(name)});
            engine->rateLimiter().configure(1e6, 1e6);
            QVERIFY(engine->registerTerminal().ok());
            m_engines.push_back(std::move(engine));
        }
        // The manager's own connection, as in the app.
        m_db = std::make_unique<Database>(m_cluster->config(), QStringLiteral("managerPanel"));
    }

    void init()
    {
        m_cluster->resetSales();
        for (auto &e : m_engines)
            e->forgetRecentAnswers();
    }

    void forceUnlockPreviewsThenReleasesExactlyTheScope_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QList<int>>("expected"); // indexes into the six held seats
        QTest::newRow("selected seats") << int(EmergencyPanel::Scope::SelectedSeats) << QList<int> {0, 4};
        QTest::newRow("whole show") << int(EmergencyPanel::Scope::WholeShow) << QList<int> {0, 1, 2, 3, 4, 5};
        QTest::newRow("one counter") << int(EmergencyPanel::Scope::OneCounter) << QList<int> {3, 4, 5};
    }

    void forceUnlockPreviewsThenReleasesExactlyTheScope()
    {
        QFETCH(int, scope);
        QFETCH(QList<int>, expected);
        const QList<int> seats = holdSix();
        // A seat of another show held too: no scope of this show touches it.
        const int otherShow = m_cluster->demoShow(4);
        const QList<int> otherSeat = m_cluster->seatsOf(otherShow, QStringLiteral("CLASS2"), 1);
        QVERIFY(m_engines[1]->hold(otherShow, otherSeat, 5).ok());
        QList<int> expectedIds;
        for (int i : expected)
            expectedIds << seats.at(i);
        std::sort(expectedIds.begin(), expectedIds.end());

        auto panel = openPanel();
        // The counter's map has two held seats and one free seat selected.
        const QList<int> free = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 1, 10);
        const QList<int> selected {seats.at(0), seats.at(4), free.first()};
        QStringList labels;
        for (int id : selected)
            labels << m_cluster->seatLabel(id);
        panel->setSelectedSeats(m_show, selected, labels);
        QVERIFY(panel->scopeButton(EmergencyPanel::Scope::SelectedSeats)->text().contains(labels.first()));

        chooseScope(*panel, EmergencyPanel::Scope(scope));
        if (EmergencyPanel::Scope(scope) == EmergencyPanel::Scope::OneCounter) {
            QComboBox *counters = panel->counterCombo();
            QTRY_COMPARE_WITH_TIMEOUT(counters->count(), 2, 5000);
            QVERIFY(counters->isEnabled());
            // Counters are listed by name: Counter 1, then Counter 2.
            QVERIFY(counters->itemText(1).startsWith(QLatin1String("Counter 2")));
            counters->setFocus();
            QTest::keyClick(counters, Qt::Key_Down);
            QCOMPARE(counters->currentData().toInt(), m_engines[1]->terminalId());
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isPreviewLoading(), 10000);
        }

        // The preview lists exactly the scope's held seats, with their holder.
        QCOMPARE(previewSeats(*panel), expectedIds);
        QCOMPARE(panel->previewTable()->rowCount(), expectedIds.size());
        for (int r = 0; r < panel->previewTable()->rowCount(); ++r) {
            const int seat = panel->previewTable()->item(r, 0)->data(Qt::UserRole).toInt();
            QCOMPARE(panel->previewTable()->item(r, 0)->text(), m_cluster->seatLabel(seat));
            QCOMPARE(panel->previewTable()->item(r, 1)->text(),
                seats.indexOf(seat) < 3 ? QStringLiteral("Counter 1") : QStringLiteral("Counter 2"));
        }

        // No reason (or only blanks), no action.
        QPushButton *release = panel->unlockButton();
        QVERIFY(!release->isEnabled());
        QTest::keyClicks(panel->unlockReasonEdit(), QStringLiteral("   "));
        QVERIFY(!release->isEnabled());
        QTest::mouseClick(release, Qt::LeftButton);
        QVERIFY(!panel->confirmation());
        panel->unlockReasonEdit()->clear();
        QTest::keyClicks(panel->unlockReasonEdit(), QStringLiteral("Counter 2 crashed mid-sale"));
        QVERIFY(release->isEnabled());
        QCOMPARE(release->text(), QStringLiteral("Release %1 seats").arg(expectedIds.size()));

        // Cancelling the confirmation does nothing.
        const QString before = m_cluster->fingerprint();
        QTest::mouseClick(release, Qt::LeftButton);
        QString question;
        answer(*panel, false, &question);
        QVERIFY2(
            question.contains(QStringLiteral("Release %1 held seats").arg(expectedIds.size())), qPrintable(question));
        QTest::qWait(100);
        QCOMPARE(m_cluster->fingerprint(), before);

        // Confirmed: exactly those seats are freed, and the audit log says who and why.
        QSignalSpy succeeded(panel.get(), &EmergencyPanel::succeeded);
        QTest::mouseClick(release, Qt::LeftButton);
        answer(*panel, true);
        QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty(), 10000);
        QVERIFY(!panel->messageLabel()->property("error").toBool());
        QVERIFY(panel->messageLabel()->isVisible());
        QCOMPARE(heldSeats(m_show), 6 - int(expectedIds.size()));
        for (int seat : seats) {
            const bool released = expectedIds.contains(seat);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = ?"
                                          " AND state = 'available' AND held_by IS NULL"),
                         {m_show, seat}),
                released ? 1 : 0);
        }
        QCOMPARE(heldSeats(otherShow), 1);
        QCOMPARE(auditRows(QStringLiteral("force_unlock")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = 'force_unlock'"
                                      " AND actor = 'manager' AND reason = 'Counter 2 crashed mid-sale' AND rows = ?"
                                      " AND (detail->>'show')::int = ?"),
                     {int(expectedIds.size()), m_show}),
            1);
        // The reason is used up; the preview is looked at again.
        QVERIFY(panel->unlockReasonEdit()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isPreviewLoading(), 10000);
        QVERIFY(!release->isEnabled());
        if (EmergencyPanel::Scope(scope) == EmergencyPanel::Scope::WholeShow)
            QVERIFY(panel->preview().isEmpty());
        if (EmergencyPanel::Scope(scope) == EmergencyPanel::Scope::SelectedSeats)
            QVERIFY(panel->preview().isEmpty());
    }

    void pauseRefusesHoldsOfAnotherCounterThenResume()
    {
        auto panel = openPanel();
        QCOMPARE(panel->salesStateLabel()->text(), QStringLiteral("On sale"));
        QVERIFY(!panel->pauseButton()->isEnabled()); // no reason yet
        QVERIFY(!panel->resumeButton()->isEnabled());
        QTest::keyClicks(panel->salesReasonEdit(), QStringLiteral("Fight delayed: ring repairs"));
        QVERIFY(panel->pauseButton()->isEnabled());
        QVERIFY(!panel->resumeButton()->isEnabled()); // already on sale
        QSignalSpy changed(panel.get(), &EmergencyPanel::salesStateChanged);
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        answer(*panel, true);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(salesStateName(changed.first().at(1).value<SalesState>()), QStringLiteral("paused"));
        QCOMPARE(panel->salesStateLabel()->text(), QStringLiteral("Paused"));
        QCOMPARE(m_cluster->scalar(QStringLiteral("SELECT sales_state FROM boxoffice.show WHERE id = ?"), {m_show})
                     .toString(),
            QStringLiteral("paused"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = 'set_sales_state'"
                                      " AND actor = 'manager' AND reason = 'Fight delayed: ring repairs'"
                                      " AND detail->>'to' = 'paused' AND (detail->>'show')::int = ?"),
                     {m_show}),
            1);

        // Another counter, on its own connection, cannot hold.
        Database other(m_cluster->config(), QStringLiteral("otherCounter"));
        SaleEngine engine(other, SaleEngine::Options {QStringLiteral("Counter 3")});
        QVERIFY(engine.registerTerminal().ok());
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 2);
        QCOMPARE(engine.hold(m_show, seats, 5).code(), ErrorCode::ShowPaused);
        QCOMPARE(heldSeats(m_show), 0);

        // Resume: the pause button is off, resume on; then holds work again.
        QVERIFY(panel->salesReasonEdit()->text().isEmpty());
        QTest::keyClicks(panel->salesReasonEdit(), QStringLiteral("Ring fixed"));
        QVERIFY(!panel->pauseButton()->isEnabled());
        QVERIFY(panel->resumeButton()->isEnabled());
        QTest::mouseClick(panel->resumeButton(), Qt::LeftButton);
        answer(*panel, true);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        QCOMPARE(panel->salesStateLabel()->text(), QStringLiteral("On sale"));
        engine.forgetRecentAnswers();
        QVERIFY(engine.hold(m_show, seats, 5).ok());
        QCOMPARE(auditRows(QStringLiteral("set_sales_state")), 2);
    }

    void clearDuplicateLocksReachesEveryCounter()
    {
        auto panel = openPanel();
        SeatFeed feed(m_cluster->config());
        QSignalSpy online(&feed, &SeatFeed::onlineChanged);
        QSignalSpy cleared(&feed, &SeatFeed::duplicateLocksCleared);
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), 10000);

        QVERIFY(!panel->clearLocksButton()->isEnabled());
        QTest::keyClicks(panel->clearReasonEdit(), QStringLiteral("Counter 3 stuck on 'please wait'"));
        QVERIFY(panel->clearLocksButton()->isEnabled());
        QSignalSpy succeeded(panel.get(), &EmergencyPanel::succeeded);
        QTest::mouseClick(panel->clearLocksButton(), Qt::LeftButton);
        answer(*panel, true);
        QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!cleared.isEmpty(), 5000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM boxoffice.audit_log WHERE action = 'clear_duplicate_locks'"
                                      " AND actor = 'manager' AND reason = 'Counter 3 stuck on ''please wait'''")),
            1);
    }

    void refusedWhenTheShowIsGone()
    {
        // A show made for this test, listed by the panel, then deleted behind its back.
        const int show = m_cluster
                             ->scalar(QStringLiteral("INSERT INTO boxoffice.show (venue_id, title, starts_at)"
                                                     " SELECT venue_id, 'Cancelled Gala', now() + interval '1 day'"
                                                     " FROM boxoffice.show WHERE id = ? RETURNING id"),
                                 {m_show})
                             .toInt();
        QVERIFY(show > 0);
        QVERIFY(m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.show_seat (show_id, seat_id)"
                                               " SELECT ?, seat_id FROM boxoffice.show_seat WHERE show_id = ?"),
            {show, m_show}));
        auto panel = openPanel(show);
        QVERIFY(m_cluster->exec(QStringLiteral("DELETE FROM boxoffice.show WHERE id = ?"), {show}));
        const QString before = m_cluster->fingerprint();

        QSignalSpy failed(panel.get(), &EmergencyPanel::failed);
        QTest::keyClicks(panel->salesReasonEdit(), QStringLiteral("Gala called off"));
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        answer(*panel, true);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(panel->messageLabel()->isVisible());
        QVERIFY(panel->messageLabel()->property("error").toBool());
        QVERIFY2(panel->messageLabel()->text().contains(describe(ErrorCode::UnknownShow)),
            qPrintable(panel->messageLabel()->text()));
        // Nothing changed: no audit row, the panel still says "on sale", the reason is kept.
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(panel->salesStateLabel()->text(), QStringLiteral("On sale"));
        QCOMPARE(panel->salesReasonEdit()->text(), QStringLiteral("Gala called off"));
    }

    void screenshot()
    {
        const QList<int> seats = holdSix();
        QVERIFY(m_engines[0]->hold(m_show, m_cluster->seatsOf(m_show, QStringLiteral("RINGSIDE"), 2), 5).ok());
        auto panel = openPanel();
        QStringList labels;
        for (int id : seats.mid(3, 3))
            labels << m_cluster->seatLabel(id);
        panel->setSelectedSeats(m_show, seats.mid(3, 3), labels);
        chooseScope(*panel, EmergencyPanel::Scope::WholeShow);
        QCOMPARE(panel->preview().size(), 8);
        QTest::keyClicks(panel->unlockReasonEdit(), QStringLiteral("Counter 2 crashed during a sale"));
        QTest::keyClicks(panel->salesReasonEdit(), QStringLiteral("Main event delayed"));
        QVERIFY(panel->unlockButton()->isEnabled());
        QTest::qWait(200);
        QVERIFY(panel->grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/emergency-panel.png")));
    }

    // Last: it stops the database.
    void refusedWhenTheDatabaseIsStopped()
    {
        if (!m_cluster->server())
            QSKIP("needs the test's own PostgreSQL (BOXOFFICE_DB is set)");
        holdSix();
        auto panel = openPanel();
        chooseScope(*panel, EmergencyPanel::Scope::WholeShow);
        QCOMPARE(panel->preview().size(), 6);
        QTest::keyClicks(panel->unlockReasonEdit(), QStringLiteral("Counter 2 crashed"));
        const QString before = m_cluster->fingerprint();

        m_db->setReconnectBudget(std::chrono::milliseconds(300));
        QVERIFY(m_cluster->server()->stop().ok());
        QSignalSpy failed(panel.get(), &EmergencyPanel::failed);
        QTest::mouseClick(panel->unlockButton(), Qt::LeftButton);
        answer(*panel, true);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
        QVERIFY(panel->messageLabel()->property("error").toBool());
        const QString text = panel->messageLabel()->text();
        QVERIFY2(text.contains(describe(ErrorCode::DatabaseUnavailable))
                || text.contains(describe(ErrorCode::OutcomeUnknown)),
            qPrintable(text));
        // The reason stays for a retry.
        QCOMPARE(panel->unlockReasonEdit()->text(), QStringLiteral("Counter 2 crashed"));

        QVERIFY(m_cluster->server()->start().ok());
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(heldSeats(m_show), 6);
        QCOMPARE(auditRows(QStringLiteral("force_unlock")), 0);
        m_db->setReconnectBudget(std::chrono::seconds(5));
    }

    void cleanupTestCase()
    {
        m_engines.clear();
        m_db.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<Database> m_db;
    std::vector<std::unique_ptr<SaleEngine>> m_engines;
    int m_show = 0;
};

QTEST_MAIN(TestEmergencyPanel)
#include "tst_emergencypanel.moc"
