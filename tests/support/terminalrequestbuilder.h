#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace punchclock::test {

// Builds request bytes the way a real terminal writes them (protocol.md §1.1): HTTP/1.0,
// browser-like boilerplate, Content-Type twice, underscore headers, blk_no/blk_len.
struct TerminalRequestBuilder
{
    QByteArray path = "/";
    QByteArray requestCode = "realtime_glog";
    QByteArray devId = "D96584729B906B39";
    QByteArray transId = "RTLogSendAction";
    QByteArray transIdHeader = "trans_id"; // "cmd_id" on some firmware
    int blockNumber = 0;
    QByteArray commandReturnCode;           // send_cmd_result only
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QByteArray body;

    QByteArray build() const;
};

// A realtime_glog body as an HS101 terminal sends it.
QByteArray hs101GlogBody(const QString &userId, const QString &ioTime, int ioMode = 1, int verifyMode = 1);

} // namespace punchclock::test
