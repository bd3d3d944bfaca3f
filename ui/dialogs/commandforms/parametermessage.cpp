#include "parametermessage.h"

namespace punchclock::ui {

using protocol::ParameterError;

QString ParameterMessage::text(ParameterError error)
{
    switch (error) {
    case ParameterError::None: return {};
    case ParameterError::UnknownCommand: return tr("Choose a command.");
    case ParameterError::MissingField: return tr("Required.");
    case ParameterError::UnexpectedField: return tr("This command does not take this value.");
    case ParameterError::WrongType: return tr("This value has the wrong form.");
    case ParameterError::InvalidUserId: return tr("A user id is 1 to 24 letters, digits or _.");
    case ParameterError::InvalidBackupNumber: return tr("Choose a finger, password, card, face, palm or vein.");
    case ParameterError::DuplicateBackupNumber: return tr("The same credential is included twice.");
    case ParameterError::InvalidPrivilege: return tr("Choose User, Manager, Register or Operator.");
    case ParameterError::InvalidTime: return tr("Not a real date and time.");
    case ParameterError::TimeRangeReversed: return tr("The start is after the end.");
    case ParameterError::InvalidAddress: return tr("Enter an IPv4 address such as 192.168.1.20.");
    case ParameterError::LoopbackAddress:
        return tr("127.x.x.x is the terminal itself: it would never reach this server again. Enter this PC's "
                  "LAN address, shown in the status bar.");
    case ParameterError::UnreachableAddress:
        return tr("No terminal can reach a server at this address (0.x.x.x, multicast or broadcast). Enter this "
                  "PC's LAN address, shown in the status bar.");
    case ParameterError::InvalidPort: return tr("A port is a number from 1 to 65535.");
    case ParameterError::ConflictingValues: return tr("Given twice with different values.");
    case ParameterError::NonAsciiText: return tr("Terminals accept only English letters, digits and punctuation here.");
    case ParameterError::ControlCharacter: return tr("Contains a tab, line break or other control character.");
    case ParameterError::EmptyText: return tr("Must not be empty.");
    case ParameterError::TextTooLong: return tr("Too long for the terminal.");
    case ParameterError::InvalidCredentialData: return tr("Passwords and card numbers are digits only.");
    case ParameterError::InvalidEnableFlag: return tr("Choose enabled or disabled.");
    case ParameterError::InvalidDoorNumber:
        return tr("Choose a door from 1 to %1; most terminals drive door 1.").arg(protocol::MaxDoorNumber);
    case ParameterError::InvalidBinaryReference:
    case ParameterError::MissingBinary: return tr("Choose a file.");
    case ParameterError::EmptyBinary: return tr("The file is empty.");
    case ParameterError::UnreferencedBinary: return tr("A file is attached that nothing uses.");
    }
    return tr("Not valid.");
}

QString ParameterMessage::text(protocol::ParameterWarning warning)
{
    switch (warning) {
    case protocol::ParameterWarning::NameMayBeTruncated:
        return tr("Longer than %1 characters: some terminals cut names short.").arg(protocol::SafeUserNameLength);
    case protocol::ParameterWarning::PasswordMayBeTooLong:
        return tr("More than %1 digits: many terminals accept no longer passwords.").arg(protocol::UsualMaxPasswordDigits);
    }
    return {};
}

} // namespace punchclock::ui
