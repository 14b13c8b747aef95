// Who did it (issue 9): counters are devices registered by the owner or a
// manager, a sign-in opens a counter session, and the database takes the
// acting counter and clerk from the login, never from what the caller says.
// Connections are made with the demo accounts' own credentials.
#include "admin/countersessions.h"
#include "admin/showcatalog.h"
#include "sale/saleengine.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <atomic>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

using test::loginAs;
using Attempt = test::SqlAttempt;

// One statement on a fresh connection of its own (test::attemptSql).
Attempt attempt(const ConnectionConfig &config, const QString &sql)
{
    return test::attemptSql(config, sql);
}

// Refused as an impersonation: the database's permission error, or the
// function's own refusal naming the counter, the staff member or the session.
bool refusedAsImpersonation(const Attempt &a)
{
    if (a.state == QLatin1String("42501"))
        return true;
    if (!a.state.isEmpty())
        return false;
    const QString code = QJsonDocument::fromJson(a.answer.toUtf8()).object().value(QLatin1String("code")).toString();
    return code == QLatin1String("not_your_counter") || code == QLatin1String("not_permitted")
        || code == QLatin1String("no_counter_session");
}

} // namespace

class TestIdentity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_show = m_cluster->demoShow(1);
        QVERIFY(m_show > 0);
        m_clerkLogin = loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s);
        m_supervisorLogin = loginAs(m_cluster->config(), u"supervisor"_s, u"supervisor-demo"_s);
        m_managerLogin = loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s);
        // A second clerk with a login of their own.
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.staff (username, display_name, role)"
                                " VALUES ('clerk2', 'Second Clerk', 'clerk') ON CONFLICT DO NOTHING"_s));
        Result<QString> verifier = m_cluster->db().passwordVerifier(u"clerk2"_s, u"clerk2-pass"_s);
        VERIFY_OK(verifier);
        QCOMPARE(m_cluster->scalar(u"SELECT boxoffice.set_staff_login('clerk2', ?) ->> 'ok'"_s, {verifier.value()})
                     .toString(),
            u"true"_s);
        m_clerk2Login = loginAs(m_cluster->config(), u"clerk2"_s, u"clerk2-pass"_s);
        m_clerk = std::make_unique<Database>(m_clerkLogin, u"identity-clerk"_s);
        m_clerk2 = std::make_unique<Database>(m_clerk2Login, u"identity-clerk2"_s);
        m_supervisor = std::make_unique<Database>(m_supervisorLogin, u"identity-supervisor"_s);
        m_manager = std::make_unique<Database>(m_managerLogin, u"identity-manager"_s);
    }

    void init()
    {
        m_cluster->resetSales();
        m_cluster->exec(u"UPDATE boxoffice.counter_session SET closed_at = now(), closed_by = 'test',"
                        " close_reason = 'test reset' WHERE closed_at IS NULL"_s);
    }

    void cleanupTestCase()
    {
        m_clerk.reset();
        m_clerk2.reset();
        m_supervisor.reset();
        m_manager.reset();
    }

    // Registering: the owner and a manager may; a clerk or supervisor gets
    // the database's permission error and nothing changes.
    void registerCounter()
    {
        const QUuid device = QUuid::createUuid();
        Result<CounterRef> owner = CounterSessions::registerCounter(m_cluster->db(), device, u"Identity Desk"_s);
        VERIFY_OK(owner);
        QVERIFY(owner->id > 0);
        QCOMPARE(owner->name, u"Identity Desk"_s);
        // Known device: its row unchanged, even under another name.
        Result<CounterRef> again = CounterSessions::registerCounter(m_cluster->db(), device, u"Other Name"_s);
        VERIFY_OK(again);
        QCOMPARE(again->id, owner->id);
        QCOMPARE(again->name, u"Identity Desk"_s);
        // Another device with a taken name gets a numbered one.
        Result<CounterRef> second
            = CounterSessions::registerCounter(*m_manager, QUuid::createUuid(), u"Identity Desk"_s);
        VERIFY_OK(second);
        QCOMPARE(second->name, u"Identity Desk (2)"_s);
        Result<CounterRef> third
            = CounterSessions::registerCounter(*m_manager, QUuid::createUuid(), u"Identity Desk"_s);
        VERIFY_OK(third);
        QCOMPARE(third->name, u"Identity Desk (3)"_s);
        // Bad names.
        QCOMPARE(CounterSessions::registerCounter(*m_manager, QUuid::createUuid(), u"   "_s).code(),
            ErrorCode::InvalidRequest);
        QCOMPARE(CounterSessions::registerCounter(*m_manager, QUuid::createUuid(), QString(65, u'x')).code(),
            ErrorCode::InvalidRequest);
        // Clerks and supervisors may not.
        const QString before = m_cluster->fingerprint();
        const int counters = m_cluster->scalar(u"SELECT count(*) FROM boxoffice.terminal"_s).toInt();
        QCOMPARE(CounterSessions::registerCounter(*m_clerk, QUuid::createUuid(), u"Clerk's own"_s).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(CounterSessions::registerCounter(*m_supervisor, QUuid::createUuid(), u"Supervisor's own"_s).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.terminal"_s).toInt(), counters);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void renameCounter()
    {
        const QUuid device = QUuid::createUuid();
        Result<CounterRef> counter = CounterSessions::registerCounter(m_cluster->db(), device, u"Rename Me"_s);
        VERIFY_OK(counter);
        QCOMPARE(CounterSessions::rename(*m_clerk, counter->id, u"Clerk Named"_s).code(), ErrorCode::PermissionDenied);
        VERIFY_OK(CounterSessions::rename(*m_manager, counter->id, u"Renamed Desk"_s));
        QCOMPARE(CounterSessions::registerCounter(m_cluster->db(), device, u"Rename Me"_s)->name, u"Renamed Desk"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT actor FROM boxoffice.audit_log WHERE action = 'rename_counter'"
                              " ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
            u"manager"_s);
        QCOMPARE(
            CounterSessions::rename(*m_manager, counter->id, u"Identity Desk"_s).code(), ErrorCode::InvalidRequest);
    }

    void openInUseSameInstanceAndClose()
    {
        const QUuid device = QUuid::createUuid();
        Result<CounterRef> counter = CounterSessions::registerCounter(m_cluster->db(), device, u"Session Desk"_s);
        VERIFY_OK(counter);
        QCOMPARE(CounterSessions::open(*m_clerk, QUuid::createUuid(), QUuid::createUuid()).code(),
            ErrorCode::CounterNotRegistered);
        const QUuid instance = QUuid::createUuid();
        Result<CounterSession> opened = CounterSessions::open(*m_clerk, device, instance);
        VERIFY_OK(opened);
        QCOMPARE(opened->counter.id, counter->id);
        QCOMPARE(opened->counter.name, u"Session Desk"_s);
        QVERIFY(opened->openedAt.isValid());
        // The same instance again: the same session.
        Result<CounterSession> again = CounterSessions::open(*m_clerk, device, instance);
        VERIFY_OK(again);
        QCOMPARE(again->id, opened->id);
        // A second app instance with the same identity, or another clerk: in use.
        Result<CounterSession> second = CounterSessions::open(*m_clerk, device, QUuid::createUuid());
        QCOMPARE(second.code(), ErrorCode::CounterInUse);
        QCOMPARE(second.error().counterName, u"Session Desk"_s);
        QCOMPARE(second.error().holderName, u"Demo Clerk"_s);
        QVERIFY(second.error().since.isValid());
        QVERIFY2(second.error().message.contains(u"Session Desk"_s), qPrintable(second.error().message));
        QVERIFY2(second.error().message.contains(u"Demo Clerk"_s), qPrintable(second.error().message));
        Result<CounterSession> other = CounterSessions::open(*m_clerk2, device, QUuid::createUuid());
        QCOMPARE(other.code(), ErrorCode::CounterInUse);
        // The clerk is at one counter only: another counter says where.
        const QUuid device2 = QUuid::createUuid();
        Result<CounterRef> counter2 = CounterSessions::registerCounter(m_cluster->db(), device2, u"Session Desk B"_s);
        VERIFY_OK(counter2);
        Result<CounterSession> elsewhere = CounterSessions::open(*m_clerk, device2, QUuid::createUuid());
        QCOMPARE(elsewhere.code(), ErrorCode::CounterInUse);
        QCOMPARE(elsewhere.error().counterName, u"Session Desk"_s);
        // The supervisor sees the session.
        Result<QList<OpenCounterSession>> sessions = CounterSessions::openSessions(*m_supervisor);
        VERIFY_OK(sessions);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().session, opened->id);
        QCOMPARE(sessions->first().counter.name, u"Session Desk"_s);
        QCOMPARE(sessions->first().login, u"clerk"_s);
        QCOMPARE(sessions->first().displayName, u"Demo Clerk"_s);
        QVERIFY(!sessions->first().stale);
        QCOMPARE(CounterSessions::openSessions(*m_clerk).code(), ErrorCode::PermissionDenied);
        // Signing out closes it; closing again is fine.
        VERIFY_OK(CounterSessions::close(*m_clerk));
        VERIFY_OK(CounterSessions::close(*m_clerk));
        QCOMPARE(openCount(), 0);
        VERIFY_OK(CounterSessions::open(*m_clerk2, device, QUuid::createUuid()));
        VERIFY_OK(CounterSessions::open(*m_clerk, device2, QUuid::createUuid()));
        QCOMPARE(openCount(), 2);
    }

    void staleSessionIsTakenOver()
    {
        const QUuid device = QUuid::createUuid();
        Result<CounterRef> counter = CounterSessions::registerCounter(m_cluster->db(), device, u"Stale Desk"_s);
        VERIFY_OK(counter);
        Result<CounterSession> first = CounterSessions::open(*m_clerk, device, QUuid::createUuid());
        VERIFY_OK(first);
        // The app died: no heartbeat for a minute.
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.counter_session SET last_seen = now() - interval '1 minute' WHERE id = ?"_s,
            {first->id}));
        Result<CounterSession> taken = CounterSessions::open(*m_clerk2, device, QUuid::createUuid());
        VERIFY_OK(taken);
        QVERIFY(taken->id != first->id);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT closed_by || '/' || close_reason FROM boxoffice.counter_session WHERE id = ?"_s,
                         {first->id})
                     .toString(),
            u"clerk2/stale: replaced at sign-in"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT actor || '/' || terminal FROM boxoffice.audit_log"
                              " WHERE action = 'close_counter_session' ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
            u"clerk2/Stale Desk"_s);
    }

    void supervisorClosesAStaleSession()
    {
        const QUuid device = QUuid::createUuid();
        Result<CounterRef> counter = CounterSessions::registerCounter(m_cluster->db(), device, u"Dead Desk"_s);
        VERIFY_OK(counter);
        VERIFY_OK(CounterSessions::open(*m_clerk, device, QUuid::createUuid()));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.counter_session SET last_seen = now() - interval '2 minutes'"
                                " WHERE closed_at IS NULL"_s));
        Result<QList<OpenCounterSession>> sessions = CounterSessions::openSessions(*m_supervisor);
        VERIFY_OK(sessions);
        QCOMPARE(sessions->size(), 1);
        QVERIFY(sessions->first().stale);
        // A clerk may not; a supervisor must give a reason.
        const QString before = m_cluster->fingerprint();
        QCOMPARE(CounterSessions::closeStale(*m_clerk, counter->id, u"mine now"_s).code(), ErrorCode::PermissionDenied);
        QCOMPARE(CounterSessions::closeStale(*m_supervisor, counter->id, u"  "_s).code(), ErrorCode::ReasonRequired);
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(openCount(), 1);
        Result<bool> closed = CounterSessions::closeStale(*m_supervisor, counter->id, u"app crashed"_s);
        VERIFY_OK(closed);
        QVERIFY(closed.value());
        QCOMPARE(openCount(), 0);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT actor || '/' || db_user || '/' || reason FROM boxoffice.audit_log"
                              " WHERE action = 'close_counter_session' ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
            u"supervisor/supervisor/app crashed"_s);
        Result<bool> again = CounterSessions::closeStale(*m_supervisor, counter->id, u"app crashed"_s);
        VERIFY_OK(again);
        QVERIFY(!again.value());
    }

    // A clerk reads the counters' names, not their device ids, and not the
    // sessions.
    void clerkCannotReadDeviceIds()
    {
        QCOMPARE(attempt(m_clerkLogin, u"SELECT count(*) FROM boxoffice.terminal WHERE device_id IS NOT NULL"_s).state,
            u"42501"_s);
        QCOMPARE(attempt(m_clerkLogin, u"SELECT * FROM boxoffice.terminal"_s).state, u"42501"_s);
        QCOMPARE(attempt(m_clerkLogin, u"SELECT count(*) FROM boxoffice.counter_session"_s).state, u"42501"_s);
        QCOMPARE(attempt(m_clerkLogin, u"SELECT count(*) FROM boxoffice.terminal WHERE name <> ''"_s).state, QString());
        QCOMPARE(attempt(m_supervisorLogin, u"SELECT count(*) FROM boxoffice.counter_session"_s).state, QString());
    }

    // The owner account may keep sessions at several counters (tests, the
    // load bench); it closes them by app instance.
    void ownerSessionsAreKeyedByInstance()
    {
        const QUuid d1 = QUuid::createUuid();
        const QUuid d2 = QUuid::createUuid();
        VERIFY_OK(CounterSessions::registerCounter(m_cluster->db(), d1, u"Owner Desk 1"_s));
        VERIFY_OK(CounterSessions::registerCounter(m_cluster->db(), d2, u"Owner Desk 2"_s));
        const QUuid i1 = QUuid::createUuid();
        const QUuid i2 = QUuid::createUuid();
        VERIFY_OK(CounterSessions::open(m_cluster->db(), d1, i1));
        VERIFY_OK(CounterSessions::open(m_cluster->db(), d2, i2));
        // Another instance of the owner at the same counter: in use.
        QCOMPARE(CounterSessions::open(m_cluster->db(), d1, QUuid::createUuid()).code(), ErrorCode::CounterInUse);
        QCOMPARE(openCount(), 2);
        VERIFY_OK(CounterSessions::close(m_cluster->db(), i1));
        QCOMPARE(openCount(), 1);
        VERIFY_OK(CounterSessions::close(m_cluster->db()));
        QCOMPARE(openCount(), 0);
    }

    // Migration 0010's index on paid_at is there for the reports' periods.
    void paidAtIndexServesTheReports()
    {
        Result<QSqlDatabase> conn = m_cluster->db().connection();
        VERIFY_OK(conn);
        QSqlQuery q(conn.value());
        QVERIFY(q.exec(u"SET enable_seqscan = off"_s));
        // EXPLAIN cannot be prepared: sent as it is (no bound values).
        QVERIFY2(q.exec(u"EXPLAIN SELECT count(*) FROM boxoffice.orders o"
                        " WHERE o.paid_at >= now() - interval '1 day' AND o.paid_at < now()"_s),
            qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(0).toString();
        QVERIFY(q.exec(u"RESET enable_seqscan"_s));
        QVERIFY2(plan.join(u' ').contains(u"orders_paid_at_idx"_s), qPrintable(plan.join(u'\n')));
    }

    // Every function a clerk or supervisor may execute, listed from pg_proc:
    // each must have an entry below, so a new one cannot slip through.
    void everyStaffFunctionRefusesImpersonation_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("arguments");
        const QStringList functions
            = rows(u"SELECT format('%s(%s)|%s', p.proname, oidvectortypes(p.proargtypes),"
                   " array_to_string(coalesce(p.proargnames, '{}'), ','))"
                   " FROM pg_proc p WHERE p.pronamespace = 'boxoffice'::regnamespace"
                   " AND (has_function_privilege('boxoffice_clerk', p.oid, 'EXECUTE')"
                   "   OR has_function_privilege('boxoffice_supervisor', p.oid, 'EXECUTE')) ORDER BY 1"_s);
        QVERIFY(functions.size() > 20);
        for (const QString &f : functions)
            QTest::newRow(qPrintable(f.section(u'|', 0, 0))) << f.section(u'|', 0, 0) << f.section(u'|', 1);
    }
    void everyStaffFunctionRefusesImpersonation()
    {
        QFETCH(QString, signature);
        QFETCH(QString, arguments);
        const QHash<QString, Entry> table = impersonations();
        QVERIFY2(table.contains(signature),
            qPrintable(signature + u": executable by staff but not in the impersonation table; add an entry"_s));
        const Entry &entry = table.value(signature);
        if (entry.kind == Kind::NoIdentity) {
            static const QRegularExpression identity(u"terminal|clerk|actor|staff|counter"_s);
            QVERIFY2(!arguments.contains(identity), qPrintable(signature + u" takes "_s + arguments));
            return;
        }
        if (entry.kind == Kind::Subject) {
            // Names a counter or clerk as what a supervisor looks at or acts
            // on, not as who acts: never a plain clerk's.
            QCOMPARE(m_cluster
                         ->scalar(u"SELECT has_function_privilege('boxoffice_clerk', ?::regprocedure, 'EXECUTE')"_s,
                             {QVariant(u"boxoffice."_s + signature)})
                         .toBool(),
                false);
            if (entry.attempts.isEmpty())
                return;
        }
        QVERIFY(!entry.attempts.isEmpty());
        const Scene scene = buildScene();
        const QString before = wideFingerprint();
        for (const auto &[who, sql] : entry.attempts) {
            const Attempt a = attempt(loginOf(who), scene.fill(sql));
            QVERIFY2(refusedAsImpersonation(a),
                qPrintable(u"%1 as %2: %3 %4"_s.arg(scene.fill(sql), who, a.state, a.answer)));
            QCOMPARE(wideFingerprint(), before);
        }
    }

    // The same from the psql binary with the clerk's own credentials.
    void psqlImpersonationsAreRefused()
    {
        const QString psql = QStandardPaths::findExecutable(u"psql"_s);
        if (psql.isEmpty())
            QFAIL("psql not found (package postgresql-client-15, installed with postgresql-15)");
        const Scene scene = buildScene();
        const QString before = wideFingerprint();
        const QStringList attempts {
            u"SELECT boxoffice.release_seats(jsonb_build_object('show_id', %SHOW%, 'seat_ids', ARRAY[%HELD_B%],"
            " 'terminal_id', %B%))"_s,
            u"SELECT boxoffice.sell('{\"idempotency_key\": \"%KEY%\", \"request_hash\": \"h\", \"show_id\": %SHOW%,"
            " \"seat_ids\": [%FREE%], \"ticket_type\": \"CLASS2\", \"terminal_id\": %B%,"
            " \"payment_method\": \"cash\"}'::jsonb)"_s,
            u"SELECT boxoffice.sell('{\"idempotency_key\": \"%KEY%\", \"request_hash\": \"h\", \"show_id\": %SHOW%,"
            " \"seat_ids\": [%FREE%], \"ticket_type\": \"CLASS2\", \"clerk_id\": %MANAGER%,"
            " \"payment_method\": \"cash\"}'::jsonb)"_s,
            u"SELECT boxoffice.terminal_heartbeat(%B%, NULL, '{\"sells\": 5}')"_s,
            u"SELECT boxoffice.terminal_heartbeat(%A%, %MANAGER%, '{\"sells\": 5}')"_s,
        };
        for (const QString &sql : attempts) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PGPASSWORD"_s, u"clerk-demo"_s);
            env.insert(u"LC_MESSAGES"_s, u"C"_s);
            process.setProcessEnvironment(env);
            process.start(psql,
                {u"-X"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_clerkLogin.toConnInfo(), u"-c"_s,
                    scene.fill(sql)});
            QVERIFY(process.waitForFinished(30000));
            const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
            QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
            QVERIFY2(out.contains(u"\"not_your_counter\""_s) || out.contains(u"\"not_permitted\""_s), qPrintable(out));
            QVERIFY2(out.contains(u"\"ok\": false"_s), qPrintable(out));
            QCOMPARE(wideFingerprint(), before);
        }
    }

    // What the clerk does for their own counter works, recorded as theirs.
    void clerkActsForTheirSessionsCounter()
    {
        const Scene scene = buildScene();
        QCOMPARE(
            m_cluster
                ->scalar(u"SELECT terminal_id || '/' || clerk_id FROM boxoffice.orders WHERE id = ?"_s, {scene.orderA})
                .toString(),
            u"%1/%2"_s.arg(scene.a).arg(scene.clerk));
        // The heartbeat keeps the session fresh.
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.counter_session SET last_seen = now() - interval '40 seconds'"
                                " WHERE closed_at IS NULL"_s));
        const Attempt beat = attempt(m_clerkLogin, u"SELECT boxoffice.terminal_heartbeat(NULL, NULL, '{}')"_s);
        QVERIFY2(beat.answer.contains(u"\"ok\": true"_s), qPrintable(beat.state + beat.answer));
        QCOMPARE(m_cluster->scalar(u"SELECT clerk_id FROM boxoffice.terminal WHERE id = ?"_s, {scene.a}).toInt(),
            scene.clerk);
        QVERIFY(m_cluster
                    ->scalar(u"SELECT last_seen > now() - interval '5 seconds' FROM boxoffice.counter_session"
                             " WHERE closed_at IS NULL AND login = 'clerk'"_s)
                    .toBool());
        // Cancelling records the login, whatever the counter calls itself.
        SaleEngine engine(*m_clerk, SaleEngine::Options {u"Whatever"_s, scene.a});
        VERIFY_OK(engine.cancel(scene.orderA, u"customer changed plans"_s));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT actor || '/' || db_user || '/' || terminal FROM boxoffice.audit_log"
                              " WHERE action = 'cancel_order' ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
            u"clerk/clerk/Identity A"_s);
        // Through the engine, naming another counter: NotYourCounter.
        SaleEngine wrong(*m_clerk, SaleEngine::Options {u"Identity B"_s, scene.b});
        const QString before = wideFingerprint();
        QCOMPARE(wrong.release(m_show, scene.heldB).code(), ErrorCode::NotYourCounter);
        QVERIFY(!describe(ErrorCode::NotYourCounter).isEmpty());
        QCOMPARE(wideFingerprint(), before);
        // Signed out: nothing more is done for the counter.
        VERIFY_OK(CounterSessions::close(*m_clerk));
        const QString signedOut = wideFingerprint();
        SaleEngine after(*m_clerk, SaleEngine::Options {u"Identity A"_s, scene.a});
        QCOMPARE(after.hold(m_show, {scene.seats.at(6)}, 5).code(), ErrorCode::NoCounterSession);
        QCOMPARE(wideFingerprint(), signedOut);
    }

    // The manager's controls record the manager, whoever they name.
    void managerCannotNameAnotherActor()
    {
        const QString before = wideFingerprint();
        for (const QString &sql :
            {u"SELECT boxoffice.set_sales_state(%1, 'paused', 'supervisor', 'blame someone')"_s.arg(m_show),
                u"SELECT boxoffice.clear_duplicate_locks('supervisor', 'blame someone')"_s,
                u"SELECT boxoffice.force_unlock(%1, NULL, NULL, 'supervisor', 'blame someone')"_s.arg(m_show)}) {
            const Attempt a = attempt(m_managerLogin, sql);
            QVERIFY2(refusedAsImpersonation(a), qPrintable(sql + a.state + a.answer));
            QCOMPARE(wideFingerprint(), before);
        }
        const Attempt own = attempt(m_managerLogin, u"SELECT boxoffice.clear_duplicate_locks('manager', 'tidy up')"_s);
        QVERIFY2(own.answer.contains(u"\"ok\": true"_s), qPrintable(own.state + own.answer));
    }

    // Seats the counter holds itself are never refused as busy, even while
    // another counter keeps trying to take them.
    void ownHoldsAreNeverBusy()
    {
        const QUuid device = QUuid::createUuid();
        Result<CounterRef> mine = CounterSessions::registerCounter(m_cluster->db(), device, u"Hammered Desk"_s);
        VERIFY_OK(mine);
        const int other = m_cluster->registerTerminal(u"Hammering Desk"_s);
        VERIFY_OK(CounterSessions::open(*m_clerk, device, QUuid::createUuid()));
        SaleEngine engine(*m_clerk, SaleEngine::Options {u"Hammered Desk"_s, mine->id, 1000.0, 1000.0});
        constexpr int sales = 25;
        const QList<int> seats = m_cluster->seatsOf(m_show, u"CLASS3"_s, 2 * sales, 100);
        VERIFY_OK(engine.hold(m_show, seats, 10));
        // Three connections of the other counter keep trying to hold all of
        // them at once (each attempt locks the rows it can for an instant).
        std::atomic<bool> stop {false};
        std::atomic<int> attempts {0};
        std::atomic<int> refused {0};
        Database hammerDb(m_cluster->config(), u"identity-hammer"_s);
        QList<QFuture<void>> hammers;
        for (int h = 0; h < 3; ++h) {
            hammers << hammerDb.run([&](Database &db) {
                while (!stop) {
                    Result<QJsonObject> r
                        = db.callJson(u"SELECT boxoffice.hold_seats(jsonb_build_object('show_id', ?::int,"
                                      " 'seat_ids', ?::int[], 'terminal_id', ?::int, 'minutes', 5))"_s,
                            {m_show, Database::intArray(seats), other});
                    if (r && !r->value(u"ok"_s).toBool())
                        ++refused;
                    ++attempts;
                }
            });
        }
        QTRY_VERIFY(attempts > 10);
        int busy = 0;
        for (int i = 0; i < sales; ++i) {
            SellRequest sale;
            sale.idempotencyKey = QUuid::createUuid();
            sale.showId = m_show;
            sale.seatIds = seats.mid(qsizetype(2) * i, 2);
            sale.ticketType = u"CLASS3"_s;
            sale.customer = {u"Walk-in %1"_s.arg(i), QString()};
            Result<Order> sold = engine.sell(sale);
            if (!sold && sold.code() == ErrorCode::SeatsBusy)
                ++busy;
            else
                VERIFY_OK(sold);
        }
        stop = true;
        for (QFuture<void> &h : hammers)
            h.waitForFinished();
        QCOMPARE(busy, 0);
        QVERIFY2(attempts > sales, qPrintable(QString::number(attempts)));
        QCOMPARE(int(refused), int(attempts)); // the other counter never got one
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.orders WHERE terminal_id = ? AND status = 'paid'"_s,
                         {mine->id})
                     .toInt(),
            sales);
    }

    // Holds and sales only inside the show's sales window.
    void salesWindow()
    {
        const int show = m_cluster->demoShow(6);
        const QVariant startsAt = m_cluster->scalar(u"SELECT starts_at FROM boxoffice.show WHERE id = ?"_s, {show});
        const QUuid device = QUuid::createUuid();
        Result<CounterRef> desk = CounterSessions::registerCounter(m_cluster->db(), device, u"Window Desk"_s);
        VERIFY_OK(desk);
        VERIFY_OK(CounterSessions::open(*m_clerk, device, QUuid::createUuid()));
        SaleEngine engine(*m_clerk, SaleEngine::Options {u"Window Desk"_s, desk->id});
        const QList<int> seats = m_cluster->seatsOf(show, u"CLASS2"_s, 2, 40);
        // Held while it was open; then the show started 3 hours ago.
        VERIFY_OK(engine.hold(show, {seats.at(0)}, 5));
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.show SET starts_at = now() - interval '3 hours' WHERE id = ?"_s, {show}));
        // The show list reads the same rule (show_sales_window) as the
        // holds and sales: what it says is what the counter may do.
        auto listed = [this, show]() -> std::optional<ShowSummary> {
            const Result<QList<ShowSummary>> shows = ShowCatalog::comingShows(*m_clerk);
            if (!shows)
                return std::nullopt;
            for (const ShowSummary &s : *shows) {
                if (s.id == show)
                    return s;
            }
            return std::nullopt;
        };
        QVERIFY(listed().has_value());
        QCOMPARE(int(listed()->salesWindow), int(SalesWindow::Ended));
        QVERIFY(!ShowCatalog::selling(*listed()));
        const QString before = wideFingerprint();
        Result<HoldResult> held = engine.hold(show, {seats.at(1)}, 5);
        QCOMPARE(held.code(), ErrorCode::SalesWindowClosed);
        QVERIFY(!held.error().message.isEmpty());
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = show;
        sale.seatIds = {seats.at(0)};
        sale.ticketType = u"CLASS2"_s;
        QCOMPARE(engine.sell(sale).code(), ErrorCode::SalesWindowClosed);
        const Attempt owner = attempt(m_cluster->config(),
            u"SELECT boxoffice.hold_seats(jsonb_build_object('show_id', %1, 'seat_ids', ARRAY[%2], 'terminal_id', %3,"
            " 'minutes', 5)) ->> 'code'"_s.arg(show)
                .arg(seats.at(1))
                .arg(desk->id));
        QCOMPARE(owner.answer, u"sales_window_closed"_s);
        QCOMPARE(wideFingerprint(), before);
        // An hour after the start it is still open (the default: two hours).
        QVERIFY(
            m_cluster->exec(u"UPDATE boxoffice.show SET starts_at = now() - interval '1 hour' WHERE id = ?"_s, {show}));
        VERIFY_OK(engine.hold(show, {seats.at(1)}, 5));
        QCOMPARE(int(listed()->salesWindow), int(SalesWindow::Open));
        QVERIFY(ShowCatalog::selling(*listed()));
        const qint64 closesMs
            = m_cluster
                  ->scalar(u"SELECT (extract(epoch FROM starts_at + interval '2 hours') * 1000)::bigint"
                           "  FROM boxoffice.show WHERE id = ?"_s,
                      {show})
                  .toLongLong();
        QVERIFY(qAbs(listed()->salesCloseAt.toMSecsSinceEpoch() - closesMs) <= 1);
        QVERIFY(!listed()->salesOpenAt.isValid());
        // A window of its own: closed early, or not open yet.
        QVERIFY(m_cluster->exec(
            u"UPDATE boxoffice.show SET sales_close_at = now() - interval '1 minute' WHERE id = ?"_s, {show}));
        QCOMPARE(engine.extend(show, {seats.at(1)}, 5).code(), ErrorCode::SalesWindowClosed);
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show SET sales_close_at = NULL,"
                                " sales_open_at = now() + interval '1 day' WHERE id = ?"_s,
            {show}));
        sale.idempotencyKey = QUuid::createUuid();
        QCOMPARE(engine.sell(sale).code(), ErrorCode::SalesWindowClosed);
        QCOMPARE(int(listed()->salesWindow), int(SalesWindow::NotYetOpen));
        QVERIFY(listed()->salesOpenAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show SET sales_open_at = NULL WHERE id = ?"_s, {show}));
        sale.idempotencyKey = QUuid::createUuid();
        VERIFY_OK(engine.sell(sale));
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show SET starts_at = ? WHERE id = ?"_s, {startsAt, show}));
    }

