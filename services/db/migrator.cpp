#include "db/migrator.h"

#include "admin/staffdirectory.h"
#include "db/database.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigrate, "boxoffice.migrate")

namespace boxoffice {

namespace {
// Any constant will do, as long as every client uses the same one.
constexpr qint64 MigrationLockKey = 0x626f786f6666LL; // "boxoff"

// The function files in the order they are applied. A LANGUAGE sql function
// is checked when it is created, so anything it calls must exist already: a
// file comes after the files it uses. (PL/pgSQL bodies are resolved when
// they run, so calls between them do not constrain the order.) Listed here
// and not read from the folder, so that adding a file is a decision about
// its place; a test checks that every file shipped is listed.
const QStringList &functionFileOrder()
{
    static const QStringList order {
        QStringLiteral("sale.sql"),
        QStringLiteral("admin.sql"),
        QStringLiteral("counter.sql"),
        QStringLiteral("emergency.sql"),
        QStringLiteral("monitoring.sql"),
        QStringLiteral("jobs.sql"),
        QStringLiteral("reports.sql"),
        QStringLiteral("venues.sql"),
        QStringLiteral("shows.sql"),
        QStringLiteral("blocks.sql"),
        QStringLiteral("staff.sql"),
        QStringLiteral("pricefeed.sql"),
        QStringLiteral("returns.sql"),
        QStringLiteral("pricing.sql"),
        QStringLiteral("cashoffice.sql"),
        QStringLiteral("gate.sql"),
    };
    return order;
}
} // namespace

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql/migrations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list << Migration {m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())};
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

QList<Migrator::FunctionFile> Migrator::functionFiles()
{
    QList<FunctionFile> list;
    for (const QString &name : functionFileOrder()) {
        FunctionFile file {name, {}, {}};
        QFile f(QStringLiteral(":/sql/functions/") + name);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            file.sql = QString::fromUtf8(bytes);
            file.checksum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
        list << file;
    }
    return list;
}

