#pragma once

#include "protocolcodes.h"

#include <QByteArray>
#include <QMetaType>
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

} // namespace punchclock::engine

Q_DECLARE_METATYPE(punchclock::engine::TerminalRequest)
Q_DECLARE_METATYPE(punchclock::engine::TerminalReply)
