#pragma once

#include "db/connectionconfig.h"

#include <QtCore/QString>

#include <optional>

namespace boxoffice::test {

// The PostgreSQL cluster one ctest run shares (tests/CMakeLists.txt: the
// fixture `postgres`). Its setup starts the cluster and prepares a migrated,
// seeded template database once; each test program then copies the template
// into a database of its own (CREATE DATABASE … TEMPLATE), which takes a
// fraction of a second where migrating and seeding take several. The setup
// writes where the cluster is to a small file; BOXOFFICE_TEST_CLUSTER names
// that file in the environment of the test programs that share the cluster.
struct SharedCluster
{
    QString dataDir;        // the server's folder (its socket is in there too)
    QString templateName;   // the database every test copies
    ConnectionConfig admin; // the cluster's owner, on the maintenance database

    static constexpr const char *EnvironmentVariable = "BOXOFFICE_TEST_CLUSTER";

    // The cluster named by BOXOFFICE_TEST_CLUSTER, if that is set and not empty;
    // dies loudly if it is set but the file cannot be read.
    static std::optional<SharedCluster> fromEnvironment();
    static std::optional<SharedCluster> read(const QString &file);
    bool write(const QString &file) const;
};

// Runs one statement on a short-lived connection of its own (CREATE and DROP
// DATABASE cannot run inside a transaction or on the database they name).
bool adminExec(const ConnectionConfig &config, const QString &sql, QString *error);

} // namespace boxoffice::test
