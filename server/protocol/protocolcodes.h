#pragma once

#include <QByteArray>
#include <QList>
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

// The constant trans_id values terminals put on polls and realtime requests: the names of the
// firmware's action classes, not transaction ids (protocol.md §4.1).
namespace TransIdAction {
inline constexpr char ReceiveCommand[] = "ReceiveCommandAction";
inline constexpr char RealtimeLog[] = "RTLogSendAction";
inline constexpr char RealtimeEnrollment[] = "RTEnrollDataAction";
} // namespace TransIdAction

// cmd_return_code values terminals send (protocol.md §5); the server keeps any value verbatim.
namespace ReturnCode {
inline constexpr char Ok[] = "OK";
inline constexpr char NotExist[] = "ERROR_NOT_EXIST";
// The legacy firmware's spelling, kept as terminals write it.
inline constexpr char InvalidParameter[] = "ERROR_INVALID_PARAMTER";
inline constexpr char NotSupported[] = "ERROR_NOT_SUPPORTED";
// What WS535 firmware answers to DELETE_USER although it deleted (protocol.md §11.7).
inline constexpr char PlainError[] = "Error";
} // namespace ReturnCode

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
    // The terminal's administrator log: what managers did at the keypad (protocol.md §8.3).
    GetSlogData,
    // Met in public code beside the 16 of protocol.md §6 (S8, S11): enable or disable one user,
    // open the lock a terminal drives, lock the keypad's enrolment menu.
    EnableUser,
    OpenDoor,
    EnableEnrollFunc,
    // SET_COMMAND {"cmd":"enter_enroll",…}: the terminal's enrollment screen for one user and
    // credential; answered OK at once, the template follows as realtime_enroll_data (protocol.md §6).
    SetCommand,
};

RequestCode requestCodeFromName(const QByteArray &name);
QByteArray requestCodeName(RequestCode code);

// The wire spelling, including the vendor's misspellings ("INVLAID") that terminals expect.
QByteArray responseCodeName(ResponseCode code);

CommandCode commandCodeFromName(const QByteArray &name);
QByteArray commandCodeName(CommandCode code);
// Every command code but Unknown, in the order of the enum.
QList<CommandCode> knownCommandCodes();

} // namespace punchclock::protocol
