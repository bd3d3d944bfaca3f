#pragma once

#include "terminalquirks.h"
#include "terminalstate.h"

#include "bscommframe.h"
#include "protocolcodes.h"

#include <QByteArray>

namespace punchclock::simulator {

namespace ReturnCode = protocol::ReturnCode;

// What a terminal does after executing one command.
struct CommandOutcome
{
    enum class Kind {
        Result,   // send_cmd_result with returnCode and the framed result (empty body when empty)
        NoResult, // send nothing at all: unknown command, or a quirk's silence
        Restart,  // RESET_FK: restart at once, no result
    };

    Kind kind = Kind::Result;
    QByteArray returnCode = ReturnCode::Ok;
    protocol::BsCommFrame result;

    static CommandOutcome ok(protocol::BsCommFrame result = {});
    static CommandOutcome failed(const char *returnCode);
    static CommandOutcome silent();
    static CommandOutcome restart();
};

// Executes the commands of protocol.md §6 against a terminal's state, the way the firmware does.
class CommandExecutor
{
public:
    CommandExecutor(TerminalState &state, TerminalQuirks quirks);

    // Enrolments, changes and deletions of users go into the terminal's administrator log.
    CommandOutcome execute(const QByteArray &commandCode, const protocol::BsCommFrame &parameters);

private:
    CommandOutcome carryOut(const QByteArray &commandCode, const protocol::BsCommFrame &parameters);
    CommandOutcome getEnrollData(const QJsonObject &parameters);
    CommandOutcome setEnrollData(const protocol::BsCommFrame &parameters);
    CommandOutcome setTime(const QJsonObject &parameters);
    CommandOutcome deleteUser(const QJsonObject &parameters);
    CommandOutcome setUserName(const QJsonObject &parameters);
    CommandOutcome setUserPrivilege(const QJsonObject &parameters);
    CommandOutcome getUserIdList() const;
    CommandOutcome getLogData(const QJsonObject &parameters) const;
    CommandOutcome setFkName(const QJsonObject &parameters);
    CommandOutcome getDeviceStatus() const;
    CommandOutcome setUserInfo(const protocol::BsCommFrame &parameters);
    CommandOutcome getUserInfo(const QJsonObject &parameters) const;
    CommandOutcome setWebServerInfo(const QJsonObject &parameters);
    CommandOutcome enableUser(const QJsonObject &parameters);
    CommandOutcome openDoor(const QJsonObject &parameters);
    CommandOutcome enableEnrollFunc(const QJsonObject &parameters);
    CommandOutcome setCommand(const QJsonObject &parameters);

    CommandOutcome unknownUser() const;
    bool supportsBackupNumber(int backupNumber) const;

    TerminalState &m_state;
    TerminalQuirks m_quirks;
};

} // namespace punchclock::simulator
