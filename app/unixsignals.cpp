#include "unixsignals.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSignals, "boxoffice.signals")

namespace boxoffice {

namespace {

// The write end is read by the handler, so it is a plain int set before any
// handler is installed and cleared after they are removed.
std::array<int, 2> g_pair {-1, -1};

constexpr std::array<int, 3> Handled {SIGTERM, SIGINT, SIGHUP};

extern "C" void onUnixSignal(int number)
{
    // Only async-signal-safe calls here: write() one byte, keep errno.
    const int saved = errno;
    const auto byte = static_cast<char>(number);
    [[maybe_unused]] const ssize_t written = ::write(g_pair[0], &byte, 1);
    errno = saved;
}

} // namespace

UnixSignals::UnixSignals(QObject *parent) : QObject(parent)
{
    if (g_pair[0] >= 0) {
        qCWarning(lcSignals) << "signals are already handled by another UnixSignals";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pair.data()) != 0) {
        qCWarning(lcSignals) << "no socket pair for signals:" << strerror(errno);
        g_pair = {-1, -1};
        return;
    }
    m_notifier = new QSocketNotifier(g_pair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignals::readSignal);
    struct sigaction action
    {
    };
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_installed = true;
    for (int number : Handled) {
        if (::sigaction(number, &action, nullptr) != 0) {
            qCWarning(lcSignals) << "no handler for signal" << number << strerror(errno);
            m_installed = false;
        }
    }
}

UnixSignals::~UnixSignals()
{
    if (!m_notifier)
        return; // another instance handles them
    struct sigaction action
    {
    };
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int number : Handled)
        ::sigaction(number, &action, nullptr);
    delete m_notifier;
    for (int &fd : g_pair) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void UnixSignals::readSignal()
{
    m_notifier->setEnabled(false);
    char byte = 0;
    if (::read(g_pair[1], &byte, 1) == 1) {
        qCInfo(lcSignals) << "signal" << int(byte) << "received: quitting";
        Q_EMIT received(int(byte));
    }
    m_notifier->setEnabled(true);
}

} // namespace boxoffice
