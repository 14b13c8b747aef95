// Manager → Venue settings with real keys: pick the venue, read its time
// zone, type a PromptPay id and save (stored as digits, audited); a bad id
// is refused in the dialog with the reason and nothing changed; a clerk's
// login is refused by the database. And the manager's menu opens it.
#include "counter/mainwindow.h"
#include "db/database.h"
#include "manager/venuesettingsdialog.h"
#include "sqlattempt.h"
#include "testcluster.h"

#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestVenueSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    int promptPayAudits()
    {
        return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = 'set_venue_promptpay_id'"_s)
            .toInt();
    }

    QString storedId()
    {
        return m_cluster
            ->scalar(u"SELECT coalesce(promptpay_id, '<null>') FROM boxoffice.venue WHERE id = ?"_s, {m_venue})
            .toString();
    }

    // Opens the dialog on db and picks the demo stadium with the arrow keys.
    std::unique_ptr<VenueSettingsDialog> openDialog(Database &db)
    {
        auto dialog = std::make_unique<VenueSettingsDialog>(db);
        QSignalSpy loaded(dialog.get(), &VenueSettingsDialog::loaded);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()) || !loaded.wait(10000))
            return {};
        QComboBox *venues = dialog->venueBox();
        venues->setFocus();
        QTest::keyClick(venues, Qt::Key_Home);
        for (int i = 0; i < venues->count() && venues->currentData().toInt() != m_venue; ++i)
            QTest::keyClick(venues, Qt::Key_Down);
        if (venues->currentData().toInt() != m_venue)
            return {};
        return dialog;
    }

    // Types text over the id (Ctrl+A, then the keys) and presses Enter.
    static void typeId(VenueSettingsDialog &dialog, const QString &text)
    {
        QLineEdit *edit = dialog.promptPayEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_venue
            = m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = 'Rajadamnern Demo Stadium'"_s).toInt();
        QVERIFY(m_venue > 0);
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.venue SET promptpay_id = NULL"_s));
    }

    void managerSavesWithKeys()
    {
        std::unique_ptr<VenueSettingsDialog> dialog = openDialog(*m_manager);
        QVERIFY(dialog);
        QCOMPARE(dialog->timeZoneLabel()->text(), u"Asia/Bangkok"_s);
        QCOMPARE(dialog->promptPayEdit()->text(), QString());
        const int audits = promptPayAudits();

        QSignalSpy saved(dialog.get(), &VenueSettingsDialog::saved);
        typeId(*dialog, u"081-234-5678"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QCOMPARE(saved.first().at(0).toInt(), m_venue);
        QCOMPARE(saved.first().at(1).toString(), u"0812345678"_s);
        QCOMPARE(storedId(), u"0812345678"_s);
        QCOMPARE(dialog->promptPayEdit()->text(), u"0812345678"_s);
        QCOMPARE(
            dialog->statusLabel()->text(), u"Saved: the PromptPay id of Rajadamnern Demo Stadium is 0812345678."_s);
        QVERIFY(dialog->errorLabel()->isHidden());
        QDir().mkpath(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots"));
        QVERIFY(dialog->grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/venue-settings.png")));
        // Enter saved once (the field and the default button both hear it).
        QCOMPARE(promptPayAudits(), audits + 1);

        // A national id with a wrong check digit: refused, shown, nothing changed.
        const QString before = m_cluster->fingerprint();
        QSignalSpy failed(dialog.get(), &VenueSettingsDialog::failed);
        typeId(*dialog, u"1234567890122"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(dialog->errorLabel()->isVisible());
        QCOMPARE(dialog->errorLabel()->text(), describe(ErrorCode::InvalidPromptPayId));
        QCOMPARE(dialog->promptPayEdit()->text(), u"1234567890122"_s); // kept, to be corrected
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(storedId(), u"0812345678"_s);

        // The Save button (a click) with the corrected id, then cleared with the keys.
        QTest::keyClick(dialog->promptPayEdit(), Qt::Key_End);
        QTest::keyClick(dialog->promptPayEdit(), Qt::Key_Backspace);
        QTest::keyClick(dialog->promptPayEdit(), Qt::Key_1);
        QCOMPARE(dialog->promptPayEdit()->text(), u"1234567890121"_s);
        saved.clear();
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QCOMPARE(storedId(), u"1234567890121"_s);
        QVERIFY(dialog->errorLabel()->isHidden());
        QCOMPARE(promptPayAudits(), audits + 2);
        saved.clear();
        typeId(*dialog, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QCOMPARE(storedId(), u"<null>"_s);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(promptPayAudits(), audits + 3);
        QCOMPARE(dialog->statusLabel()->text(),
            u"Saved: Rajadamnern Demo Stadium has no PromptPay id; the counters do not offer PromptPay."_s);
    }

    // A clerk's login may read the venues but not change them: the
    // database refuses, the dialog says so.
    void clerkIsRefused()
    {
        Database clerk(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"clerk"_s);
        std::unique_ptr<VenueSettingsDialog> dialog = openDialog(clerk);
        QVERIFY(dialog);
        const QString before = m_cluster->fingerprint();
        QSignalSpy failed(dialog.get(), &VenueSettingsDialog::failed);
        typeId(*dialog, u"0812345678"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(dialog->errorLabel()->text(), describe(ErrorCode::PermissionDenied));
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(storedId(), u"<null>"_s);
    }

    // The Manager menu has it, for managers only.
    void managerMenuOpensIt()
    {
        MainWindow window;
        window.setDatabase(m_manager.get(), u"test"_s);
        StaffMember clerk {1, u"clerk"_s, u"Demo Clerk"_s, StaffRole::Clerk};
        window.setStaff(clerk);
        QVERIFY(!window.showVenueSettings());
        StaffMember manager {3, u"manager"_s, u"Demo Manager"_s, StaffRole::Manager};
        window.setStaff(manager);
        auto *action = window.managerMenu()->findChild<QAction *>(u"venueSettingsAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"&Venue settings…"_s);
        action->trigger();
        auto *dialog = window.findChild<VenueSettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->venueBox()->count() > 0, 10000);
        // Signed in as a clerk again: the tool goes.
        window.setStaff(clerk);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<VenueSettingsDialog *>(), 5000);
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        m_cluster->exec(u"UPDATE boxoffice.venue SET promptpay_id = NULL"_s);
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_venue = 0;
    std::unique_ptr<Database> m_manager;
};

QTEST_MAIN(TestVenueSettingsDialog)
#include "tst_venuesettingsdialog.moc"
