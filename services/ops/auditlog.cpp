#include "ops/auditlog.h"

#include "db/database.h"
#include "db/jsoncall.h"

#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>

#include <algorithm>

namespace boxoffice {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

// "a%b" matches the text a%b literally, anywhere.
QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
}

Result<QStringList> distinctColumn(Database &db, const QString &sql)
{
    QStringList values;
    Result<Done> r = db.query(sql, {}, [&values](QSqlQuery &q) -> Result<Done> {
        while (q.next())
            values << q.value(0).toString();
        return Done {};
    });
    if (!r)
        return r.error();
    return values;
}

} // namespace

Result<AuditPage> AuditLog::find(Database &db, const Filter &filter)
{
    const int limit = std::clamp(filter.limit, 1, MaxLimit);
    const QVariant from = epochOrNull(filter.from);
    const QVariant to = epochOrNull(filter.to);
    const QVariant actor = textOrNull(filter.actor);
    const QVariant action = textOrNull(filter.action);
    const QString text = filter.text.trimmed();
    const QVariant pattern = text.isEmpty() ? nullText() : QVariant(containsPattern(text));

    AuditPage page;
    // The names the detail points at are looked up only for the page's rows;
    // a detail id that is not a plain number names nothing.
    Result<Done> r = db.query(
        QStringLiteral(
            "SELECT a.id, extract(epoch FROM a.at)::float8, a.actor, coalesce(a.terminal, ''), a.action,"
            "       coalesce(a.reason, ''), a.detail::text, a.rows, coalesce(sh.title, ''),"
            "       extract(epoch FROM sh.starts_at)::float8, coalesce(t.name, ''), a.db_user,"
            "       coalesce(st.display_name, '')"
            "  FROM (SELECT * FROM boxoffice.audit_log"
            "         WHERE (?::float8 IS NULL OR at >= to_timestamp(?::float8))"
            "           AND (?::float8 IS NULL OR at < to_timestamp(?::float8))"
            "           AND (?::text IS NULL OR actor = ?::text)"
            "           AND (?::text IS NULL OR action = ?::text)"
            "           AND (?::text IS NULL OR reason ILIKE ?::text OR detail::text ILIKE ?::text)"
            "         ORDER BY at DESC, id DESC LIMIT ?) a"
            "  LEFT JOIN boxoffice.show sh ON sh.id = CASE WHEN jsonb_typeof(a.detail->'show') = 'number'"
            "                                             THEN (a.detail->>'show')::numeric END"
            "  LEFT JOIN boxoffice.terminal t ON t.id = CASE WHEN jsonb_typeof(a.detail->'terminal') = 'number'"
            "                                                THEN (a.detail->>'terminal')::numeric END"
            "  LEFT JOIN boxoffice.staff st ON st.username = a.actor"
            " ORDER BY a.at DESC, a.id DESC"),
        {from, from, to, to, actor, actor, action, action, pattern, pattern, pattern, limit + 1},
        [&page](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                AuditEntry e;
                e.id = q.value(0).toLongLong();
                e.at = fromEpoch(q.value(1));
                e.actor = q.value(2).toString();
                e.terminal = q.value(3).toString();
                e.action = q.value(4).toString();
                e.reason = q.value(5).toString();
                e.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
                e.rows = q.value(7).toInt();
                e.showTitle = q.value(8).toString();
                e.showStartsAt = fromEpoch(q.value(9));
                e.targetTerminal = q.value(10).toString();
                e.dbUser = q.value(11).toString();
                e.actorName = q.value(12).toString();
                e.salesStateFrom = salesStateFromName(e.detail.value(QLatin1String("from")).toString());
                e.salesStateTo = salesStateFromName(e.detail.value(QLatin1String("to")).toString());
                e.refund = Money::fromDecimal(e.detail.value(QLatin1String("refund")).toString());
                page.entries << e;
            }
            return Done {};
        });
    if (!r)
        return r.error();
    if (page.entries.size() > limit) {
        page.entries.resize(limit);
        page.more = true;
    }
    return page;
}

Result<QStringList> AuditLog::actions(Database &db)
{
    return distinctColumn(db, QStringLiteral("SELECT DISTINCT action FROM boxoffice.audit_log ORDER BY 1"));
}

Result<QList<AuditLog::Actor>> AuditLog::actors(Database &db)
{
    QList<Actor> actors;
    Result<Done> r = db.query(QStringLiteral("SELECT a.actor, coalesce(st.display_name, '')"
                                             "  FROM (SELECT DISTINCT actor FROM boxoffice.audit_log) a"
                                             "  LEFT JOIN boxoffice.staff st ON st.username = a.actor"
                                             " ORDER BY st.display_name NULLS LAST, a.actor"),
        {}, [&actors](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                actors << Actor {q.value(0).toString(), q.value(1).toString()};
            return Done {};
        });
    if (!r)
        return r.error();
    return actors;
}

} // namespace boxoffice
