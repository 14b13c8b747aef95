// Staff management (issue 11) against real PostgreSQL, done by the demo
// manager's own login: the whole life cycle of an account with its database
// login following each change (pg_roles, pg_auth_members), the
// must-change-at-next-sign-in rule, the last-manager rule, bad input refused
// with nothing changed, every function refused for a clerk's and a
// supervisor's login, audit rows without secrets, and the first manager of
// a database made without the demo data.
//
// Login roles are global to the server the test programs share: the accounts
// made here have names of this run's own (and are dropped at the end), and
// the demo accounts' logins are never changed.
#include "admin/staffadmin.h"
#include "db/database.h"
#include "db/migrator.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryFile>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestStaffAdmin final : public QObject
{
    Q_OBJECT

private:
    // A user name of this run's own.
    QString user(const QString &stem) const { return stem + m_suffix; }

    QString groupsOf(const QString &login)
    {
        return m_cluster
            ->scalar(u"SELECT coalesce(string_agg(g.rolname, ',' ORDER BY g.rolname), '') FROM pg_auth_members m"
                     " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member"
                     " WHERE r.rolname = ?"_s,
                {login})
            .toString();
    }
    bool canLogIn(const QString &login)
    {
        return m_cluster
            ->scalar(u"SELECT coalesce(bool_or(rolcanlogin), false) FROM pg_roles WHERE rolname = ?"_s, {login})
            .toBool();
    }
    QString connectAs(const QString &login, const QString &password)
    {
        return test::attemptSql(test::loginAs(m_cluster->config(), login, password), u"SELECT 1"_s).state;
    }
    bool mustChange(const QString &login)
    {
        return m_cluster->scalar(u"SELECT must_change_password FROM boxoffice.staff WHERE username = ?"_s, {login})
            .toBool();
    }
    // Everything a refused change must leave alone: the sales and audit log,
    // every staff row and every staff login with its groups and password.
    QString fingerprint()
    {
        return m_cluster->fingerprint() + QLatin1Char('|')
            + m_cluster
                  ->scalar(u"SELECT string_agg(concat_ws('/', username, display_name, role, active, password_hash,"
                           " failed_attempts, locked_until, must_change_password), ';' ORDER BY username)"
                           " FROM boxoffice.staff"_s)
                  .toString()
            + QLatin1Char('|')
            + m_cluster
                  ->scalar(u"SELECT string_agg(concat_ws('/', r.rolname, r.rolcanlogin, r.rolpassword,"
                           " (SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m"
                           "   JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid)), ';' ORDER BY r.rolname)"
                           " FROM pg_authid r WHERE r.rolname LIKE '%' || ?"_s,
                      {m_suffix})
                  .toString();
    }
    int auditRows(const QString &login)
    {
        return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE detail ->> 'username' = ?"_s, {login})
            .toInt();
    }
    QString lastAudit(const QString &login)
    {
        return m_cluster
            ->scalar(u"SELECT concat_ws(' ', action, actor, detail -> 'before', detail -> 'after')"
                     " FROM boxoffice.audit_log WHERE detail ->> 'username' = ? ORDER BY id DESC LIMIT 1"_s,
                {login})
            .toString();
    }

    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };
    // `boxoffice admin …` as the demo manager's login (BOXOFFICE_DB), with
    // `input` on its standard input.
    Run admin(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BOXOFFICE_DB"_s, test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s).toConnInfo());
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOXOFFICE_APP_PATH), QStringList {u"admin"_s} + arguments);
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_suffix = u"_t%1"_s.arg(QRandomGenerator::global()->bounded(100000000));
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        VERIFY_OK(m_manager->ping());
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        // The logins made here are the server's, not the test database's.
        const QStringList logins
            = m_cluster
                  ->scalar(u"SELECT string_agg(rolname, ' ') FROM pg_roles WHERE rolname LIKE '%' || ?"_s, {m_suffix})
                  .toString()
                  .split(u' ', Qt::SkipEmptyParts);
        for (const QString &login : logins)
            m_cluster->exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login));
    }

    void wholeLifeCycle()
    {
        const QString u = user(u"somchai"_s);
        Database &db = *m_manager;
        // Added: a clerk whose login is in the clerks' group, who must change
        // the first password.
        Result<bool> added = StaffAdmin::addStaff(db, u, u"Somchai Jaidee"_s, StaffRole::Clerk, u"first-pass-1"_s);
        VERIFY_OK(added);
        QVERIFY(added.value());
        QCOMPARE(groupsOf(u), u"boxoffice_clerk"_s);
        QVERIFY(canLogIn(u));
        QVERIFY(mustChange(u));
        QVERIFY(m_cluster->scalar(u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, {u})
                    .toString()
                    .startsWith(u"SCRAM-SHA-256$"_s));
        QCOMPARE(lastAudit(u),
            uR"(staff_added manager null {"role": "clerk", "active": true, "display_name": "Somchai Jaidee", "must_change_password": true})"_s);

        // Signing in says a new password is due; the staff member sets it on
        // their own login (nobody else's).
        Result<StaffMember> first = StaffDirectory::signIn(m_cluster->db(), u, u"first-pass-1"_s);
        VERIFY_OK(first);
        QVERIFY(first->mustChangePassword);
        {
            Database own(test::loginAs(m_cluster->config(), u, u"first-pass-1"_s), u"own"_s);
            QCOMPARE(StaffAdmin::changeOwnPassword(own, u, u"short"_s).code(), ErrorCode::WeakPassword);
            VERIFY_OK(StaffAdmin::changeOwnPassword(own, u, u"chosen-by-me-2"_s));
            own.closeThreadConnection();
        }
        QVERIFY(!mustChange(u));
        QCOMPARE(StaffDirectory::signIn(m_cluster->db(), u, u"first-pass-1"_s).code(), ErrorCode::SignInFailed);
        Result<StaffMember> second = StaffDirectory::signIn(m_cluster->db(), u, u"chosen-by-me-2"_s);
        VERIFY_OK(second);
        QVERIFY(!second->mustChangePassword);
        QVERIFY(connectAs(u, u"first-pass-1"_s).startsWith(u"open: "_s));
        QCOMPARE(connectAs(u, u"chosen-by-me-2"_s), QString());

        // A role change moves the login to the new group, and only there.
        VERIFY_OK(StaffAdmin::setRole(db, u, StaffRole::Supervisor));
        QCOMPARE(groupsOf(u), u"boxoffice_supervisor"_s);
        QCOMPARE(lastAudit(u), uR"(staff_role_changed manager {"role": "clerk"} {"role": "supervisor"})"_s);
        QCOMPARE(StaffAdmin::setRole(db, u, StaffRole::Supervisor).value(), false); // so already: no change

        // Deactivated: neither the database nor the counter lets them in.
        VERIFY_OK(StaffAdmin::setActive(db, u, false));
        QVERIFY(!canLogIn(u));
        const QString refused = connectAs(u, u"chosen-by-me-2"_s);
        QVERIFY2(refused.contains(u"not permitted to log in"_s), qPrintable(refused));
        QCOMPARE(StaffDirectory::signIn(m_cluster->db(), u, u"chosen-by-me-2"_s).code(), ErrorCode::SignInFailed);
        QCOMPARE(lastAudit(u), uR"(staff_deactivated manager {"active": true} {"active": false})"_s);
        // Reactivated: in again, still a supervisor.
        VERIFY_OK(StaffAdmin::setActive(db, u, true));
        QVERIFY(canLogIn(u));
        QCOMPARE(connectAs(u, u"chosen-by-me-2"_s), QString());
        QCOMPARE(groupsOf(u), u"boxoffice_supervisor"_s);

        // Locked out after wrong passwords; a manager unlocks.
        for (int i = 0; i < 2; ++i)
            StaffDirectory::signIn(m_cluster->db(), u, u"wrong"_s, 2, 30);
        QCOMPARE(StaffDirectory::signIn(m_cluster->db(), u, u"chosen-by-me-2"_s).code(), ErrorCode::LockedOut);
        Result<QList<StaffAccount>> list = StaffAdmin::accounts(db);
        VERIFY_OK(list);
        const auto locked
            = std::find_if(list->cbegin(), list->cend(), [&u](const StaffAccount &a) { return a.username == u; });
        QVERIFY(locked != list->cend());
        QVERIFY(locked->lockedUntil > QDateTime::currentDateTime().addSecs(25 * 60));
        QCOMPARE(locked->role, StaffRole::Supervisor);
        QVERIFY(locked->active && locked->hasLogin);
        VERIFY_OK(StaffAdmin::unlock(db, u));
        QVERIFY(lastAudit(u).startsWith(u"staff_unlocked manager"_s));
        VERIFY_OK(StaffDirectory::signIn(m_cluster->db(), u, u"chosen-by-me-2"_s));

        // A reset: the new password opens the login, and must be changed.
        VERIFY_OK(StaffAdmin::resetPassword(db, u, u"manager-gave-3"_s));
        QVERIFY(mustChange(u));
        QCOMPARE(connectAs(u, u"manager-gave-3"_s), QString());
        QVERIFY(connectAs(u, u"chosen-by-me-2"_s).startsWith(u"open: "_s));
        Result<StaffMember> afterReset = StaffDirectory::signIn(m_cluster->db(), u, u"manager-gave-3"_s);
        VERIFY_OK(afterReset);
        QVERIFY(afterReset->mustChangePassword);

        VERIFY_OK(StaffAdmin::setDisplayName(db, u, u"  Somchai J.  "_s));
        QCOMPARE(m_cluster->scalar(u"SELECT display_name FROM boxoffice.staff WHERE username = ?"_s, {u}).toString(),
            u"Somchai J."_s);

        // One audit row per change (the no-change role call wrote none), and
        // never a hash or verifier in any of them.
        QCOMPARE(auditRows(u), 8); // added, own password, role, off, on, unlocked, reset, renamed
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.audit_log"
                              " WHERE detail::text ~* 'pbkdf2|scram|chosen-by-me|manager-gave'"_s)
                     .toInt(),
            0);
    }

    // Door staff (role gate, a group outside the clerk-supervisor-manager
    // chain) choose their own first password too: without it a new door
    // account could never get past the sign-in.
    void doorStaffChangeTheirOwnPassword()
    {
        const QString u = user(u"doorman"_s);
        VERIFY_OK(StaffAdmin::addStaff(*m_manager, u, u"Door Man"_s, StaffRole::Gate, u"first-pass-1"_s));
        QCOMPARE(groupsOf(u), u"boxoffice_gate"_s);
        QVERIFY(mustChange(u));
        {
            Database own(test::loginAs(m_cluster->config(), u, u"first-pass-1"_s), u"own-door"_s);
            VERIFY_OK(StaffAdmin::changeOwnPassword(own, u, u"chosen-by-me-2"_s));
            own.closeThreadConnection();
        }
        QVERIFY(!mustChange(u));
        QCOMPARE(connectAs(u, u"chosen-by-me-2"_s), QString());
    }
    void lastManagerStays()
    {
        Database &db = *m_manager;
        // The demo manager is the only active one.
        QCOMPARE(
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.staff WHERE role = 'manager' AND active"_s).toInt(), 1);
        const QString before = fingerprint();
        QCOMPARE(StaffAdmin::setActive(db, u"manager"_s, false).code(), ErrorCode::LastManager);
        QCOMPARE(StaffAdmin::setRole(db, u"manager"_s, StaffRole::Clerk).code(), ErrorCode::LastManager);
        QCOMPARE(StaffAdmin::setRole(db, u"manager"_s, StaffRole::Supervisor).code(), ErrorCode::LastManager);
        QCOMPARE(fingerprint(), before);
        QVERIFY(canLogIn(u"manager"_s));
        // With a second manager, that one may go (the demo manager stays).
        const QString second = user(u"boss"_s);
        VERIFY_OK(StaffAdmin::addStaff(db, second, u"Second Boss"_s, StaffRole::Manager, u"boss-pass-99"_s));
        QCOMPARE(groupsOf(second), u"boxoffice_manager"_s);
        VERIFY_OK(StaffAdmin::setRole(db, second, StaffRole::Clerk));
        QCOMPARE(groupsOf(second), u"boxoffice_clerk"_s);
        VERIFY_OK(StaffAdmin::setRole(db, second, StaffRole::Manager));
        VERIFY_OK(StaffAdmin::setActive(db, second, false));
        QVERIFY(!canLogIn(second));
        // An inactive manager is none: the demo manager is still the last.
        QCOMPARE(StaffAdmin::setActive(db, u"manager"_s, false).code(), ErrorCode::LastManager);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        const int invalid = int(ErrorCode::InvalidValue);
        QTest::newRow("taken by an account")
            << u"clerk"_s << u"X"_s << u"good-password"_s << int(ErrorCode::NameTaken) << u"username"_s;
        QTest::newRow("taken by a server role")
            << u"taken"_s << u"X"_s << u"good-password"_s << int(ErrorCode::NameTaken) << u"username"_s;
        QTest::newRow("upper case and space")
            << u"Som Chai"_s << u"X"_s << u"good-password"_s << invalid << u"username"_s;
        QTest::newRow("reserved") << u"pg_x"_s << u"X"_s << u"good-password"_s << invalid << u"username"_s;
        QTest::newRow("a group's name") << u"boxoffice_manager"_s << u"X"_s << u"good-password"_s << invalid
                                        << u"username"_s;
        QTest::newRow("no user name") << QString() << u"X"_s << u"good-password"_s << invalid << u"username"_s;
        QTest::newRow("user name too long")
            << QString(40, u'a') << u"X"_s << u"good-password"_s << invalid << u"username"_s;
        QTest::newRow("display name of 10,000")
            << u"long"_s << QString(10000, u'x') << u"good-password"_s << invalid << u"display_name"_s;
        QTest::newRow("blank display name")
            << u"blank"_s << u"   "_s << u"good-password"_s << invalid << u"display_name"_s;
        QTest::newRow("control character")
            << u"ctl"_s << u"Som\nchai"_s << u"good-password"_s << invalid << u"display_name"_s;
        QTest::newRow("short password") << u"weak"_s << u"X"_s << u"1234567"_s << int(ErrorCode::WeakPassword)
                                        << QString();
        QTest::newRow("password is the user name")
            << u"weakling"_s << u"X"_s << u"<the user name>"_s << int(ErrorCode::WeakPassword) << QString();
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, username);
        QFETCH(QString, displayName);
        QFETCH(QString, password);
        QFETCH(int, code);
        QFETCH(QString, field);
        // "taken": a role on the server that is no staff login of ours.
        const QString taken = user(u"taken"_s);
        m_cluster->exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                        " CREATE ROLE %1 NOLOGIN; END IF; END $$"_s.arg(taken));
        if (username == u"taken"_s)
            username = taken;
        else if (!username.isEmpty() && username != u"clerk"_s && username.size() < 30 && username.at(0).isLower()
            && !username.startsWith(u"pg_"_s) && !username.startsWith(u"boxoffice_"_s))
            username = user(username); // otherwise good names are this run's own
        if (password == u"<the user name>"_s)
            password = username.toUpper();
        const QString before = fingerprint();
        Result<bool> r = StaffAdmin::addStaff(*m_manager, username, displayName, StaffRole::Clerk, password);
        QVERIFY(!r);
        QCOMPARE(int(r.code()), code);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(fingerprint(), before);
    }

    void badChangesOfAnAccount()
    {
        Database &db = *m_manager;
        const QString u = user(u"edit"_s);
        VERIFY_OK(StaffAdmin::addStaff(db, u, u"Edit Me"_s, StaffRole::Clerk, u"edit-pass-1"_s));
        const QString before = fingerprint();
        const QString nobody = user(u"nobody"_s);
        QCOMPARE(StaffAdmin::setRole(db, nobody, StaffRole::Manager).code(), ErrorCode::UnknownStaff);
        QCOMPARE(StaffAdmin::setActive(db, nobody, false).code(), ErrorCode::UnknownStaff);
        QCOMPARE(StaffAdmin::resetPassword(db, nobody, u"some-password"_s).code(), ErrorCode::UnknownStaff);
        QCOMPARE(StaffAdmin::unlock(db, nobody).code(), ErrorCode::UnknownStaff);
        QCOMPARE(StaffAdmin::setDisplayName(db, nobody, u"X"_s).code(), ErrorCode::UnknownStaff);
        QCOMPARE(StaffAdmin::setDisplayName(db, u, QString(10000, u'x')).code(), ErrorCode::InvalidValue);
        QCOMPARE(StaffAdmin::resetPassword(db, u, u"edit"_s).code(), ErrorCode::WeakPassword);
        // What only plain SQL can send: a role that is none, a made-up hash.
        Result<QJsonObject> role = db.callJson(u"SELECT boxoffice.set_staff_role(?, ?)"_s, {u, u"boss"_s});
        VERIFY_OK(role);
        QCOMPARE(ServiceError::fromJson(role.value()).code, ErrorCode::InvalidValue);
        QCOMPARE(role->value(u"field"_s).toString(), u"role"_s);
        Result<QJsonObject> hash = db.callJson(
            u"SELECT boxoffice.reset_staff_password(?, ?, ?)"_s, {u, u"plain-text"_s, u"SCRAM-SHA-256$x"_s});
        VERIFY_OK(hash);
        QCOMPARE(hash->value(u"field"_s).toString(), u"password"_s);
        QCOMPARE(fingerprint(), before);
    }

    // Every function of staff management, from the real logins of a clerk and
    // of a supervisor: PostgreSQL's permission error, nothing changed.
    void refusedBelowManager_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("supervisorMay");
        const QString hash = u"'pbkdf2-sha256$1$AAAA$AAAA'"_s;
        const QString verifier = u"'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA'"_s;
        QTest::newRow("list") << u"SELECT count(*) FROM boxoffice.staff_accounts()"_s << true;
        QTest::newRow("add") << u"SELECT boxoffice.add_staff('sneaky', 'S', 'manager', %1, %2)"_s.arg(hash, verifier)
                             << false;
        QTest::newRow("rename") << u"SELECT boxoffice.set_staff_display_name('manager', 'Me')"_s << false;
        QTest::newRow("promote") << u"SELECT boxoffice.set_staff_role('clerk', 'manager')"_s << false;
        QTest::newRow("deactivate") << u"SELECT boxoffice.set_staff_active('manager', false)"_s << false;
        QTest::newRow("reset a password")
            << u"SELECT boxoffice.reset_staff_password('manager', %1, %2)"_s.arg(hash, verifier) << false;
        QTest::newRow("unlock") << u"SELECT boxoffice.unlock_staff('manager')"_s << false;
        QTest::newRow("first manager") << u"SELECT boxoffice.add_first_manager('sneaky', 'S', %1, %2)"_s.arg(
            hash, verifier) << false;
        QTest::newRow("apply a login") << u"SELECT boxoffice.staff_apply_login('clerk', NULL)"_s << false;
        QTest::newRow("write the table") << u"UPDATE boxoffice.staff SET must_change_password = false"_s << false;
    }
    void refusedBelowManager()
    {
        QFETCH(QString, sql);
        QFETCH(bool, supervisorMay);
        const QString before = fingerprint();
        QCOMPARE(
            test::attemptSql(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), sql).state, u"42501"_s);
        QCOMPARE(test::attemptSql(test::loginAs(m_cluster->config(), u"supervisor"_s, u"supervisor-demo"_s), sql).state,
            supervisorMay ? QString() : u"42501"_s);
        QCOMPARE(fingerprint(), before);
    }

    // Whose password changes is the session's login: an account not of
    // this database (the owner) cannot, and a weak one is refused.
    void ownPasswordIsTheSessionsOnly()
    {
        const QString before = fingerprint();
        QCOMPARE(StaffAdmin::changeOwnPassword(m_cluster->db(), u"manager"_s, u"owner-tries-1"_s).code(),
            ErrorCode::UnknownStaff);
        QCOMPARE(fingerprint(), before);
    }

    // The command line, as a manager: the life cycle, the password from
    // stdin or a file (never an argument), refusals with status 1 and
    // nothing changed, usage errors with status 2.
    void commandLine()
    {
        const QString u = user(u"cli"_s);
        Run added = admin(
            {u"add-staff"_s, u"--username"_s, u, u"--name"_s, u"Nok Cli"_s, u"--role"_s, u"clerk"_s}, "stdin-pass-1\n");
        QCOMPARE(added.status, 0);
        QCOMPARE(added.out.trimmed(), u"changed "_s + u);
        QCOMPARE(groupsOf(u), u"boxoffice_clerk"_s);
        QVERIFY(mustChange(u));
        QCOMPARE(connectAs(u, u"stdin-pass-1"_s), QString());
        QVERIFY(lastAudit(u).startsWith(u"staff_added manager"_s));

        Run list = admin({u"list-staff"_s});
        QCOMPARE(list.status, 0);
        QVERIFY2(list.out.contains(u + u"\tNok Cli\tclerk\tactive\t-\tmust-change-password\n"_s), qPrintable(list.out));
        QVERIFY(list.out.contains(u"manager\tDemo Manager\tmanager\tactive\t-\n"_s));

        QCOMPARE(admin({u"set-role"_s, u, u"supervisor"_s}).status, 0);
        QCOMPARE(groupsOf(u), u"boxoffice_supervisor"_s);
        QCOMPARE(admin({u"deactivate"_s, u}).status, 0);
        QVERIFY(!canLogIn(u));
        QCOMPARE(admin({u"reactivate"_s, u}).status, 0);
        QVERIFY(canLogIn(u));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("file-pass-22\n");
        file.flush();
        QCOMPARE(admin({u"reset-password"_s, u, u"--password-file"_s, file.fileName()}).status, 0);
        QCOMPARE(connectAs(u, u"file-pass-22"_s), QString());
        m_cluster->exec(
            u"UPDATE boxoffice.staff SET locked_until = now() + interval '1 hour' WHERE username = ?"_s, {u});
        Run unlocked = admin({u"unlock"_s, u});
        QCOMPARE(unlocked.status, 0);
        QCOMPARE(unlocked.out.trimmed(), u"changed "_s + u);
        QVERIFY(
            m_cluster->scalar(u"SELECT locked_until IS NULL FROM boxoffice.staff WHERE username = ?"_s, {u}).toBool());

        // Refused by the database: status 1, the reason, nothing changed.
        const QString before = fingerprint();
        Run last = admin({u"deactivate"_s, u"manager"_s});
        QCOMPARE(last.status, 1);
        QVERIFY2(last.err.contains(u"last active manager"_s), qPrintable(last.err));
        Run taken = admin({u"add-staff"_s, u"--username"_s, u"clerk"_s, u"--name"_s, u"X"_s, u"--role"_s, u"clerk"_s},
            "good-password\n");
        QCOMPARE(taken.status, 1);
        QVERIFY2(taken.err.contains(u"\"clerk\" is already in use"_s), qPrintable(taken.err));
        Run weak = admin({u"reset-password"_s, u}, "short\n");
        QCOMPARE(weak.status, 1);
        QVERIFY2(weak.err.contains(u"too weak"_s), qPrintable(weak.err));
        Run unknown = admin({u"unlock"_s, user(u"nobody"_s)});
        QCOMPARE(unknown.status, 1);
        QVERIFY2(unknown.err.contains(u"No such staff member"_s), qPrintable(unknown.err));
        // Usage errors: status 2.
        QCOMPARE(admin({u"set-role"_s, u, u"boss"_s}).status, 2);
        QCOMPARE(admin({u"add-staff"_s, u"--username"_s, user(u"x"_s), u"--role"_s, u"clerk"_s}).status, 2);
        QCOMPARE(admin({u"add-staff"_s, u"--username"_s, user(u"x"_s), u"--name"_s, u"X"_s, u"--role"_s, u"clerk"_s,
                           u"--password"_s, u"on-the-command-line"_s})
                     .status,
            2);
        QCOMPARE(admin({u"deactivate"_s}).status, 2);
        QCOMPARE(fingerprint(), before);
    }

    // A database made without the demo data has no manager: the first one
    // is made once, on the owner's connection, and signs in as a manager.
    void firstManagerOfAnEmptyDatabase()
    {
        Database owner(m_cluster->createEmptyDatabase(u"nodemo"_s), u"nodemo"_s);
        VERIFY_OK(Migrator::migrate(owner));
        Result<bool> has = StaffAdmin::hasActiveManager(owner);
        VERIFY_OK(has);
        QVERIFY(!has.value());
        const QString first = user(u"owner"_s);
        QCOMPARE(
            StaffAdmin::addFirstManager(owner, first, u"First Owner"_s, u"short"_s).code(), ErrorCode::WeakPassword);
        QCOMPARE(StaffAdmin::addFirstManager(owner, u"Bad Name"_s, u"First Owner"_s, u"first-owner-pw"_s).code(),
            ErrorCode::InvalidValue);
        VERIFY_OK(StaffAdmin::addFirstManager(owner, first, u"First Owner"_s, u"first-owner-pw"_s));
        QVERIFY(StaffAdmin::hasActiveManager(owner).value());
        Result<StaffMember> signedIn = StaffDirectory::signIn(owner, first, u"first-owner-pw"_s);
        VERIFY_OK(signedIn);
        QCOMPARE(signedIn->role, StaffRole::Manager);
        QVERIFY(!signedIn->mustChangePassword);
        QCOMPARE(groupsOf(first), u"boxoffice_manager"_s);
        // Once there is a manager, nobody else becomes "the first".
        QCOMPARE(StaffAdmin::addFirstManager(owner, user(u"second"_s), u"Second"_s, u"second-owner-pw"_s).code(),
            ErrorCode::PermissionDenied);
        owner.closeThreadConnection();
    }

private:
    TestCluster *m_cluster = nullptr;
    QString m_suffix;
    std::unique_ptr<Database> m_manager;
};

QTEST_GUILESS_MAIN(TestStaffAdmin)
#include "tst_staffadmin.moc"
