#pragma once

#include "protocolcodes.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace punchclock::engine {

// One complete terminal request (blocks already reassembled), as the HTTP layer hands it over.
struct TerminalRequest
{
    QString devId;
    protocol::RequestCode code = protocol::RequestCode::Unknown;
    QString transId;
    QByteArray commandReturnCode;
    QByteArray body;
    QString remoteAddress;
};

// What to answer; the HTTP layer turns it into headers and body.
struct TerminalReply
{
    protocol::ResponseCode code = protocol::ResponseCode::Ok;
    QString transId;
    QByteArray commandCode;
    QByteArray body;
};

// The answer to `request` with the given code, echoing its transaction id.
inline TerminalReply replyTo(const TerminalRequest &request, protocol::ResponseCode code)
{
    TerminalReply reply;
    reply.code = code;
    reply.transId = request.transId;
    return reply;
}

// Requests and replies cross between the HTTP and engine threads in batches: one event and one
// wake-up per burst instead of one per request.
using RequestBatch = QList<QPair<quint64, TerminalRequest>>;
using ReplyBatch = QList<QPair<quint64, TerminalReply>>;

} // namespace punchclock::engine

Q_DECLARE_METATYPE(punchclock::engine::TerminalRequest)
Q_DECLARE_METATYPE(punchclock::engine::TerminalReply)
Q_DECLARE_METATYPE(punchclock::engine::RequestBatch)
Q_DECLARE_METATYPE(punchclock::engine::ReplyBatch)
