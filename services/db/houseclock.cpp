#include "db/houseclock.h"

#include <QtCore/QReadWriteLock>

namespace boxoffice {

namespace {

QReadWriteLock gLock;
QTimeZone gZone; // invalid: this PC's zone

} // namespace

void HouseClock::setTimeZone(const QTimeZone &zone)
{
    const QWriteLocker locker(&gLock);
    gZone = zone;
}

QTimeZone HouseClock::timeZone()
{
    const QReadLocker locker(&gLock);
    return gZone.isValid() ? gZone : QTimeZone::systemTimeZone();
}

QDate HouseClock::today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(timeZone()).date();
}

QDateTime HouseClock::startOfDay(const QDate &day)
{
    return day.startOfDay(timeZone());
}

QDateTime HouseClock::at(const QDateTime &moment)
{
    return moment.toTimeZone(timeZone());
}

} // namespace boxoffice
