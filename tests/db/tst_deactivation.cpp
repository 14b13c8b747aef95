// Deactivating a staff member ends their work at once (functions/staff.sql,
// set_staff_active): their open counter session is closed (audited), their
// open database connections are ended, and their next call, on any of them,
// is refused; the login cannot come back. A connection of an account made
// inactive cannot sign in at a counter (open_counter_session). Reactivated,
// the account works again.
#include "admin/countersessions.h"
#include "admin/staffadmin.h"
#include "db/database.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUuid>
#include <QtTest/QtTest>

#include <memory>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestDeactivation final : public QObject
{
    Q_OBJECT

private:
    int backendsOf(const QString &login)
    {
        return m_cluster->scalar(u"SELECT count(*) FROM pg_stat_activity WHERE usename = ?"_s, {login}).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_user = u"deact_t%1"_s.arg(QRandomGenerator::global()->bounded(100000000));
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        VERIFY_OK(StaffAdmin::addStaff(*m_manager, m_user, u"Nok Deactivated"_s, StaffRole::Clerk, m_password));
        m_device = QUuid::createUuid();
        VERIFY_OK(CounterSessions::registerCounter(m_cluster->db(), m_device, u"Deactivation Desk"_s));
    }

    void deactivationEndsSessionsAndConnections()
    {
        const QUuid instance = QUuid::createUuid();
        Database clerk(test::loginAs(m_cluster->config(), m_user, m_password), u"clerk"_s);
        Database dashboard(test::loginAs(m_cluster->config(), m_user, m_password), u"dashboard"_s);
        VERIFY_OK(CounterSessions::open(clerk, m_device, instance));
        VERIFY_OK(dashboard.ping());
        QCOMPARE(backendsOf(m_user), 2);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.counter_session WHERE login = ? AND closed_at IS NULL"_s,
                         {m_user})
                     .toInt(),
            1);

        const Result<QJsonObject> answer
            = m_manager->callJson(u"SELECT boxoffice.set_staff_active(?, false)"_s, {m_user});
        VERIFY_OK(answer);
        QVERIFY(answer->value(u"ok"_s).toBool());
        QCOMPARE(answer->value(u"sessions_closed"_s).toInt(), 1);
        QCOMPARE(answer->value(u"connections_ended"_s).toInt(), 2);

        // The session is closed, saying why, and audited.
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT concat_ws(' ', closed_by, close_reason) FROM boxoffice.counter_session"
                              " WHERE login = ? ORDER BY id DESC LIMIT 1"_s,
                         {m_user})
                     .toString(),
            u"manager account deactivated"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = 'close_counter_session'"
                              " AND actor = 'manager' AND reason = 'account deactivated' AND detail ->> 'login' = ?"_s,
                         {m_user})
                     .toInt(),
            1);
        // The connections are gone, and the next call on either is refused
        // (the reconnect too: the login may not log in).
        QTRY_COMPARE_WITH_TIMEOUT(backendsOf(m_user), 0, 5000);
        const Result<CounterSession> again = CounterSessions::open(clerk, m_device, instance);
        QVERIFY(!again);
        QVERIFY2(!again.error().message.isEmpty(), "a refusal says why");
        QVERIFY(!dashboard.ping());
        QCOMPARE(backendsOf(m_user), 0);
        const QString refused
            = test::attemptSql(test::loginAs(m_cluster->config(), m_user, m_password), u"SELECT 1"_s).state;
        QVERIFY2(refused.contains(u"not permitted to log in"_s), qPrintable(refused));

        // Reactivated: in again, and at the counter again.
        VERIFY_OK(StaffAdmin::setActive(*m_manager, m_user, true));
        Database back(test::loginAs(m_cluster->config(), m_user, m_password), u"back"_s);
        VERIFY_OK(CounterSessions::open(back, m_device, QUuid::createUuid()));
        VERIFY_OK(CounterSessions::close(back));
        back.closeThreadConnection();
        clerk.closeThreadConnection();
        dashboard.closeThreadConnection();
    }

    // An account made inactive by other means than set_staff_active (its
    // connection still open) cannot sign in at a counter.
    void anInactiveAccountCannotSignInAtACounter()
    {
        Database clerk(test::loginAs(m_cluster->config(), m_user, m_password), u"late"_s);
        VERIFY_OK(clerk.ping());
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.staff SET active = false WHERE username = ?"_s, {m_user}));
        const QString before = m_cluster->fingerprint();
        const Result<CounterSession> open = CounterSessions::open(clerk, m_device, QUuid::createUuid());
        QCOMPARE(open.code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.counter_session WHERE login = ? AND closed_at IS NULL"_s,
                         {m_user})
                     .toInt(),
            0);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.staff SET active = true WHERE username = ?"_s, {m_user}));
        clerk.closeThreadConnection();
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        // The login made here is the server's, not the test database's.
        m_cluster->exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"_s, {m_user});
        m_cluster->exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(m_user));
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<Database> m_manager;
    QString m_user;
    const QString m_password = u"deact-pass-1"_s;
    QUuid m_device;
};

QTEST_MAIN(TestDeactivation)
#include "tst_deactivation.moc"
