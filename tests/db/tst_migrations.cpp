// The schema's two halves (docs/SQL.md): numbered migrations for tables and
// data, function files re-applied when their checksum changes. A database
// made by the migrations of schema version 9 (tests/data/schema-0009, when
// migrations still made the functions) upgrades to exactly what a new
// database gets; every function a staff group may call runs as its owner
// with a fixed search_path; nothing is PUBLIC's.
#include "db/migrator.h"
#include "money/cashoffice.h"
#include "sale/saleengine.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QDir>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every row of a query as "a|b|c", in the query's order; a failure becomes
// one row naming it, so a comparison shows it.
QStringList rows(Database &db, const QString &sql, const QVariantList &args = {})
{
    QStringList out;
    Result<Done> r = db.query(sql, args, [&out](QSqlQuery &q) -> Result<Done> {
        const int columns = q.record().count();
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < columns; ++i)
                fields << q.value(i).toString();
            out << fields.join(QLatin1Char('|'));
        }
        return Done {};
    });
    if (!r)
        out << QStringLiteral("query failed: ") + r.error().detail;
    return out;
}

// A statement that cannot be prepared (DDL), run as it is; its error or "".
QString execute(Database &db, const QString &sql)
{
    Result<QSqlDatabase> conn = db.connection();
    if (!conn)
        return conn.error().detail;
    QSqlQuery q(conn.value());
    return q.exec(sql) ? QString() : q.lastError().text();
}

QString scalar(Database &db, const QString &sql, const QVariantList &args = {})
{
    const QStringList r = rows(db, sql, args);
    return r.isEmpty() ? QString() : r.first();
}

// What a function is: signature, security, settings, grants and its whole
// definition (pg_get_functiondef covers body, volatility, defaults, result).
const QString functionsQuery = u"SELECT format('%s(%s)', p.proname, oidvectortypes(p.proargtypes)), p.prosecdef,"
                               " coalesce(array_to_string(p.proconfig, ';'), ''), coalesce(p.proacl::text, ''),"
                               " md5(p.prosrc), md5(pg_get_functiondef(p.oid))"
                               " FROM pg_proc p WHERE p.pronamespace = 'boxoffice'::regnamespace ORDER BY 1"_s;

// What the migrations make: columns, indexes, constraints, privileges on
// tables and sequences, default privileges.
const QStringList schemaQueries {
    u"SELECT table_name, column_name, data_type, column_default, is_nullable, generation_expression"
    " FROM information_schema.columns WHERE table_schema = 'boxoffice' ORDER BY table_name, ordinal_position"_s,
    u"SELECT indexdef FROM pg_indexes WHERE schemaname = 'boxoffice' ORDER BY indexdef"_s,
    u"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
    " WHERE connamespace = 'boxoffice'::regnamespace ORDER BY 1, 2"_s,
    u"SELECT relname, relkind, coalesce(relacl::text, '') FROM pg_class"
    " WHERE relnamespace = 'boxoffice'::regnamespace ORDER BY relname"_s,
    u"SELECT defaclobjtype, defaclacl::text FROM pg_default_acl ORDER BY 1"_s,
    u"SELECT nspacl::text FROM pg_namespace WHERE nspname = 'boxoffice'"_s,
};

// The data a test put in, in one comparable line.
const QString dataQuery
    = u"SELECT concat_ws(' ',"
      " (SELECT count(*) || ':' || md5(string_agg(format('%s/%s/%s/%s/%s/%s/%s/%s', id, idempotency_key, status,"
      "   total, terminal_id, clerk_id, expires_at, cancel_reason), ',' ORDER BY id)) FROM boxoffice.orders),"
      " (SELECT count(*) || ':' || md5(string_agg(format('%s/%s/%s/%s/%s', id, order_id, seat_id, price, active),"
      "   ',' ORDER BY id)) FROM boxoffice.order_seat),"
      " (SELECT count(*) || ':' || md5(string_agg(format('%s/%s/%s/%s/%s/%s/%s', show_id, seat_id, state, held_by,"
      "   held_until, order_id, version), ',' ORDER BY show_id, seat_id)) FROM boxoffice.show_seat),"
      " (SELECT count(*) || ':' || md5(string_agg(format('%s/%s/%s', id, action, detail), ',' ORDER BY id))"
      "   FROM boxoffice.audit_log),"
      " (SELECT count(*) || ':' || md5(string_agg(format('%s/%s/%s', id, job, rows), ',' ORDER BY id))"
      "   FROM boxoffice.job_run),"
      " (SELECT count(*) || ':' || md5(string_agg(format('%s/%s/%s', id, name, last_beat), ',' ORDER BY id))"
      "   FROM boxoffice.terminal),"
      " (SELECT count(*) || ':' || md5(string_agg(format('%s/%s/%s', id, username, role), ',' ORDER BY id))"
      "   FROM boxoffice.staff),"
      " (SELECT count(*) FROM boxoffice.seat), (SELECT count(*) FROM boxoffice.show))"_s;

