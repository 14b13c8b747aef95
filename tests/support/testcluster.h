#pragma once

#include "db/connectionconfig.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QVariantList>

#include <memory>

namespace boxoffice::test {

class TcpProxy;

// The PostgreSQL every data test of this process runs against, migrated and
// seeded with the demo stadium, in a database of this program's own that is
// dropped at the end. In order of preference:
// - BOXOFFICE_DB: a fresh database on that server;
// - BOXOFFICE_TEST_CLUSTER (set by ctest, see sharedcluster.h): a copy of the
//   template database on the cluster the whole test run shares;
// - neither (a test program run by hand, or one that stops its server): a
//   private cluster (the app's own EmbeddedPostgres bootstrap) in a temporary
//   folder. server() is that cluster, and null in the other two cases.
class TestCluster final
{
public:
    // Starts on first use; QFAIL-worthy errors abort with a message.
    static TestCluster &instance();
    ~TestCluster();
    // Drops test databases and stops a private cluster (run as a post routine
    // while the application object still exists).
    void teardown();

    const ConnectionConfig &config() const { return m_config; }
    // A Database of the test thread's own.
    Database &db() { return *m_db; }
    EmbeddedPostgres *server() { return m_server.get(); }

    // Seeds the 20,000 and 100,000 seat arenas too (slow; once per process).
    void ensureLargeVenues();

    // Test helpers: raw SQL on the test thread's connection (bypassing the
    // services on purpose), failing loudly.
    QVariant scalar(const QString &sql, const QVariantList &args = {});
    bool exec(const QString &sql, const QVariantList &args = {}, QString *error = nullptr);

    // Back to a clean sales state: no orders, every seat available,
    // every show on sale.
    void resetSales();
    int registerTerminal(const QString &name);
    // The first n seat ids of a show's zone, in seat id order.
    QList<int> seatsOf(int showId, const QString &ticketType, int n, int offset = 0);
    int demoShow(int index = 0); // the demo stadium's shows, by date

    // Everything a refused call must leave alone, in one comparable line:
    // every seat row that is not plainly available (holder, hold, order,
    // version), the highest seat version, the orders, order seats, audit log
    // and the venues' settings.
    QString fingerprint();
    QString seatLabel(int seatId);
    // "state/held_by/held_until/order_id/version" of one show seat.
    QString seatRow(int showId, int seatId);

    // A TCP proxy in front of this server (its socket or host:port), and the
    // connection settings that go through it: for losing the network on purpose.
    std::unique_ptr<TcpProxy> makeProxy() const;
    ConnectionConfig throughProxy(const TcpProxy &proxy) const;

    // A database made for one test (e.g. migrating from empty); dropped with
    // the cluster. On a shared server its name gets this program's prefix.
    ConnectionConfig createEmptyDatabase(const QString &wanted);

private:
    TestCluster();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedPostgres> m_server;
    ConnectionConfig m_config;
    ConnectionConfig m_adminConfig;
    QString m_sharedDatabase; // on a shared server: this program's database
    QStringList m_extraDatabases;
    std::unique_ptr<Database> m_db;
    bool m_large = false;
};

} // namespace boxoffice::test
