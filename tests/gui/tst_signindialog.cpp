// The sign-in dialog with real keys: a wrong password is said plainly and the
// dialog stays; the right one signs the clerk in.
#include "counter/signindialog.h"
#include "db/database.h"
#include "gate/offlinesignin.h"
#include "testcluster.h"

#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongThenRightPassword()
    {
        TestCluster &cluster = TestCluster::instance();
        SignInDialog dialog(cluster.db(), QStringLiteral("clerk"));
        QSignalSpy failed(&dialog, &SignInDialog::failed);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("guess"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("Wrong user name or password."));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("clerk-demo"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 10000);
        QCOMPARE(dialog.member().username, QStringLiteral("clerk"));
        QCOMPARE(staffRoleName(dialog.member().role), QStringLiteral("clerk"));
    }

    // Issue 10 item 14: the lock-out says when the account can try again, and
    // the whole message shows (it was cut off).
    void lockedOutSaysWhenAndShowsWhole()
    {
        TestCluster &cluster = TestCluster::instance();
        cluster.exec(QStringLiteral(
            "UPDATE boxoffice.staff SET locked_until = now() + interval '270 seconds' WHERE username = 'clerk'"));
        auto unlock = qScopeGuard([&] {
            cluster.exec(QStringLiteral("UPDATE boxoffice.staff SET locked_until = NULL WHERE username = 'clerk'"));
        });
        SignInDialog dialog(cluster.db(), QStringLiteral("clerk"));
        QSignalSpy failed(&dialog, &SignInDialog::failed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("clerk-demo")); // even the right one waits
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QLabel *error = dialog.errorLabel();
        QVERIFY2(error->text().contains(QLatin1String("Try again in 5 minute")), qPrintable(error->text()));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 2000);
        // All of it inside the dialog, as tall as its wrapped lines need.
        QTRY_VERIFY_WITH_TIMEOUT(error->height() >= error->heightForWidth(error->width()), 2000);
        QVERIFY(dialog.rect().contains(QRect(error->mapTo(&dialog, QPoint(0, 0)), error->size())));
    }

    // With a database login, the same password opens the staff member's own
    // PostgreSQL role, and the dialog hands over those connection settings.
    void signInOpensTheStaffDatabaseLogin()
    {
        TestCluster &cluster = TestCluster::instance();
        SignInDialog dialog(cluster.db(), QStringLiteral("supervisor"));
        dialog.setDatabaseLogin(cluster.config());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("supervisor-demo"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 10000);
        QCOMPARE(dialog.loginConfig().value(QStringLiteral("user")), QStringLiteral("supervisor"));
        Database staff(dialog.loginConfig(), QStringLiteral("signed-in"));
        Result<Done> ping = staff.ping();
        QVERIFY(ping.ok());
        QString who;
        QVERIFY(staff
                    .query(QStringLiteral("SELECT session_user"), {},
                        [&who](QSqlQuery &q) -> Result<Done> {
                            if (q.next())
                                who = q.value(0).toString();
                            return Done {};
                        })
                    .ok());
        QCOMPARE(who, QStringLiteral("supervisor"));
    }

    // The app's password is right but the database login is out of step
    // (changed behind the app's back): refused plainly, the dialog stays.
    void databaseLoginOutOfStepIsRefused()
    {
        TestCluster &cluster = TestCluster::instance();
        cluster.exec(QStringLiteral("INSERT INTO boxoffice.staff (username, display_name, role)"
                                    " VALUES ('pim', 'Pim', 'clerk') ON CONFLICT DO NOTHING"));
        QVERIFY(StaffDirectory::setPassword(cluster.db(), QStringLiteral("pim"), QStringLiteral("pim-pass")).ok());
        QVERIFY(cluster.exec(QStringLiteral("ALTER ROLE pim PASSWORD 'something-else'")));
        SignInDialog dialog(cluster.db(), QStringLiteral("pim"));
        dialog.setDatabaseLogin(cluster.config());
        QSignalSpy failed(&dialog, &SignInDialog::failed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("pim-pass"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("pim")), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    // A gate station's offline sign-in (issue 13): a door person's first
    // sign-in, with the password they were given changed on the way, keeps
    // a verifier of the new password, not of the given one; a clerk's
    // sign-in keeps none; an account made a clerk since is forgotten.
    void doorStaffSignInKeepsTheNewPasswordForOffline()
    {
        TestCluster &cluster = TestCluster::instance();
        QVERIFY(cluster.exec(QStringLiteral("INSERT INTO boxoffice.staff (username, display_name, role)"
                                            " VALUES ('doorsid', 'Door Sid', 'gate') ON CONFLICT DO NOTHING")));
        QVERIFY(
            StaffDirectory::setPassword(cluster.db(), QStringLiteral("doorsid"), QStringLiteral("given-pass-1")).ok());
        QVERIFY(cluster.exec(QStringLiteral(
            "UPDATE boxoffice.staff SET must_change_password = true, role = 'gate' WHERE username = 'doorsid'")));
        QVERIFY(cluster.exec(QStringLiteral("ALTER ROLE doorsid PASSWORD 'given-pass-1'")));
        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QString file = files.filePath(QStringLiteral("offline-sign-in.json"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            SignInDialog dialog(cluster.db(), QStringLiteral("doorsid"));
            dialog.setDatabaseLogin(cluster.config());
            dialog.setOfflineSignIn(file);
            QSignalSpy asked(&dialog, &SignInDialog::newPasswordRequired);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("given-pass-1"));
            QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 20000);
            QVERIFY(!OfflineSignIn(file).hasAnyone(now)); // not the given password
            QTest::keyClicks(dialog.newPasswordEdit(), QStringLiteral("door-own-pass-2"));
            QTest::keyClicks(dialog.repeatPasswordEdit(), QStringLiteral("door-own-pass-2"));
            QTest::keyClick(dialog.repeatPasswordEdit(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 20000);
            QVERIFY(!dialog.isOffline());
        }
        OfflineSignIn kept(file);
        QCOMPARE(
            kept.check(QStringLiteral("doorsid"), QStringLiteral("given-pass-1"), now).code(), ErrorCode::SignInFailed);
        const Result<StaffMember> door = kept.check(QStringLiteral("doorsid"), QStringLiteral("door-own-pass-2"), now);
        QVERIFY(door.ok());
        QCOMPARE(door->role, StaffRole::Gate);
        QCOMPARE(door->displayName, QStringLiteral("Door Sid"));

        // A clerk signs in here: nothing of theirs is kept.
        const auto signInOnline = [&cluster, &file](const QString &user, const QString &password) {
            SignInDialog dialog(cluster.db(), user);
            dialog.setDatabaseLogin(cluster.config());
            dialog.setOfflineSignIn(file);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.show();
            QTest::keyClicks(dialog.passwordEdit(), password);
            QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
            return QTest::qWaitFor([&accepted] { return !accepted.isEmpty(); }, 20000);
        };
        QVERIFY(signInOnline(QStringLiteral("clerk"), QStringLiteral("clerk-demo")));
        QCOMPARE(
            kept.check(QStringLiteral("clerk"), QStringLiteral("clerk-demo"), now).code(), ErrorCode::SignInFailed);
        // The door person made a clerk: their next sign-in forgets them.
        QVERIFY(cluster.exec(QStringLiteral("UPDATE boxoffice.staff SET role = 'clerk' WHERE username = 'doorsid'")));
        QVERIFY(signInOnline(QStringLiteral("doorsid"), QStringLiteral("door-own-pass-2")));
        QCOMPARE(kept.check(QStringLiteral("doorsid"), QStringLiteral("door-own-pass-2"), now).code(),
            ErrorCode::SignInFailed);
        QVERIFY(!kept.hasAnyone(now));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