private:
    enum class Kind { Impersonation, NoIdentity, Subject };
    struct Entry
    {
        Kind kind = Kind::NoIdentity;
        QList<std::pair<QString, QString>> attempts; // (login, SQL with placeholders)
    };

    // For each staff-executable function: how one would try to act as
    // another counter or staff member with it, and that it is refused.
    static QHash<QString, Entry> impersonations()
    {
        const auto clerk = [](std::initializer_list<QString> sql) {
            Entry e {Kind::Impersonation, {}};
            for (const QString &s : sql)
                e.attempts.append({u"clerk"_s, s});
            return e;
        };
        const QString sellAs = u"SELECT boxoffice.sell('{\"idempotency_key\": \"%KEY%\", \"request_hash\": \"h\","
                               " \"show_id\": %SHOW%, \"seat_ids\": [%FREE%], \"ticket_type\": \"CLASS2\", %1,"
                               " \"payment_method\": \"cash\"}'::jsonb)"_s;
        QHash<QString, Entry> t;
        // The seat and order functions take one request document.
        const QString seats = u"SELECT boxoffice.%1(jsonb_build_object('show_id', %SHOW%, 'seat_ids', ARRAY[%2],"
                              " 'terminal_id', %3, 'minutes', 30))"_s;
        const QString order = u"SELECT boxoffice.%1(jsonb_build_object('order_id', %2, 'terminal_id', %3,"
                              " 'clerk_id', %4, %5))"_s;
        t[u"hold_seats(jsonb)"_s] = clerk({
            seats.arg(u"hold_seats"_s, u"%FREE%"_s, u"%B%"_s),
            seats.arg(u"hold_seats"_s, u"%HELD_B%"_s, u"%B%"_s),
        });
        t[u"release_seats(jsonb)"_s] = clerk({
            u"SELECT boxoffice.release_seats(jsonb_build_object('show_id', %SHOW%, 'seat_ids', ARRAY[%HELD_B%],"
            " 'terminal_id', %B%))"_s,
        });
        t[u"extend_hold(jsonb)"_s] = clerk({
            seats.arg(u"extend_hold"_s, u"%HELD_B%"_s, u"%B%"_s),
        });
        t[u"sell(jsonb)"_s] = clerk({
            sellAs.arg(u"\"terminal_id\": %B%"_s),
            sellAs.arg(u"\"clerk_id\": %MANAGER%"_s),
            sellAs.arg(u"\"terminal_id\": %A%, \"clerk_id\": %MANAGER%"_s),
        });
        t[u"confirm_payment(jsonb)"_s] = clerk({
            u"SELECT boxoffice.confirm_payment(jsonb_build_object('order_id', %PENDING_B%, 'terminal_id', %B%,"
            " 'payment_method', 'cash'))"_s,
        });
        t[u"cancel_order(jsonb)"_s] = clerk({
            order.arg(u"cancel_order"_s, u"%ORDER_A%"_s, u"%B%"_s, u"NULL"_s, u"'reason', 'as another counter'"_s),
            order.arg(u"cancel_order"_s, u"%ORDER_A%"_s, u"%A%"_s, u"%MANAGER%"_s, u"'reason', 'as the manager'"_s),
        });
        t[u"change_seats(jsonb)"_s] = clerk({
            order.arg(u"change_seats"_s, u"%ORDER_A%"_s, u"%B%"_s, u"NULL"_s,
                u"'old_seat_ids', ARRAY[%OLD_A%], 'new_seat_ids', ARRAY[%NEW%]"_s),
            order.arg(u"change_seats"_s, u"%ORDER_A%"_s, u"%A%"_s, u"%MANAGER%"_s,
                u"'old_seat_ids', ARRAY[%OLD_A%], 'new_seat_ids', ARRAY[%NEW%]"_s),
        });
        t[u"return_seats(jsonb)"_s] = clerk({
            order.arg(u"return_seats"_s, u"%ORDER_A%"_s, u"%B%"_s, u"NULL"_s,
                u"'seat_ids', ARRAY[%OLD_A%], 'reason', 'as another counter'"_s),
            order.arg(u"return_seats"_s, u"%ORDER_A%"_s, u"%A%"_s, u"%MANAGER%"_s,
                u"'seat_ids', ARRAY[%OLD_A%], 'reason', 'as the manager'"_s),
        });
        t[u"exchange_seats(jsonb)"_s] = clerk({
            order.arg(u"exchange_seats"_s, u"%ORDER_A%"_s, u"%B%"_s, u"NULL"_s,
                u"'seat_ids', ARRAY[%OLD_A%], 'show_id', %SHOW%, 'new_seat_ids', ARRAY[%NEW%]"_s),
            order.arg(u"exchange_seats"_s, u"%ORDER_A%"_s, u"%A%"_s, u"%MANAGER%"_s,
                u"'seat_ids', ARRAY[%OLD_A%], 'show_id', %SHOW%, 'new_seat_ids', ARRAY[%NEW%]"_s),
        });
        t[u"terminal_heartbeat(integer, integer, jsonb)"_s] = clerk({
            u"SELECT boxoffice.terminal_heartbeat(%B%, NULL, '{\"sells\": 3}')"_s,
            u"SELECT boxoffice.terminal_heartbeat(%A%, %MANAGER%, '{\"sells\": 3}')"_s,
        });
        // The cash office (cashoffice.sql): a clerk's shift is its counter's.
        const QString shiftAs = u"SELECT boxoffice.%1(jsonb_build_object(%2))"_s;
        t[u"open_shift(jsonb)"_s] = clerk({
            shiftAs.arg(u"open_shift"_s, u"'terminal_id', %B%, 'float', '10.00'"_s),
            shiftAs.arg(u"open_shift"_s, u"'clerk_id', %MANAGER%, 'float', '10.00'"_s),
        });
        t[u"record_cash_movement(jsonb)"_s] = clerk({
            shiftAs.arg(u"record_cash_movement"_s,
                u"'terminal_id', %B%, 'kind', 'paid_out', 'amount', '10.00', 'reason', 'as another counter'"_s),
        });
        t[u"current_shift(jsonb)"_s] = clerk({shiftAs.arg(u"current_shift"_s, u"'terminal_id', %B%"_s)});
        // A shift named by its id is a supervisor's way (any counter's).
        t[u"x_report(jsonb)"_s] = clerk(
            {shiftAs.arg(u"x_report"_s, u"'terminal_id', %B%"_s), shiftAs.arg(u"x_report"_s, u"'shift_id', 1"_s)});
        t[u"close_shift(jsonb)"_s] = clerk({shiftAs.arg(u"close_shift"_s, u"'terminal_id', %B%, 'counted', '0'"_s),
            shiftAs.arg(u"close_shift"_s, u"'shift_id', 1, 'counted', '0'"_s)});
        for (const QString &none : {u"sign_off_shift(jsonb)"_s, u"cash_shifts(jsonb)"_s})
            t[none] = Entry {Kind::NoIdentity, {}};
        // A login with no open counter session acts for no counter.
        t[u"hold_seats(jsonb)"_s].attempts.append({u"clerk2"_s, seats.arg(u"hold_seats"_s, u"%FREE%"_s, u"%A%"_s)});
        t[u"terminal_heartbeat(integer, integer, jsonb)"_s].attempts.append(
            {u"clerk2"_s, u"SELECT boxoffice.terminal_heartbeat(NULL, NULL, '{}')"_s});
        // The supervisor's: the actor is the login; p_terminal and p_clerk
        // are whose drawer was counted.
        t[u"record_reconciliation(integer, integer, timestamp with time zone, timestamp with time zone,"
          " numeric, text, text)"_s]
            = Entry {Kind::Subject,
                {{u"supervisor"_s,
                    u"SELECT boxoffice.record_reconciliation(%A%, %CLERK%, now() - interval '2 hours',"
                    " now() - interval '1 hour', 0, '', 'manager')"_s}}};
        for (const QString &subject : {u"expected_cash(integer, timestamp with time zone, timestamp with time zone)"_s,
                 u"reconciliation_proposal(integer, timestamp with time zone)"_s,
                 u"reconciliations(timestamp with time zone, timestamp with time zone, integer)"_s,
                 u"close_stale_counter_session(integer, text)"_s,
                 // pricing.sql: the approver is the login; the terminal is where it was given
                 u"approve_price(jsonb)"_s})
            t[subject] = Entry {Kind::Subject, {}};
        // Take no identity: read-only answers, the background jobs (run_job's
        // client is a label; a staff login's runs carry the login), and the
        // caller's own sign-in at the device it presents.
        for (const QString &none : {u"order_json(bigint)"_s, u"expire_holds(integer)"_s, u"expire_orders(integer)"_s,
                 u"run_job(text, text, integer)"_s, u"health_findings(jsonb)"_s,
                 u"dashboard_figures(integer, timestamp with time zone)"_s,
                 u"sales_report(timestamp with time zone, timestamp with time zone, text)"_s,
                 u"reconciliation_counters()"_s, u"open_counter_session(uuid, uuid)"_s,
                 u"close_counter_session(uuid)"_s, u"counter_sessions()"_s, u"show_sales_window(integer)"_s,
                 u"list_shows(integer, timestamp with time zone)"_s, u"show_refunds(integer)"_s,
                 // the staff list (read); one's own password: whose is the session's login
                 u"staff_accounts()"_s, u"change_own_password(text, text)"_s,
                 // price types and a show's price list (read)
                 u"list_price_types()"_s, u"show_price_list(integer)"_s,
                 // gate.sql: the codes of an order to print (the caller's
                 // counter session is required, reprints audited as the
                 // login); a show's and today's gate figures (read)
                 u"issue_ticket_codes(bigint, boolean)"_s, u"gate_figures(integer)"_s, u"gate_figures_today()"_s,
                 // monitoring.sql: every connection's replication barrier (a count, nobody's)
                 u"replication_barrier()"_s})
            t[none] = Entry {Kind::NoIdentity, {}};
        return t;
    }

    struct Scene
    {
        int a = 0;
        int b = 0;
        int show = 0;
        int manager = 0;
        int clerk = 0;
        QList<int> seats;
        QList<int> heldB;
        qint64 pendingB = 0;
        qint64 orderA = 0;

        QString fill(QString sql) const
        {
            const auto join = [](const QList<int> &ids) {
                QStringList out;
                for (int id : ids)
                    out << QString::number(id);
                return out.join(u',');
            };
            return sql.replace(u"%KEY%"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .replace(u"%SHOW%"_s, QString::number(show))
                .replace(u"%A%"_s, QString::number(a))
                .replace(u"%B%"_s, QString::number(b))
                .replace(u"%FREE%"_s, QString::number(seats.at(4)))
                .replace(u"%NEW%"_s, QString::number(seats.at(5)))
                .replace(u"%OLD_A%"_s, QString::number(seats.at(3)))
                .replace(u"%HELD_B%"_s, join(heldB))
                .replace(u"%PENDING_B%"_s, QString::number(pendingB))
                .replace(u"%ORDER_A%"_s, QString::number(orderA))
                .replace(u"%MANAGER%"_s, QString::number(manager))
                .replace(u"%CLERK%"_s, QString::number(clerk));
        }
    };

    // Counter A (the clerk's session) with an order the clerk sold there;
    // counter B (the owner's) with a plain hold and a pending order.
    Scene buildScene()
    {
        Scene scene;
        scene.show = m_show;
        scene.a = CounterSessions::registerCounter(m_cluster->db(), m_deviceA, u"Identity A"_s)->id;
        scene.b = CounterSessions::registerCounter(m_cluster->db(), m_deviceB, u"Identity B"_s)->id;
        scene.manager = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'manager'"_s).toInt();
        scene.clerk = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'clerk'"_s).toInt();
        scene.seats = m_cluster->seatsOf(m_show, u"CLASS2"_s, 8, 20);
        if (!CounterSessions::open(*m_clerk, m_deviceA, QUuid::createUuid()))
            qFatal("the clerk cannot open a session at counter A");
        SaleEngine ownerB(m_cluster->db(), SaleEngine::Options {u"Identity B"_s, scene.b});
        scene.heldB = scene.seats.mid(0, 2);
        if (!ownerB.hold(m_show, scene.heldB, 10) || !ownerB.hold(m_show, {scene.seats.at(2)}, 10))
            qFatal("counter B cannot hold");
        SellRequest pending;
        pending.idempotencyKey = QUuid::createUuid();
        pending.showId = m_show;
        pending.seatIds = {scene.seats.at(2)};
        pending.ticketType = u"CLASS2"_s;
        pending.pendingMinutes = 15;
        Result<Order> p = ownerB.sell(pending);
        SaleEngine clerkA(*m_clerk, SaleEngine::Options {u"Identity A"_s, scene.a});
        SellRequest own;
        own.idempotencyKey = QUuid::createUuid();
        own.showId = m_show;
        own.seatIds = {scene.seats.at(3)};
        own.ticketType = u"CLASS2"_s;
        if (!p || !clerkA.hold(m_show, own.seatIds, 5))
            qFatal("the scene's sales failed");
        Result<Order> o = clerkA.sell(own);
        if (!o)
            qFatal("the clerk cannot sell at counter A: %s", boxoffice::test::why(o.error()).constData());
        scene.pendingB = p->id;
        scene.orderA = o->id;
        return scene;
    }

    // The seats, orders and audit log, and everything an impersonation could
    // touch besides: counters, their activity and sessions, reconciliations,
    // job runs, the shows' sales states.
    QString wideFingerprint()
    {
        return m_cluster->fingerprint() + u' '
            + m_cluster
                  ->scalar(u"SELECT concat_ws(' ',"
                           " (SELECT md5(string_agg(format('%s/%s/%s/%s/%s/%s/%s', id, name, last_seen, clerk_id,"
                           "   last_beat, signed_off, device_id), ',' ORDER BY id)) FROM boxoffice.terminal),"
                           " (SELECT md5(coalesce(string_agg(format('%s/%s/%s/%s', terminal_id, minute, holds, sells),"
                           "   ',' ORDER BY terminal_id, minute), '')) FROM boxoffice.terminal_activity),"
                           " (SELECT md5(coalesce(string_agg(format('%s/%s/%s/%s/%s', id, terminal_id, login,"
                           "   closed_at, closed_by), ',' ORDER BY id), '')) FROM boxoffice.counter_session),"
                           " (SELECT count(*) FROM boxoffice.shift_reconciliation),"
                           " (SELECT count(*) FROM boxoffice.job_run),"
                           " (SELECT string_agg(sales_state, ',' ORDER BY id) FROM boxoffice.show))"_s)
                  .toString();
    }

    QStringList rows(const QString &sql)
    {
        QStringList out;
        m_cluster->db().query(sql, {}, [&out](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                out << q.value(0).toString();
            return Done {};
        });
        return out;
    }

    const ConnectionConfig &loginOf(const QString &who) const
    {
        if (who == QLatin1String("clerk2"))
            return m_clerk2Login;
        if (who == QLatin1String("supervisor"))
            return m_supervisorLogin;
        if (who == QLatin1String("manager"))
            return m_managerLogin;
        return m_clerkLogin;
    }

    int openCount()
    {
        return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.counter_session WHERE closed_at IS NULL"_s).toInt();
    }

    TestCluster *m_cluster = nullptr;
    ConnectionConfig m_clerkLogin;
    ConnectionConfig m_clerk2Login;
    ConnectionConfig m_supervisorLogin;
    ConnectionConfig m_managerLogin;
    std::unique_ptr<Database> m_clerk;
    std::unique_ptr<Database> m_clerk2;
    std::unique_ptr<Database> m_supervisor;
    std::unique_ptr<Database> m_manager;
    QUuid m_deviceA = QUuid::createUuid();
    QUuid m_deviceB = QUuid::createUuid();
    int m_show = 0;
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
