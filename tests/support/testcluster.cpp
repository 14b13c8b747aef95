#include "testcluster.h"

#include "db/migrator.h"
#include "sharedcluster.h"
#include "tcpproxy.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace boxoffice::test {

namespace {

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "TestCluster: %s\n", qPrintable(why));
    std::fflush(stderr);
    std::abort();
}

// A database name of this program's own: several programs (maybe on several
// machines, with BOXOFFICE_DB) share a server.
QString databaseNameForThisProgram()
{
    QString program = QCoreApplication::applicationName().toLower().left(30);
    for (QChar &c : program) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            c = QLatin1Char('_');
    }
    return QStringLiteral("boxoffice_test_%1_%2_%3")
        .arg(program)
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->bounded(100000));
}

} // namespace

TestCluster &TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}

TestCluster::TestCluster()
{
    bool fromTemplate = false;
    const QString shared = qEnvironmentVariable("BOXOFFICE_DB");
    if (!shared.isEmpty()) {
        Result<ConnectionConfig> parsed = ConnectionConfig::parse(shared);
        if (!parsed)
            die(QStringLiteral("BOXOFFICE_DB is not a valid connection string: ") + parsed.error().detail);
        m_adminConfig = parsed.value();
        m_sharedDatabase = databaseNameForThisProgram();
        QString error;
        if (!adminExec(m_adminConfig, QStringLiteral("CREATE DATABASE %1").arg(m_sharedDatabase), &error))
            die(QStringLiteral("cannot create a test database on BOXOFFICE_DB (needs CREATEDB): ") + error);
        m_config = m_adminConfig;
        m_config.set(QStringLiteral("dbname"), m_sharedDatabase);
    } else if (const std::optional<SharedCluster> run = SharedCluster::fromEnvironment()) {
        // The run's cluster, set up once by the ctest fixture: a copy of its
        // migrated and seeded template is this program's database.
        m_adminConfig = run->admin;
        m_sharedDatabase = databaseNameForThisProgram();
        QString error;
        if (!adminExec(m_adminConfig,
                QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_sharedDatabase, run->templateName), &error))
            die(QStringLiteral("cannot copy the test cluster's template database: ") + error);
        m_config = m_adminConfig;
        m_config.set(QStringLiteral("dbname"), m_sharedDatabase);
        fromTemplate = true;
    } else {
        // Short path: the socket lives in the data folder (107-byte limit).
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/bo-XXXXXX"));
        if (!m_dir->isValid())
            die(QStringLiteral("no temporary folder"));
        QFile::setPermissions(m_dir->path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        EmbeddedPostgres::Options options;
        options.dataDir = m_dir->path() + QStringLiteral("/pg");
        options.fastUnsafe = true;
        m_server = std::make_unique<EmbeddedPostgres>(options);
        Result<ConnectionConfig> started = m_server->start();
        if (!started)
            die(started.error().message + QLatin1Char(' ') + started.error().detail);
        m_config = started.value();
        m_adminConfig = m_config;
        m_adminConfig.set(QStringLiteral("dbname"), QStringLiteral("postgres"));
    }
    m_db = std::make_unique<Database>(m_config, QStringLiteral("test"));
    qAddPostRoutine([] { TestCluster::instance().teardown(); });
    if (!fromTemplate) {
        Result<QList<int>> migrated = Migrator::migrate(*m_db);
        if (!migrated)
            die(QStringLiteral("migration failed: ") + migrated.error().detail);
        Result<bool> seeded = Migrator::seedDemo(*m_db, false);
        if (!seeded)
            die(QStringLiteral("seeding failed: ") + seeded.error().detail);
    }
    // The demo's first show is this evening: late in the day it has started
    // long ago and its sales window is closed. The tests sell the demo shows,
    // so they all move a day on (in order, one a day, as seeded).
    QString error;
    if (!exec(QStringLiteral("UPDATE boxoffice.show SET starts_at = starts_at + interval '1 day'"
                             " WHERE (SELECT min(starts_at) FROM boxoffice.show) < now() + interval '3 hours'"),
            {}, &error))
        die(QStringLiteral("cannot move the demo shows: ") + error);
}

TestCluster::~TestCluster()
{
    teardown();
}

void TestCluster::teardown()
{
    if (!m_db)
        return;
    m_db.reset();
    for (const QString &name : std::as_const(m_extraDatabases))
        adminExec(m_adminConfig, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), nullptr);
    if (!m_sharedDatabase.isEmpty())
        adminExec(
            m_adminConfig, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_sharedDatabase), nullptr);
    if (m_server)
        m_server->stop();
    m_extraDatabases.clear();
    m_sharedDatabase.clear();
}

