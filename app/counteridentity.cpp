#include "counteridentity.h"

#include <QtCore/QDir>
#include <QtCore/QLockFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>

Q_LOGGING_CATEGORY(lcIdentity, "boxoffice.identity")

namespace boxoffice {

namespace {

std::unique_ptr<QLockFile> lockFor(const QString &lockDir, int slot)
{
    auto lock = std::make_unique<QLockFile>(lockDir + QStringLiteral("/counter-%1.lock").arg(slot));
    // Never "stale" by age: a copy that runs for days keeps its slot. A
    // lock whose process is gone is still taken over.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

CounterIdentity::CounterIdentity(QSettings &settings, const QString &lockDir, int forcedSlot) : m_settings(settings)
{
    QDir().mkpath(lockDir);
    if (forcedSlot > 0) {
        m_slot = forcedSlot;
        m_lock = lockFor(lockDir, forcedSlot);
        if (!m_lock->tryLock(0))
            qCWarning(lcIdentity) << "counter slot" << forcedSlot << "is in use by another copy; using it anyway";
    } else {
        for (int slot = 1;; ++slot) {
            std::unique_ptr<QLockFile> lock = lockFor(lockDir, slot);
            if (lock->tryLock(0)) {
                m_slot = slot;
                m_lock = std::move(lock);
                break;
            }
            if (lock->error() != QLockFile::LockFailedError) {
                // The folder cannot hold lock files: one identity, unlocked.
                qCWarning(lcIdentity) << "cannot lock" << lockDir << "; counter slot" << slot << "unlocked";
                m_slot = slot;
                break;
            }
        }
    }
    m_device = QUuid::fromString(m_settings.value(slotKey(m_slot, QStringLiteral("device"))).toString());
    if (m_device.isNull()) {
        m_device = QUuid::createUuid();
        m_settings.setValue(slotKey(m_slot, QStringLiteral("device")), m_device.toString(QUuid::WithoutBraces));
        m_settings.sync();
    }
    m_name = m_settings.value(slotKey(m_slot, QStringLiteral("name"))).toString();
    // Before devices, one name was the counter (counter/name): slot 1 keeps it.
    if (m_name.isEmpty() && m_slot == 1)
        m_name = m_settings.value(QStringLiteral("counter/name")).toString();
    qCInfo(lcIdentity).noquote()
        << QStringLiteral("counter slot %1, device %2").arg(m_slot).arg(m_device.toString(QUuid::WithoutBraces));
}

CounterIdentity::~CounterIdentity() = default;

void CounterIdentity::setName(const QString &name)
{
    m_name = name;
    m_settings.setValue(slotKey(m_slot, QStringLiteral("name")), name);
}

bool CounterIdentity::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

QString CounterIdentity::slotKey(int slot, const QString &what)
{
    return QStringLiteral("counter/%1/%2").arg(slot).arg(what);
}

} // namespace boxoffice
