// A commit that is done on this server only (issue 14). With synchronous
// replication a commit waits for a standby before it answers; a cancel of
// that wait (pg_cancel_backend: statement_timeout does not reach it, the
// server stops that timer before the commit) answers "done" with a warning,
// though no standby has the commit, and a failover next would lose it. The Database
// takes that warning as an unknown outcome: it sends the call again on a new
// connection, whose replication barrier (a transaction with an id, run first
// on every connection) answers only once a standby has everything before it.
//
// This program needs a server of its own (it makes the whole server wait for
// a synchronous standby that is not there): it is one of own_server_tests.
#include "db/database.h"
#include "testcluster.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <atomic>
#include <thread>

using namespace boxoffice;
using boxoffice::test::TestCluster;

namespace {

// A connection of its own, outside Database (whose new connections wait for
// the standby): the test's hand on the server.
class Admin final
{
public:
    explicit Admin(const ConnectionConfig &config) : m_name(QStringLiteral("syncrep-admin-%1").arg(next.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        config.applyTo(db);
        m_open = db.open();
        if (!m_open)
            qWarning("admin connection: %s", qPrintable(db.lastError().text()));
    }
    ~Admin()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Admin(const Admin &) = delete;
    Admin &operator=(const Admin &) = delete;

    QString value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return QStringLiteral("error");
        }
        return q.next() ? q.value(0).toString() : QString();
    }
    bool exec(const QString &sql) { return m_open && value(sql) != QLatin1String("error"); }
    QString name() const { return m_name; }

