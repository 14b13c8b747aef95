#pragma once

#include "db/result.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QVariant>

namespace boxoffice {

class Database;

// Helpers shared by the services that call the SQL functions answering one
// jsonb document ({"ok": true, ...} or {"ok": false, "error": code, ...},
// docs/SQL.md). Synchronous: call them on a worker thread (Database::run).

// A request document as the compact JSON text bound to a ?::jsonb parameter.
QString jsonText(const QJsonObject &document);

// Runs `sql` (one SELECT of one function returning jsonb) with bound `args`:
// the answer when "ok" is true; otherwise the database's refusal as a
// ServiceError (ServiceError::fromJson), or the connection's error.
Result<QJsonObject> callChecked(Database &db, const QString &sql, const QVariantList &args);

// callChecked of `SELECT boxoffice.<function>(?::jsonb)` with `request`.
// `function` is a name written in our code, never user input.
Result<QJsonObject> callFunction(Database &db, const QString &function, const QJsonObject &request);

// A time as Unix epoch seconds (fractional) for a bound parameter; NULL
// (a double-typed null) when `t` is invalid.
QVariant epochOrNull(const QDateTime &t);

// Unix epoch seconds (as JSON numbers or query values, fractional allowed,
// rounded to the millisecond) as a UTC QDateTime; invalid for null/absent.
QDateTime fromEpoch(const QJsonValue &seconds);
QDateTime fromEpoch(const QVariant &seconds);

// A database id for a request document: null when 0 (none).
QJsonValue nullableId(int id);
// Database ids as a JSON array, in the given order.
QJsonArray idArray(const QList<int> &ids);

} // namespace boxoffice
