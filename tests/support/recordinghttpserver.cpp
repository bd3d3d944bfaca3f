#include "recordinghttpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace punchclock::test {

RecordingHttpServer::RecordingHttpServer(QObject *parent)
    : QObject(parent)
    , m_handler([](const Request &) { return Answer(); })
{
    connect(&m_server, &QTcpServer::newConnection, this, &RecordingHttpServer::accepted);
}

RecordingHttpServer::~RecordingHttpServer()
{
    // The sockets go with the server after this object's members: they must not call back.
    for (QTcpSocket *socket : m_buffers.keys())
        socket->disconnect(this);
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool RecordingHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray RecordingHttpServer::url(const QByteArray &path) const
{
    return "http://127.0.0.1:" + QByteArray::number(port()) + path;
}

void RecordingHttpServer::accepted()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void RecordingHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        const Answer answer = m_handler(request);
        if (answer.silent)
            continue;
        const QByteArray response =
            "HTTP/1.1 " + QByteArray::number(answer.status) + " Answer\r\nContent-Type: " + answer.contentType +
            "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, socket, [socket, response] { socket->write(response); });
        else
            socket->write(response);
    }
}

} // namespace punchclock::test
