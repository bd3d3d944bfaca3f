#include "permissiontext.h"

namespace punchclock::ui {

using services::Permission;

QString PermissionText::denied(Permission permission, const QString &department)
{
    const bool named = !department.isEmpty();
    switch (permission) {
    case Permission::ManageOperators: return tr("Only an administrator can manage operator accounts.");
    case Permission::ChangeSettings: return tr("Only an administrator can change the settings.");
    case Permission::BackupAndRestore: return tr("Only an administrator can back up or restore the data.");
    case Permission::ErasePersonalData: return tr("Only an administrator can erase personal data.");
    case Permission::ExportPersonalData: return tr("Only an administrator can export personal data.");
    case Permission::ChangeSiteRules:
        return tr("Only a manager of every department can change shifts, holidays and attendance settings.");
    case Permission::ClosePeriods: return tr("Only a manager of every department can close or reopen a period.");
    case Permission::ManageDepartments: return tr("Only a manager of every department can change the departments.");
    case Permission::ChangeSchedules:
        return named ? tr("Only a manager of %1 can change the schedules and leave of its employees.").arg(department)
                     : tr("Only a manager of every department can change the schedules and leave of employees "
                          "without a department.");
    case Permission::CorrectPunches:
        return named ? tr("Only a manager of %1 can correct punches of its employees.").arg(department)
                     : tr("Only a manager of every department can correct punches of employees without a "
                          "department.");
    case Permission::ManageTerminals: return tr("Only an operator or an administrator can manage terminals.");
    case Permission::ManageUsers:
        return named ? tr("Only an operator of %1 can change its employees.").arg(department)
                     : tr("Only an operator of every department can change employees without a department.");
    case Permission::ViewReports:
        return named ? tr("You may not see the employees of %1.").arg(department)
                     : tr("You may not see employees without a department.");
    case Permission::ViewAuditTrail: return tr("Only an administrator can see the whole audit trail.");
    case Permission::ViewKeypadActivity:
        return tr("Only an operator, a manager or an administrator can see what was done at a terminal's keypad.");
    }
    return tr("You may not do this.");
}

QString PermissionText::denied(const services::Outcome &outcome)
{
    return denied(outcome.permission, outcome.department);
}

QString PermissionText::notAllowed(const services::Actor &actor, Permission permission, const QString &department)
{
    if (services::roleAllows(actor.role, permission))
        return denied(permission, department);
    const QString role = roleName(actor.role);
    switch (permission) {
    case Permission::ManageOperators: return tr("Your role, %1, does not allow managing operator accounts.").arg(role);
    case Permission::ChangeSettings: return tr("Your role, %1, does not allow changing the settings.").arg(role);
    case Permission::BackupAndRestore: return tr("Your role, %1, does not allow backups and restores.").arg(role);
    case Permission::ErasePersonalData: return tr("Your role, %1, does not allow erasing personal data.").arg(role);
    case Permission::ExportPersonalData: return tr("Your role, %1, does not allow exporting personal data.").arg(role);
    case Permission::ChangeSiteRules:
        return tr("Your role, %1, does not allow changing shifts, holidays and attendance settings.").arg(role);
    case Permission::ClosePeriods: return tr("Your role, %1, does not allow closing or reopening periods.").arg(role);
    case Permission::ManageDepartments: return tr("Your role, %1, does not allow changing departments.").arg(role);
    case Permission::ChangeSchedules:
        return tr("Your role, %1, does not allow changing schedules and leave.").arg(role);
    case Permission::CorrectPunches: return tr("Your role, %1, does not allow correcting punches.").arg(role);
    case Permission::ManageTerminals: return tr("Your role, %1, does not allow managing terminals.").arg(role);
    case Permission::ManageUsers: return tr("Your role, %1, does not allow changing employees.").arg(role);
    case Permission::ViewReports: return tr("Your role, %1, does not allow seeing reports.").arg(role);
    case Permission::ViewAuditTrail: return tr("Your role, %1, does not allow seeing the audit trail.").arg(role);
    case Permission::ViewKeypadActivity:
        return tr("Your role, %1, does not allow seeing what was done at terminals' keypads.").arg(role);
    }
    return tr("You may not do this.");
}

QString PermissionText::roleName(services::Role role)
{
    using services::Role;
    switch (role) {
    case Role::Administrator: return tr("administrator");
    case Role::Manager: return tr("manager");
    case Role::Operator: return tr("operator");
    case Role::Viewer: return tr("viewer");
    }
    return {};
}

QString PermissionText::roleDescription(services::Role role)
{
    using services::Role;
    switch (role) {
    case Role::Administrator: return tr("Everything, including operator accounts, settings and backups.");
    case Role::Manager:
        return tr("Shifts, schedules, holidays, leave, corrections and periods, for their departments.");
    case Role::Operator: return tr("Terminals, their commands, and the employees of their departments.");
    case Role::Viewer: return tr("Sees the pages and the reports of their departments; changes nothing.");
    }
    return {};
}

} // namespace punchclock::ui
