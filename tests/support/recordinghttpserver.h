#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace punchclock::test {

// A real HTTP/1.1 server on 127.0.0.1 standing in for another system (a webhook receiver,
// Frappe HR): it records every request as it came and answers as the test says, keeping the
// connection open as a server does. It runs on the test's thread: wait with QTRY_*.
class RecordingHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body = "{}";
        QByteArray contentType = "application/json";
        bool silent = false; // never answer (a timeout)
        int delayMs = 0;     // answer this much later (a slow system)
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit RecordingHttpServer(QObject *parent = nullptr);
    ~RecordingHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const QByteArray &path) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    int connectionsAccepted() const { return m_connections; }

private:
    void accepted();
    void readFrom(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};

} // namespace punchclock::test
