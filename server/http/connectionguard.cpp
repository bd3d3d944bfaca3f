#include "connectionguard.h"

#include "replywriter.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGuard, "punchclock.http.guard", QtInfoMsg)

namespace punchclock::http {

namespace {
// Set on a socket once it has been handed to QHttpServer, which then owns its reading.
constexpr char handedOverProperty[] = "punchclock_handed_over";
} // namespace

ConnectionGuard::ConnectionGuard(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_sweep(this)
{
    setListenBacklogSize(m_limits.listenBacklog);
    m_clock.start();
    m_sweep.setInterval(std::clamp(m_limits.deadlineMs / 4, 20, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::abortExpired);
}

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_deadlines.size() >= m_limits.maxConnections) {
        qCWarning(lcGuard) << "connection limit reached; refused" << socket->peerAddress().toString();
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_deadlines.insert(socket, m_clock.elapsed() + m_limits.deadlineMs);
    connect(socket, &QObject::destroyed, this, [this](QObject *gone) { m_deadlines.remove(gone); });
    if (!m_sweep.isActive())
        m_sweep.start(); // here, in the server's thread: timers belong to the thread that starts them
    socket->setReadBufferSize(m_limits.headers.maxBodyBytes + m_limits.headers.maxHeaderBytes);
    connect(socket, &QTcpSocket::disconnected, socket, [socket] {
        // Until handed over, nobody else knows this socket.
        if (!socket->property(handedOverProperty).toBool())
            socket->deleteLater();
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { screen(socket); });
}

void ConnectionGuard::abortExpired()
{
    const qint64 now = m_clock.elapsed();
    QList<QTcpSocket *> expired;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend(); ++it) {
        if (it.value() <= now)
            expired << static_cast<QTcpSocket *>(it.key());
    }
    for (QTcpSocket *socket : expired) {
        qCWarning(lcGuard) << "connection from" << socket->peerAddress().toString()
                           << "exceeded its deadline; aborted";
        m_deadlines.remove(socket);
        socket->abort();
        socket->deleteLater();
    }
}

void ConnectionGuard::screen(QTcpSocket *socket)
{
    const HeaderScreen verdict =
        HeaderScreen::check(socket->peek(m_limits.headers.maxHeaderBytes + 4), m_limits.headers);
    switch (verdict.verdict) {
    case HeaderScreen::Verdict::Incomplete:
        return;
    case HeaderScreen::Verdict::Reject:
        qCWarning(lcGuard) << "refused a request from" << socket->peerAddress().toString() << verdict.status
                           << verdict.reason;
        reject(socket, verdict.status, verdict.reason);
        return;
    case HeaderScreen::Verdict::Accept:
        handOver(socket, verdict.expectsContinue);
        return;
    }
}

void ConnectionGuard::reject(QTcpSocket *socket, int status, const QByteArray &reason)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->write(ReplyWriter::httpError(status, reason));
    socket->disconnectFromHost();
}

void ConnectionGuard::handOver(QTcpSocket *socket, bool expectsContinue)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->setProperty(handedOverProperty, true);
    // QHttpServer 6.4 does not answer Expect: 100-continue; clients would stall before the body.
    if (expectsContinue)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    addPendingConnection(socket);
    Q_EMIT newConnection();
    // The header block, maybe the whole request, is already buffered, and QHttpServer only reads
    // on readyRead. It connected its slot just now, during the emission that brought us here,
    // so that emission will not reach it: emit once more for it.
    Q_EMIT socket->readyRead();
}

} // namespace punchclock::http
