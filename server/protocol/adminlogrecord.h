#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One record of a terminal's administrator log (GET_SLOG_DATA, protocol.md §8.3): what a manager
// did at the keypad. The layout is known for FKDataHS101 and FKDataHS102 only; records of any
// other layout keep their bytes and nothing else.
namespace punchclock::protocol {

// `Kind` byte, the vendor server's enumSuperLogInfo (S1). Other values exist on terminals
// (0–2 at least) without a public meaning: they are kept as numbers.
enum class AdminAction : int {
    // 3 … 19 in the vendor's order.
    EnrollUser = 3,
    EnrollManager,
    DeleteFingerprint,
    DeletePassword,
    DeleteCard,
    DeleteAllLogs,
    SystemSettings,
    TimeSettings,
    LogSettings,
    CommunicationSettings,
    AccessTimes, // 13, "pass time": when users may pass the door
    DoorSettings,
    DeleteFace,
    DeletePalm,
    DeletePhoto,
    ModifyUser, // 18: what changed is in the target byte (AdminLogField or a backup number)
    DeleteUser, // 19
};

// Whether the kind is one of AdminAction's values.
bool isKnownAdminAction(int kind);

// The target byte of ModifyUser when it names a field rather than a credential (backup numbers
// 0–30, protocol.md §9.1, name the credential changed).
enum class AdminLogField : int {
    VirtualId = 0x80,
    Name = 0x81,
    Password = 0x82,
    Shift = 0x83,
    Privilege = 0x84,
    Enabled = 0x85,
    Card = 0x86,
    ValidDates = 0x90,
    TimeGroup = 0x91,
};

struct AdminLogRecord
{
    QByteArray raw;        // the record as the terminal sent it
    bool decoded = false;  // false: a layout Punchclock cannot read; only `raw` is meaningful
    int kind = 0;          // AdminAction, or another number
    QString managerId;     // who did it; empty when the terminal names nobody (id 0)
    QString userId;        // the user concerned; empty for none
    int managerVerify = 0; // backup number the manager identified with (protocol.md §9.1)
    int target = 0;        // the credential (backup number) or AdminLogField the action concerned
    QDateTime time;        // the terminal's wall clock, to the minute, zone-less (walltime.h)
};

} // namespace punchclock::protocol
