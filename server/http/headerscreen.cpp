#include "headerscreen.h"

#include <QList>

namespace punchclock::http {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

HeaderScreen rejected(int status, const char *reason)
{
    HeaderScreen screen;
    screen.verdict = HeaderScreen::Verdict::Reject;
    screen.status = status;
    screen.reason = reason;
    return screen;
}

bool isValidRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return false;
    return parts.at(2) == "HTTP/1.0" || parts.at(2) == "HTTP/1.1";
}

} // namespace

HeaderScreen HeaderScreen::check(const QByteArray &received, const Limits &limits)
{
    qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        end = received.indexOf("\n\n");
    if (end < 0) {
        if (received.size() > limits.maxHeaderBytes)
            return rejected(431, "Request Header Fields Too Large");
        return {};
    }
    if (end > limits.maxHeaderBytes)
        return rejected(431, "Request Header Fields Too Large");

    QList<QByteArray> lines = received.left(end).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.isEmpty() || !isValidRequestLine(lines.first()))
        return rejected(400, "Bad Request");
    if (lines.size() - 1 > limits.maxHeaderFields)
        return rejected(431, "Request Header Fields Too Large");

    HeaderScreen screen;
    qint64 contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // Terminals write "name:value" without a space on some firmware; that is valid HTTP.
        // A name with a space ("dev id") is not, and would make QHttpServer drop all headers.
        if (colon <= 0 || !isToken(line.left(colon)))
            return rejected(400, "Bad Request");
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength >= 0 && length != contentLength))
                return rejected(400, "Bad Request");
            contentLength = length;
        } else if (name == "transfer-encoding") {
            return rejected(501, "Not Implemented");
        } else if (name == "expect" && value.compare("100-continue", Qt::CaseInsensitive) == 0) {
            screen.expectsContinue = true;
        }
    }
    if (contentLength > limits.maxBodyBytes)
        return rejected(413, "Payload Too Large");
    screen.verdict = Verdict::Accept;
    return screen;
}

} // namespace punchclock::http
