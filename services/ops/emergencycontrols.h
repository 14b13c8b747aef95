#pragma once

#include "db/result.h"
#include "sale/domain.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace boxoffice {

class Database;

// A manager's emergency controls. Each asks for a reason, can show what it
// will touch first, is written to the audit log in the same transaction and
// broadcast to every counter. (Who may call them is the database's to
// enforce, with the staff roles.)
class EmergencyControls final
{
public:
    EmergencyControls(Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) { }

    struct Target
    {
        int seatId = 0;
        QString label;
        QString holder;
        QDateTime heldUntil;
    };
    // The counters holding plain holds of a show (what a force-unlock of one
    // counter can release), by name.
    struct HoldingCounter
    {
        int terminalId = 0;
        QString name;
        int seats = 0;
    };
    Result<QList<HoldingCounter>> holdingCounters(int showId);
    // The holds forceUnlock would release: seats empty means the whole show,
    // terminalId 0 means every counter.
    Result<QList<Target>> previewForceUnlock(int showId, const QList<int> &seatIds, int terminalId);
    Result<HoldResult> forceUnlock(int showId, const QList<int> &seatIds, int terminalId, const QString &reason);
    Result<Done> setSalesState(int showId, SalesState state, const QString &reason);
    // The database's name (on_sale, paused, closed); any other is refused there.
    Result<Done> setSalesState(int showId, const QString &state, const QString &reason);
    Result<Done> clearDuplicateLocks(const QString &reason);

private:
    Result<QJsonObject> call(const QString &sql, const QVariantList &args);
    Database &m_db;
    const QString m_actor;
};

} // namespace boxoffice
