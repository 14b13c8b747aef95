// Staff roles enforced by the database: connections made with the demo
// accounts' own credentials (clerk, supervisor, manager — password
// authentication, SCRAM) try what their role may not do, directly in SQL and
// with psql, and must get PostgreSQL's permission error with nothing changed;
// what they may do works through the services.
#include "admin/countersessions.h"
#include "admin/showcatalog.h"
#include "admin/staffdirectory.h"
#include "ops/emergencycontrols.h"
#include "sale/saleengine.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

using test::loginAs;

// One statement on a fresh connection of its own: the SQLSTATE of its
// failure ("" on success, "open: <text>" when the connection is refused).
QString attempt(const ConnectionConfig &config, const QString &sql)
{
    return test::attemptSql(config, sql).state;
}

} // namespace

class TestRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_show = m_cluster->demoShow(0);
        QVERIFY(m_show > 0);
        m_clerk = loginAs(m_cluster->config(), QStringLiteral("clerk"), QStringLiteral("clerk-demo"));
        m_supervisor = loginAs(m_cluster->config(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
        m_manager = loginAs(m_cluster->config(), QStringLiteral("manager"), QStringLiteral("manager-demo"));
    }

    void init() { m_cluster->resetSales(); }

    void demoAccountsAreLoginRolesOfTheirGroup_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("group");
        QTest::newRow("clerk") << u"clerk"_s << u"boxoffice_clerk"_s;
        QTest::newRow("supervisor") << u"supervisor"_s << u"boxoffice_supervisor"_s;
        QTest::newRow("manager") << u"manager"_s << u"boxoffice_manager"_s;
    }
    void demoAccountsAreLoginRolesOfTheirGroup()
    {
        QFETCH(QString, user);
        QFETCH(QString, group);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m"
                                             " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member"
                                             " WHERE r.rolname = ?"),
                         {user})
                     .toString(),
            group);
        QCOMPARE(m_cluster
                     ->scalar(QStringLiteral("SELECT rolcanlogin AND NOT rolsuper AND NOT rolcreaterole"
                                             " FROM pg_roles WHERE rolname = ?"),
                         {user})
                     .toBool(),
            true);
        // Only a verifier is stored, never the password.
        QVERIFY(m_cluster->scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {user})
                    .toString()
                    .startsWith(QLatin1String("SCRAM-SHA-256$")));
    }

    void wrongOrMissingPasswordIsRefused()
    {
        const QString wrong = attempt(loginAs(m_cluster->config(), u"clerk"_s, u"not-the-password"_s), u"SELECT 1"_s);
        QVERIFY2(wrong.startsWith(QLatin1String("open: ")), qPrintable(wrong));
        QVERIFY2(wrong.contains(QLatin1String("password authentication failed")), qPrintable(wrong));
        ConnectionConfig none = m_cluster->config();
        none.set(QStringLiteral("user"), QStringLiteral("clerk"));
        const QString missing = attempt(none, u"SELECT 1"_s);
        QVERIFY2(missing.startsWith(QLatin1String("open: ")), qPrintable(missing));
        QCOMPARE(attempt(m_clerk, u"SELECT 1"_s), QString());
    }

    void clerkCannotWriteTables_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("sell a seat by hand")
            << u"UPDATE boxoffice.show_seat SET state = 'blocked' WHERE show_id = (SELECT min(id) FROM boxoffice.show)"_s;
        QTest::newRow("free a sold seat")
            << u"UPDATE boxoffice.show_seat SET state = 'available', order_id = NULL WHERE state = 'sold'"_s;
        QTest::newRow("write an order")
            << u"INSERT INTO boxoffice.orders (idempotency_key, request_hash, show_id, terminal_id, ticket_type,"
               " status, payment_method, total) VALUES (gen_random_uuid(), 'x', 1, 1, 'RINGSIDE', 'paid', 'cash', 0)"_s;
        QTest::newRow("book a seat") << u"INSERT INTO boxoffice.order_seat (order_id, show_id, seat_id, price)"
                                        " VALUES (1, 1, 1, 0)"_s;
        QTest::newRow("pause a show") << u"UPDATE boxoffice.show SET sales_state = 'paused'"_s;
        QTest::newRow("promote oneself") << u"UPDATE boxoffice.staff SET role = 'manager' WHERE username = 'clerk'"_s;
        QTest::newRow("erase the audit log") << u"DELETE FROM boxoffice.audit_log"_s;
        QTest::newRow("truncate bookings") << u"TRUNCATE boxoffice.order_seat"_s;
        QTest::newRow("rename a counter") << u"UPDATE boxoffice.terminal SET name = name || '!'"_s;
        QTest::newRow("new table in the schema") << u"CREATE TABLE boxoffice.mine (id int)"_s;
        QTest::newRow("replace a function")
            << u"CREATE OR REPLACE FUNCTION boxoffice.register_terminal(p_name text) RETURNS integer"
               " LANGUAGE sql AS 'SELECT 1'"_s;
        QTest::newRow("grant oneself a group") << u"GRANT boxoffice_manager TO clerk"_s;
    }
    void clerkCannotWriteTables()
    {
        QFETCH(QString, sql);
        // A sold seat exists so "free a sold seat" would have something to do.
        sellAsOwner(2);
        const QString before = m_cluster->fingerprint();
        const QString state = attempt(m_clerk, sql);
        QCOMPARE(state, u"42501"_s); // insufficient_privilege
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void clerkCannotReadSecretsOrSupervisorData_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("password hashes") << u"SELECT password_hash FROM boxoffice.staff"_s;
        QTest::newRow("lock-outs") << u"SELECT failed_attempts FROM boxoffice.staff"_s;
        QTest::newRow("audit log") << u"SELECT count(*) FROM boxoffice.audit_log"_s;
        QTest::newRow("job runs") << u"SELECT count(*) FROM boxoffice.job_run"_s;
        QTest::newRow("migrations") << u"SELECT count(*) FROM boxoffice.schema_migrations"_s;
    }
    void clerkCannotReadSecretsOrSupervisorData()
    {
        QFETCH(QString, sql);
        QCOMPARE(attempt(m_clerk, sql), u"42501"_s);
    }

    void clerkCannotRunManagerOrInternalFunctions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("force unlock") << u"SELECT boxoffice.force_unlock(1, NULL, NULL, 'clerk', 'because')"_s;
        QTest::newRow("force unlock preview") << u"SELECT * FROM boxoffice.force_unlock_targets(1, NULL, NULL)"_s;
        QTest::newRow("pause sales") << u"SELECT boxoffice.set_sales_state(1, 'paused', 'clerk', 'because')"_s;
        QTest::newRow("clear duplicate locks") << u"SELECT boxoffice.clear_duplicate_locks('clerk', 'because')"_s;
        QTest::newRow("set a password") << u"SELECT boxoffice.set_staff_password('manager', 'x')"_s;
        QTest::newRow("set a login") << u"SELECT boxoffice.set_staff_login('manager', 'SCRAM-SHA-256$4096:x')"_s;
        QTest::newRow("record a sign-in") << u"SELECT boxoffice.record_sign_in('manager', true, 5, 5)"_s;
        QTest::newRow("seed data") << u"SELECT boxoffice.seed_demo(false)"_s;
        QTest::newRow("make a show") << u"SELECT boxoffice.create_show(1, 'x', now())"_s;
        QTest::newRow("body without its checks") << u"SELECT boxoffice.release_seats_impl(1, ARRAY[1], 1)"_s;
    }
    void clerkCannotRunManagerOrInternalFunctions()
    {
        QFETCH(QString, sql);
        const QString before = m_cluster->fingerprint();
        QCOMPARE(attempt(m_clerk, sql), u"42501"_s);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void clerkCannotReadSupervisorFigures_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("health findings") << u"SELECT boxoffice.health_findings('{}')"_s;
        QTest::newRow("dashboard figures") << u"SELECT boxoffice.dashboard_figures(60, now() - interval '1 day')"_s;
        QTest::newRow("counters' activity") << u"SELECT count(*) FROM boxoffice.terminal_activity"_s;
        QTest::newRow("sales report") << u"SELECT boxoffice.sales_report(now() - interval '1 day', now(), 'show')"_s;
        QTest::newRow("expected cash") << u"SELECT boxoffice.expected_cash(1, now() - interval '1 day', now())"_s;
        QTest::newRow("record a reconciliation")
            << u"SELECT boxoffice.record_reconciliation(1, NULL, now() - interval '1 hour', now(), 0, '', 'clerk')"_s;
        QTest::newRow("reconciliations") << u"SELECT count(*) FROM boxoffice.shift_reconciliation"_s;
    }
    void clerkCannotReadSupervisorFigures()
    {
        QFETCH(QString, sql);
        const QString before = m_cluster->fingerprint();
        QCOMPARE(attempt(m_clerk, sql), u"42501"_s);
        QCOMPARE(m_cluster->fingerprint(), before);
        // … which a supervisor may.
        if (!sql.contains(QLatin1String("record_reconciliation")))
            QCOMPARE(attempt(m_supervisor, sql), QString());
    }

    // The same from psql, the way someone with the clerk's credentials would try.
    void psqlWithTheClerksCredentials()
    {
        const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        if (psql.isEmpty())
            QFAIL("psql not found (package postgresql-client-15, installed with postgresql-15)");
        const QString before = m_cluster->fingerprint();
        for (const QString &sql : {u"UPDATE boxoffice.show SET sales_state = 'paused'"_s,
                 u"SELECT boxoffice.set_sales_state(1, 'paused', 'clerk', 'from psql')"_s}) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("clerk-demo"));
            env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
            process.setProcessEnvironment(env);
            ConnectionConfig config = m_cluster->config();
            config.set(QStringLiteral("user"), QStringLiteral("clerk"));
            process.start(psql,
                {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                    config.toConnInfo(), QStringLiteral("-c"), sql});
            QVERIFY(process.waitForFinished(30000));
            const QString err = QString::fromLocal8Bit(process.readAllStandardError());
            QVERIFY2(process.exitCode() != 0, qPrintable(sql));
            QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(err));
        }
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    // What a clerk may do works through the services on the clerk's own
    // connection: the counter needs nothing more than its grants.
    void clerkSellsThroughTheServices()
    {
        Database clerkDb(m_clerk, QStringLiteral("clerk-services"));
        Result<QList<ShowSummary>> shows = ShowCatalog::comingShows(clerkDb);
        VERIFY_OK(shows);
        QVERIFY(!shows->isEmpty());
        // A clerk registers no counter: signed in at one, they act for it.
        SaleEngine unregistered(clerkDb, SaleEngine::Options {QStringLiteral("Clerk's counter")});
        QCOMPARE(unregistered.registerTerminal().code(), ErrorCode::PermissionDenied);
        const int counter = signIn(clerkDb, QStringLiteral("Clerk's counter"));
        QVERIFY(counter > 0);
        SaleEngine engine(clerkDb, SaleEngine::Options {QStringLiteral("Clerk's counter"), counter});
        VERIFY_OK(engine.registerTerminal());
        Result<SeatStatusList> loaded = engine.loadShowAsync(m_show).result();
        VERIFY_OK(loaded);
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), 2);
        Result<HoldResult> held = engine.hold(m_show, seats, 5);
        VERIFY_OK(held);
        Result<Order> sold = engine.sell(sellRequest(seats, clerkId(u"clerk"_s)));
        VERIFY_OK(sold);
        QCOMPARE(orderStatusName(sold->status), QStringLiteral("paid"));
        // Its own order: the clerk may cancel it.
        Result<Order> cancelled = engine.cancel(sold->id, QStringLiteral("customer changed plans"));
        VERIFY_OK(cancelled);
        QCOMPARE(
            m_cluster->scalar(
                         u"SELECT actor || '/' || db_user FROM boxoffice.audit_log WHERE action = 'cancel_order'"_s)
                .toString(),
            u"clerk/clerk"_s);
    }

    void clerkMayCancelOnlyTheirOwnOrders()
    {
        const qint64 other = sellAsOwner(2, clerkId(u"supervisor"_s));
        Database clerkDb(m_clerk, QStringLiteral("clerk-cancel"));
        SaleEngine engine(clerkDb,
            SaleEngine::Options {
                QStringLiteral("Clerk's counter"), signIn(clerkDb, QStringLiteral("Clerk's counter"))});
        VERIFY_OK(engine.registerTerminal());
        const QString before = m_cluster->fingerprint();
        Result<Order> refused = engine.cancel(other, QStringLiteral("not mine"));
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(m_cluster->fingerprint(), before);
        // A supervisor may.
        Database supervisorDb(m_supervisor, QStringLiteral("supervisor-cancel"));
        SaleEngine supervisorEngine(supervisorDb,
            SaleEngine::Options {QStringLiteral("Office"), signIn(supervisorDb, QStringLiteral("Office"))});
        VERIFY_OK(supervisorEngine.registerTerminal());
        Result<Order> cancelled = supervisorEngine.cancel(other, QStringLiteral("customer asked the office"));
        VERIFY_OK(cancelled);
        QCOMPARE(orderStatusName(cancelled->status), QStringLiteral("cancelled"));
    }

    void supervisorReadsTheAuditLogButHasNoControls()
    {
        QCOMPARE(attempt(m_supervisor, u"SELECT count(*) FROM boxoffice.audit_log"_s), QString());
        QCOMPARE(attempt(m_supervisor, u"SELECT count(*) FROM boxoffice.job_run"_s), QString());
        QCOMPARE(attempt(m_supervisor, u"SELECT password_hash FROM boxoffice.staff"_s), u"42501"_s);
        Database supervisorDb(m_supervisor, QStringLiteral("supervisor-controls"));
        EmergencyControls controls(supervisorDb, QStringLiteral("supervisor"));
        const QString before = m_cluster->fingerprint();
        Result<Done> paused = controls.setSalesState(m_show, QStringLiteral("paused"), QStringLiteral("trying"));
        QCOMPARE(paused.code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(m_cluster->scalar(u"SELECT sales_state FROM boxoffice.show WHERE id = ?"_s, {m_show}).toString(),
            u"on_sale"_s);
    }

    void managerUsesTheControlsAndIsAudited()
    {
        Database managerDb(m_manager, QStringLiteral("manager-controls"));
        EmergencyControls controls(managerDb, QStringLiteral("manager"));
        VERIFY_OK(controls.setSalesState(m_show, QStringLiteral("paused"), QStringLiteral("ring repairs")));
        QCOMPARE(m_cluster->scalar(u"SELECT sales_state FROM boxoffice.show WHERE id = ?"_s, {m_show}).toString(),
            u"paused"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT db_user || '/' || actor FROM boxoffice.audit_log"
                              " WHERE action = 'set_sales_state'"_s)
                     .toString(),
            u"manager/manager"_s);
        // Still no direct writes, even for a manager.
        QCOMPARE(attempt(m_manager, u"UPDATE boxoffice.show SET sales_state = 'on_sale'"_s), u"42501"_s);
    }

    void staffLoginFollowsTheStaffRole()
    {
        m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role)"
                        " VALUES ('nok', 'Nok', 'clerk') ON CONFLICT (username) DO UPDATE SET role = 'clerk',"
                        " active = true"_s);
        VERIFY_OK(StaffDirectory::setPassword(m_cluster->db(), u"nok"_s, u"first-pass"_s));
        const ConnectionConfig nok = loginAs(m_cluster->config(), u"nok"_s, u"first-pass"_s);
        QCOMPARE(attempt(nok, u"SELECT count(*) FROM boxoffice.audit_log"_s), u"42501"_s);
        // Promoted: the same login now reads what a supervisor reads.
        m_cluster->exec(u"UPDATE boxoffice.staff SET role = 'supervisor' WHERE username = 'nok'"_s);
        VERIFY_OK(StaffDirectory::setPassword(m_cluster->db(), u"nok"_s, u"second-pass"_s));
        const ConnectionConfig promoted = loginAs(m_cluster->config(), u"nok"_s, u"second-pass"_s);
        QCOMPARE(attempt(promoted, u"SELECT count(*) FROM boxoffice.audit_log"_s), QString());
        QVERIFY(attempt(nok, u"SELECT 1"_s).startsWith(QLatin1String("open: "))); // old password gone
        // Deactivated: cannot log in at all.
        m_cluster->exec(u"UPDATE boxoffice.staff SET active = false WHERE username = 'nok'"_s);
        VERIFY_OK(StaffDirectory::setPassword(m_cluster->db(), u"nok"_s, u"third-pass"_s));
        QVERIFY(attempt(loginAs(m_cluster->config(), u"nok"_s, u"third-pass"_s), u"SELECT 1"_s)
                    .startsWith(QLatin1String("open: ")));
    }

    // A staff account named like a role that is not the box office's (the
    // owner, postgres) never takes that role over.
    void foreignRolesAreNeverTakenOver()
    {
        const QString owner = m_cluster->scalar(u"SELECT current_user"_s).toString();
        m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role) VALUES (?, 'Owner', 'clerk')"
                        " ON CONFLICT (username) DO NOTHING"_s,
            {owner});
        const QString verifierBefore
            = m_cluster->scalar(u"SELECT coalesce(rolpassword, '') FROM pg_authid WHERE rolname = ?"_s, {owner})
                  .toString();
        Result<Done> refused = StaffDirectory::setPassword(m_cluster->db(), owner, u"hijack"_s);
        QCOMPARE(refused.code(), ErrorCode::InvalidRequest);
        QCOMPARE(m_cluster->scalar(u"SELECT coalesce(rolpassword, '') FROM pg_authid WHERE rolname = ?"_s, {owner})
                     .toString(),
            verifierBefore);
        QCOMPARE(m_cluster->scalar(u"SELECT password_hash IS NULL FROM boxoffice.staff WHERE username = ?"_s, {owner})
                     .toBool(),
            true); // the PBKDF2 half was rolled back too
        m_cluster->exec(u"DELETE FROM boxoffice.staff WHERE username = ?"_s, {owner});
    }

