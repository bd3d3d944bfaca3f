#include "usermessages.h"

#include "permissiontext.h"

#include "codetables.h"
#include "jobdescription.h"

#include <QLocale>

namespace punchclock::ui {

using protocol::ParameterError;

QString UserMessages::backupNumberName(int backupNumber)
{
    if (protocol::credentialKind(backupNumber) == protocol::CredentialKind::Invalid)
        return tr("Backup number %1").arg(backupNumber);
    return JobDescription::credentialName(backupNumber);
}

QString UserMessages::privilegeName(const QString &privilege)
{
    switch (protocol::privilegeFromName(privilege)) {
    case protocol::Privilege::User: return tr("User");
    case protocol::Privilege::Manager: return tr("Manager");
    case protocol::Privilege::Register: return tr("Enroller");
    case protocol::Privilege::Operator: return tr("Operator");
    case protocol::Privilege::Unknown: break;
    }
    return privilege;
}

QString UserMessages::credentialSummary(const storage::UserRow &user)
{
    QStringList parts;
    if (user.fingers > 0)
        parts << tr("Finger ×%n", nullptr, user.fingers);
    if (user.face)
        parts << tr("Face");
    if (user.card)
        parts << tr("Card");
    if (user.password)
        parts << tr("Password");
    return parts.isEmpty() ? tr("None") : QLocale().createSeparatedList(parts);
}

QString UserMessages::changeAction(storage::CredentialChange::Action action)
{
    switch (action) {
    case storage::CredentialChange::Action::Added: return tr("Added");
    case storage::CredentialChange::Action::Replaced: return tr("Replaced");
    case storage::CredentialChange::Action::Removed: return tr("Removed");
    }
    return {};
}

QString UserMessages::parameterError(ParameterError error)
{
    switch (error) {
    case ParameterError::None: return {};
    case ParameterError::InvalidUserId: return tr("A user id is 1 to 24 letters (A–Z), digits or underscores.");
    case ParameterError::InvalidBackupNumber: return tr("Terminals store no credential under this number.");
    case ParameterError::DuplicateBackupNumber: return tr("The same credential is given twice.");
    case ParameterError::InvalidPrivilege: return tr("Choose User, Manager, Enroller or Operator.");
    case ParameterError::ControlCharacter: return tr("The name contains a tab, line break or other control character.");
    case ParameterError::EmptyText: return tr("The name must not be empty.");
    case ParameterError::TextTooLong:
        return tr("A name has at most %n characters; shorten it.", nullptr, protocol::MaxUserNameLength);
    case ParameterError::InvalidCredentialData: return tr("Passwords and card numbers are digits only.");
    case ParameterError::EmptyBinary: return tr("The credential file is empty.");
    default: break;
    }
    return tr("The terminal command could not be built (error %1).").arg(int(error));
}

QString UserMessages::failure(const services::CommandService::Outcome &outcome)
{
    using Failure = services::CommandService::Outcome::Failure;
    switch (outcome.failure) {
    case Failure::None: return {};
    case Failure::UnknownTerminal: return tr("There is no terminal %1.").arg(outcome.subject);
    case Failure::InvalidParameters: return parameterError(outcome.command.error);
    case Failure::UnknownUser: return tr("User %1 is not stored on this PC.").arg(outcome.subject);
    case Failure::IncompleteUser:
        return tr("User %1 is known only from a terminal's user list; its name, privilege and credentials were "
                  "never read. Sending it would wipe them on the terminal: fetch it first (Fetch from terminal…) "
                  "or copy it from a terminal that holds it.")
            .arg(outcome.subject);
    case Failure::NoTerminals: return tr("No terminal was chosen to send to.");
    case Failure::NotAllowed: return PermissionText::denied(outcome.permission, outcome.department);
    case Failure::Storage: return tr("The database refused the change; nothing was queued.");
    }
    return {};
}

} // namespace punchclock::ui