// Builds the schema of version 9 from the frozen migrations the way the
// migrator of that time did: all in one transaction, each version recorded.
bool applySchema0009(Database &database, QString *error)
{
    static const QRegularExpression pattern(u"^(\\d{4})_(.+)\\.sql$"_s);
    const QDir dir(QStringLiteral(BOXOFFICE_SOURCE_DIR) + u"/tests/data/schema-0009"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    if (files.size() != 9) {
        *error = u"expected 9 frozen migrations in "_s + dir.path();
        return false;
    }
    Result<QSqlDatabase> conn = database.connection();
    if (!conn) {
        *error = conn.error().detail;
        return false;
    }
    QSqlDatabase db = conn.value();
    QSqlQuery q(db);
    auto fail = [&](const QSqlQuery &failed, const QString &what) {
        *error = what + u": "_s + failed.lastError().text();
        db.rollback();
        return false;
    };
    db.transaction();
    if (!q.exec(u"SET LOCAL client_min_messages = warning"_s) || !q.exec(u"CREATE SCHEMA IF NOT EXISTS boxoffice"_s)
        || !q.exec(u"CREATE TABLE IF NOT EXISTS boxoffice.schema_migrations ("
                   " version integer PRIMARY KEY, name text NOT NULL,"
                   " applied_at timestamptz NOT NULL DEFAULT now(),"
                   " applied_by text NOT NULL DEFAULT current_user)"_s))
        return fail(q, u"migration table"_s);
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = u"cannot read "_s + f.fileName();
            db.rollback();
            return false;
        }
        QSqlQuery step(db);
        bool ok = step.exec(QString::fromUtf8(f.readAll()));
        while (ok && step.nextResult()) { }
        if (!ok || step.lastError().isValid())
            return fail(step, file);
        const QRegularExpressionMatch m = pattern.match(file);
        QSqlQuery record(db);
        record.prepare(u"INSERT INTO boxoffice.schema_migrations (version, name) VALUES (?, ?)"_s);
        record.addBindValue(m.captured(1).toInt());
        record.addBindValue(m.captured(2));
        if (!record.exec())
            return fail(record, u"record "_s + file);
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

// A SQL answer document that must say ok.
#define VERIFY_SQL_OK(db, sql)                                                                                         \
    do {                                                                                                               \
        const QString answer_ = scalar(db, sql);                                                                       \
        QVERIFY2(answer_.contains(QLatin1String("\"ok\": true")), qPrintable(answer_));                                \
    } while (false)

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A database made new by today's code: what everything is compared with.
        m_cluster = &TestCluster::instance();
    }

    void functionFilesAreListedAndShipped()
    {
        const QList<Migrator::FunctionFile> files = Migrator::functionFiles();
        QSet<QString> listed;
        for (const Migrator::FunctionFile &f : files) {
            QVERIFY2(!f.sql.isEmpty(), qPrintable(f.name + u" is listed but not shipped"_s));
            QCOMPARE(f.checksum.size(), 64);
            QVERIFY2(!listed.contains(f.name), qPrintable(f.name));
            listed.insert(f.name);
        }
        // A file shipped but not listed would never be applied.
        const QStringList shipped = QDir(u":/sql/functions"_s).entryList({u"*.sql"_s}, QDir::Files);
        QVERIFY(!shipped.isEmpty());
        for (const QString &name : shipped)
            QVERIFY2(listed.contains(name), qPrintable(name + u" is shipped but not listed in migrator.cpp"_s));
    }

    // Numbered migrations make tables and data; no function is made or
    // granted there any more (the frozen copies of the old ones are tests/data).
    void migrationsMakeNoFunctions()
    {
        static const QRegularExpression function(
            u"\\b(FUNCTION|PROCEDURE)\\b"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression comment(u"--[^\\n]*"_s);
        for (const Migrator::Migration &m : Migrator::available()) {
            QString sql = m.sql;
            sql.remove(comment);
            QVERIFY2(!function.match(sql).hasMatch(), qPrintable(m.name));
        }
    }

    // Each function is written once in the whole tree: as many CREATE
    // statements in the function files as functions in a new database, each
    // of them re-runnable.
    void eachFunctionIsWrittenOnce()
    {
        static const QRegularExpression create(u"^CREATE\\s+(OR\\s+REPLACE\\s+)?FUNCTION\\s+(\\w+)\\s*\\("_s,
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        int statements = 0;
        for (const Migrator::FunctionFile &f : Migrator::functionFiles()) {
            for (QRegularExpressionMatchIterator it = create.globalMatch(f.sql); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                QVERIFY2(
                    !m.captured(1).isEmpty(), qPrintable(f.name + u": CREATE without OR REPLACE: "_s + m.captured(2)));
                ++statements;
            }
        }
        const int functions
            = scalar(m_cluster->db(), u"SELECT count(*) FROM pg_proc WHERE pronamespace = 'boxoffice'::regnamespace"_s)
                  .toInt();
        QVERIFY(functions > 50);
        QCOMPARE(statements, functions);
    }

    void staffFunctionsRunAsOwnerAndNothingIsPublic()
    {
        Database &db = m_cluster->db();
        // Sanity: the groups can call something, or the check below says nothing.
        const QStringList callable = rows(db,
            u"SELECT format('%s(%s)', p.proname, oidvectortypes(p.proargtypes)) FROM pg_proc p WHERE p.pronamespace = "
            u"'boxoffice'::regnamespace"
            " AND (has_function_privilege('boxoffice_clerk', p.oid, 'EXECUTE')"
            "   OR has_function_privilege('boxoffice_supervisor', p.oid, 'EXECUTE')"
            "   OR has_function_privilege('boxoffice_manager', p.oid, 'EXECUTE')"
            "   OR has_function_privilege('boxoffice_gate', p.oid, 'EXECUTE')) ORDER BY 1"_s);
        QVERIFY2(callable.contains(u"hold_seats(jsonb)"_s), qPrintable(callable.join(u'\n')));
        QVERIFY(callable.contains(u"health_findings(jsonb)"_s));
        QVERIFY(callable.contains(u"force_unlock(integer, integer[], integer, text, text)"_s));
        QVERIFY(!callable.contains(u"hold_seats_impl(integer, integer[], integer, integer)"_s));
        QVERIFY(callable.contains(u"admit_ticket(text, integer, text)"_s));
        QVERIFY(!callable.contains(u"issue_ticket(bigint)"_s));
        // Runs as its owner with a fixed path (pg_temp last, so a caller's
        // temporary objects can never stand in for ours).
        QCOMPARE(rows(db,
                     u"SELECT format('%s(%s)', p.proname, oidvectortypes(p.proargtypes)) FROM pg_proc p WHERE "
                     u"p.pronamespace = 'boxoffice'::regnamespace"
                     " AND (has_function_privilege('boxoffice_clerk', p.oid, 'EXECUTE')"
                     "   OR has_function_privilege('boxoffice_supervisor', p.oid, 'EXECUTE')"
                     "   OR has_function_privilege('boxoffice_manager', p.oid, 'EXECUTE')"
                     "   OR has_function_privilege('boxoffice_gate', p.oid, 'EXECUTE'))"
                     " AND NOT (p.prosecdef AND 'search_path=boxoffice, pg_catalog, pg_temp' = ANY (p.proconfig))"
                     " ORDER BY 1"_s),
            QStringList());
        // No function is PUBLIC's (no ACL at all means PUBLIC may execute).
        QCOMPARE(rows(db,
                     u"SELECT format('%s(%s)', p.proname, oidvectortypes(p.proargtypes)) FROM pg_proc p,"
                     " aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
                     " WHERE p.pronamespace = 'boxoffice'::regnamespace AND a.grantee = 0 ORDER BY 1"_s),
            QStringList());
    }

    void upgradeFromSchema0009()
    {
        Database db(m_cluster->createEmptyDatabase(u"upgrade_0009"_s));
        QString error;
        QVERIFY2(applySchema0009(db, &error), qPrintable(error));
        const QStringList before = rows(db, functionsQuery);
        QVERIFY(before.size() > 50);

        // Data made by the old functions: two sales (one cancelled), a
        // pending order, a plain hold, a job run and a heartbeat.
        QCOMPARE(scalar(db, u"SELECT boxoffice.seed_demo(false)"_s), u"true"_s);
        const int terminal = scalar(db, u"SELECT boxoffice.register_terminal('Old counter')"_s).toInt();
        const int show = scalar(db, u"SELECT min(id) FROM boxoffice.show"_s).toInt();
        const QStringList seats = rows(db,
            u"SELECT s.id FROM boxoffice.seat s JOIN boxoffice.zone z ON z.id = s.zone_id"
            " WHERE z.ticket_type = 'CLASS2' ORDER BY s.id LIMIT 6"_s);
        QCOMPARE(seats.size(), 6);
        const QString sell = u"SELECT boxoffice.sell(gen_random_uuid(), 'h%1', %2, ARRAY[%3]::int[], 'CLASS2', %4,"
                             " NULL, 'Malee', '', 'cash', '', %5, false)"_s;
        VERIFY_SQL_OK(db, sell.arg(1).arg(show).arg(seats.mid(0, 2).join(u',')).arg(terminal).arg(0));
        VERIFY_SQL_OK(db, sell.arg(2).arg(show).arg(seats.at(2)).arg(terminal).arg(0));
        VERIFY_SQL_OK(db, sell.arg(3).arg(show).arg(seats.at(3)).arg(terminal).arg(15));
        VERIFY_SQL_OK(
            db, u"SELECT boxoffice.hold_seats(%1, ARRAY[%2]::int[], %3, 5)"_s.arg(show).arg(seats.at(4)).arg(terminal));
        const qint64 cancelled = scalar(db, u"SELECT min(id) FROM boxoffice.orders"_s).toLongLong();
        VERIFY_SQL_OK(
            db, u"SELECT boxoffice.cancel_order(%1, %2, NULL, 'changed plans')"_s.arg(cancelled).arg(terminal));
        VERIFY_SQL_OK(db, u"SELECT boxoffice.run_job('health_check', 'old', 600)"_s);
        VERIFY_SQL_OK(
            db, u"SELECT boxoffice.terminal_heartbeat(%1, NULL, '{\"holds\": 1, \"sells\": 3}')"_s.arg(terminal));
        const QString data = scalar(db, dataQuery);
        QVERIFY(data.startsWith(u"3:"_s));

        // Today's code starts on it.
        QStringList files;
        Result<QList<int>> migrated = Migrator::migrate(db, &files);
        VERIFY_OK(migrated);
        // Versions 1-9 were all there: only the later ones are applied.
        QList<int> laterVersions;
        for (const Migrator::Migration &m : Migrator::available()) {
            if (m.version > 9)
                laterVersions << m.version;
        }
        QCOMPARE(migrated.value(), laterVersions);
        QStringList all;
        for (const Migrator::FunctionFile &f : Migrator::functionFiles())
            all << f.name;
        QCOMPARE(files, all);
        Result<bool> seeded = Migrator::seedDemo(db, false);
        VERIFY_OK(seeded);
        QCOMPARE(seeded.value(), false);
        QCOMPARE(scalar(db, dataQuery), data);
        // Seats sold before the gate (0023_gate.sql) got their ticket codes:
        // one per active seat row (the paid sale's seat and the pending
        // one's), each with its code, and none for the cancelled order's.
        QCOMPARE(scalar(db,
                     u"SELECT count(*) FROM boxoffice.ticket t JOIN boxoffice.ticket_secret s"
                     " ON s.ticket_id = t.id AND t.code_hash = sha256(convert_to(s.code, 'UTF8'))"
                     " JOIN boxoffice.order_seat os ON os.id = t.order_seat_id AND os.active"_s)
                     .toInt(),
            scalar(db, u"SELECT count(*) FROM boxoffice.order_seat WHERE active"_s).toInt());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM boxoffice.ticket"_s).toInt(), 2);

        // The same functions and schema as a database made new.
        Database &fresh = m_cluster->db();
        QCOMPARE(rows(db, functionsQuery), rows(fresh, functionsQuery));
        for (const QString &sql : schemaQueries)
            QCOMPARE(rows(db, sql), rows(fresh, sql));

        // The function files restate today's functions: apart from these
        // deliberate changes, every one is the same as the old migrations
        // left it, body, settings and grants.
        const QStringList changed {
            u"order_json(bigint)"_s, // runs as its owner, like every function a group may call
            u"seed_demo(boolean)"_s, // waits for a seed under way (no lock_timeout)
            // Their answers carry the venue's time zone (and order_json what
            // a ticket prints).
            u"sales_report(timestamp with time zone, timestamp with time zone, text)"_s,
            u"dashboard_figures(integer, timestamp with time zone)"_s,
            // A job that has never run is overdue only once its allowance has
            // passed since the jobs were installed.
            u"health_findings(jsonb)"_s,
            // Issue 9: the acting counter and clerk come from the login's
            // counter session, own holds are waited for, shows have a sales
            // window, audit actors are the login.
            u"hold_seats_impl(integer, integer[], integer, integer)"_s,
            u"release_seats_impl(integer, integer[], integer)"_s,
            u"extend_hold_impl(integer, integer[], integer, integer)"_s,
            u"sell_impl(uuid, text, integer, integer[], text, integer, integer, text, text, text, text, integer, boolean)"_s,
            u"confirm_payment_impl(bigint, integer, text, text)"_s,
            u"cancel_order_impl(bigint, integer, integer, text)"_s,
            u"change_seats_impl(bigint, integer[], integer[], integer, integer)"_s,
            u"validate_request(integer, integer[], boolean)"_s,
            u"terminal_heartbeat(integer, integer, jsonb)"_s,
            u"force_unlock(integer, integer[], integer, text, text)"_s,
            u"set_sales_state(integer, text, text, text)"_s,
            u"clear_duplicate_locks(text, text)"_s,
            u"record_reconciliation(integer, integer, timestamp with time zone, timestamp with time zone, numeric, text, text)"_s,
            u"register_terminal(text)"_s,      // the owner's only, through register_counter
            u"run_job(text, text, integer)"_s, // a staff login's runs carry the login
            // Issue 10: a password set at a counter names the counter in the audit log.
            u"set_staff_login(text, text)"_s,
            // Issue 13: door staff (boxoffice_gate) are staff logins too.
            u"is_staff_login(text)"_s,
            // Issue 11: a new show leaves out the seats a re-import retired
            // and gets the venue's prices (show_price).
            u"create_show(integer, text, timestamp with time zone)"_s,
        };
        // sell takes one request document instead of 13 parameters; seats
        // are locked knowing which counter asks.
        // So do the seat and order functions (issue 8).
        const QStringList dropped {u"lock_seats(integer, integer[])"_s,
            u"sell(uuid, text, integer, integer[], text, integer, integer, text, text, text, text, integer, boolean)"_s,
            u"hold_seats(integer, integer[], integer, integer)"_s, u"release_seats(integer, integer[], integer)"_s,
            u"extend_hold(integer, integer[], integer, integer)"_s, u"confirm_payment(bigint, integer, text, text)"_s,
            u"cancel_order(bigint, integer, integer, text)"_s,
            u"change_seats(bigint, integer[], integer[], integer, integer)"_s,
            // Money (0018): the _impl functions take payments.
            u"sell_impl(uuid, text, integer, integer[], text, integer, integer, text, text, text, text, integer,"
            " boolean)"_s,
            u"confirm_payment_impl(bigint, integer, text, text)"_s};
        const QStringList added {u"sell(jsonb)"_s, u"check_request(jsonb, jsonb)"_s,
            u"lock_seats(integer, integer[], integer)"_s, u"lock_order_seats(integer, bigint)"_s,
            // counter.sql (issue 9)
            u"caller_staff_id()"_s, u"counter_session_stale(timestamp with time zone)"_s, u"counter_json(integer)"_s,
            u"counter_session_holder(bigint)"_s, u"close_session_audited(bigint, text, text)"_s,
            u"acting_counter(integer)"_s, u"acting_clerk(integer)"_s, u"acting_actor(text)"_s,
            u"check_counter_name(text)"_s, u"register_counter(uuid, text)"_s, u"rename_counter(integer, text)"_s,
            u"open_counter_session(uuid, uuid)"_s, u"close_counter_session(uuid)"_s, u"counter_sessions()"_s,
            u"close_stale_counter_session(integer, text)"_s,
            // sale.sql: the sales window rule, shared with the show list
            u"show_sales_window(integer)"_s,
            // sale.sql: one request document per seat and order function
            u"request_ids(jsonb, text)"_s, u"hold_seats(jsonb)"_s, u"release_seats(jsonb)"_s, u"extend_hold(jsonb)"_s,
            u"confirm_payment(jsonb)"_s, u"cancel_order(jsonb)"_s, u"change_seats(jsonb)"_s,
            // counter.sql (issue 10: the counter of an audit row done at one)
            u"caller_counter_name()"_s,

            // admin.sql: venue settings (issue 10, item 12)
            u"normalized_promptpay_id(text)"_s, u"set_venue_promptpay_id(integer, text)"_s,
            // venues.sql: venue import (issue 11)
            u"venue_layout_load(jsonb)"_s, u"venue_check_name(text, text)"_s, u"import_venue(jsonb)"_s,
            u"reimport_venue(integer, jsonb)"_s,
            // blocks.sql: seat blocks (issue 11)
            u"check_block_kind(text)"_s, u"check_block_reason(text)"_s,
            u"check_block_seats(integer, integer[], integer)"_s, u"lock_block_seats(integer[], integer[])"_s,
            u"block_conflicts(integer[], integer[])"_s, u"future_venue_shows(integer)"_s,
            u"apply_seat_blocks(integer, integer[], text[], text[], boolean)"_s,
            u"remove_seat_blocks(integer, integer[], text, boolean)"_s,
            u"audit_seat_blocks(text, text, jsonb, integer)"_s, u"block_seats(integer, integer[], text, text)"_s,
            u"block_venue_seats(integer, integer[], text, text)"_s, u"release_seat_blocks(integer, integer[], text)"_s,
            u"release_venue_seat_blocks(integer, integer[], text)"_s, u"copy_seat_blocks(integer, integer)"_s,
            u"apply_venue_blocks_to_new_seats()"_s,
            // staff.sql: staff management (issue 11)
            u"staff_check_username(text)"_s, u"staff_checked_display_name(text)"_s, u"staff_check_role(text)"_s,
            u"staff_check_secret(text, text)"_s, u"staff_for_update(text)"_s, u"staff_check_not_last_manager(staff)"_s,
            u"staff_apply_login(text, text)"_s, u"staff_audit(text, text, text, jsonb, jsonb)"_s,
            u"staff_answer(text, boolean)"_s, u"staff_accounts()"_s, u"add_staff(text, text, text, text, text)"_s,
            u"set_staff_display_name(text, text)"_s, u"set_staff_role(text, text)"_s,
            u"set_staff_active(text, boolean)"_s, u"reset_staff_password(text, text, text)"_s, u"unlock_staff(text)"_s,
            u"change_own_password(text, text)"_s, u"add_first_manager(text, text, text, text)"_s,
            u"has_active_manager()"_s, u"staff_end_connections(text)"_s,
            // pricefeed.sql: a price change notifies the counters (issue 11)
            u"notify_show_prices()"_s,
            // shows.sql: shows, weekly schedule, prices, cancelling (issue 11)
            u"show_local_time(text, text, text)"_s, u"show_local_text(timestamp with time zone, text)"_s,
            u"show_json(integer)"_s,
            u"check_show_values(text, text, timestamp with time zone, timestamp with time zone,"
            " timestamp with time zone, timestamp with time zone, boolean)"_s,
            u"create_show(jsonb)"_s, u"edit_show(jsonb)"_s, u"show_refunds(integer)"_s, u"cancel_show(jsonb)"_s,
            u"schedule_dates(jsonb)"_s, u"preview_schedule(jsonb)"_s, u"create_schedule(jsonb)"_s,
            u"checked_price(text)"_s, u"show_type_prices(integer)"_s, u"set_show_price(jsonb)"_s,
            u"copy_show_prices(jsonb)"_s, u"list_shows(integer, timestamp with time zone)"_s,
            // Money (0018_money.sql; sale.sql).
            u"standard_price_type()"_s, u"order_seat_defaults()"_s, u"check_order_balance()"_s,
            u"checked_amount(text, text, boolean)"_s,
            u"record_payments(bigint, numeric, jsonb, text, text, integer, integer)"_s,
            u"record_refund(bigint, numeric, text, integer, integer, boolean)"_s,
            u"sell_impl(uuid, text, integer, integer[], text, integer, integer, text, text, text, text, integer,"
            " boolean, jsonb, text[], uuid)"_s,
            u"confirm_payment_impl(bigint, integer, text, text, integer, jsonb)"_s,
            // returns.sql: returns and exchanges (issue 12)
            u"check_order_has_seats(bigint, integer[])"_s, u"returnable_order(bigint, boolean, uuid, integer)"_s,
            u"checked_refund_method(text)"_s,
            u"return_seats_impl(bigint, integer[], text, text, integer, integer, boolean, uuid)"_s,
            u"return_seats(jsonb)"_s,
            u"exchange_seats_impl(bigint, integer[], integer, integer[], text, jsonb, text, uuid, integer, integer,"
            " boolean, uuid)"_s,
            u"exchange_seats(jsonb)"_s,
            // pricing.sql: price types, approvals (issue 12)
            u"price_type_json(integer)"_s, u"list_price_types()"_s, u"save_price_type(jsonb)"_s,
            u"set_pricing_rule(jsonb)"_s, u"priced_lines(integer, integer[], text[])"_s, u"show_price_list(integer)"_s,
            u"approve_price(jsonb)"_s, u"use_approval(uuid, text, integer, bigint)"_s,
            u"use_price_approval(uuid, integer, bigint)"_s,
            // cashoffice.sql: shifts, X/Z reports, sign-off (issue 12)
            u"shift_json(bigint)"_s, u"shift_figures(bigint, timestamp with time zone)"_s, u"open_shift_of(integer)"_s,
            u"checked_cash_reason(text)"_s, u"counted_from_denominations(jsonb)"_s,
            u"audit_cash(integer, text, text, jsonb)"_s, u"open_shift(jsonb)"_s, u"record_cash_movement(jsonb)"_s,
            u"current_shift(jsonb)"_s, u"x_report(jsonb)"_s, u"close_shift(jsonb)"_s, u"sign_off_shift(jsonb)"_s,
            u"cash_shifts(jsonb)"_s, u"payment_needs_shift()"_s,
            // cashoffice.sql: a shift is its clerk's, the clerk's X blind (0024)
            u"check_shift_clerk(bigint, integer)"_s, u"blind_figures(jsonb)"_s, u"shift_to_act_on(jsonb)"_s,
            // gate.sql: ticket codes and admission (issue 13)
            u"new_ticket_code()"_s, u"normalized_ticket_code(text)"_s, u"ticket_by_code(text)"_s,
            u"issue_ticket(bigint)"_s, u"order_seat_ticket()"_s, u"issue_ticket_codes(bigint, boolean)"_s,
            u"gate_checked_name(text)"_s, u"gate_show_json(integer)"_s, u"gate_seat_json(integer)"_s,
            u"ticket_refusal(bigint, integer, boolean)"_s, u"admit_ticket(text, integer, text)"_s,
            u"pass_out_ticket(text, integer, text)"_s, u"set_show_pass_out(integer, boolean)"_s,
            u"gate_admission_list(integer)"_s, u"upload_offline_admissions(integer, text, jsonb)"_s,
            u"gate_figures(integer)"_s,
            // gate.sql: gate stations' pings and today's figures (issue 13)
            u"gate_station_ping(integer, text, boolean)"_s, u"gate_figures_today()"_s,
            // admin.sql: the app's demo sells price types (issue 12)
            u"seed_demo_price_types()"_s,
            // monitoring.sql: every new connection's replication barrier (issue 14)
            u"replication_barrier()"_s};
        QHash<QString, QString> previous;
        for (const QString &row : before)
            previous.insert(row.section(u'|', 0, 0), row);
        QStringList seenAdded;
        for (const QString &row : rows(db, functionsQuery)) {
            const QString name = row.section(u'|', 0, 0);
            if (!previous.contains(name)) {
                QVERIFY2(added.contains(name), qPrintable(name + u" is new but not listed as added"_s));
                seenAdded << name;
            } else if (changed.contains(name)) {
                QVERIFY2(row != previous.take(name), qPrintable(name + u" is listed as changed but is not"_s));
            } else {
                QCOMPARE(row, previous.take(name));
            }
        }
        QStringList gone = previous.keys();
        gone.sort();
        QStringList droppedSorted = dropped;
        droppedSorted.sort();
        QCOMPARE(gone, droppedSorted);
        seenAdded.sort();
        QStringList addedSorted = added;
        addedSorted.sort();
        QCOMPARE(seenAdded, addedSorted);

        // And the services work on it: a sale, and the cancel of an old one.
        // (The last demo show: the first may be past its sales window.)
        const int later = scalar(db, u"SELECT max(id) FROM boxoffice.show"_s).toInt();
        SaleEngine engine(db, SaleEngine::Options {u"New counter"_s});
        VERIFY_OK(engine.registerTerminal());
        // Cash needs the counter's open shift (0024): the cash office works
        // on it too.
        VERIFY_OK(CashOffice::openShift(db, engine.terminalId(), Money()));
        const QList<int> seat {seats.at(5).toInt()};
        VERIFY_OK(engine.hold(later, seat, 5));
        SellRequest sale;
        sale.idempotencyKey = QUuid::createUuid();
        sale.showId = later;
        sale.seatIds = seat;
        sale.ticketType = u"CLASS2"_s;
        sale.customer = {u"Somchai"_s, QString()};
        VERIFY_OK(engine.sell(sale));
        const qint64 old = scalar(db, u"SELECT max(id) FROM boxoffice.orders WHERE status = 'paid' AND id < ?"_s,
            {scalar(db, u"SELECT max(id) FROM boxoffice.orders"_s).toLongLong()})
                               .toLongLong();
        QVERIFY(old > 0);
        VERIFY_OK(engine.cancel(old, u"sold before the upgrade"_s));
        QCOMPARE(scalar(db, u"SELECT status FROM boxoffice.orders WHERE id = ?"_s, {old}), u"cancelled"_s);
    }

    void migrateTwiceAppliesNothing()
    {
        Database db(m_cluster->createEmptyDatabase(u"migrate_twice"_s));
        QStringList files;
        Result<QList<int>> first = Migrator::migrate(db, &files);
        VERIFY_OK(first);
        QCOMPARE(first->size(), Migrator::available().size());
        QCOMPARE(files.size(), Migrator::functionFiles().size());
        Result<QList<int>> second = Migrator::migrate(db, &files);
        VERIFY_OK(second);
        QVERIFY(second->isEmpty());
        QCOMPARE(files, QStringList());
        // Each file is recorded with its checksum.
        QStringList expected;
        for (const Migrator::FunctionFile &f : Migrator::functionFiles())
            expected << f.name + u'|' + f.checksum;
        expected.sort();
        QCOMPARE(rows(db, u"SELECT file, checksum FROM boxoffice.schema_functions ORDER BY file"_s), expected);
    }

    // A file whose content differs from what was recorded is run again, and
    // only that one: here the record says reports.sql changed, and a
    // function of it was tampered with meanwhile.
    void changedFileIsAppliedAgain()
    {
        Database db(m_cluster->createEmptyDatabase(u"migrate_changed"_s));
        VERIFY_OK(Migrator::migrate(db));
        const QString function = u"SELECT md5(prosrc) FROM pg_proc WHERE oid = 'boxoffice.reconciliation_counters()'"
                                 "::regprocedure"_s;
        const QString original = scalar(db, function);
        QVERIFY(!original.isEmpty());
        QCOMPARE(execute(db,
                     u"CREATE OR REPLACE FUNCTION boxoffice.reconciliation_counters() RETURNS jsonb"
                     " LANGUAGE sql AS $$ SELECT '{}'::jsonb $$"_s),
            QString());
        QVERIFY(scalar(db, function) != original);
        QCOMPARE(execute(db, u"UPDATE boxoffice.schema_functions SET checksum = 'old' WHERE file = 'reports.sql'"_s),
            QString());
        QStringList files;
        Result<QList<int>> again = Migrator::migrate(db, &files);
        VERIFY_OK(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(files, QStringList {u"reports.sql"_s});
        QCOMPARE(scalar(db, function), original);
        QCOMPARE(rows(db, functionsQuery), rows(m_cluster->db(), functionsQuery));
    }

private:
    TestCluster *m_cluster = nullptr;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
