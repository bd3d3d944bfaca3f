#include "terminalrequestbuilder.h"

#include "realtimelog.h"
#include "walltime.h"

namespace punchclock::test {

QByteArray TerminalRequestBuilder::build() const
{
    const QByteArray length = QByteArray::number(body.size());
    QByteArray out = "POST " + path + " HTTP/1.0\r\n"
        "Accept: image/gif, image/x-xbitmap, image/jpeg, image/pjpeg, application/vnd.ms-excel, "
        "application/msword, application/vnd.ms-powerpoint, */*\r\n"
        "Accept-Language: en-us\r\n"
        "Accept-Encoding: gzip, deflate\r\n"
        "User-Agent: Mozilla/4.0\r\n"
        "Content-Type: application/octet-stream\r\n"
        "Connection: close\r\n"
        "request_code: " + requestCode + "\r\n"
        "Content-Type: application/octet-stream\r\n"
        "Content-Length: " + length + "\r\n"
        + transIdHeader + ": " + transId + "\r\n"
        "dev_id: " + devId + "\r\n";
    if (!commandReturnCode.isEmpty())
        out += "cmd_return_code: " + commandReturnCode + "\r\n";
    out += "blk_no: " + QByteArray::number(blockNumber) + "\r\n"
        "blk_len: " + length + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "HOST: 127.0.0.1:8090\r\n\r\n";
    return out + body;
}

QByteArray hs101GlogBody(const QString &userId, const QString &ioTime, int ioMode, int verifyMode)
{
    using namespace protocol;
    LogRecord record;
    record.userId = userId;
    record.ioTime = walltime::fromProtocol(ioTime);
    record.ioMode = decodeIoMode(RecordLibrary::HS101, quint32(ioMode));
    record.verifyModeRaw = quint32(verifyMode);
    return RealtimeLog::encode(RecordLibrary::HS101, record);
}

} // namespace punchclock::test
