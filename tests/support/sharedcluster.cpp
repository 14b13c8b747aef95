#include "sharedcluster.h"

#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace boxoffice::test {

std::optional<SharedCluster> SharedCluster::fromEnvironment()
{
    const QString file = qEnvironmentVariable(EnvironmentVariable);
    if (file.isEmpty())
        return std::nullopt;
    std::optional<SharedCluster> cluster = read(file);
    if (!cluster) {
        // Silently starting a cluster of our own would hide a broken fixture
        // behind a slower suite.
        std::fprintf(stderr,
            "TestCluster: %s names %s, which does not describe a running test cluster; run the test through"
            " ctest (its fixture `postgres` starts the cluster) or unset %s\n",
            EnvironmentVariable, qPrintable(file), EnvironmentVariable);
        std::fflush(stderr);
        std::abort();
    }
    return cluster;
}

std::optional<SharedCluster> SharedCluster::read(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    SharedCluster cluster;
    QString connInfo;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "data_dir")
            cluster.dataDir = value;
        else if (key == "template")
            cluster.templateName = value;
        else if (key == "conninfo")
            connInfo = value;
    }
    Result<ConnectionConfig> admin = ConnectionConfig::parse(connInfo);
    if (cluster.dataDir.isEmpty() || cluster.templateName.isEmpty() || connInfo.isEmpty() || !admin)
        return std::nullopt;
    cluster.admin = admin.value();
    return cluster;
}

bool SharedCluster::write(const QString &file) const
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    const QString text
        = QStringLiteral("data_dir=%1\ntemplate=%2\nconninfo=%3\n").arg(dataDir, templateName, admin.toConnInfo());
    f.write(text.toUtf8());
    return f.commit();
}

bool adminExec(const ConnectionConfig &config, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        config.applyTo(db);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace boxoffice::test
