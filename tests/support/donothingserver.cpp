#include "donothingserver.h"

#include "replywriter.h"

#include <QAbstractHttpServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace punchclock::test {

namespace {

class DoNothingServer : public QAbstractHttpServer
{
public:
    DoNothingServer()
        : m_ok(http::ReplyWriter::terminalReply({}))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write(m_ok);
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    const QByteArray m_ok;
};

} // namespace

LoadClient::Result runAgainstDoNothingServer(int clients, const std::vector<QByteArray> &requests)
{
    QThread thread;
    thread.start();
    auto *listener = new QTcpServer;
    auto *server = new DoNothingServer;
    listener->moveToThread(&thread);
    server->moveToThread(&thread);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [&] {
            listener->setMaxPendingConnections(4096);
            if (listener->listen(QHostAddress::LocalHost, 0)) {
                server->bind(listener);
                port = listener->serverPort();
            }
        },
        Qt::BlockingQueuedConnection);
    LoadClient::Result result;
    if (port != 0)
        result = LoadClient(port, clients).run(requests);
    // bind() made the server the listener's parent.
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return result;
}

} // namespace punchclock::test
