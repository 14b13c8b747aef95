#include "db/connectionconfig.h"

#include <QtSql/QSqlDatabase>

#include <libpq-fe.h>

namespace boxoffice {

namespace {

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

Result<ConnectionConfig> ConnectionConfig::parse(const QString &connInfo)
{
    char *err = nullptr;
    const QByteArray utf8 = connInfo.trimmed().toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &err);
    if (!options) {
        const QString why = err ? QString::fromUtf8(err).trimmed() : QStringLiteral("out of memory");
        PQfreemem(err);
        ServiceError e = ServiceError::make(ErrorCode::InvalidConfig, why);
        e.message += QLatin1Char(' ') + why;
        return e;
    }
    ConnectionConfig config;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val)
            config.m_params.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    }
    PQconninfoFree(options);
    config.addDefaults();
    return config;
}

ConnectionConfig ConnectionConfig::forSocket(
    const QString &socketDir, int port, const QString &user, const QString &database)
{
    ConnectionConfig config;
    config.m_params = {{QStringLiteral("host"), socketDir}, {QStringLiteral("port"), QString::number(port)},
        {QStringLiteral("user"), user}, {QStringLiteral("dbname"), database}};
    config.addDefaults();
    return config;
}

void ConnectionConfig::addDefaults()
{
    auto setDefault = [this](const char *key, const char *fallback) {
        if (value(QLatin1String(key)).isEmpty())
            m_params.append({QLatin1String(key), QLatin1String(fallback)});
    };
    setDefault("application_name", "boxoffice");
    setDefault("connect_timeout", "5");
    setDefault("keepalives", "1");
    setDefault("keepalives_idle", "15");
    setDefault("keepalives_interval", "5");
    setDefault("keepalives_count", "3");
}

QString ConnectionConfig::value(const QString &key) const
{
    for (const auto &[k, v] : m_params) {
        if (k == key)
            return v;
    }
    return {};
}

void ConnectionConfig::set(const QString &key, const QString &value)
{
    for (auto &[k, v] : m_params) {
        if (k == key) {
            v = value;
            return;
        }
    }
    m_params.append({key, value});
}

QString ConnectionConfig::connectOptions() const
{
    QStringList parts;
    for (const auto &[k, v] : m_params)
        parts << k + QLatin1Char('=') + quoted(v);
    return parts.join(QLatin1Char(' '));
}

QString ConnectionConfig::describe() const
{
    QStringList parts;
    for (const auto &[k, v] : m_params) {
        if (k != QLatin1String("password"))
            parts << k + QLatin1Char('=') + v;
    }
    return parts.join(QLatin1Char(' '));
}

void ConnectionConfig::applyTo(QSqlDatabase &db) const
{
    // QPSQL appends the connect options to its own conninfo; everything is
    // passed there so host lists and URIs-turned-pairs reach libpq intact.
    // (QPSQL turns ';' into ' ' in options: values with ';' are not supported.)
    db.setConnectOptions(connectOptions());
}

} // namespace boxoffice
