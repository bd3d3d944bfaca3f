#include "permission.h"

namespace punchclock::services {

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ManageOperators: return QStringLiteral("manage_operators");
    case Permission::ChangeSettings: return QStringLiteral("change_settings");
    case Permission::BackupAndRestore: return QStringLiteral("backup_and_restore");
    case Permission::ErasePersonalData: return QStringLiteral("erase_personal_data");
    case Permission::ExportPersonalData: return QStringLiteral("export_personal_data");
    case Permission::ChangeSiteRules: return QStringLiteral("change_site_rules");
    case Permission::ClosePeriods: return QStringLiteral("close_periods");
    case Permission::ManageDepartments: return QStringLiteral("manage_departments");
    case Permission::ChangeSchedules: return QStringLiteral("change_schedules");
    case Permission::CorrectPunches: return QStringLiteral("correct_punches");
    case Permission::ManageTerminals: return QStringLiteral("manage_terminals");
    case Permission::ManageUsers: return QStringLiteral("manage_users");
    case Permission::ViewReports: return QStringLiteral("view_reports");
    case Permission::ViewAuditTrail: return QStringLiteral("view_audit_trail");
    case Permission::ViewKeypadActivity: return QStringLiteral("view_keypad_activity");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Manager:
        switch (permission) {
        case Permission::ChangeSiteRules:
        case Permission::ClosePeriods:
        case Permission::ManageDepartments:
        case Permission::ChangeSchedules:
        case Permission::CorrectPunches:
        case Permission::ViewReports:
        case Permission::ViewKeypadActivity:
            return true;
        default:
            return false;
        }
    case Role::Operator:
        return permission == Permission::ManageTerminals || permission == Permission::ManageUsers ||
            permission == Permission::ViewReports || permission == Permission::ViewKeypadActivity;
    case Role::Viewer:
        return permission == Permission::ViewReports;
    }
    return false;
}

PermissionScope scopeOf(Permission permission)
{
    switch (permission) {
    case Permission::ChangeSchedules:
    case Permission::CorrectPunches:
    case Permission::ManageUsers:
    case Permission::ViewReports:
        return PermissionScope::Department;
    case Permission::ChangeSiteRules:
    case Permission::ClosePeriods:
    case Permission::ManageDepartments:
        return PermissionScope::Site;
    case Permission::ManageOperators:
    case Permission::ChangeSettings:
    case Permission::BackupAndRestore:
    case Permission::ErasePersonalData:
    case Permission::ExportPersonalData:
    case Permission::ManageTerminals:
    case Permission::ViewAuditTrail:
    case Permission::ViewKeypadActivity:
        break;
    }
    return PermissionScope::Role;
}

bool allows(const Actor &actor, Permission permission, std::optional<qint64> departmentId)
{
    if (!roleAllows(actor.role, permission))
        return false;
    switch (scopeOf(permission)) {
    case PermissionScope::Role: return true;
    case PermissionScope::Department: return actor.covers(departmentId);
    case PermissionScope::Site: return actor.allDepartments;
    }
    return false;
}

} // namespace punchclock::services
