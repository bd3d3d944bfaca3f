#pragma once

#include "bscommframe.h"
#include "protocolcodes.h"

#include <QList>
#include <QPair>
#include <QString>

// What the command builders (commandbuilder.h) hand back: the framed parameters of one command
// (protocol.md §6) or the reason they could not be built. The UI and CLI turn the codes into words.
namespace punchclock::protocol {

// The JSON keys of command parameters; errorField names these (or a path into them).
namespace ParameterKey {
inline constexpr char UserId[] = "user_id";
inline constexpr char BackupNumber[] = "backup_number";
inline constexpr char EnrollData[] = "enroll_data";
inline constexpr char Time[] = "time";
inline constexpr char BeginTime[] = "begin_time";
inline constexpr char EndTime[] = "end_time";
inline constexpr char UserName[] = "user_name";
inline constexpr char UserPrivilege[] = "user_privilege";
inline constexpr char UserPhoto[] = "user_photo";
inline constexpr char EnrollDataArray[] = "enroll_data_array";
inline constexpr char EnableFlag[] = "enable_flag";
inline constexpr char DoorNumber[] = "door_no";
inline constexpr char FkName[] = "fk_name";
// SET_COMMAND: {"cmd":"enter_enroll","param":{"user_id","backup_number"}}.
inline constexpr char Cmd[] = "cmd";
inline constexpr char Param[] = "param";
inline constexpr char EnterEnroll[] = "enter_enroll";
// SET_WEB_SERVER_INFO travels in both key styles (protocol.md §6, §15.9).
inline constexpr char ServerIp[] = "server_ip";
inline constexpr char ServerPort[] = "server_port";
inline constexpr char IpAddress[] = "ip_address";
inline constexpr char Port[] = "port";
} // namespace ParameterKey

// SET_FK_NAME: no documented limit; 24 matches the identifier fields and fits every display seen.
inline constexpr int MaxTerminalNameLength = 24;
// OPEN_DOOR: public code only ever sends door 1 (protocol.md §6); a terminal with several lock
// outputs is allowed a few more, and anything beyond is almost certainly a typo.
inline constexpr int MaxDoorNumber = 4;
// Terminals truncate user names silently: WS535 keeps 8 characters, Fingerspot 15.
inline constexpr int SafeUserNameLength = 8;
// The console keeps a display name longer than any terminal's (they keep 8 to 24 characters),
// but bounded: a name is shown in tables, dialogs and reports, and must fit their columns.
inline constexpr int MaxUserNameLength = 64;
// Password credentials (backup number 10): the usual keypad limit; longer ones are warned about.
inline constexpr int UsualMaxPasswordDigits = 8;

enum class ParameterError {
    None,
    UnknownCommand, // CommandCode::Unknown
    MissingField,
    UnexpectedField,       // a key the command does not take (protects operators from typos)
    WrongType,             // e.g. an object where a list was expected
    InvalidUserId,         // not [A-Za-z0-9_]{1,24}
    InvalidBackupNumber,   // not a known credential kind, or 15 (the photo travels as user_photo)
    DuplicateBackupNumber, // the same backup number twice in enroll_data_array
    InvalidPrivilege,      // not USER, MANAGER, REGISTER or OPERATOR
    InvalidTime,           // not exactly YYYYMMDDhhmmss, or not a real date/time
    TimeRangeReversed,     // GET_LOG_DATA / GET_SLOG_DATA begin_time after end_time
    InvalidAddress,        // not a dotted IPv4 address
    LoopbackAddress,       // 127.x.x.x: the terminal itself, not this server
    UnreachableAddress,    // 0.x.x.x ("this host"), multicast, broadcast or reserved
    InvalidPort,           // not 1–65535
    ConflictingValues,     // both key styles of SET_WEB_SERVER_INFO given, with different values
    NonAsciiText,          // SET_FK_NAME "must be English"
    ControlCharacter,      // tabs, line breaks, NUL … in a name
    EmptyText,
    TextTooLong,
    InvalidCredentialData,  // a password or card number that is not ASCII digits
    InvalidEnableFlag,      // not ON or OFF
    InvalidDoorNumber,      // not 1 to MaxDoorNumber
    InvalidBinaryReference, // not a "BIN_k" string
    MissingBinary,          // "BIN_k" with fewer than k binaries given
    EmptyBinary,
    UnreferencedBinary, // a binary given that no field refers to: probably a wrong file list
};

enum class ParameterWarning {
    NameMayBeTruncated,   // longer than SafeUserNameLength characters
    PasswordMayBeTooLong, // more than UsualMaxPasswordDigits digits
};

struct BuiltCommand
{
    CommandCode code = CommandCode::Unknown;
    // What travels in the receive_cmd reply; an empty frame encodes to an empty body.
    BsCommFrame parameters;
    ParameterError error = ParameterError::None;
    // The JSON key the error is about, as a path into nested values:
    // "user_id", "enroll_data_array[1].backup_number" (0-based index), "BIN_2" for binaries.
    QString errorField;
    QList<QPair<ParameterWarning, QString>> warnings; // warning + field, in the same notation

    bool ok() const { return error == ParameterError::None; }
};

} // namespace punchclock::protocol