private:
    // Registers a counter of that name (the owner) and opens a session there
    // on db's login; answers the counter's id (0 when refused).
    int signIn(Database &db, const QString &counter)
    {
        const QUuid device = QUuid::fromString(
            m_cluster->scalar(u"SELECT md5('tst_roles:' || ?)::uuid::text"_s, {counter}).toString());
        m_cluster->exec(u"UPDATE boxoffice.counter_session SET closed_at = now(), closed_by = 'test',"
                        " close_reason = 'test' WHERE closed_at IS NULL"_s);
        Result<CounterRef> registered = CounterSessions::registerCounter(m_cluster->db(), device, counter);
        if (!registered)
            return 0;
        Result<CounterSession> session = CounterSessions::open(db, device, QUuid::createUuid());
        return session ? session->counter.id : 0;
    }

    int clerkId(const QString &username)
    {
        return m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = ?"_s, {username}).toInt();
    }

    SellRequest sellRequest(const QList<int> &seats, int clerk)
    {
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = m_show;
        sale.seatIds = seats;
        sale.ticketType = QStringLiteral("CLASS2");
        sale.customer = {QStringLiteral("Malee"), QStringLiteral("0899999999")};
        sale.clerkId = clerk;
        return sale;
    }

    // A paid order made on the owner's connection; returns its id.
    qint64 sellAsOwner(int seatCount, int clerk = 0)
    {
        SaleEngine engine(m_cluster->db(), SaleEngine::Options {QStringLiteral("Owner's counter")});
        if (!engine.registerTerminal())
            return 0;
        const QList<int> seats = m_cluster->seatsOf(m_show, QStringLiteral("CLASS2"), seatCount, 10);
        if (!engine.hold(m_show, seats, 5))
            return 0;
        Result<Order> sold = engine.sell(sellRequest(seats, clerk));
        return sold ? sold->id : 0;
    }

    TestCluster *m_cluster = nullptr;
    ConnectionConfig m_clerk;
    ConnectionConfig m_supervisor;
    ConnectionConfig m_manager;
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
