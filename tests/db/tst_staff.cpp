// Staff sign-in: PBKDF2 hashes (never the password) in the database, wrong
// passwords refused without saying whether the user exists, lock-out after
// repeated failures (audited), and the demo accounts.
#include "admin/staffdirectory.h"
#include "db/database.h"
#include "testcluster.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestStaff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_cluster = &TestCluster::instance(); }

    void hashing()
    {
        const QString a = StaffDirectory::hashPassword(QStringLiteral("s3cret"), 1000);
        const QString b = StaffDirectory::hashPassword(QStringLiteral("s3cret"), 1000);
        QVERIFY(a.startsWith(QLatin1String("pbkdf2-sha256$1000$")));
        QVERIFY(a != b); // salted
        QVERIFY(!a.contains(QLatin1String("s3cret")));
        QVERIFY(StaffDirectory::verifyPassword(QStringLiteral("s3cret"), a));
        QVERIFY(!StaffDirectory::verifyPassword(QStringLiteral("s3cret "), a));
        QVERIFY(!StaffDirectory::verifyPassword(QStringLiteral("s3cret"), QString()));
        QVERIFY(!StaffDirectory::verifyPassword(QStringLiteral("s3cret"), QStringLiteral("md5$x$y$z")));
        QVERIFY(StaffDirectory::hashPassword(QStringLiteral("x")).startsWith(QLatin1String("pbkdf2-sha256$120000$")));
    }

    void demoAccountsSignIn_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("clerk") << QStringLiteral("clerk");
        QTest::newRow("supervisor") << QStringLiteral("supervisor");
        QTest::newRow("manager") << QStringLiteral("manager");
    }

    void demoAccountsSignIn()
    {
        QFETCH(QString, user);
        Result<StaffMember> r = StaffDirectory::signIn(m_cluster->db(), user, user + QStringLiteral("-demo"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(staffRoleName(r->role), user);
        QVERIFY(
            m_cluster->scalar(QStringLiteral("SELECT password_hash FROM boxoffice.staff WHERE username = ?"), {user})
                .toString()
                .startsWith(QLatin1String("pbkdf2-sha256$")));
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        Result<StaffMember> wrong
            = StaffDirectory::signIn(m_cluster->db(), QStringLiteral("clerk"), QStringLiteral("nope"));
        Result<StaffMember> unknown
            = StaffDirectory::signIn(m_cluster->db(), QStringLiteral("nobody"), QStringLiteral("nope"));
        QCOMPARE(wrong.code(), ErrorCode::SignInFailed);
        QCOMPARE(unknown.code(), ErrorCode::SignInFailed);
        QCOMPARE(wrong.error().message, unknown.error().message);
        // A good password resets the count.
        QVERIFY(StaffDirectory::signIn(m_cluster->db(), QStringLiteral("clerk"), QStringLiteral("clerk-demo")).ok());
        QCOMPARE(
            m_cluster->scalar(QStringLiteral("SELECT failed_attempts FROM boxoffice.staff WHERE username = 'clerk'"))
                .toInt(),
            0);
    }

    void lockOutAfterRepeatedFailures()
    {
        m_cluster->exec(QStringLiteral("INSERT INTO boxoffice.staff (username, display_name, role)"
                                       " VALUES ('locky', 'Locky', 'clerk') ON CONFLICT DO NOTHING"));
        QVERIFY(StaffDirectory::setPassword(m_cluster->db(), QStringLiteral("locky"), QStringLiteral("right")).ok());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(
                StaffDirectory::signIn(m_cluster->db(), QStringLiteral("locky"), QStringLiteral("wrong"), 3, 5).code(),
                ErrorCode::SignInFailed);
        const Result<StaffMember> third
            = StaffDirectory::signIn(m_cluster->db(), QStringLiteral("locky"), QStringLiteral("wrong"), 3, 5);
        QCOMPARE(third.code(), ErrorCode::LockedOut);
        QVERIFY2(
            third.error().message.contains(QLatin1String("Try again in 5 minute")), qPrintable(third.error().message));
        // Locked: even the right password waits; the message counts down.
        m_cluster->exec(QStringLiteral(
            "UPDATE boxoffice.staff SET locked_until = now() + interval '61 seconds' WHERE username = 'locky'"));
        const Result<StaffMember> right
            = StaffDirectory::signIn(m_cluster->db(), QStringLiteral("locky"), QStringLiteral("right"), 3, 5);
        QCOMPARE(right.code(), ErrorCode::LockedOut);
        QVERIFY2(
            right.error().message.contains(QLatin1String("Try again in 2 minute")), qPrintable(right.error().message));
        m_cluster->exec(QStringLiteral(
            "UPDATE boxoffice.staff SET locked_until = now() + interval '20 seconds' WHERE username = 'locky'"));
        QVERIFY(StaffDirectory::signIn(m_cluster->db(), QStringLiteral("locky"), QStringLiteral("right"), 3, 5)
                    .error()
                    .message.contains(QLatin1String("Try again in 1 minute")));
        QCOMPARE(
            m_cluster
                ->scalar(QStringLiteral(
                    "SELECT count(*) FROM boxoffice.audit_log WHERE action = 'staff_locked_out' AND actor = 'locky'"))
                .toInt(),
            1);
        // Time passes.
        m_cluster->exec(QStringLiteral(
            "UPDATE boxoffice.staff SET locked_until = now() - interval '1 second' WHERE username = 'locky'"));
        QVERIFY(StaffDirectory::signIn(m_cluster->db(), QStringLiteral("locky"), QStringLiteral("right"), 3, 5).ok());
    }

    void setPasswordOfUnknownUser()
    {
        QCOMPARE(StaffDirectory::setPassword(m_cluster->db(), QStringLiteral("ghost"), QStringLiteral("x")).code(),
            ErrorCode::UnknownClerk);
    }

private:
    TestCluster *m_cluster = nullptr;
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
