#pragma once

#include "actor.h"

namespace punchclock::services {

// What a change needs. A department-scoped permission is checked against the department it
// touches (the user's, the schedule's owner's); a site-wide one needs an account of every
// department, since it changes everyone's results; the others depend on the role alone.
enum class Permission {
    ManageOperators,   // accounts, roles, passwords of others
    ChangeSettings,    // server, site and attendance settings
    BackupAndRestore,
    ErasePersonalData, // erase a person, purge old biometrics
    ExportPersonalData,
    ChangeSiteRules,   // shifts, holidays, attendance settings: everyone's results (site-wide)
    ClosePeriods,      // close and reopen payroll periods (site-wide)
    ManageDepartments, // create, rename, remove, move people between them (site-wide)
    ChangeSchedules,   // a department's or an employee's schedule, an employee's leave
    CorrectPunches,    // add, void, move punches of an employee
    ManageTerminals,   // approve, block, send terminal-wide commands (terminals belong to no department)
    ManageUsers,       // edit, enrol, send, copy, rename an employee
    ViewReports,
    ViewAuditTrail,    // the whole trail: who did what to whom (an employee's or a terminal's history
                       // is for whoever may see that employee or manage terminals)
    ViewKeypadActivity, // a terminal's administrator log: who enrolled or deleted whom at its keypad
};

QString permissionName(Permission permission); // "correct_punches", for the audit trail and the CLI

// Whether the role may do this at all.
bool roleAllows(Role role, Permission permission);
enum class PermissionScope {
    Role,       // the role decides alone
    Department, // the role, for the department concerned
    Site,       // the role, and an account of every department
};
PermissionScope scopeOf(Permission permission);

// Whether the actor may do this, for this department when the permission is scoped.
bool allows(const Actor &actor, Permission permission, std::optional<qint64> departmentId = {});

} // namespace punchclock::services
