// Start-up: the embedded cluster (reuse by a second instance, stop), the
// migrations (versioned, applied once, two clients racing), and the real app
// binary starting twice at once on one data folder.
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "testcluster.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <thread>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestBootstrap final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<QTemporaryDir> shortTempDir()
    {
        auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/bo-boot-XXXXXX"));
        // The server may run as another user (as root: postgres).
        QFile::setPermissions(dir->path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        return dir;
    }

private Q_SLOTS:
    void migrationsAreVersionedAndShipped()
    {
        const QList<Migrator::Migration> all = Migrator::available();
        QVERIFY(all.size() >= 3);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).version, i + 1);
            QVERIFY(!all.at(i).sql.isEmpty());
        }
    }

    void migrateAppliesOnceAndNeverAgain()
    {
        Database db(TestCluster::instance().createEmptyDatabase(QStringLiteral("boot_once")));
        Result<QList<int>> first = Migrator::migrate(db);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), Migrator::available().size());
        Result<QList<int>> second = Migrator::migrate(db);
        QVERIFY(second.ok());
        QVERIFY(second->isEmpty());
        int rows = 0;
        QVERIFY(db.query(QStringLiteral("SELECT count(*) FROM boxoffice.schema_migrations"), {},
                      [&rows](QSqlQuery &q) -> Result<Done> {
                          q.next();
                          rows = q.value(0).toInt();
                          return Done {};
                      })
                    .ok());
        QCOMPARE(rows, int(Migrator::available().size()));
        // Seeding is also once only.
        QCOMPARE(Migrator::seedDemo(db, false).value(), true);
        QCOMPARE(Migrator::seedDemo(db, false).value(), false);
    }

    void twoClientsStartingAtOnceMigrateOnce()
    {
        Database db(TestCluster::instance().createEmptyDatabase(QStringLiteral("boot_race")));
        QList<int> appliedA, appliedB;
        bool okA = false, okB = false;
        auto run = [&db](QList<int> *applied, bool *ok) {
            Result<QList<int>> r = Migrator::migrate(db);
            *ok = r.ok();
            if (r)
                *applied = r.value();
            db.closeThreadConnection();
        };
        std::thread a(run, &appliedA, &okA);
        std::thread b(run, &appliedB, &okB);
        a.join();
        b.join();
        QVERIFY(okA && okB);
        // One of them did all the work, the other found it done.
        QCOMPARE(appliedA.size() + appliedB.size(), Migrator::available().size());
        QVERIFY(appliedA.isEmpty() || appliedB.isEmpty());
    }

    void secondInstanceReusesTheRunningCluster()
    {
        auto dir = shortTempDir();
        EmbeddedPostgres::Options options;
        options.dataDir = dir->path() + QStringLiteral("/pg");
        options.fastUnsafe = true;
        EmbeddedPostgres first(options);
        Result<ConnectionConfig> a = first.start();
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().detail));
        QVERIFY(first.startedHere());
        QVERIFY(first.isRunning());
        QVERIFY(QFileInfo::exists(options.dataDir + QStringLiteral("/.s.PGSQL.5432")));
        // Socket only: nothing listens on TCP.
        QFile conf(options.dataDir + QStringLiteral("/postgresql.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(conf.readAll().contains("listen_addresses = ''"));

        EmbeddedPostgres second(options);
        Result<ConnectionConfig> b = second.start();
        QVERIFY(b.ok());
        QVERIFY(!second.startedHere());
        {
            Database db(b.value());
            QVERIFY(db.ping().ok());
            Result<int> others = EmbeddedPostgres::otherAppSessions(b.value());
            QVERIFY(others.ok());
            QCOMPARE(others.value(), 1); // db's own session, seen from outside
        }
        QVERIFY(first.stop().ok());
        QVERIFY(!second.isRunning());
    }

    void brokenBinDirIsAClearError()
    {
        auto dir = shortTempDir();
        EmbeddedPostgres::Options options;
        options.dataDir = dir->path() + QStringLiteral("/pg");
        options.binDir = QStringLiteral("/nonexistent/bin");
        EmbeddedPostgres server(options);
        Result<ConnectionConfig> r = server.start();
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::DatabaseUnavailable);
        QVERIFY(r.error().message.contains(QLatin1String("initdb")));
    }

    void twoAppInstancesStartAtOnce()
    {
        if (!qEnvironmentVariableIsEmpty("BOXOFFICE_DB"))
            QSKIP("with BOXOFFICE_DB the app does not start a local cluster");
        auto dir = shortTempDir();
        const QString dataDir = dir->path() + QStringLiteral("/pg");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("BOXOFFICE_DB"));
        QProcess a, b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(env);
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral(BOXOFFICE_APP_PATH),
                {QStringLiteral("--quit-after-start"), QStringLiteral("--data-dir"), dataDir});
        }
        QVERIFY(a.waitForFinished(180000));
        QVERIFY(b.waitForFinished(180000));
        const QString out = QString::fromLocal8Bit(a.readAll() + b.readAll());
        QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, qPrintable(out));
        QCOMPARE(out.count(QLatin1String("initialising a new cluster")), 1);
        QCOMPARE(out.count(QLatin1String("applied migrations")), 1);

        // Look inside: one set of migrations, one demo stadium.
        EmbeddedPostgres::Options options;
        options.dataDir = dataDir;
        EmbeddedPostgres server(options);
        Result<ConnectionConfig> c = server.start();
        QVERIFY(c.ok());
        {
            Database db(c.value());
            int migrations = 0, venues = 0;
            QVERIFY(db.query(QStringLiteral("SELECT (SELECT count(*) FROM boxoffice.schema_migrations),"
                                            " (SELECT count(*) FROM boxoffice.venue)"),
                          {},
                          [&](QSqlQuery &q) -> Result<Done> {
                              q.next();
                              migrations = q.value(0).toInt();
                              venues = q.value(1).toInt();
                              return Done {};
                          })
                        .ok());
            QCOMPARE(migrations, int(Migrator::available().size()));
            QCOMPARE(venues, 3);
        }
        QVERIFY(server.stop().ok());
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "tst_bootstrap.moc"