void TestCluster::ensureLargeVenues()
{
    if (m_large)
        return;
    const int venues = scalar(QStringLiteral("SELECT count(*) FROM boxoffice.venue")).toInt();
    if (venues < 3) {
        exec(QStringLiteral(
            "DO $$ DECLARE v integer; t jsonb := '[{\"ticket_type\": \"RINGSIDE\", \"name\": \"Ringside\", \"price\": "
            "2500, \"color\": \"#c62828\", \"rows\": 4},"
            "{\"ticket_type\": \"CLASS2\", \"name\": \"Class 2\", \"price\": 1800, \"color\": \"#1565c0\", \"rows\": "
            "8},"
            "{\"ticket_type\": \"CLASS3\", \"name\": \"Class 3\", \"price\": 1500, \"color\": \"#2e7d32\", \"rows\": "
            "9}]';"
            " BEGIN v := boxoffice.generate_venue('Generated Arena 20k', 20000, t);"
            " PERFORM boxoffice.create_show(v, 'Arena 20k Benchmark Night', now() + interval '1 day');"
            " v := boxoffice.generate_venue('Generated Arena 100k', 100000, t);"
            " PERFORM boxoffice.create_show(v, 'Arena 100k Benchmark Night', now() + interval '1 day');"
            " UPDATE boxoffice.venue SET is_test = true WHERE name LIKE 'Generated Arena %'; END $$"));
    }
    m_large = true;
}

QVariant TestCluster::scalar(const QString &sql, const QVariantList &args)
{
    QVariant value;
    Result<Done> r = m_db->query(sql, args, [&value](QSqlQuery &q) -> Result<Done> {
        if (q.next())
            value = q.value(0);
        return Done {};
    });
    if (!r)
        die(QStringLiteral("query failed: %1: %2").arg(sql, r.error().detail));
    return value;
}

bool TestCluster::exec(const QString &sql, const QVariantList &args, QString *error)
{
    Result<QSqlDatabase> conn = m_db->connection();
    if (!conn)
        die(conn.error().detail);
    QSqlQuery q(conn.value());
    bool ok;
    if (args.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (int i = 0; i < args.size(); ++i)
            q.bindValue(i, args.at(i));
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = q.lastError().nativeErrorCode() + QLatin1Char(' ') + q.lastError().text();
        else
            die(QStringLiteral("exec failed: %1: %2").arg(sql, q.lastError().text()));
    }
    return ok;
}

void TestCluster::resetSales()
{
    exec(QStringLiteral("UPDATE boxoffice.show_seat SET state = 'available', held_by = NULL, held_until = NULL,"
                        " hold_token = NULL, order_id = NULL WHERE state <> 'available' OR order_id IS NOT NULL;"
                        "TRUNCATE boxoffice.order_seat, boxoffice.payment, boxoffice.audit_log,"
                        " boxoffice.ticket, boxoffice.ticket_secret, boxoffice.admission, boxoffice.admission_scan, "
                        "boxoffice.admission_duplicate, boxoffice.gate_station;"
                        "DELETE FROM boxoffice.price_approval;"
                        "DELETE FROM boxoffice.orders;"
                        "UPDATE boxoffice.show SET sales_state = 'on_sale' WHERE sales_state <> 'on_sale'"));
}

std::unique_ptr<TcpProxy> TestCluster::makeProxy() const
{
    const QString host = m_config.value(QStringLiteral("host"));
    const QString portText = m_config.value(QStringLiteral("port"));
    const int port = portText.isEmpty() ? 5432 : portText.toInt();
    if (host.startsWith(QLatin1Char('/')))
        return std::make_unique<TcpProxy>(host + QStringLiteral("/.s.PGSQL.") + QString::number(port));
    return std::make_unique<TcpProxy>(host.isEmpty() ? QStringLiteral("127.0.0.1") : host, port);
}

