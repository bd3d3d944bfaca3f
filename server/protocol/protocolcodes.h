#pragma once

#include <QByteArray>
#include <QString>

// Names and codes of the FK "BSComm" HTTP protocol (protocol.md §4, §5, §6).
namespace punchclock::protocol {

namespace HeaderName {
inline constexpr char RequestCode[] = "request_code";
inline constexpr char DeviceId[] = "dev_id";
inline constexpr char TransId[] = "trans_id";
// Some firmware (Biomax, HS102) puts the transaction id in cmd_id instead of trans_id.
inline constexpr char CommandId[] = "cmd_id";
inline constexpr char BlockNumber[] = "blk_no";
inline constexpr char BlockLength[] = "blk_len";
inline constexpr char CommandReturnCode[] = "cmd_return_code";
inline constexpr char ResponseCode[] = "response_code";
inline constexpr char CommandCode[] = "cmd_code";
inline constexpr char DeviceModel[] = "dev_model";
inline constexpr char ContentType[] = "content-type";
} // namespace HeaderName

inline constexpr char OctetStream[] = "application/octet-stream";

enum class RequestCode {
    Unknown,
    ReceiveCmd,
    SendCmdResult,
    RealtimeGlog,
    RealtimeEnrollData,
};

enum class ResponseCode {
    Ok,
    ErrorNoCmd,
    ResetFk,
    ErrorCanceled,
    ErrorAddBlockData,
    ErrorInvalidBlockNo,
    ErrorInvalidRequestCode,
    ErrorInvalidLibName,
    ErrorInvalidUserId,
    ErrorInvalidIoTime,
    ErrorInvalidLog,
    ErrorInvalidUserData,
    ErrorDbConnect,
    ErrorDbAccess,
    ErrorGetParam,
    Error,
};

enum class CommandCode {
    Unknown,
    GetEnrollData,
    SetEnrollData,
    SetTime,
    ResetFk,
    DeleteUser,
    SetUserName,
    SetUserPrivilege,
    GetUserIdList,
    GetLogData,
    SetFkName,
    ClearLogData,
    ClearEnrollData,
    GetDeviceStatus,
    SetUserInfo,
    GetUserInfo,
    SetWebServerInfo,
};

RequestCode requestCodeFromName(const QByteArray &name);
QByteArray requestCodeName(RequestCode code);

// The wire spelling, including the vendor's misspellings ("INVLAID") that terminals expect.
QByteArray responseCodeName(ResponseCode code);

CommandCode commandCodeFromName(const QByteArray &name);
QByteArray commandCodeName(CommandCode code);

} // namespace punchclock::protocol
