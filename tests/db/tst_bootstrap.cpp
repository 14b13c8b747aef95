// Start-up: the embedded cluster (reuse by a second instance, stop), the
// migrations (versioned, applied once, two clients racing), and the real app
// binary starting twice at once on one data folder.
#include "admin/countersessions.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "testcluster.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <csignal>
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

    // The app binary's environment: offscreen, its own local cluster, and
    // settings and lock files in `home` (one PC's user).
    static QProcessEnvironment appEnvironment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("BOXOFFICE_DB"));
        env.remove(QStringLiteral("BOXOFFICE_COUNTER"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        return env;
    }

    static void startApp(QProcess &p, const QString &home, const QStringList &arguments)
    {
        p.setProcessEnvironment(appEnvironment(home));
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(BOXOFFICE_APP_PATH), arguments);
    }

    // Reads the app's output until it says `what` (or the time is up).
    static bool waitForOutput(QProcess &p, QByteArray &out, const QByteArray &what, int ms = 180000)
    {
        QDeadlineTimer deadline(ms);
        while (!out.contains(what)) {
            if (deadline.hasExpired() || p.state() == QProcess::NotRunning)
                return out.contains(what);
            p.waitForReadyRead(200);
            out += p.readAll();
        }
        return true;
    }

    // The counter id an app logged: "counter 3 \"Counter 1\" (device …, slot 1)".
    static int counterIdIn(const QByteArray &out)
    {
        static const QRegularExpression re(QStringLiteral("counter (\\d+) \"[^\"]*\" \\(device"));
        const QRegularExpressionMatch m = re.match(QString::fromLocal8Bit(out));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }

    // Started with --auto-sign-in, the app holds a counter session until a
    // signal asks it to quit: then the session is closed and, being the
    // last instance, it stops the cluster it started.
    void signalQuitsCleanly(int signalNumber, const QString &dataDir, const QString &home)
    {
        QProcess app;
        startApp(app, home, {QStringLiteral("--auto-sign-in"), QStringLiteral("--data-dir"), dataDir});
        QByteArray out;
        QVERIFY2(waitForOutput(app, out, "counter session"), out.constData());
        const int counter = counterIdIn(out);
        QVERIFY2(counter > 0, out.constData());
        QVERIFY(QFileInfo::exists(dataDir + QStringLiteral("/postmaster.pid")));
        QCOMPARE(::kill(pid_t(app.processId()), signalNumber), 0);
        QVERIFY(app.waitForFinished(60000));
        out += app.readAll();
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("counter session closed"), out.constData());
        QVERIFY2(out.contains("stopping the local database"), out.constData());
        QVERIFY2(!QFileInfo::exists(dataDir + QStringLiteral("/postmaster.pid")), out.constData());

        // Looked at afterwards: no session left open at that counter.
        EmbeddedPostgres::Options options;
        options.dataDir = dataDir;
        EmbeddedPostgres server(options);
        Result<ConnectionConfig> c = server.start();
        QVERIFY(c.ok());
        {
            Database db(c.value());
            Result<QList<OpenCounterSession>> open = CounterSessions::openSessions(db);
            QVERIFY(open.ok());
            for (const OpenCounterSession &s : open.value())
                QVERIFY2(s.counter.id != counter, qPrintable(s.counter.name));
        }
        QVERIFY(server.stop().ok());
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

    // The app's demo (priceTypes): the stadium's shows sell Thai resident,
    // Child and Comp beside Standard, priced from each zone's price, so
    // Ctrl+T at a demo counter has something to choose.
    void appDemoSellsPriceTypes()
    {
        Database db(TestCluster::instance().createEmptyDatabase(QStringLiteral("boot_demo_prices")));
        QVERIFY(Migrator::migrate(db).ok());
        QCOMPARE(Migrator::seedDemo(db, false, true).value(), true);
        auto text = [&db](const QString &sql) {
            QString value;
            const Result<Done> r = db.query(sql, {}, [&value](QSqlQuery &q) -> Result<Done> {
                if (q.next())
                    value = q.value(0).toString();
                return Done {};
            });
            return r.ok() ? value : QStringLiteral("error: ") + r.error().message;
        };
        const QString perShow = QStringLiteral(
            "SELECT string_agg(DISTINCT x.prices, ' | ') FROM (SELECT sh.id, string_agg(z.ticket_type || ':' || pt.code"
            " || ':' || sp.price, ',' ORDER BY z.ticket_type, pt.code) AS prices FROM boxoffice.show sh"
            " JOIN boxoffice.show_price sp ON sp.show_id = sh.id JOIN boxoffice.zone z ON z.id = sp.zone_id"
            " JOIN boxoffice.price_type pt ON pt.id = sp.price_type_id AND pt.code <> 'STANDARD'"
            " GROUP BY sh.id) x");
        // Every show the same: 60 % and 50 % of 1,500 / 1,800 / 2,500, and 0.
        QCOMPARE(text(perShow),
            QStringLiteral("CLASS2:CHILD:900.00,CLASS2:COMP:0.00,CLASS2:THAI:1080.00,"
                           "CLASS3:CHILD:750.00,CLASS3:COMP:0.00,CLASS3:THAI:900.00,"
                           "RINGSIDE:CHILD:1250.00,RINGSIDE:COMP:0.00,RINGSIDE:THAI:1500.00"));
        QCOMPARE(text(QStringLiteral("SELECT count(DISTINCT show_id) FROM boxoffice.show_price sp"
                                     " JOIN boxoffice.price_type pt ON pt.id = sp.price_type_id AND pt.code = 'THAI'")),
            text(QStringLiteral("SELECT count(*) FROM boxoffice.show")));
        // The tests' seeding (no priceTypes) keeps Standard only.
        Database plain(TestCluster::instance().createEmptyDatabase(QStringLiteral("boot_demo_plain")));
        QVERIFY(Migrator::migrate(plain).ok());
        QCOMPARE(Migrator::seedDemo(plain, false).value(), true);
        QString others;
        QVERIFY(plain
                    .query(QStringLiteral("SELECT count(*) FROM boxoffice.show_price sp JOIN boxoffice.price_type pt"
                                          " ON pt.id = sp.price_type_id WHERE pt.code <> 'STANDARD'"),
                        {},
                        [&others](QSqlQuery &q) -> Result<Done> {
                            q.next();
                            others = q.value(0).toString();
                            return Done {};
                        })
                    .ok());
        QCOMPARE(others, QStringLiteral("0"));
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

    // Two copies of the app on one PC (same settings, same data folder) are
    // two counters; a copy forced to be the first one's counter (as a copied
    // settings file would) is refused plainly; SIGTERM and SIGINT quit cleanly.
    void twoInstancesAreTwoCountersAndSignalsQuitCleanly()
    {
        if (!qEnvironmentVariableIsEmpty("BOXOFFICE_DB"))
            QSKIP("with BOXOFFICE_DB the app does not start a local cluster");
        auto dir = shortTempDir();
        const QString dataDir = dir->path() + QStringLiteral("/pg");
        const QString home = dir->path() + QStringLiteral("/home");

        QProcess first;
        startApp(first, home, {QStringLiteral("--auto-sign-in"), QStringLiteral("--data-dir"), dataDir});
        QByteArray firstOut;
        QVERIFY2(waitForOutput(first, firstOut, "counter session"), firstOut.constData());
        const int firstCounter = counterIdIn(firstOut);
        QVERIFY2(firstCounter > 0, firstOut.constData());
        QVERIFY(firstOut.contains("slot 1)"));

        // A second copy meanwhile: a slot, a device and a counter of its own.
        QProcess second;
        startApp(second, home, {QStringLiteral("--quit-after-start"), QStringLiteral("--data-dir"), dataDir});
        QVERIFY(second.waitForFinished(180000));
        const QByteArray secondOut = second.readAll();
        QVERIFY2(second.exitCode() == 0, secondOut.constData());
        QVERIFY2(secondOut.contains("slot 2)"), secondOut.constData());
        const int secondCounter = counterIdIn(secondOut);
        QVERIFY2(secondCounter > 0 && secondCounter != firstCounter, secondOut.constData());

        // The first one's identity again: refused, with who and since when.
        QProcess copy;
        startApp(copy, home,
            {QStringLiteral("--quit-after-start"), QStringLiteral("--counter-slot"), QStringLiteral("1"),
                QStringLiteral("--data-dir"), dataDir});
        QVERIFY(copy.waitForFinished(180000));
        const QByteArray copyOut = copy.readAll();
        QVERIFY2(copy.exitCode() != 0, copyOut.constData());
        QVERIFY2(copyOut.contains("is in use by"), copyOut.constData());
        QCOMPARE(counterIdIn(copyOut), firstCounter);

        // SIGTERM: the first closes its session and, the last instance,
        // stops the cluster.
        QCOMPARE(::kill(pid_t(first.processId()), SIGTERM), 0);
        QVERIFY(first.waitForFinished(60000));
        firstOut += first.readAll();
        QVERIFY2(first.exitStatus() == QProcess::NormalExit && first.exitCode() == 0, firstOut.constData());
        QVERIFY2(firstOut.contains("counter session closed"), firstOut.constData());
        QVERIFY2(!QFileInfo::exists(dataDir + QStringLiteral("/postmaster.pid")), firstOut.constData());

        // And once more for SIGINT and SIGTERM, looking into the database afterwards.
        signalQuitsCleanly(SIGINT, dataDir, home);
        signalQuitsCleanly(SIGTERM, dataDir, home);
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "tst_bootstrap.moc"
