#pragma once

#include "headerscreen.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace punchclock::http {

// The listening socket handed to QHttpServer with bind(). It holds every new connection back
// until its header block has been screened, caps the read buffer, limits concurrent connections,
// and aborts any connection that outlives its deadline (a terminal that stops sending).
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        HeaderScreen::Limits headers;
        int deadlineMs = 30000;
        int maxConnections = 512;
        int listenBacklog = 1024; // terminals reconnect in bursts after a network blip
    };

    explicit ConnectionGuard(Limits limits, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void screen(QTcpSocket *socket);
    void reject(QTcpSocket *socket, int status, const QByteArray &reason);
    void handOver(QTcpSocket *socket, bool expectsContinue);
    void abortExpired();

    Limits m_limits;
    // One sweep timer for all deadlines: a timer per connection costs more than the request.
    QHash<QObject *, qint64> m_deadlines;
    QElapsedTimer m_clock;
    QTimer m_sweep;
};

} // namespace punchclock::http
