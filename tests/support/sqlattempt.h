#pragma once

#include "db/connectionconfig.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace boxoffice::test {

// The same server as base, as another login (a staff member's own role).
inline ConnectionConfig loginAs(const ConnectionConfig &base, const QString &user, const QString &password)
{
    ConnectionConfig config = base;
    config.set(QStringLiteral("user"), user);
    config.set(QStringLiteral("password"), password);
    return config;
}

// What one statement on a fresh connection of its own gave: the SQLSTATE of
// its failure ("" on success, "open: <text>" when the connection is refused)
// and the text of the first column of its first row ("" when none).
struct SqlAttempt
{
    QString state;
    QString answer;
};

inline SqlAttempt attemptSql(const ConnectionConfig &config, const QString &sql)
{
    static int serial = 0;
    const QString name = QStringLiteral("test-attempt-%1").arg(++serial);
    SqlAttempt result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        config.applyTo(db);
        if (!db.open()) {
            result.state = QStringLiteral("open: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                result.state = q.lastError().nativeErrorCode();
            else if (q.next())
                result.answer = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace boxoffice::test
