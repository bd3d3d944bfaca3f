#include "protocolcodes.h"

#include <array>
#include <utility>

namespace punchclock::protocol {

namespace {

constexpr std::array<std::pair<RequestCode, const char *>, 4> requestCodes{{
    {RequestCode::ReceiveCmd, "receive_cmd"},
    {RequestCode::SendCmdResult, "send_cmd_result"},
    {RequestCode::RealtimeGlog, "realtime_glog"},
    {RequestCode::RealtimeEnrollData, "realtime_enroll_data"},
}};

constexpr std::array<std::pair<ResponseCode, const char *>, 16> responseCodes{{
    {ResponseCode::Ok, "OK"},
    {ResponseCode::ErrorNoCmd, "ERROR_NO_CMD"},
    {ResponseCode::ResetFk, "RESET_FK"},
    {ResponseCode::ErrorCanceled, "ERROR_CANCELED"},
    {ResponseCode::ErrorAddBlockData, "ERROR_ADD_BLOCK_DATA"},
    {ResponseCode::ErrorInvalidBlockNo, "ERROR_INVLAID_BLOCK_NO"},
    {ResponseCode::ErrorInvalidRequestCode, "ERROR_INVLAID_REQUEST_CODE"},
    {ResponseCode::ErrorInvalidLibName, "ERROR_INVALID_LIB_NAME"},
    {ResponseCode::ErrorInvalidUserId, "ERROR_INVALID_USER_ID"},
    {ResponseCode::ErrorInvalidIoTime, "ERROR_INVALID_IO_TIME"},
    {ResponseCode::ErrorInvalidLog, "ERROR_INVALID_LOG"},
    {ResponseCode::ErrorInvalidUserData, "ERROR_INVALID_USER_DATA"},
    {ResponseCode::ErrorDbConnect, "ERROR_DB_CONNECT"},
    {ResponseCode::ErrorDbAccess, "ERROR_DB_ACCESS"},
    {ResponseCode::ErrorGetParam, "ERROR_GET_PARAM"},
    {ResponseCode::Error, "ERROR"},
}};

constexpr std::array<std::pair<CommandCode, const char *>, 21> commandCodes{{
    {CommandCode::GetEnrollData, "GET_ENROLL_DATA"},
    {CommandCode::SetEnrollData, "SET_ENROLL_DATA"},
    {CommandCode::SetTime, "SET_TIME"},
    {CommandCode::ResetFk, "RESET_FK"},
    {CommandCode::DeleteUser, "DELETE_USER"},
    {CommandCode::SetUserName, "SET_USER_NAME"},
    {CommandCode::SetUserPrivilege, "SET_USER_PRIVILEGE"},
    {CommandCode::GetUserIdList, "GET_USER_ID_LIST"},
    {CommandCode::GetLogData, "GET_LOG_DATA"},
    {CommandCode::SetFkName, "SET_FK_NAME"},
    {CommandCode::ClearLogData, "CLEAR_LOG_DATA"},
    {CommandCode::ClearEnrollData, "CLEAR_ENROLL_DATA"},
    {CommandCode::GetDeviceStatus, "GET_DEVICE_STATUS"},
    {CommandCode::SetUserInfo, "SET_USER_INFO"},
    {CommandCode::GetUserInfo, "GET_USER_INFO"},
    {CommandCode::SetWebServerInfo, "SET_WEB_SERVER_INFO"},
    {CommandCode::GetSlogData, "GET_SLOG_DATA"},
    {CommandCode::EnableUser, "ENABLE_USER"},
    {CommandCode::OpenDoor, "OPEN_DOOR"},
    {CommandCode::EnableEnrollFunc, "ENABLE_ENROLL_FUNC"},
    {CommandCode::SetCommand, "SET_COMMAND"},
}};

template<typename Table, typename Code>
QByteArray nameOf(const Table &table, Code code)
{
    for (const auto &[value, name] : table) {
        if (value == code)
            return QByteArray(name);
    }
    return {};
}

template<typename Table, typename Code>
Code codeOf(const Table &table, const QByteArray &name, Code unknown)
{
    const QByteArray trimmed = name.trimmed();
    for (const auto &[value, text] : table) {
        if (trimmed.compare(text, Qt::CaseInsensitive) == 0)
            return value;
    }
    return unknown;
}

} // namespace

RequestCode requestCodeFromName(const QByteArray &name)
{
    return codeOf(requestCodes, name, RequestCode::Unknown);
}

QByteArray requestCodeName(RequestCode code)
{
    return nameOf(requestCodes, code);
}

QByteArray responseCodeName(ResponseCode code)
{
    return nameOf(responseCodes, code);
}

CommandCode commandCodeFromName(const QByteArray &name)
{
    return codeOf(commandCodes, name, CommandCode::Unknown);
}

QByteArray commandCodeName(CommandCode code)
{
    return nameOf(commandCodes, code);
}

QList<CommandCode> knownCommandCodes()
{
    QList<CommandCode> codes;
    for (const auto &[code, name] : commandCodes)
        codes.append(code);
    return codes;
}

} // namespace punchclock::protocol