ConnectionConfig TestCluster::throughProxy(const TcpProxy &proxy) const
{
    ConnectionConfig c = m_config;
    c.set(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    c.set(QStringLiteral("port"), QString::number(proxy.port()));
    c.set(QStringLiteral("sslmode"), QStringLiteral("disable"));
    return c;
}

int TestCluster::registerTerminal(const QString &name)
{
    return scalar(QStringLiteral("SELECT boxoffice.register_terminal(?)"), {name}).toInt();
}

QList<int> TestCluster::seatsOf(int showId, const QString &ticketType, int n, int offset)
{
    QList<int> ids;
    Result<Done> r
        = m_db->query(QStringLiteral("SELECT s.id FROM boxoffice.seat s JOIN boxoffice.zone z ON z.id = s.zone_id"
                                     " JOIN boxoffice.show sh ON sh.venue_id = s.venue_id"
                                     " WHERE sh.id = ? AND z.ticket_type = ? ORDER BY s.id LIMIT ? OFFSET ?"),
            {showId, ticketType, n, offset}, [&ids](QSqlQuery &q) -> Result<Done> {
                while (q.next())
                    ids << q.value(0).toInt();
                return Done {};
            });
    if (!r)
        die(r.error().detail);
    return ids;
}

int TestCluster::demoShow(int index)
{
    return scalar(QStringLiteral("SELECT s.id FROM boxoffice.show s JOIN boxoffice.venue v ON v.id = s.venue_id"
                                 " WHERE v.name = 'Rajadamnern Demo Stadium' ORDER BY s.starts_at OFFSET ? LIMIT 1"),
        {index})
        .toInt();
}

QString TestCluster::fingerprint()
{
    return scalar(
        QStringLiteral(
            "SELECT concat_ws(' ',"
            " 'seats=' || (SELECT md5(coalesce(string_agg(format('%s/%s/%s/%s/%s/%s/%s/%s', show_id, seat_id,"
            "   state, held_by, hold_token, held_until, order_id, version), ',' ORDER BY show_id, seat_id), ''))"
            "   FROM boxoffice.show_seat WHERE state <> 'available' OR held_by IS NOT NULL"
            "   OR held_until IS NOT NULL OR hold_token IS NOT NULL OR order_id IS NOT NULL),"
            " 'notAvailable=' || (SELECT count(*) FROM boxoffice.show_seat WHERE state <> 'available'),"
            " 'maxVersion=' || (SELECT coalesce(max(version), 0) FROM boxoffice.show_seat),"
            " 'orders=' || (SELECT count(*) FROM boxoffice.orders) || ':'"
            "   || (SELECT md5(coalesce(string_agg(format('%s/%s/%s/%s/%s/%s/%s/%s/%s', id, status, total,"
            "       payment_method, payment_ref, expires_at, paid_at, cancelled_at, cancel_reason),"
            "       ',' ORDER BY id), '')) FROM boxoffice.orders),"
            " 'orderSeats=' || (SELECT count(*) FROM boxoffice.order_seat) || ':'"
            "   || (SELECT md5(coalesce(string_agg(format('%s/%s/%s/%s/%s/%s/%s/%s/%s', id, order_id, seat_id, price,"
            "       active, ticket_type, price_type_id, returned_at, moved_at), ',' ORDER BY id), ''))"
            "   FROM boxoffice.order_seat),"
            " 'payments=' || (SELECT count(*) FROM boxoffice.payment) || ':'"
            "   || (SELECT md5(coalesce(string_agg(format('%s/%s/%s/%s/%s/%s/%s/%s', id, order_id, kind, method,"
            "       amount, tendered, reference, refund_of), ',' ORDER BY id), '')) FROM boxoffice.payment),"
            " 'audit=' || (SELECT count(*) FROM boxoffice.audit_log),"
            // The gate (issue 13): tickets and admissions.
            " 'tickets=' || (SELECT count(*) FROM boxoffice.ticket) || ':'"
            // (not how often each was printed: a counter's printing fetches
            // the codes after the sale, in the background)
            "   || (SELECT md5(coalesce(string_agg(format('%s/%s/%s', id, order_seat_id, replaced_at),"
            "       ',' ORDER BY id), '')) FROM boxoffice.ticket),"
            " 'admissions=' || (SELECT count(*) FROM boxoffice.admission) || '/'"
            "   || (SELECT count(*) FROM boxoffice.admission_scan) || '/'"
            "   || (SELECT count(*) FROM boxoffice.admission_duplicate),"
            " 'venues=' || (SELECT md5(coalesce(string_agg(format('%s/%s/%s/%s/%s', id, name, ring_half_size,"
            "   time_zone, promptpay_id), ',' ORDER BY id), '')) FROM boxoffice.venue))"))
        .toString();
}

QString TestCluster::seatLabel(int seatId)
{
    return scalar(QStringLiteral("SELECT label FROM boxoffice.seat WHERE id = ?"), {seatId}).toString();
}

QString TestCluster::seatRow(int showId, int seatId)
{
    return scalar(QStringLiteral("SELECT format('%s/%s/%s/%s/%s', state, held_by, held_until, order_id, version)"
                                 " FROM boxoffice.show_seat WHERE show_id = ? AND seat_id = ?"),
        {showId, seatId})
        .toString();
}

ConnectionConfig TestCluster::createEmptyDatabase(const QString &wanted)
{
    // On a server other programs use at the same time the name must be ours alone.
    const QString name = m_sharedDatabase.isEmpty() ? wanted : m_sharedDatabase + QLatin1Char('_') + wanted;
    QString error;
    adminExec(m_adminConfig, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), nullptr);
    if (!adminExec(m_adminConfig, QStringLiteral("CREATE DATABASE %1").arg(name), &error))
        die(QStringLiteral("cannot create database %1: %2").arg(name, error));
    m_extraDatabases << name;
    ConnectionConfig c = m_config;
    c.set(QStringLiteral("dbname"), name);
    return c;
}

} // namespace boxoffice::test
