// boxoffice_db_prepare [--demo]: brings the database named by BOXOFFICE_DB up
// to date (the migrations and function files, as the app does at start) and
// with --demo seeds the demo stadium, shows and staff if it has no venue yet.
// For scripts that make a database the app and the tests then run on
// (scripts/ha-local.sh up, tests/ha/). Exit status 0 done, 1 failed, 2 usage.
#include "db/connectionconfig.h"
#include "db/database.h"
#include "db/migrator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <cstdio>

using namespace boxoffice;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const bool demo = args.contains(QStringLiteral("--demo"));
    if (args.size() > (demo ? 1 : 0) || qEnvironmentVariableIsEmpty("BOXOFFICE_DB")) {
        std::fprintf(stderr, "usage: BOXOFFICE_DB=CONNINFO %s [--demo]\n", argv[0]);
        return 2;
    }
    Result<ConnectionConfig> config = ConnectionConfig::parse(qEnvironmentVariable("BOXOFFICE_DB"));
    if (!config) {
        std::fprintf(stderr, "BOXOFFICE_DB: %s\n", qPrintable(config.error().detail));
        return 1;
    }
    int status = 0;
    {
        Database db(config.value(), QStringLiteral("prepare"));
        Result<QList<int>> migrated = Migrator::migrate(db);
        if (!migrated) {
            std::fprintf(stderr, "migration failed: %s\n", qPrintable(migrated.error().detail));
            status = 1;
        } else {
            std::printf("migrations applied: %d\n", int(migrated->size()));
            if (demo) {
                Result<bool> seeded = Migrator::seedDemo(db, false);
                if (!seeded) {
                    std::fprintf(stderr, "seeding failed: %s\n", qPrintable(seeded.error().detail));
                    status = 1;
                } else {
                    std::printf("demo data: %s\n", *seeded ? "seeded" : "already there");
                }
            }
        }
        db.closeThreadConnection();
    }
    return status;
}
