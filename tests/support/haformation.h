#pragma once

// The local pg_auto_failover formation of scripts/ha-local.sh (a monitor, a
// primary and two synchronous standbys on loopback ports), driven from a test
// or a benchmark: up, failover, kill the primary's postmaster, down. Every
// call runs the script with a bounded wait and answers its output; errors
// carry the script's output (which names the log to read).
#include "db/connectionconfig.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>

#include <optional>

namespace boxoffice::test {

class HaFormation
{
public:
    // script: scripts/ha-local.sh; dir: the formation's folder; prepare: the
    // boxoffice_db_prepare program that migrates and seeds the database.
    HaFormation(QString script, QString dir, QString prepare)
        : m_script(std::move(script)), m_dir(std::move(dir)), m_prepare(std::move(prepare))
    { }

    // Four free loopback ports in a row from `from` on (monitor and three
    // nodes), so that two runs or another formation on the machine never clash.
    static int freeBasePort(int from)
    {
        for (int base = from; base < from + 400; base += 10) {
            bool free = true;
            for (int p = base; p < base + 4 && free; ++p) {
                QTcpServer probe;
                free = probe.listen(QHostAddress::LocalHost, quint16(p));
            }
            if (free)
                return base;
        }
        return 0;
    }

    void setBasePort(int port) { m_basePort = port; }
    // More environment for the script (e.g. BOXOFFICE_HA_UNHEALTHY_MS).
    void setEnvironment(const QString &name, const QString &value) { m_env.insert(name, value); }
    int basePort() const { return m_basePort; }
    const QString &dir() const { return m_dir; }

    // Runs `ha-local.sh COMMAND DIR [extra]`; nullopt and *error on failure.
    std::optional<QString> run(
        const QString &command, int timeoutMs, QString *error, const QStringList &extra = {}) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BOXOFFICE_HA_PORT"), QString::number(m_basePort));
        env.insert(QStringLiteral("BOXOFFICE_DB_PREPARE"), m_prepare);
        env.insert(QStringLiteral("BOXOFFICE_HA_TIMEOUT"), QString::number(qMax(10, timeoutMs / 1000 - 10)));
        for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), QStringList {m_script, command, m_dir} + extra);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
            *error = QStringLiteral("ha-local.sh %1 did not finish in %2 ms: %3")
                         .arg(command)
                         .arg(timeoutMs)
                         .arg(QString::fromLocal8Bit(p.readAll()));
            return std::nullopt;
        }
        const QString output = QString::fromLocal8Bit(p.readAll());
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("ha-local.sh %1 failed (%2): %3").arg(command).arg(p.exitCode()).arg(output);
            return std::nullopt;
        }
        return output;
    }

    // The libpq multi-host string of the formation's nodes.
    std::optional<ConnectionConfig> config(QString *error) const
    {
        const std::optional<QString> out = run(QStringLiteral("conninfo"), 30000, error);
        if (!out)
            return std::nullopt;
        Result<ConnectionConfig> parsed = ConnectionConfig::parse(out->trimmed());
        if (!parsed) {
            *error = parsed.error().detail;
            return std::nullopt;
        }
        return parsed.value();
    }

    // The port of the node the monitor calls primary (0: none).
    int primaryPort(QString *error) const
    {
        const std::optional<QString> out = run(QStringLiteral("status"), 30000, error);
        if (!out)
            return 0;
        for (const QString &line : out->split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("primary: 127.0.0.1:")))
                return line.section(QLatin1Char(':'), 2).toInt();
        }
        return 0;
    }

private:
    QString m_script;
    QString m_dir;
    QString m_prepare;
    int m_basePort = 6500;
    QHash<QString, QString> m_env;
};

} // namespace boxoffice::test
