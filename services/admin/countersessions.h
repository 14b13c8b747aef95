#pragma once

#include "db/result.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUuid>

namespace boxoffice {

class Database;

// A counter as the database knows it: a registered device with a label.
struct CounterRef
{
    int id = 0;
    QString name;
};

// The caller's own open session at a counter.
struct CounterSession
{
    qint64 id = 0;
    CounterRef counter;
    QDateTime openedAt;
};

// An open session as a supervisor sees it; stale: its app stopped beating
// (last seen more than 45 s ago).
struct OpenCounterSession
{
    qint64 session = 0;
    CounterRef counter;
    QString login;
    QString displayName;
    QDateTime openedAt;
    QDateTime lastSeen;
    bool stale = false;
};

// Counters as devices and the counter sessions of sign-ins
// (resources/sql/functions/counter.sql). Every call is synchronous and uses
// the given Database's connection of the calling thread: callers off the GUI
// thread run them with db.run(...). The database decides who acts from the
// login; the Database passed is whose act it is.
class CounterSessions final
{
public:
    // The owner account (first start) or a manager registers this device;
    // a known device gets its counter back unchanged. A name another device
    // has gets " (2)", " (3)", …
    static Result<CounterRef> registerCounter(Database &ownerOrManager, const QUuid &device, const QString &name);
    // Signs in at the device's counter for this app instance: CounterNotRegistered,
    // CounterInUse (ServiceError::counterName/holderName/since say by whom).
    // Opening again with the same instance answers the same session.
    static Result<CounterSession> open(Database &staff, const QUuid &device, const QUuid &instance);
    // Closes the caller's own open session (none is fine). A staff login has
    // at most one; the owner account may have several (one per counter):
    // give the instance to close only that one.
    static Result<Done> close(Database &staff, const QUuid &instance = {});
    static Result<QList<OpenCounterSession>> openSessions(Database &supervisor);
    // Closes the counter's open session (audited, reason required); true when
    // there was one.
    static Result<bool> closeStale(Database &supervisor, int counterId, const QString &reason);
    static Result<Done> rename(Database &manager, int counterId, const QString &name);
};

} // namespace boxoffice