Result<QList<int>> Migrator::migrate(Database &database, QStringList *appliedFunctionFiles)
{
    Result<QSqlDatabase> conn = database.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    auto failed = [&db](const QSqlError &error, const QString &what) -> ServiceError {
        db.rollback();
        qCWarning(lcMigrate) << what << error.text();
        ServiceError e = ServiceError::fromSql(error);
        e.detail = what + QStringLiteral(": ") + error.text();
        return e;
    };
    if (!db.transaction())
        return failed(db.lastError(), QStringLiteral("begin"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(MigrationLockKey);
    if (!q.exec())
        return failed(q.lastError(), QStringLiteral("advisory lock"));
    if (!q.exec(QStringLiteral("SET LOCAL client_min_messages = warning"))
        || !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS boxoffice"))
        || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS boxoffice.schema_migrations ("
                                  " version integer PRIMARY KEY,"
                                  " name text NOT NULL,"
                                  " applied_at timestamptz NOT NULL DEFAULT now(),"
                                  " applied_by text NOT NULL DEFAULT current_user)"))
        || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS boxoffice.schema_functions ("
                                  " file text PRIMARY KEY,"
                                  " checksum text NOT NULL,"
                                  " applied_at timestamptz NOT NULL DEFAULT now(),"
                                  " applied_by text NOT NULL DEFAULT current_user)")))
        return failed(q.lastError(), QStringLiteral("migration table"));
    // Like every table of the schema (0007_database_roles.sql), the owner's
    // only; said explicitly so that its privileges read the same whether it
    // was made before that migration or after.
    if (!q.exec(QStringLiteral("REVOKE ALL ON TABLE boxoffice.schema_functions FROM PUBLIC")))
        return failed(q.lastError(), QStringLiteral("migration table"));
    QList<int> present;
    if (!q.exec(QStringLiteral("SELECT version FROM boxoffice.schema_migrations")))
        return failed(q.lastError(), QStringLiteral("read versions"));
    while (q.next())
        present << q.value(0).toInt();
    QHash<QString, QString> recorded;
    if (!q.exec(QStringLiteral("SELECT file, checksum FROM boxoffice.schema_functions")))
        return failed(q.lastError(), QStringLiteral("read function files"));
    while (q.next())
        recorded.insert(q.value(0).toString(), q.value(1).toString());

    QList<int> applied;
    for (const Migration &m : available()) {
        if (present.contains(m.version))
            continue;
        QSqlQuery step(db);
        bool ok = step.exec(m.sql);
        // A migration is many statements: the driver reports the first
        // result, so walk the others for the error of a later one.
        while (ok && step.nextResult()) { }
        if (!ok || step.lastError().isValid())
            return failed(step.lastError(), QStringLiteral("migration %1 (%2)").arg(m.version).arg(m.name));
        QSqlQuery record(db);
        if (!record.prepare(QStringLiteral("INSERT INTO boxoffice.schema_migrations (version, name) VALUES (?, ?)")))
            return failed(record.lastError(), QStringLiteral("record migration %1").arg(m.version));
        record.addBindValue(m.version);
        record.addBindValue(m.name);
        if (!record.exec())
            return failed(record.lastError(), QStringLiteral("record migration %1").arg(m.version));
        applied << m.version;
    }

    // After the migrations, so that every function is made against the
    // tables it reads, and in the same transaction: nobody ever sees new
    // tables with old functions.
    QStringList appliedFiles;
    for (const FunctionFile &f : functionFiles()) {
        if (f.sql.isEmpty()) {
            db.rollback();
            return ServiceError::make(
                ErrorCode::DatabaseError, QStringLiteral("function file %1 is not in the resources").arg(f.name));
        }
        if (recorded.value(f.name) == f.checksum)
            continue;
        QSqlQuery step(db);
        bool ok = step.exec(f.sql);
        while (ok && step.nextResult()) { }
        if (!ok || step.lastError().isValid())
            return failed(step.lastError(), QStringLiteral("function file %1").arg(f.name));
        QSqlQuery record(db);
        if (!record.prepare(QStringLiteral("INSERT INTO boxoffice.schema_functions (file, checksum) VALUES (?, ?)"
                                           " ON CONFLICT (file) DO UPDATE SET checksum = EXCLUDED.checksum,"
                                           " applied_at = now(), applied_by = current_user")))
            return failed(record.lastError(), QStringLiteral("record function file %1").arg(f.name));
        record.addBindValue(f.name);
        record.addBindValue(f.checksum);
        if (!record.exec())
            return failed(record.lastError(), QStringLiteral("record function file %1").arg(f.name));
        appliedFiles << f.name;
    }
    if (!db.commit())
        return failed(db.lastError(), QStringLiteral("commit"));
    if (!applied.isEmpty())
        qCInfo(lcMigrate) << "applied migrations" << applied;
    if (!appliedFiles.isEmpty())
        qCInfo(lcMigrate) << "applied function files" << appliedFiles;
    if (appliedFunctionFiles)
        *appliedFunctionFiles = appliedFiles;
    return applied;
}

Result<bool> Migrator::seedDemo(Database &database, bool largeVenues, bool priceTypes)
{
    bool seeded = false;
    Result<Done> r = database.query(
        QStringLiteral("SELECT boxoffice.seed_demo(?)"), {largeVenues}, [&seeded](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                seeded = q.value(0).toBool();
            return Done {};
        });
    if (!r)
        return r.error();
    if (seeded && priceTypes) {
        if (Result<Done> prices = database.query(QStringLiteral("SELECT boxoffice.seed_demo_price_types()"), {},
                [](QSqlQuery &) -> Result<Done> { return Done {}; });
            !prices)
            return prices.error();
    }
    // The demo accounts' passwords (README): hashed here, never stored
    // plain, and their database logins. A demo data set made before logins
    // existed gets them too, as long as the demo password still holds.
    for (const char *user : {"clerk", "supervisor", "manager"}) {
        const QString name = QLatin1String(user);
        const QString password = name + QStringLiteral("-demo");
        bool needed = seeded;
        if (!seeded) {
            QString hash;
            bool hasLogin = true;
            Result<Done> read
                = database.query(QStringLiteral("SELECT coalesce(password_hash, ''), boxoffice.is_staff_login(username)"
                                                " FROM boxoffice.staff WHERE username = ?"),
                    {name}, [&](QSqlQuery &q) -> Result<Done> {
                        if (q.next()) {
                            hash = q.value(0).toString();
                            hasLogin = q.value(1).toBool();
                        }
                        return Done {};
                    });
            if (!read)
                return read.error();
            needed = !hasLogin && StaffDirectory::verifyPassword(password, hash);
        }
        if (!needed)
            continue;
        if (Result<Done> set = StaffDirectory::setPassword(database, name, password); !set)
            return set.error();
    }
    return seeded;
}

} // namespace boxoffice
