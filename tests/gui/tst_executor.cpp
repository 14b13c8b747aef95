// The one way off the GUI thread, on a real PostgreSQL: Database::run keeps
// each executor thread on its own connection, a WorkGroup that takes turns
// runs one piece at a time, and a screen closed while its load is stuck
// behind a lock goes at once (the GUI thread does not wait) and nothing
// happens when that load's answer arrives later.
#include "db/database.h"
#include "db/workgroup.h"
#include "manager/emergencypanel.h"
#include "supervisor/auditlogdialog.h"
#include "supervisor/reconciliationdialog.h"
#include "supervisor/reportsdialog.h"
#include "supervisor/supervisordashboard.h"
#include "testcluster.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>

#include <atomic>
#include <memory>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestExecutor final : public QObject
{
    Q_OBJECT

private:
    // Sessions of this database waiting for a lock (pg_locks is read live,
    // unlike pg_stat_activity inside a transaction).
    int waitingForLocks()
    {
        return m_cluster->scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted")).toInt();
    }

    template<typename T>
    static bool finishes(const QFuture<T> &future)
    {
        return QTest::qWaitFor([&future] { return future.isFinished(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cluster = &TestCluster::instance();
    }

    void threadsKeepTheirConnections()
    {
        Database db(m_cluster->config(), QStringLiteral("executor"), 2);
        QCOMPARE(db.workerThreads(), 2);
        struct Seen
        {
            QThread *thread = nullptr;
            int backend = 0;
        };
        QList<QFuture<Seen>> calls;
        for (int i = 0; i < 20; ++i) {
            calls << db.run([](Database &d) {
                Seen seen;
                seen.thread = QThread::currentThread();
                d.query(QStringLiteral("SELECT pg_backend_pid()"), {}, [&seen](QSqlQuery &q) -> Result<Done> {
                    if (q.next())
                        seen.backend = q.value(0).toInt();
                    return Done {};
                });
                return seen;
            });
        }
        QHash<QThread *, QSet<int>> backendsOf;
        for (QFuture<Seen> &call : calls) {
            QVERIFY(finishes(call));
            const Seen seen = call.result();
            QVERIFY(seen.thread != QThread::currentThread());
            QVERIFY(seen.backend > 0);
            backendsOf[seen.thread].insert(seen.backend);
        }
        // At most two threads, and each stayed on one connection throughout.
        QVERIFY(backendsOf.size() <= 2);
        for (const QSet<int> &backends : std::as_const(backendsOf))
            QCOMPARE(backends.size(), 1);
    }

    void turnsRunOneAtATimeInOrder()
    {
        Database db(m_cluster->config(), QStringLiteral("executor"), 4);
        auto running = std::make_shared<std::atomic<int>>(0);
        auto most = std::make_shared<std::atomic<int>>(0);
        auto order = std::make_shared<QList<int>>();
        QList<QFuture<int>> pieces;
        int answered = 0;
        {
            WorkGroup turns(db, WorkGroup::InTurn);
            for (int i = 0; i < 5; ++i) {
                // Each caller attaches its own continuation, as the scheduler's
                // timers do: the turns must go on regardless.
                pieces << turns.run([i, running, most, order](Database &) {
                    const int now = ++*running;
                    int seen = most->load();
                    while (now > seen && !most->compare_exchange_weak(seen, now)) { }
                    QThread::msleep(30);
                    order->append(i); // one at a time: no lock needed
                    --*running;
                    return i;
                });
                QFuture<int>(pieces.last()).then(this, [&answered](int) { ++answered; });
            }
        } // the group waits for its own pieces (their futures report just after)
        for (QFuture<int> &piece : pieces)
            QVERIFY(finishes(piece));
        QTRY_COMPARE(answered, 5);
        QCOMPARE(most->load(), 1);
        QCOMPARE(*order, QList<int>({0, 1, 2, 3, 4}));
    }

    void concurrentWorkSharesTheExecutor()
    {
        Database db(m_cluster->config(), QStringLiteral("executor"), 2);
        WorkGroup group(db);
        // Two pieces that each wait for the other: they finish only if they
        // run at the same time.
        auto arrived = std::make_shared<std::atomic<int>>(0);
        auto meet = [arrived](Database &) {
            ++*arrived;
            QElapsedTimer t;
            t.start();
            while (arrived->load() < 2 && t.elapsed() < 5000)
                QThread::msleep(1);
            return arrived->load() == 2;
        };
        QFuture<bool> a = group.run(meet);
        QFuture<bool> b = group.run(meet);
        QVERIFY(finishes(a));
        QVERIFY(finishes(b));
        QVERIFY(a.result());
        QVERIFY(b.result());
    }

    void closingWhileLoadingDoesNotWait_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::newRow("supervisor dashboard") << QStringLiteral("dashboard");
        QTest::newRow("reports") << QStringLiteral("reports");
        QTest::newRow("reconciliation") << QStringLiteral("reconciliation");
        QTest::newRow("audit log") << QStringLiteral("audit");
        QTest::newRow("emergency panel") << QStringLiteral("emergency");
    }

    void closingWhileLoadingDoesNotWait()
    {
        QFETCH(QString, screen);
        // One thread: once a later piece has run, the stuck load is done too.
        Database db(m_cluster->config(), QStringLiteral("closing"), 1);
        // The test holds every table of the schema: each load waits (up to
        // the session's lock_timeout, 5 s) for the test to let go.
        QVERIFY(m_cluster->exec(
            QStringLiteral("BEGIN; DO $$ BEGIN EXECUTE (SELECT 'LOCK TABLE ' || string_agg(format('%I.%I', schemaname, "
                           "tablename), ', ')"
                           " || ' IN ACCESS EXCLUSIVE MODE' FROM pg_tables WHERE schemaname = 'boxoffice'); END $$")));
        auto release = qScopeGuard([this] { m_cluster->exec(QStringLiteral("ROLLBACK")); });

        QWidget *widget = nullptr;
        if (screen == QLatin1String("dashboard")) {
            auto *dashboard = new SupervisorDashboard(db);
            dashboard->refresh();
            widget = dashboard;
        } else if (screen == QLatin1String("reports")) {
            auto *reports = new ReportsDialog(db);
            reports->refresh();
            widget = reports;
        } else if (screen == QLatin1String("reconciliation")) {
            widget = new ReconciliationDialog(db, QStringLiteral("supervisor"));
        } else if (screen == QLatin1String("audit")) {
            auto *audit = new AuditLogDialog(db);
            audit->search();
            widget = audit;
        } else {
            auto *panel = new EmergencyPanel(db, QStringLiteral("manager"));
            panel->reloadShows();
            widget = panel;
        }
        widget->setAttribute(Qt::WA_DeleteOnClose);
        widget->show();
        QTRY_VERIFY_WITH_TIMEOUT(waitingForLocks() > 0, 4000);

        QPointer<QWidget> gone(widget);
        QElapsedTimer closing;
        closing.start();
        widget->close();
        QTRY_VERIFY(gone.isNull());
        QVERIFY2(closing.elapsed() < 1000, qPrintable(QStringLiteral("closing took %1 ms").arg(closing.elapsed())));
        // The event loop runs on while the load still waits.
        bool ticked = false;
        QTimer::singleShot(10, this, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked);
        QVERIFY(waitingForLocks() > 0);

        // Let go: the load finishes and its answer finds nobody to give it to.
        release.dismiss();
        QVERIFY(m_cluster->exec(QStringLiteral("ROLLBACK")));
        QFuture<bool> after = db.run([](Database &) { return true; });
        QVERIFY(finishes(after));
        QVERIFY(after.result());
        QTest::qWait(50); // any answer posted to the closed screen is delivered (or dropped) now
        QCOMPARE(waitingForLocks(), 0);
    }

private:
    TestCluster *m_cluster = nullptr;
};

QTEST_MAIN(TestExecutor)
#include "tst_executor.moc"
