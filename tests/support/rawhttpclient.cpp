#include "rawhttpclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QThread>

namespace punchclock::test {

namespace {

void parse(RawHttpReply &reply)
{
    const qsizetype end = reply.raw.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = reply.raw.left(end).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    reply.status = status.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    reply.body = reply.raw.mid(end + 4);
}

RawHttpReply exchange(quint16 port, const QList<QByteArray> &pieces, int pauseMs, int timeoutMs)
{
    RawHttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    reply.connected = true;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0 && pauseMs > 0)
            QThread::msleep(pauseMs);
        socket.write(pieces.at(i));
        socket.waitForBytesWritten(timeoutMs);
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed()))))
            reply.raw += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            reply.raw += socket.readAll();
            reply.closedByServer = true;
            break;
        }
    }
    parse(reply);
    return reply;
}

} // namespace

QByteArray RawHttpReply::header(const char *name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int RawHttpReply::headerCount(const char *name) const
{
    int count = 0;
    for (const auto &header : headers)
        count += header.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

RawHttpReply sendRaw(quint16 port, const QByteArray &request, int timeoutMs)
{
    return exchange(port, {request}, 0, timeoutMs);
}

RawHttpReply sendRawInPieces(quint16 port, const QList<QByteArray> &pieces, int pauseMs, int timeoutMs)
{
    return exchange(port, pieces, pauseMs, timeoutMs);
}

} // namespace punchclock::test
