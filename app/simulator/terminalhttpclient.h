#pragma once

#include "protocolcodes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpSocket;
class QTimer;

namespace punchclock::simulator {

namespace TransIdAction = protocol::TransIdAction;

// One request as a terminal sends it; a chunked upload is one of these per block.
struct OutgoingRequest
{
    QByteArray requestCode;
    QByteArray transId;
    QByteArray commandReturnCode; // send_cmd_result only
    int blockNumber = 0;
    QByteArray body;
};

// What came back. A reply without response_code counts as a failure: terminals treat a bare
// 200 like a lost connection (protocol.md §1).
struct ServerReply
{
    enum class Failure {
        None,
        ConnectFailed,
        Timeout,
        ConnectionLost, // closed before any reply arrived, or a socket error mid-way
        NoResponseCode, // something answered, but not a terminal server
    };

    Failure failure = Failure::None;
    int httpStatus = 0;
    QByteArray responseCode;
    QByteArray transId;
    QByteArray commandCode;
    QByteArray body;
    QString errorText;

    bool ok() const { return failure == Failure::None; }
    bool isOk() const { return ok() && responseCode == "OK"; }

    // Parses the bytes received until the server closed the connection.
    static ServerReply parse(const QByteArray &received);
};

// Speaks HTTP like FK firmware: HTTP/1.0, one request per new connection, the header block of
// a real HS101 terminal in its order (duplicate Content-Type included, protocol.md §1.1), then
// reads until the server closes. Every request ends within the timeout.
class TerminalHttpClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit TerminalHttpClient(QObject *parent = nullptr);
    ~TerminalHttpClient() override;

    void setDeviceId(const QByteArray &deviceId) { m_deviceId = deviceId; }
    void setPath(const QByteArray &path) { m_path = path; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // One request at a time; finished() follows exactly once unless abort() is called first.
    void send(const QString &host, quint16 port, const OutgoingRequest &request);
    void abort();
    bool isBusy() const { return !m_socket.isNull(); }

    static QByteArray requestBytes(const QByteArray &path, const QByteArray &deviceId, const QByteArray &hostHeader,
                                   const OutgoingRequest &request);

Q_SIGNALS:
    void finished(const punchclock::simulator::ServerReply &reply);

private:
    void finish(ServerReply reply);
    void finishWithFailure(ServerReply::Failure failure, const QString &text);
    void onDisconnected();

    QByteArray m_deviceId;
    QByteArray m_path = "/";
    int m_timeoutMs = DefaultTimeoutMs;
    QPointer<QTcpSocket> m_socket;
    QTimer *m_deadline = nullptr;
    QByteArray m_received;
    QByteArray m_pending;
    bool m_connected = false;
};

} // namespace punchclock::simulator
