#pragma once

#include "blockreassembler.h"
#include "terminalrequest.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>

class QTcpSocket;

namespace punchclock::http {

// The terminal endpoint. It only translates: HTTP request → TerminalRequest for the engine,
// TerminalReply → HTTP response. Every path is accepted (terminals post to "/", "//" or
// "/hdata.aspx"), nothing is ever redirected, and every connection is closed after its reply.
class TerminalHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit TerminalHttpServer(engine::BlockReassembler::Limits blockLimits, QObject *parent = nullptr);

public Q_SLOTS:
    void sendReplies(const punchclock::engine::ReplyBatch &replies);

Q_SIGNALS:
    void requestsReady(const punchclock::engine::RequestBatch &requests);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleTerminalPost(const QHttpServerRequest &request, QTcpSocket *socket);
    void sendReply(quint64 requestId, const engine::TerminalReply &reply);
    void passOnRequests();
    void answer(QTcpSocket *socket, const QByteArray &response);
    void answer(QTcpSocket *socket, protocol::ResponseCode code, const QString &transId);

    engine::BlockReassembler m_blocks;
    QHash<quint64, QPointer<QTcpSocket>> m_waiting;
    engine::RequestBatch m_incoming;
    quint64 m_nextRequestId = 0;
};

} // namespace punchclock::http
