#pragma once

#include "db/result.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace boxoffice {

class Database;

// The schema, shipped as resources (docs/SQL.md):
//  - numbered migrations (:/sql/migrations/NNNN_name.sql) make tables, types,
//    indexes, roles and data; each is applied once, recorded by version in
//    boxoffice.schema_migrations;
//  - function files (:/sql/functions/<domain>.sql) hold every SQL function
//    once, with its security settings and grants; after the migrations each
//    is run again whenever its content changed, recorded by checksum in
//    boxoffice.schema_functions.
// Everything missing is applied in one transaction under an advisory lock, so
// two counters starting at once migrate once, and none is ever applied twice.
class Migrator final
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };
    struct FunctionFile
    {
        QString name;     // e.g. "sale.sql"
        QString sql;      // empty if the file is not in the resources
        QString checksum; // SHA-256 of the file, hex
    };

    static QList<Migration> available();
    // In the order they are applied, which is fixed here rather than taken
    // from the folder (see functionFileOrder in migrator.cpp).
    static QList<FunctionFile> functionFiles();
    // The versions this call applied (empty if the schema was current); the
    // function files it (re-)applied go to appliedFunctionFiles if given.
    static Result<QList<int>> migrate(Database &db, QStringList *appliedFunctionFiles = nullptr);
    // The demo stadium (and with largeVenues the 20,000 and 100,000 seat
    // arenas); does nothing if any venue exists. Answers whether it seeded.
    // With priceTypes, a new demo's stadium shows also sell Thai resident,
    // Child and Comp (seed_demo_price_types, functions/admin.sql): what the
    // app's demo wants; the tests' clusters keep Standard only.
    static Result<bool> seedDemo(Database &db, bool largeVenues, bool priceTypes = false);
};

} // namespace boxoffice
