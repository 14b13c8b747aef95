#pragma once

#include <QtCore/QObject>
#include <QtCore/QThread>

#include <atomic>

namespace boxoffice::test {

class TcpProxyWorker;

// A TCP proxy on 127.0.0.1 in front of the test server (its Unix socket or a
// TCP address), in a thread of its own. It can lose the network on purpose:
// dropNextReply() swallows the server's next answer and cuts both sides —
// the request was delivered and committed, the client never hears of it.
// cutAll() drops every connection; setRefusing() refuses new ones;
// setStalled(true) holds every byte both ways without closing anything (a
// hung server, or a network that drops packets), and setStalled(false)
// delivers what was held.
class TcpProxy final : public QObject
{
    Q_OBJECT

public:
    // Forwards to a Unix socket path, or to host:port when port > 0.
    TcpProxy(QString target, int targetPort = 0);
    ~TcpProxy() override;

    quint16 port() const { return m_port; }
    void dropNextReply() { m_dropNextReply.store(true); }
    int repliesDropped() const { return m_dropped.load(); }
    void cutAll();
    void setRefusing(bool refusing) { m_refusing.store(refusing); }
    void setStalled(bool stalled);

private:
    friend class TcpProxyWorker;
    QThread m_thread;
    TcpProxyWorker *m_worker = nullptr;
    quint16 m_port = 0;
    std::atomic<bool> m_dropNextReply {false};
    std::atomic<bool> m_refusing {false};
    std::atomic<bool> m_stalled {false};
    std::atomic<int> m_dropped {0};
};

} // namespace boxoffice::test
