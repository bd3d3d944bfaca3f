#include "terminalmessages.h"

#include "permissiontext.h"

namespace punchclock::ui {

QString TerminalMessages::failure(const services::CommandService::Outcome &outcome)
{
    using Failure = services::CommandService::Outcome::Failure;
    switch (outcome.failure) {
    case Failure::None: return {};
    case Failure::UnknownTerminal: return tr("There is no terminal %1 any more.").arg(outcome.subject);
    case Failure::InvalidParameters: return parameterError(outcome.command.error);
    case Failure::UnknownUser: return tr("User %1 is not stored on this PC.").arg(outcome.subject);
    case Failure::IncompleteUser:
        return tr("User %1 is known only from a terminal's user list; its name, privilege and credentials were "
                  "never read. Sending it would wipe them on the terminal: fetch the user from a terminal first.")
            .arg(outcome.subject);
    case Failure::NoTerminals: return tr("No terminal was chosen to send to.");
    case Failure::NotAllowed: return PermissionText::denied(outcome.permission, outcome.department);
    case Failure::Storage: return tr("The database refused the change; nothing was queued.");
    }
    return {};
}

QString TerminalMessages::parameterError(protocol::ParameterError error)
{
    using protocol::ParameterError;
    switch (error) {
    case ParameterError::InvalidTime: return tr("The date or time is not valid.");
    case ParameterError::TimeRangeReversed: return tr("The start of the range is after its end.");
    case ParameterError::InvalidAddress: return tr("The address is not an IPv4 address such as 192.168.1.20.");
    case ParameterError::LoopbackAddress:
        return tr("127.x.x.x is the terminal itself: it would never reach this server again. Use this PC's LAN "
                  "address, shown in the status bar.");
    case ParameterError::UnreachableAddress:
        return tr("No terminal can reach a server at this address (0.x.x.x, multicast or broadcast). Use this "
                  "PC's LAN address, shown in the status bar.");
    case ParameterError::InvalidPort: return tr("The port must be a number from 1 to 65535.");
    case ParameterError::NonAsciiText: return tr("Terminals accept only English letters, digits and punctuation.");
    case ParameterError::ControlCharacter: return tr("The name must not contain tabs or line breaks.");
    case ParameterError::EmptyText: return tr("The name must not be empty.");
    case ParameterError::TextTooLong:
        return tr("The name is longer than %n characters.", nullptr, protocol::MaxTerminalNameLength);
    default: return tr("The command could not be built (error %1).").arg(int(error));
    }
}

} // namespace punchclock::ui
