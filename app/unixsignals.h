#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

namespace boxoffice {

// SIGTERM, SIGINT and SIGHUP turned into a Qt signal on the GUI thread, the
// way Qt's documentation shows ("Calling Qt Functions From Unix Signal
// Handlers"): the handler only writes the signal's number, one byte, to a
// socket pair (write() is async-signal-safe); a QSocketNotifier on the other
// end reads it in the event loop. So a desktop log-out or a `kill` quits the
// same clean way as the Quit menu. One instance per process.
class UnixSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignals)

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

    // False when the socket pair or a handler could not be set up (logged).
    bool isInstalled() const { return m_installed; }

Q_SIGNALS:
    // SIGTERM, SIGINT or SIGHUP arrived (its number).
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace boxoffice
