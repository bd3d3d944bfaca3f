#include "keypadactivitytext.h"

#include "adminlogrecord.h"
#include "codetables.h"

namespace punchclock::ui {

using protocol::AdminAction;
using protocol::AdminLogField;

QString KeypadActivityText::credential(int backupNumber)
{
    switch (protocol::credentialKind(backupNumber)) {
    case protocol::CredentialKind::Fingerprint: return tr("finger %1").arg(backupNumber + 1);
    case protocol::CredentialKind::Password: return tr("password");
    case protocol::CredentialKind::Card: return tr("card");
    case protocol::CredentialKind::Face: return tr("face");
    case protocol::CredentialKind::Palm: return tr("palm %1").arg(backupNumber - 12);
    case protocol::CredentialKind::Photo: return tr("photo");
    case protocol::CredentialKind::Vein: return tr("vein");
    case protocol::CredentialKind::Invalid: break;
    }
    return tr("credential %1").arg(backupNumber);
}

// ModifyUser names a field, or the credential changed by its backup number.
QString KeypadActivityText::modified(int target)
{
    switch (AdminLogField(target)) {
    case AdminLogField::VirtualId: return tr("Changed the virtual ID");
    case AdminLogField::Name: return tr("Changed the name");
    case AdminLogField::Password: return tr("Changed the password");
    case AdminLogField::Shift: return tr("Changed the shift");
    case AdminLogField::Privilege: return tr("Changed the privilege");
    case AdminLogField::Enabled: return tr("Enabled or disabled the user");
    case AdminLogField::Card: return tr("Changed the card");
    case AdminLogField::ValidDates: return tr("Changed the dates the user is valid");
    case AdminLogField::TimeGroup: return tr("Changed the time group");
    }
    if (protocol::credentialKind(target) != protocol::CredentialKind::Invalid)
        return tr("Changed %1").arg(credential(target));
    return tr("Changed the user (field %1)").arg(target);
}

QString KeypadActivityText::action(const storage::KeypadLogRow &row)
{
    if (!row.decoded)
        return tr("Record of a layout Punchclock cannot read: %1").arg(recordHex(row));
    switch (AdminAction(row.kind)) {
    case AdminAction::EnrollUser: return tr("Enrolled %1").arg(credential(row.target));
    case AdminAction::EnrollManager: return tr("Enrolled %1 of a manager").arg(credential(row.target));
    case AdminAction::DeleteFingerprint:
        return row.target <= 9 ? tr("Deleted %1").arg(credential(row.target)) : tr("Deleted the fingerprints");
    case AdminAction::DeletePassword: return tr("Deleted the password");
    case AdminAction::DeleteCard: return tr("Deleted the card");
    case AdminAction::DeleteAllLogs: return tr("Deleted all logs");
    case AdminAction::SystemSettings: return tr("Changed the system settings");
    case AdminAction::TimeSettings: return tr("Changed the date and time");
    case AdminAction::LogSettings: return tr("Changed the log settings");
    case AdminAction::CommunicationSettings: return tr("Changed the communication settings");
    case AdminAction::AccessTimes: return tr("Changed the access times");
    case AdminAction::DoorSettings: return tr("Changed the door settings");
    case AdminAction::DeleteFace: return tr("Deleted the face");
    case AdminAction::DeletePalm: return tr("Deleted the palm");
    case AdminAction::DeletePhoto: return tr("Deleted the photo");
    case AdminAction::ModifyUser: return modified(row.target);
    case AdminAction::DeleteUser: return tr("Deleted the user");
    }
    //: A kind of keypad action without a known meaning, by its number
    return tr("Action %1").arg(row.kind);
}

QString KeypadActivityText::person(const QString &id, const QString &name)
{
    if (id.isEmpty())
        return {};
    //: A user in the keypad activity: "7 (Maya Santos)"
    return name.isEmpty() ? id : tr("%1 (%2)").arg(id, name);
}

QString KeypadActivityText::manager(const storage::KeypadLogRow &row)
{
    if (!row.decoded)
        return {};
    return row.managerId.isEmpty() ? tr("Nobody") : person(row.managerId, row.managerName);
}

QString KeypadActivityText::verifiedWith(const storage::KeypadLogRow &row)
{
    return row.decoded && !row.managerId.isEmpty() ? credential(row.managerVerify) : QString();
}

QString KeypadActivityText::recordHex(const storage::KeypadLogRow &row)
{
    return QString::fromLatin1(row.record.toHex(' '));
}

} // namespace punchclock::ui
