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
    }
    return tr("You may not do this.");
}

QString PermissionText::denied(const services::Outcome &outcome)
{
    return denied(outcome.permission, outcome.department);
}

} // namespace punchclock::ui
