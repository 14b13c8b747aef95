// The ctest fixture `postgres` (tests/CMakeLists.txt):
//   boxoffice_test_cluster setup STATE_DIR    start the run's cluster, prepare its template
//   boxoffice_test_cluster cleanup STATE_DIR  stop it and remove it
// Staff login roles (clerk, supervisor, manager) belong to the whole cluster,
// so they are made here, once, before any test program runs: programs
// running in parallel never race to create them.
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "sharedcluster.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>

#include <cstdio>

using namespace boxoffice;
using boxoffice::test::SharedCluster;

namespace {

const QString TemplateName = QStringLiteral("boxoffice_template");

int fail(const QString &why)
{
    std::fprintf(stderr, "test cluster: %s\n", qPrintable(why));
    return 1;
}

void say(const QString &what)
{
    std::printf("test cluster: %s\n", qPrintable(what));
    std::fflush(stdout);
}

// A folder the cluster lived in, when it is not under the state folder (a
// build folder too deep for a Unix socket path): it was made for the cluster alone.
bool isOwnTemporaryFolder(const QString &dataDir, const QString &stateDir)
{
    return !dataDir.startsWith(stateDir + QLatin1Char('/'))
        && QFileInfo(dataDir).dir().dirName().startsWith(QLatin1String("bo-run-"));
}

// Stops and removes whatever cluster the state folder knows of, including
// what an interrupted run left behind.
void removeCluster(const QString &stateDir)
{
    const QString stateFile = stateDir + QStringLiteral("/cluster.conf");
    QStringList dataDirs {stateDir + QStringLiteral("/pg")};
    if (const std::optional<SharedCluster> old = SharedCluster::read(stateFile))
        dataDirs.prepend(old->dataDir);
    QFile::remove(stateFile);
    for (const QString &dataDir : std::as_const(dataDirs)) {
        if (!QFileInfo::exists(dataDir))
            continue;
        EmbeddedPostgres::Options options;
        options.dataDir = dataDir;
        EmbeddedPostgres server(options);
        if (Result<Done> stopped = server.stop(); !stopped)
            say(QStringLiteral("could not stop the cluster in %1: %2").arg(dataDir, stopped.error().detail));
        QDir(dataDir).removeRecursively();
        QFile::remove(dataDir + QStringLiteral(".lock"));
        if (isOwnTemporaryFolder(dataDir, stateDir))
            QDir().rmdir(QFileInfo(dataDir).path());
        say(QStringLiteral("removed %1").arg(dataDir));
    }
}

int setup(const QString &stateDir)
{
    removeCluster(stateDir);
    if (!qEnvironmentVariableIsEmpty("BOXOFFICE_DB")) {
        say(QStringLiteral("BOXOFFICE_DB is set: the tests use that server instead"));
        return 0;
    }
    QElapsedTimer clock;
    clock.start();
    if (!QDir().mkpath(stateDir))
        return fail(QStringLiteral("cannot create %1").arg(stateDir));
    QString dataDir = stateDir + QStringLiteral("/pg");
    // A Unix socket path has room for about 100 bytes; the socket is in the data folder.
    if (QFile::encodeName(dataDir).size() > 80) {
        QTemporaryDir dir(QStringLiteral("/tmp/bo-run-XXXXXX"));
        if (!dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        dir.setAutoRemove(false);
        // The server may run as another user (as root: postgres).
        QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        dataDir = dir.path() + QStringLiteral("/pg");
    }
    EmbeddedPostgres::Options options;
    options.dataDir = dataDir;
    options.database = TemplateName;
    options.fastUnsafe = true;
    // Two test programs at a time, each with its pools, listeners and proxies.
    options.maxConnections = 300;
    EmbeddedPostgres server(options);
    Result<ConnectionConfig> started = server.start();
    if (!started)
        return fail(started.error().message + QLatin1Char(' ') + started.error().detail);
    {
        Database db(started.value(), QStringLiteral("template"));
        if (Result<QList<int>> migrated = Migrator::migrate(db); !migrated)
            return fail(QStringLiteral("migration failed: ") + migrated.error().detail);
        if (Result<bool> seeded = Migrator::seedDemo(db, false); !seeded)
            return fail(QStringLiteral("seeding failed: ") + seeded.error().detail);
    }
    SharedCluster cluster;
    cluster.dataDir = dataDir;
    cluster.templateName = TemplateName;
    cluster.admin = started.value();
    cluster.admin.set(QStringLiteral("dbname"), QStringLiteral("postgres"));
    // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the
    // template: from now on nobody can be.
    QString error;
    if (!test::adminExec(cluster.admin,
            QStringLiteral("ALTER DATABASE %1 WITH IS_TEMPLATE true ALLOW_CONNECTIONS false").arg(TemplateName),
            &error))
        return fail(QStringLiteral("cannot make the template: ") + error);
    const QString stateFile = stateDir + QStringLiteral("/cluster.conf");
    if (!cluster.write(stateFile))
        return fail(QStringLiteral("cannot write %1").arg(stateFile));
    say(QStringLiteral("cluster in %1, template %2 ready in %3 ms").arg(dataDir, TemplateName).arg(clock.elapsed()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args.at(1) != QLatin1String("setup") && args.at(1) != QLatin1String("cleanup"))) {
        std::fprintf(stderr, "usage: %s setup|cleanup STATE_DIR\n", argv[0]);
        return 2;
    }
    const QString stateDir = QDir::cleanPath(QDir(args.at(2)).absolutePath());
    if (args.at(1) == QLatin1String("cleanup")) {
        removeCluster(stateDir);
        return 0;
    }
    return setup(stateDir);
}
