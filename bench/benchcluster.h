#pragma once

// The database a benchmark runs against: BOXOFFICE_DB when set, else a
// private throw-away cluster (fsync off) in /tmp, started here.
#include "db/connectionconfig.h"
#include "db/embeddedpostgres.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <cstdio>
#include <memory>

namespace boxoffice::bench {

class BenchCluster
{
public:
    BenchCluster() = default;
    ~BenchCluster()
    {
        if (m_server)
            m_server->stop();
    }
    Q_DISABLE_COPY_MOVE(BenchCluster)

    // prefix: the temporary folder's name, e.g. "/tmp/bxs-XXXXXX".
    bool start(const QString &prefix)
    {
        const QString shared = qEnvironmentVariable("BOXOFFICE_DB");
        if (!shared.isEmpty()) {
            Result<ConnectionConfig> parsed = ConnectionConfig::parse(shared);
            if (!parsed) {
                std::fprintf(stderr, "BOXOFFICE_DB: %s\n", qPrintable(parsed.error().detail));
                return false;
            }
            m_config = parsed.value();
            return true;
        }
        m_dir = std::make_unique<QTemporaryDir>(prefix);
        // The server may run as another account (postgres, when root).
        QFile::setPermissions(m_dir->path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        EmbeddedPostgres::Options options;
        options.dataDir = m_dir->path() + QStringLiteral("/pg");
        options.fastUnsafe = true;
        m_server = std::make_unique<EmbeddedPostgres>(options);
        Result<ConnectionConfig> started = m_server->start();
        if (!started) {
            std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(started.error().detail));
            return false;
        }
        m_config = started.value();
        return true;
    }
    const ConnectionConfig &config() const { return m_config; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedPostgres> m_server; // stopped (above) before its folder goes
    ConnectionConfig m_config;
};

} // namespace boxoffice::bench
