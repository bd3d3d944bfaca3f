#include "latencyproxy.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocalSocket>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <vector>

namespace punchclock::test {

namespace {

// One direction of one connection: chunks wait until their time has come, in order.
class DelayedPipe : public QObject
{
public:
    DelayedPipe(QIODevice *to, int delayMs, QObject *parent)
        : QObject(parent)
        , m_to(to)
        , m_delayMs(delayMs)
    {
        m_timer.setSingleShot(true);
        m_timer.callOnTimeout(this, &DelayedPipe::release);
        m_clock.start();
    }

    void push(QByteArray chunk)
    {
        m_waiting.push_back({m_clock.elapsed() + m_delayMs, std::move(chunk)});
        if (!m_timer.isActive())
            m_timer.start(m_delayMs);
    }

private:
    void release()
    {
        const qint64 now = m_clock.elapsed();
        while (!m_waiting.empty() && m_waiting.front().due <= now) {
            m_to->write(m_waiting.front().data);
            m_waiting.pop_front();
        }
        if (!m_waiting.empty())
            m_timer.start(int(m_waiting.front().due - now));
    }

    struct Chunk
    {
        qint64 due;
        QByteArray data;
    };
    QIODevice *m_to;
    int m_delayMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::deque<Chunk> m_waiting;
};

} // namespace

class LatencyProxy::Worker : public QObject
{
public:
    Worker(QString socketFile, int oneWayMs)
        : m_socketFile(std::move(socketFile))
        , m_oneWayMs(oneWayMs)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Worker::accept);
    }

    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0; }

    qint64 roundTrips(int index) const
    {
        QMutexLocker lock(&m_mutex);
        return index < int(m_roundTrips.size()) ? m_roundTrips[size_t(index)]->load() : 0;
    }

    int connections() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_roundTrips.size());
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *server = new QLocalSocket(client);
            server->connectToServer(m_socketFile);
            server->waitForConnected(1000); // a Unix socket: at once
            auto *toServer = new DelayedPipe(server, m_oneWayMs, client);
            auto *toClient = new DelayedPipe(client, m_oneWayMs, client);
            auto counter = std::make_shared<std::atomic<qint64>>(0);
            auto answered = std::make_shared<bool>(true);
            {
                QMutexLocker lock(&m_mutex);
                m_roundTrips.push_back(counter);
            }
            connect(client, &QTcpSocket::readyRead, client, [client, toServer, counter, answered] {
                if (*answered)
                    ++*counter;
                *answered = false;
                toServer->push(client->readAll());
            });
            connect(server, &QLocalSocket::readyRead, client, [server, toClient, answered] {
                *answered = true;
                toClient->push(server->readAll());
            });
            connect(client, &QTcpSocket::disconnected, client, [client, server] {
                server->disconnectFromServer();
                client->deleteLater();
            });
            connect(server, &QLocalSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        }
    }

    QString m_socketFile;
    int m_oneWayMs;
    QTcpServer m_server{this};
    mutable QMutex m_mutex;
    std::vector<std::shared_ptr<std::atomic<qint64>>> m_roundTrips;
};

LatencyProxy::LatencyProxy(QString socketFile, int roundTripMs)
    : m_socketFile(std::move(socketFile))
    , m_roundTripMs(roundTripMs)
{
    m_thread.setObjectName(QStringLiteral("latency-proxy"));
}

LatencyProxy::~LatencyProxy()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint16 LatencyProxy::start()
{
    m_worker = new Worker(m_socketFile, m_roundTripMs / 2);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(m_worker, [this, &port] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return port;
}

qint64 LatencyProxy::roundTrips(int index) const
{
    return m_worker ? m_worker->roundTrips(index) : 0;
}

int LatencyProxy::connections() const
{
    return m_worker ? m_worker->connections() : 0;
}

} // namespace punchclock::test