    // synchronous_standby_names for the whole server; true once a new
    // session sees it (a reload is asynchronous).
    bool requireStandby(const ConnectionConfig &config, const QString &names)
    {
        // (The test cluster commits with synchronous_commit off, for speed;
        // waiting for a standby needs it on.)
        const bool set = names.isEmpty()
            ? exec(QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names"))
                && exec(QStringLiteral("ALTER SYSTEM RESET synchronous_commit"))
            : exec(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '%1'").arg(names))
                && exec(QStringLiteral("ALTER SYSTEM SET synchronous_commit = on"));
        if (!set || !exec(QStringLiteral("SELECT pg_reload_conf()")))
            return false;
        const bool seen = QTest::qWaitFor(
            [&] {
                Admin probe(config);
                return probe.value(QStringLiteral("SELECT current_setting('synchronous_standby_names')")) == names;
            },
            10000);
        QThread::msleep(300); // the checkpointer tells the waiting commits too
        return seen;
    }

private:
    static inline std::atomic<int> next {1};
    QString m_name;
    bool m_open = false;
};

} // namespace

class TestSyncRep final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        QVERIFY2(m_cluster->server(),
            "tst_syncrep changes the server's replication settings: it needs a server of "
            "its own (BOXOFFICE_TEST_CLUSTER and BOXOFFICE_DB unset)");
        QVERIFY(m_cluster->exec(QStringLiteral("CREATE TABLE public.syncrep_call (k int PRIMARY KEY, sent int)")));
    }

    void cleanup()
    {
        Admin admin(m_cluster->config());
        QVERIFY(admin.requireStandby(m_cluster->config(), QString()));
    }

    // A commit waiting for the standby, cancelled: the server answers the
    // rows, then warns that the commit is local only. The call is not
    // answered "done" from that: it is sent again on a new connection, which
    // opens once a standby has everything (here: once the requirement is
    // lifted), and the second sending is what answers (sent = 2).
    void cancelledCommitIsNotDone()
    {
        const ConnectionConfig config = m_cluster->config();
        Database counter(config, QStringLiteral("syncrep-counter"));
        counter.setReconnectBudget(std::chrono::seconds(30));
        QVERIFY(counter.ping().ok()); // connected (its barrier passes: no standby needed yet)
        const quint64 before = counter.threadConnectionId();
        Admin admin(config);
        QVERIFY(admin.requireStandby(config, QStringLiteral("nobody")));

        std::atomic<bool> cancelled {false};
        std::atomic<bool> lifted {false};
        std::atomic<bool> failed {false};
        std::thread lifter([&] {
            Admin later(config);
            // The commit waits for the standby: cancel that wait.
            const bool waiting = QTest::qWaitFor(
                [&] {
                    return later.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = "
                                                      "'SyncRep'"))
                        == QLatin1String("1");
                },
                10000);
            cancelled.store(waiting
                && later.value(QStringLiteral("SELECT bool_and(pg_cancel_backend(pid)) FROM pg_stat_activity"
                                              " WHERE wait_event = 'SyncRep'"))
                    == QLatin1String("true"));
            QThread::msleep(1500);
            // (Noted before: the waiting connection may open before the
            // reload's own answer comes back here.)
            lifted.store(true);
            if (!later.requireStandby(config, QString()))
                failed.store(true);
        });

        QElapsedTimer took;
        took.start();
        int sent = 0;
        Result<Done> r = counter.query(
            QStringLiteral("INSERT INTO public.syncrep_call VALUES (1, 1)"
                           " ON CONFLICT (k) DO UPDATE SET sent = syncrep_call.sent + 1 RETURNING sent"),
            {}, [&sent](QSqlQuery &q) -> Result<Done> {
                if (q.next())
                    sent = q.value(0).toInt();
                return Done {};
            });
        const bool liftedWhenAnswered = lifted.load();
        lifter.join();
        QVERIFY(cancelled.load());
        QVERIFY(!failed.load());
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().detail));
        QVERIFY2(liftedWhenAnswered, qPrintable(QStringLiteral("answered after %1 ms").arg(took.elapsed())));
        QCOMPARE(sent, 2);
        QCOMPARE(counter.reconnects(), 1);
        QVERIFY(counter.threadConnectionId() != before);
        counter.closeThreadConnection();
    }

    // A new connection's barrier: while no standby confirms, a new
    // connection does not open (the server may hold commits no standby has,
    // and what the connection would read of them could be lost after a
    // failover); it opens once the standby requirement is met (here: lifted).
    void newConnectionWaitsForTheStandby()
    {
        const ConnectionConfig config = m_cluster->config();
        Admin admin(config);
        QVERIFY(admin.requireStandby(config, QStringLiteral("nobody")));
        std::atomic<bool> lifted {false};
        std::atomic<bool> failed {false};
        std::thread lifter([&] {
            QThread::msleep(2000);
            Admin later(config);
            lifted.store(true);
            if (!later.requireStandby(config, QString()))
                failed.store(true);
        });
        Database counter(config, QStringLiteral("syncrep-new"));
        QElapsedTimer took;
        took.start();
        Result<Done> r = counter.ping();
        const bool liftedWhenAnswered = lifted.load();
        lifter.join();
        QVERIFY(!failed.load());
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().detail));
        QVERIFY2(liftedWhenAnswered, qPrintable(QStringLiteral("connected after %1 ms").arg(took.elapsed())));
        counter.closeThreadConnection();
    }

    // Barriers do not wait for one another: with 63 of the 64 slots held
    // by others (their commits waiting for the standby, say), a new
    // connection's barrier takes the free one at once, instead of queueing
    // behind a lock (and failing at lock_timeout).
    void barriersDoNotQueue()
    {
        const ConnectionConfig config = m_cluster->config();
        Admin holder(config);
        QSqlDatabase held = QSqlDatabase::database(holder.name(), false);
        QVERIFY(held.transaction());
        QCOMPARE(holder.value(QStringLiteral("SELECT count(*) FROM (SELECT slot FROM boxoffice.replication_barrier"
                                             " WHERE slot <> 64 FOR UPDATE) s")),
            QStringLiteral("63"));
        const QString before
            = Admin(config).value(QStringLiteral("SELECT passes FROM boxoffice.replication_barrier WHERE slot = 64"));
        Database counter(config, QStringLiteral("syncrep-queue"));
        Result<Done> r = counter.ping();
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(Admin(config)
                     .value(QStringLiteral("SELECT passes FROM boxoffice.replication_barrier WHERE slot = 64"))
                     .toLongLong(),
            before.toLongLong() + 1);
        QVERIFY(held.rollback());
        counter.closeThreadConnection();
    }

private:
    TestCluster *m_cluster = nullptr;
};

QTEST_GUILESS_MAIN(TestSyncRep)

#include "tst_syncrep.moc"
