#pragma once

#include "db/result.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace boxoffice {

class Database;

// Versioned schema migrations shipped as resources (:/sql/NNNN_name.sql).
// All missing ones are applied in one transaction under an advisory lock, so
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

    static QList<Migration> available();
    // The versions this call applied (empty if the schema was current).
    static Result<QList<int>> migrate(Database &db);
    // The demo stadium (and with largeVenues the 20,000 and 100,000 seat
    // arenas); does nothing if any venue exists. Answers whether it seeded.
    static Result<bool> seedDemo(Database &db, bool largeVenues);
};

} // namespace boxoffice
