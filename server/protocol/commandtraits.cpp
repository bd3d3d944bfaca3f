#include "commandtraits.h"

namespace punchclock::protocol {

bool isDestructive(CommandCode code)
{
    return code == CommandCode::ClearLogData || code == CommandCode::ClearEnrollData;
}

bool cutsOffOnMistake(CommandCode code)
{
    return code == CommandCode::SetWebServerInfo;
}

bool hasResultData(CommandCode code)
{
    switch (code) {
    case CommandCode::GetEnrollData:
    case CommandCode::GetUserIdList:
    case CommandCode::GetLogData:
    case CommandCode::GetDeviceStatus:
    case CommandCode::GetUserInfo:
    case CommandCode::GetSlogData: return true;
    case CommandCode::Unknown:
    case CommandCode::SetEnrollData:
    case CommandCode::SetTime:
    case CommandCode::ResetFk:
    case CommandCode::DeleteUser:
    case CommandCode::SetUserName:
    case CommandCode::SetUserPrivilege:
    case CommandCode::SetFkName:
    case CommandCode::ClearLogData:
    case CommandCode::ClearEnrollData:
    case CommandCode::SetUserInfo:
    case CommandCode::SetWebServerInfo:
    case CommandCode::EnableUser:
    case CommandCode::OpenDoor:
    case CommandCode::EnableEnrollFunc:
    case CommandCode::SetCommand: break;
    }
    return false;
}

bool isSafeToRepeat(CommandCode code)
{
    switch (code) {
    case CommandCode::GetEnrollData:
    case CommandCode::SetEnrollData:
    case CommandCode::SetTime:
    case CommandCode::SetUserName:
    case CommandCode::SetUserPrivilege:
    case CommandCode::GetUserIdList:
    case CommandCode::GetLogData:
    case CommandCode::SetFkName:
    case CommandCode::GetDeviceStatus:
    case CommandCode::SetUserInfo:
    case CommandCode::GetUserInfo:
    case CommandCode::SetWebServerInfo:
    case CommandCode::GetSlogData:
    case CommandCode::EnableUser:
    case CommandCode::EnableEnrollFunc: return true;
    case CommandCode::Unknown:
    case CommandCode::ResetFk:
    case CommandCode::DeleteUser:
    case CommandCode::ClearLogData:
    case CommandCode::ClearEnrollData:
    case CommandCode::OpenDoor:
    case CommandCode::SetCommand: break;
    }
    return false;
}

} // namespace punchclock::protocol
