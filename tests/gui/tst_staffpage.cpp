// Staff management on screen, with real clicks and keys: Set-up → Staff as
// the demo manager's own login (add, edit, deactivate/reactivate, reset,
// unlock; the last manager and bad input refused in the page with nothing
// changed; a clerk's page refused); the sign-in dialog asking for a new
// password after a reset; and the real Application on a database without
// demo data asking for the first manager instead of the sign-in.
//
// The accounts made here have names of this run's own (logins are global to
// the shared server) and are dropped at the end.
#include "admin/staffadmin.h"
#include "application.h"
#include "counter/firstmanagerdialog.h"
#include "counter/mainwindow.h"
#include "counter/signindialog.h"
#include "db/database.h"
#include "manager/setupwindow.h"
#include "manager/staffpage.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestStaffPage final : public QObject
{
    Q_OBJECT

private:
    QString user(const QString &stem) const { return stem + m_suffix; }

    QString groupsOf(const QString &login)
    {
        return m_cluster
            ->scalar(u"SELECT coalesce(string_agg(g.rolname, ','), '') FROM pg_auth_members m"
                     " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member"
                     " WHERE r.rolname = ?"_s,
                {login})
            .toString();
    }
    QString staffRow(const QString &login)
    {
        return m_cluster
            ->scalar(u"SELECT concat_ws('/', display_name, role, active, locked_until IS NOT NULL,"
                     " must_change_password) FROM boxoffice.staff WHERE username = ?"_s,
                {login})
            .toString();
    }
    QString fingerprint()
    {
        return m_cluster->fingerprint() + QLatin1Char('|')
            + m_cluster
                  ->scalar(u"SELECT string_agg(concat_ws('/', username, display_name, role, active, password_hash,"
                           " locked_until, must_change_password), ';' ORDER BY username) FROM boxoffice.staff"_s)
                  .toString()
            + m_cluster
                  ->scalar(u"SELECT string_agg(concat_ws('/', rolname, rolcanlogin), ';' ORDER BY rolname)"
                           " FROM pg_roles WHERE rolname LIKE '%' || ? OR rolname = 'manager'"_s,
                      {m_suffix})
                  .toString();
    }

    // A click on the cell of this user name in the page's table.
    static bool clickRow(StaffPage *page, const QString &username)
    {
        QTableWidget *table = page->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, StaffPage::UsernameColumn)->text() == username) {
                table->scrollToItem(table->item(row, 0));
                const QRect cell = table->visualItemRect(table->item(row, StaffPage::NameColumn));
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
                return page->selectedUsername() == username;
            }
        }
        return false;
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    // Clicks an action button and waits for its outcome; answers it.
    static bool clickAndWait(StaffPage *page, QPushButton *button)
    {
        QSignalSpy done(page, &StaffPage::done);
        QSignalSpy loaded(page, &StaffPage::loaded);
        if (!button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        // Counted, not waited for: an answer can come inside the click.
        if (!QTest::qWaitFor([&] { return !done.isEmpty() && !loaded.isEmpty(); }, 20000))
            return false;
        return done.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_suffix = u"_g%1"_s.arg(QRandomGenerator::global()->bounded(100000000));
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        const QStringList logins
            = m_cluster
                  ->scalar(u"SELECT string_agg(rolname, ' ') FROM pg_roles WHERE rolname LIKE '%' || ?"_s, {m_suffix})
                  .toString()
                  .split(u' ', Qt::SkipEmptyParts);
        for (const QString &login : logins)
            m_cluster->exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login));
        qunsetenv("BOXOFFICE_DB");
    }

    void pageLifeCycle()
    {
        SetupWindow window(*m_manager);
        auto *page = qobject_cast<StaffPage *>(window.page(u"staffPage"_s));
        QVERIFY(page);
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(page)), u"Staff"_s);
        QSignalSpy loaded(page, &StaffPage::loaded);
        QVERIFY(window.showPage(u"staffPage"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // (The list may come before the spy: answered inside the page's
        // constructor when the work was done before then() was attached.)
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || page->table()->rowCount() > 0, 20000);
        QVERIFY(page->table()->rowCount() >= 3); // the demo accounts
        QVERIFY(page->addButton()->isEnabled());
        QVERIFY(!page->activeButton()->isEnabled()); // nothing selected

        // Add: typed into the form, the Add button clicked.
        const QString u = user(u"nok"_s);
        QTest::mouseClick(page->newButton(), Qt::LeftButton);
        QTest::keyClicks(page->usernameEdit(), u);
        QTest::keyClicks(page->displayNameEdit(), u"Nok Page"_s);
        page->roleCombo()->setFocus();
        QTest::keyClick(page->roleCombo(), Qt::Key_Down); // clerk → supervisor
        QTest::keyClick(page->roleCombo(), Qt::Key_Up);   // back to clerk
        QTest::keyClicks(page->passwordEdit(), u"page-pass-1"_s);
        QVERIFY(clickAndWait(page, page->addButton()));
        QCOMPARE(staffRow(u), u"Nok Page/clerk/t/f/t"_s);
        QCOMPARE(groupsOf(u), u"boxoffice_clerk"_s);
        QCOMPARE(page->selectedUsername(), u);
        QVERIFY(page->statusLabel()->text().contains(u));
        QVERIFY(page->passwordEdit()->text().isEmpty());

        // Edit: the role combo to manager and the name, then Save.
        QVERIFY(clickRow(page, u));
        QCOMPARE(page->displayNameEdit()->text(), u"Nok Page"_s);
        QVERIFY(page->usernameEdit()->isReadOnly());
        retype(page->displayNameEdit(), u"Nok Edited"_s);
        page->roleCombo()->setFocus();
        QTest::keyClick(page->roleCombo(), Qt::Key_Down);
        QTest::keyClick(page->roleCombo(), Qt::Key_Down);
        QCOMPARE(page->roleCombo()->currentData().toString(), u"manager"_s);
        QVERIFY(clickAndWait(page, page->saveButton()));
        QCOMPARE(staffRow(u), u"Nok Edited/manager/t/f/t"_s);
        QCOMPARE(groupsOf(u), u"boxoffice_manager"_s);

        // Deactivate, then reactivate (the button says which).
        QCOMPARE(page->activeButton()->text(), u"&Deactivate"_s);
        QVERIFY(clickAndWait(page, page->activeButton()));
        QCOMPARE(staffRow(u), u"Nok Edited/manager/f/f/t"_s);
        QVERIFY(!m_cluster->scalar(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s, {u}).toBool());
        QCOMPARE(page->activeButton()->text(), u"Re&activate"_s);
        QCOMPARE(page->table()->item(page->table()->currentRow(), StaffPage::ActiveColumn)->text(), u"no"_s);
        QVERIFY(clickAndWait(page, page->activeButton()));
        QVERIFY(m_cluster->scalar(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s, {u}).toBool());

        // Locked out (by wrong passwords elsewhere): the list says until
        // when; Unlock ends it.
        m_cluster->exec(
            u"UPDATE boxoffice.staff SET locked_until = now() + interval '1 hour' WHERE username = ?"_s, {u});
        loaded.clear();
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QVERIFY(clickRow(page, u));
        QVERIFY(!page->table()->item(page->table()->currentRow(), StaffPage::LockedColumn)->text().isEmpty());
        QVERIFY(clickAndWait(page, page->unlockButton()));
        QCOMPARE(staffRow(u), u"Nok Edited/manager/t/f/t"_s);
        QVERIFY(page->table()->item(page->table()->currentRow(), StaffPage::LockedColumn)->text().isEmpty());

        // Reset: a weak password is refused in the page, a good one works.
        QTest::keyClicks(page->passwordEdit(), u"short"_s);
        QVERIFY(!clickAndWait(page, page->resetButton()));
        QVERIFY(page->errorLabel()->isVisible());
        QVERIFY(page->errorLabel()->text().contains(u"too weak"_s));
        retype(page->passwordEdit(), u"page-reset-2"_s);
        QVERIFY(clickAndWait(page, page->resetButton()));
        QVERIFY(page->errorLabel()->isHidden());
        QCOMPARE(
            test::attemptSql(test::loginAs(m_cluster->config(), u, u"page-reset-2"_s), u"SELECT 1"_s).state, QString());

        // The demo manager is not the last any more (u is one): demote u
        // back, then the demo manager is refused.
        page->roleCombo()->setFocus();
        QTest::keyClick(page->roleCombo(), Qt::Key_Home);
        QVERIFY(clickAndWait(page, page->saveButton()));
        QCOMPARE(groupsOf(u), u"boxoffice_clerk"_s);
        QVERIFY(clickRow(page, u"manager"_s));
        const QString before = fingerprint();
        QVERIFY(!clickAndWait(page, page->activeButton()));
        QVERIFY(page->errorLabel()->text().contains(u"last active manager"_s));
        QCOMPARE(fingerprint(), before);
    }

    void badInputIsShownAndChangesNothing_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("says");
        QTest::newRow("taken") << u"clerk"_s << u"Another Clerk"_s << u"good-password"_s << u"already in use"_s;
        QTest::newRow("malformed") << u"Nok Nok"_s << u"Nok"_s << u"good-password"_s << u"user name"_s;
        QTest::newRow("no name") << u"noname"_s << QString() << u"good-password"_s << u"display name"_s;
        QTest::newRow("weak") << u"weakling"_s << u"Weak"_s << u"short12"_s << u"too weak"_s;
    }
    void badInputIsShownAndChangesNothing()
    {
        QFETCH(QString, username);
        QFETCH(QString, displayName);
        QFETCH(QString, password);
        QFETCH(QString, says);
        if (username != u"clerk"_s && !username.contains(u' '))
            username = user(username);
        SetupWindow window(*m_manager);
        auto *page = qobject_cast<StaffPage *>(window.page(u"staffPage"_s));
        QSignalSpy loaded(page, &StaffPage::loaded);
        window.showPage(u"staffPage"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // (The list may come before the spy: answered inside the page's
        // constructor when the work was done before then() was attached.)
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || page->table()->rowCount() > 0, 20000);
        const QString before = fingerprint();
        QTest::mouseClick(page->newButton(), Qt::LeftButton);
        QTest::keyClicks(page->usernameEdit(), username);
        QTest::keyClicks(page->displayNameEdit(), displayName);
        QTest::keyClicks(page->passwordEdit(), password);
        QVERIFY(!clickAndWait(page, page->addButton()));
        QVERIFY(page->errorLabel()->isVisible());
        QVERIFY2(
            page->errorLabel()->text().contains(says, Qt::CaseInsensitive), qPrintable(page->errorLabel()->text()));
        QCOMPARE(fingerprint(), before);
        // The form keeps what was typed, to be corrected.
        QCOMPARE(page->usernameEdit()->text(), username);
        QCOMPARE(page->displayNameEdit()->text(), displayName);
    }

    void displayNameOfTenThousandIsRefused()
    {
        SetupWindow window(*m_manager);
        auto *page = qobject_cast<StaffPage *>(window.page(u"staffPage"_s));
        QSignalSpy loaded(page, &StaffPage::loaded);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || page->table()->rowCount() > 0, 20000);
        const QString before = fingerprint();
        QTest::keyClicks(page->usernameEdit(), user(u"long"_s));
        page->displayNameEdit()->setText(QString(10000, u'x')); // pasted
        QTest::keyClicks(page->passwordEdit(), u"good-password"_s);
        QVERIFY(!clickAndWait(page, page->addButton()));
        QVERIFY(page->errorLabel()->text().contains(u"100"_s));
        QCOMPARE(fingerprint(), before);
    }

    // A clerk's login gets the page, but the database refuses the list.
    void clerksPageIsRefused()
    {
        Database clerk(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"clerk"_s);
        StaffPage page(clerk);
        QSignalSpy loaded(&page, &StaffPage::loaded);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || page.errorLabel()->isVisible(), 20000);
        QCOMPARE(page.table()->rowCount(), 0);
        QVERIFY(page.errorLabel()->isVisible());
        QVERIFY(!page.errorLabel()->text().isEmpty());
    }

    // After a reset the sign-in asks for a new password (twice) before it
    // lets the staff member in, and sets it on their own login.
    void signInAsksForANewPassword()
    {
        const QString u = user(u"fresh"_s);
        VERIFY_OK(StaffAdmin::addStaff(*m_manager, u, u"Fresh Clerk"_s, StaffRole::Clerk, u"given-pass-1"_s));
        SignInDialog dialog(m_cluster->db(), u);
        dialog.setDatabaseLogin(m_cluster->config());
        QSignalSpy asked(&dialog, &SignInDialog::newPasswordRequired);
        QSignalSpy failed(&dialog, &SignInDialog::failed);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.newPasswordEdit()->isVisible());
        QTest::keyClicks(dialog.passwordEdit(), u"given-pass-1"_s);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 20000);
        QVERIFY(accepted.isEmpty());
        QVERIFY(dialog.newPasswordEdit()->isVisible());
        QVERIFY(dialog.newPasswordEdit()->hasFocus());
        // Not the same twice: said, nothing changed.
        QTest::keyClicks(dialog.newPasswordEdit(), u"my-own-pass-2"_s);
        QTest::keyClicks(dialog.repeatPasswordEdit(), u"my-own-pass-3"_s);
        QTest::keyClick(dialog.repeatPasswordEdit(), Qt::Key_Return);
        QTRY_VERIFY(!failed.isEmpty());
        QVERIFY(dialog.errorLabel()->text().contains(u"not the same"_s));
        // Too weak: the database's rule, said.
        failed.clear();
        QTest::keyClicks(dialog.newPasswordEdit(), u"short"_s);
        QTest::keyClicks(dialog.repeatPasswordEdit(), u"short"_s);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QVERIFY(dialog.errorLabel()->text().contains(u"too weak"_s));
        QVERIFY(accepted.isEmpty());
        QCOMPARE(staffRow(u), u"Fresh Clerk/clerk/t/f/t"_s);
        // Good.
        QTest::keyClicks(dialog.newPasswordEdit(), u"my-own-pass-2"_s);
        QTest::keyClicks(dialog.repeatPasswordEdit(), u"my-own-pass-2"_s);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 20000);
        QCOMPARE(staffRow(u), u"Fresh Clerk/clerk/t/f/f"_s);
        QCOMPARE(dialog.loginConfig().value(u"password"_s), u"my-own-pass-2"_s);
        QCOMPARE(test::attemptSql(dialog.loginConfig(), u"SELECT session_user"_s).answer, u);
        QVERIFY(test::attemptSql(test::loginAs(m_cluster->config(), u, u"given-pass-1"_s), u"SELECT 1"_s)
                    .state.startsWith(u"open: "_s));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT actor FROM boxoffice.audit_log WHERE action = 'staff_password_changed'"
                              " AND detail ->> 'username' = ?"_s,
                         {u})
                     .toString(),
            u);
    }

    // The real Application on a database made without the demo data: no
    // sign-in box but the first manager's account, then signed in as them.
    void firstStartWithoutDemoDataAsksForTheFirstManager()
    {
        const ConnectionConfig empty = m_cluster->createEmptyDatabase(u"nodemo_app"_s);
        qputenv("BOXOFFICE_DB", empty.toConnInfo().toUtf8());
        qputenv("BOXOFFICE_COUNTER", "First counter");
        auto app = std::make_unique<Application>(*qApp, QStringList {u"boxoffice"_s, u"--no-demo"_s});
        QVERIFY(app->start());
        QTRY_VERIFY_WITH_TIMEOUT(app->firstManagerDialog() && app->firstManagerDialog()->isVisible(), 60000);
        QVERIFY(!app->signInDialog());
        FirstManagerDialog *dialog = app->firstManagerDialog();
        const QString u = user(u"first"_s);
        QTest::keyClicks(dialog->userEdit(), u);
        QTest::keyClicks(dialog->nameEdit(), u"First Manager"_s);
        QTest::keyClicks(dialog->passwordEdit(), u"first-pass-1"_s);
        QTest::keyClicks(dialog->repeatPasswordEdit(), u"first-pass-2"_s);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->errorLabel()->isVisible()); // not the same twice
        QTest::keyClicks(dialog->passwordEdit(), u"first-pass-1"_s);
        QTest::keyClicks(dialog->repeatPasswordEdit(), u"first-pass-1"_s);
        QSignalSpy signedIn(app.get(), &Application::signedIn);
        QTest::keyClick(dialog->repeatPasswordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
        QVERIFY(app->isSignedIn());
        Database check(empty, u"nodemo-check"_s);
        QString row;
        VERIFY_OK(check.query(u"SELECT concat_ws('/', s.role, s.active, s.must_change_password, c.login)"
                              " FROM boxoffice.staff s JOIN boxoffice.counter_session c ON c.staff_id = s.id"
                              " WHERE s.username = ? AND c.closed_at IS NULL"_s,
            {u}, [&row](QSqlQuery &q) -> Result<Done> {
                if (q.next())
                    row = q.value(0).toString();
                return Done {};
            }));
        QCOMPARE(row, u"manager/t/f/"_s + u);
        QCOMPARE(groupsOf(u), u"boxoffice_manager"_s);
        // No demo data came with it.
        int venues = -1;
        VERIFY_OK(check.query(u"SELECT count(*) FROM boxoffice.venue"_s, {}, [&venues](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                venues = q.value(0).toInt();
            return Done {};
        }));
        QCOMPARE(venues, 0);
        check.closeThreadConnection();
        app->shutDown();
        app.reset();
        qunsetenv("BOXOFFICE_DB");
    }

private:
    TestCluster *m_cluster = nullptr;
    QString m_suffix;
    std::unique_ptr<Database> m_manager;
};

int main(int argc, char *argv[])
{
    // Settings and lock files of the Application in a home of this run's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    QApplication app(argc, argv);
    TestStaffPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_staffpage.moc"
