#include "terminalhttpclient.h"

#include "protocolcodes.h"

#include <QTcpSocket>
#include <QTimer>

namespace punchclock::simulator {

namespace names = protocol::HeaderName;

namespace {

QByteArray headerLine(const QByteArray &name, const QByteArray &value)
{
    return name + ": " + value + "\r\n";
}

} // namespace

ServerReply ServerReply::parse(const QByteArray &received)
{
    ServerReply reply;
    qsizetype headerEnd = received.indexOf("\r\n\r\n");
    qsizetype bodyStart = headerEnd + 4;
    if (headerEnd < 0) {
        headerEnd = received.indexOf("\n\n");
        bodyStart = headerEnd + 2;
    }
    if (headerEnd < 0) {
        reply.failure = received.isEmpty() ? Failure::ConnectionLost : Failure::NoResponseCode;
        reply.errorText = received.isEmpty() ? QStringLiteral("connection closed without a reply")
                                             : QStringLiteral("incomplete HTTP reply");
        return reply;
    }
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    if (status.size() >= 2 && status.first().startsWith("HTTP/"))
        reply.httpStatus = status.at(1).toInt();

    qsizetype contentLength = -1;
    bool hasResponseCode = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare(names::ResponseCode, Qt::CaseInsensitive) == 0) {
            reply.responseCode = value;
            hasResponseCode = true;
        } else if (name.compare(names::TransId, Qt::CaseInsensitive) == 0 ||
                   (reply.transId.isEmpty() && name.compare(names::CommandId, Qt::CaseInsensitive) == 0)) {
            reply.transId = value;
        } else if (name.compare(names::CommandCode, Qt::CaseInsensitive) == 0) {
            reply.commandCode = value;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok)
                contentLength = -1;
        }
    }
    reply.body = received.mid(bodyStart);
    if (contentLength >= 0) {
        if (reply.body.size() < contentLength) {
            reply.failure = Failure::ConnectionLost;
            reply.errorText = QStringLiteral("reply body shorter than its Content-Length");
            return reply;
        }
        reply.body.truncate(contentLength);
    }
    if (!hasResponseCode) {
        reply.failure = Failure::NoResponseCode;
        reply.errorText = QStringLiteral("HTTP %1 without response_code").arg(reply.httpStatus);
    }
    return reply;
}

TerminalHttpClient::TerminalHttpClient(QObject *parent)
    : QObject(parent)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finishWithFailure(ServerReply::Failure::Timeout,
                          QStringLiteral("no complete reply within %1 ms").arg(m_timeoutMs));
    });
}

TerminalHttpClient::~TerminalHttpClient()
{
    abort();
}

QByteArray TerminalHttpClient::requestBytes(const QByteArray &path, const QByteArray &deviceId,
                                            const QByteArray &hostHeader, const OutgoingRequest &request)
{
    const QByteArray length = QByteArray::number(request.body.size());
    QByteArray out;
    out.reserve(600 + request.body.size());
    out += "POST " + path + " HTTP/1.0\r\n";
    out += headerLine("Accept", "image/gif, image/x-xbitmap, image/jpeg, image/pjpeg, application/vnd.ms-excel, "
                                "application/msword, application/vnd.ms-powerpoint, */*");
    out += headerLine("Accept-Language", "en-us");
    out += headerLine("Accept-Encoding", "gzip, deflate");
    out += headerLine("User-Agent", "Mozilla/4.0");
    out += headerLine("Content-Type", protocol::OctetStream);
    out += headerLine("Connection", "close");
    out += headerLine(names::RequestCode, request.requestCode);
    // Sent twice by the firmware; servers must tolerate it.
    out += headerLine("Content-Type", protocol::OctetStream);
    out += headerLine("Content-Length", length);
    out += headerLine(names::TransId, request.transId);
    out += headerLine(names::DeviceId, deviceId);
    if (!request.commandReturnCode.isEmpty())
        out += headerLine(names::CommandReturnCode, request.commandReturnCode);
    out += headerLine(names::BlockNumber, QByteArray::number(request.blockNumber));
    out += headerLine(names::BlockLength, length);
    out += headerLine("HOST", hostHeader);
    out += "\r\n";
    out += request.body;
    return out;
}

void TerminalHttpClient::send(const QString &host, quint16 port, const OutgoingRequest &request)
{
    abort();
    m_received.clear();
    m_connected = false;
    m_pending =
        requestBytes(m_path, m_deviceId, QString(host + QLatin1Char(':') + QString::number(port)).toLatin1(), request);
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        m_connected = true;
        socket->write(std::exchange(m_pending, {}));
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_received += socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, this, &TerminalHttpClient::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        // The server closing after its reply is how every exchange ends; disconnected() follows.
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        finishWithFailure(m_connected ? ServerReply::Failure::ConnectionLost : ServerReply::Failure::ConnectFailed,
                          socket->errorString());
    });
    m_deadline->start(m_timeoutMs);
    socket->connectToHost(host, port);
}

void TerminalHttpClient::onDisconnected()
{
    if (!m_socket)
        return;
    m_received += m_socket->readAll();
    finish(ServerReply::parse(m_received));
}

void TerminalHttpClient::abort()
{
    m_deadline->stop();
    if (QTcpSocket *socket = m_socket.data()) {
        m_socket.clear();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void TerminalHttpClient::finish(ServerReply reply)
{
    abort();
    Q_EMIT finished(reply);
}

void TerminalHttpClient::finishWithFailure(ServerReply::Failure failure, const QString &text)
{
    ServerReply reply;
    reply.failure = failure;
    reply.errorText = text;
    finish(std::move(reply));
}

} // namespace punchclock::simulator
