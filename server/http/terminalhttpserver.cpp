#include "terminalhttpserver.h"

#include "replywriter.h"

#include "identifiers.h"
#include "protocolcodes.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "punchclock.http", QtInfoMsg)

namespace punchclock::http {

using protocol::ResponseCode;
namespace names = protocol::HeaderName;

namespace {

// Terminals repeat some headers (Content-Type twice): the first occurrence wins.
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString peerText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

TerminalHttpServer::TerminalHttpServer(engine::BlockReassembler::Limits blockLimits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_blocks(blockLimits)
{
}

bool TerminalHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Post:
        handleTerminalPost(request, socket);
        break;
    case QHttpServerRequest::Method::Get:
    case QHttpServerRequest::Method::Head:
        // Lets an installer check from a browser that the port is reachable.
        answer(socket, ReplyWriter::plainText(200, "OK", "Punchclock terminal server. Terminals POST here.\n"));
        break;
    default:
        answer(socket, ReplyWriter::httpError(405, "Method Not Allowed"));
        break;
    }
    return true;
}

void TerminalHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    answer(socket, ReplyWriter::httpError(404, "Not Found"));
}

void TerminalHttpServer::handleTerminalPost(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const auto headers = request.headers();
    const QString remote = peerText(request.remoteAddress());
    QString transId = QString::fromLatin1(headerValue(headers, names::TransId));
    if (transId.isEmpty())
        transId = QString::fromLatin1(headerValue(headers, names::CommandId));

    // Variants other than the classic BSComm framing (protocol.md §2.3) are recognised and refused.
    if (hasHeader(headers, names::DeviceModel)
        || headerValue(headers, names::ContentType).startsWith("application/json")) {
        qCWarning(lcHttp) << "refused a JSON-variant request from" << remote << "(only BSComm framing is supported)";
        answer(socket, ResponseCode::Error, transId);
        return;
    }

    engine::TerminalRequest terminalRequest;
    terminalRequest.devId = QString::fromLatin1(headerValue(headers, names::DeviceId));
    if (!protocol::isValidDeviceId(terminalRequest.devId)) {
        qCWarning(lcHttp) << "refused a request with an invalid dev_id from" << remote;
        answer(socket, ResponseCode::Error, transId);
        return;
    }
    const QByteArray requestCodeName = headerValue(headers, names::RequestCode);
    terminalRequest.code = protocol::requestCodeFromName(requestCodeName);
    if (terminalRequest.code == protocol::RequestCode::Unknown) {
        qCWarning(lcHttp) << "unknown request_code" << requestCodeName.left(64) << "from" << terminalRequest.devId;
        answer(socket, ResponseCode::ErrorInvalidRequestCode, transId);
        return;
    }
    terminalRequest.transId = transId;
    terminalRequest.commandReturnCode = headerValue(headers, names::CommandReturnCode);
    terminalRequest.remoteAddress = remote;

    const QByteArray blockText = headerValue(headers, names::BlockNumber);
    bool blockOk = true;
    const qint64 blockNumber = blockText.isEmpty() ? 0 : blockText.toLongLong(&blockOk);
    if (!blockOk) {
        answer(socket, ResponseCode::ErrorInvalidBlockNo, transId);
        return;
    }
    const engine::BlockReassembler::Key key{terminalRequest.devId, QString::fromLatin1(requestCodeName), transId};
    engine::BlockReassembler::Outcome block =
        m_blocks.add(key, blockNumber, request.body(), QDateTime::currentDateTimeUtc());
    switch (block.kind) {
    case engine::BlockReassembler::Outcome::Kind::BlockAccepted:
        answer(socket, ResponseCode::Ok, transId);
        return;
    case engine::BlockReassembler::Outcome::Kind::Refused:
        qCWarning(lcHttp) << "block" << blockNumber << "from" << terminalRequest.devId << "refused:"
                          << protocol::responseCodeName(block.error);
        answer(socket, block.error, transId);
        return;
    case engine::BlockReassembler::Outcome::Kind::Complete:
        break;
    }
    terminalRequest.body = std::move(block.body);

    const quint64 requestId = ++m_nextRequestId;
    m_waiting.insert(requestId, QPointer<QTcpSocket>(socket));
    if (m_incoming.isEmpty()) // pass on everything parsed in this round of the event loop at once
        QMetaObject::invokeMethod(this, &TerminalHttpServer::passOnRequests, Qt::QueuedConnection);
    m_incoming.append({requestId, std::move(terminalRequest)});
}

void TerminalHttpServer::passOnRequests()
{
    Q_EMIT requestsReady(std::exchange(m_incoming, {}));
}

void TerminalHttpServer::sendReplies(const engine::ReplyBatch &replies)
{
    for (const auto &[requestId, reply] : replies)
        sendReply(requestId, reply);
}

void TerminalHttpServer::sendReply(quint64 requestId, const engine::TerminalReply &reply)
{
    const QPointer<QTcpSocket> socket = m_waiting.take(requestId);
    // The terminal may have hung up (or hit the deadline) while the engine was storing: it will
    // send again and the duplicate is recognised.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    answer(socket, ReplyWriter::terminalReply(reply));
}

void TerminalHttpServer::answer(QTcpSocket *socket, const QByteArray &response)
{
    socket->write(response);
    // Hand the reply to the kernel now rather than on the next write notification: the
    // terminal's next request waits for this one.
    socket->flush();
    // QHttpServer 6.4 never closes a connection by itself, not even for HTTP/1.0.
    socket->disconnectFromHost();
}

void TerminalHttpServer::answer(QTcpSocket *socket, ResponseCode code, const QString &transId)
{
    engine::TerminalReply reply;
    reply.code = code;
    reply.transId = transId;
    answer(socket, ReplyWriter::terminalReply(reply));
}

} // namespace punchclock::http
