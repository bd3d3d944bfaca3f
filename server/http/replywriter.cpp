#include "replywriter.h"

#include "protocolcodes.h"

namespace punchclock::http::ReplyWriter {

namespace {

QByteArray statusLine(int status, const QByteArray &reason)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

QByteArray header(const char *name, const QByteArray &value)
{
    return QByteArray(name) + ": " + value + "\r\n";
}

QByteArray closingHeaders(const QByteArray &contentType, qsizetype length)
{
    return header("Content-Type", contentType) + header("Content-Length", QByteArray::number(length))
        + header("Connection", "close") + "\r\n";
}

} // namespace

QByteArray terminalReply(const engine::TerminalReply &reply)
{
    namespace names = protocol::HeaderName;
    QByteArray out = statusLine(200, "OK");
    out += header(names::ResponseCode, protocol::responseCodeName(reply.code));
    out += header(names::TransId, reply.transId.toLatin1());
    if (!reply.commandCode.isEmpty())
        out += header(names::CommandCode, reply.commandCode);
    out += closingHeaders(protocol::OctetStream, reply.body.size());
    out += reply.body;
    return out;
}

QByteArray httpError(int status, const QByteArray &reason)
{
    // response_code too: a terminal treats a reply without it as a network failure and retries at once.
    return statusLine(status, reason) + header(protocol::HeaderName::ResponseCode, "ERROR")
        + closingHeaders("text/plain", 0);
}

QByteArray plainText(int status, const QByteArray &reason, const QByteArray &text)
{
    return statusLine(status, reason) + closingHeaders("text/plain; charset=utf-8", text.size()) + text;
}

} // namespace punchclock::http::ReplyWriter
