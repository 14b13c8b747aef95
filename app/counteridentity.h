#pragma once

#include <QtCore/QString>
#include <QtCore/QUuid>

#include <memory>

class QLockFile;
class QSettings;

namespace boxoffice {

// Who this running copy of the app is, as a counter: a random device id made
// on first start and kept in the settings (the name is only a label). Every
// copy that runs at once on one PC is a counter of its own, so the settings
// hold numbered slots (counter/1/device, counter/2/device, …) and a running
// copy takes the first slot whose lock file (in the app's data folder) it
// can lock, making a new slot when all are taken. The lock is held for the
// life of this object; a copy that died leaves a lock that the next start
// recognises as stale (its process is gone) and takes over.
class CounterIdentity final
{
public:
    // The first free slot, or with forcedSlot > 0 that slot whether another
    // copy holds it or not (for tests: the database then refuses the second
    // copy with "counter in use"). lockDir: where the lock files go.
    CounterIdentity(QSettings &settings, const QString &lockDir, int forcedSlot = 0);
    ~CounterIdentity();
    Q_DISABLE_COPY_MOVE(CounterIdentity)

    int slot() const { return m_slot; }
    const QUuid &device() const { return m_device; }
    // The label kept with the slot (empty until the counter has been named).
    const QString &name() const { return m_name; }
    void setName(const QString &name);
    // False only for a forced slot another copy holds.
    bool isLocked() const;

    static QString slotKey(int slot, const QString &what);

private:
    QSettings &m_settings;
    int m_slot = 0;
    QUuid m_device;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace boxoffice
