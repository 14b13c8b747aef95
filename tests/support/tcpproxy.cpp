#include "tcpproxy.h"

#include <QtNetwork/QLocalSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace boxoffice::test {

class TcpProxyWorker final : public QObject
{
    Q_OBJECT

public:
    TcpProxyWorker(TcpProxy *proxy, QString target, int targetPort)
        : m_proxy(proxy), m_target(std::move(target)), m_targetPort(targetPort)
    { }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &TcpProxyWorker::accept);
        m_server->listen(QHostAddress::LocalHost, 0);
        return m_server->serverPort();
    }

    void cutAll()
    {
        const auto clients = findChildren<QTcpSocket *>();
        for (QTcpSocket *c : clients)
            c->abort();
        const auto locals = findChildren<QLocalSocket *>();
        for (QLocalSocket *l : locals)
            l->abort();
    }

Q_SIGNALS:
    void resumed();

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            if (m_proxy->m_refusing.load()) {
                client->abort();
                client->deleteLater();
                continue;
            }
            QIODevice *upstream = nullptr;
            if (m_targetPort > 0) {
                auto *tcp = new QTcpSocket(this);
                tcp->connectToHost(m_target, quint16(m_targetPort));
                upstream = tcp;
                connect(tcp, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, tcp, &QTcpSocket::disconnectFromHost);
            } else {
                auto *local = new QLocalSocket(this);
                local->connectToServer(m_target);
                upstream = local;
                connect(local, &QLocalSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, local, &QLocalSocket::disconnectFromServer);
            }
            // Stalled: the bytes wait in the sockets until resumed.
            const auto up = [this, client, upstream] {
                if (!m_proxy->m_stalled.load())
                    upstream->write(client->readAll());
            };
            connect(client, &QTcpSocket::readyRead, upstream, up);
            connect(this, &TcpProxyWorker::resumed, upstream, up);
            const auto down = [this, client, upstream] {
                if (m_proxy->m_stalled.load() || upstream->bytesAvailable() <= 0)
                    return;
                const QByteArray data = upstream->readAll();
                if (m_proxy->m_dropNextReply.exchange(false)) {
                    m_proxy->m_dropped.fetch_add(1);
                    client->abort();
                    if (auto *l = qobject_cast<QLocalSocket *>(upstream))
                        l->abort();
                    else if (auto *t = qobject_cast<QTcpSocket *>(upstream))
                        t->abort();
                    return;
                }
                client->write(data);
            };
            connect(upstream, &QIODevice::readyRead, client, down);
            connect(this, &TcpProxyWorker::resumed, client, down);
        }
    }

    TcpProxy *m_proxy;
    QString m_target;
    int m_targetPort;
    QTcpServer *m_server = nullptr;
};

TcpProxy::TcpProxy(QString target, int targetPort)
{
    m_worker = new TcpProxyWorker(this, std::move(target), targetPort);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &TcpProxyWorker::listen, Qt::BlockingQueuedConnection, &m_port);
}

TcpProxy::~TcpProxy()
{
    m_thread.quit();
    m_thread.wait();
}

void TcpProxy::setStalled(bool stalled)
{
    m_stalled.store(stalled);
    if (!stalled)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { Q_EMIT w->resumed(); });
}

void TcpProxy::cutAll()
{
    QMetaObject::invokeMethod(m_worker, &TcpProxyWorker::cutAll, Qt::BlockingQueuedConnection);
}

} // namespace boxoffice::test

#include "tcpproxy.moc"
