#include "permissionmessages.h"

#include "commandline.h"

namespace punchclock::cli {

using services::Permission;

QString describe(Permission permission, const QString &department)
{
    const QString scope = department.isEmpty() ? QStringLiteral("every department") : department;
    switch (permission) {
    case Permission::ManageOperators: return QStringLiteral("only an administrator can manage operator accounts");
    case Permission::ChangeSettings: return QStringLiteral("only an administrator can change the settings");
    case Permission::BackupAndRestore: return QStringLiteral("only an administrator can back up or restore the data");
    case Permission::ErasePersonalData: return QStringLiteral("only an administrator can erase personal data");
    case Permission::ExportPersonalData: return QStringLiteral("only an administrator can export personal data");
    case Permission::ChangeSiteRules:
        return QStringLiteral("only a manager of every department can change shifts, holidays and attendance settings");
    case Permission::ClosePeriods: return QStringLiteral("only a manager of every department can close or reopen a period");
    case Permission::ManageDepartments: return QStringLiteral("only a manager of every department can change the departments");
    case Permission::ChangeSchedules:
        return QStringLiteral("only a manager of %1 can change the schedules and leave of its employees").arg(scope);
    case Permission::CorrectPunches:
        return QStringLiteral("only a manager of %1 can correct punches of its employees").arg(scope);
    case Permission::ManageTerminals: return QStringLiteral("only an operator or an administrator can manage terminals");
    case Permission::ManageUsers: return QStringLiteral("only an operator of %1 can change its employees").arg(scope);
    case Permission::ViewReports: return QStringLiteral("you may not see the employees of %1").arg(scope);
    case Permission::ViewAuditTrail: return QStringLiteral("only an administrator can see the whole audit trail");
    case Permission::ViewKeypadActivity:
        return QStringLiteral(
            "only an operator, a manager or an administrator can see what was done at a terminal's keypad");
    }
    return QStringLiteral("not allowed");
}

QString describeGeneric(const services::Outcome &outcome)
{
    switch (outcome.status) {
    case services::Outcome::Status::Done: return {};
    case services::Outcome::Status::NotAllowed: return describe(outcome.permission, outcome.department);
    case services::Outcome::Status::NotFound: return QStringLiteral("'%1' does not exist").arg(outcome.subject);
    case services::Outcome::Status::Storage:
        return outcome.detail.isEmpty() ? QStringLiteral("the database refused the change")
                                        : QStringLiteral("the database refused the change: %1").arg(outcome.detail);
    case services::Outcome::Status::Refused: break;
    }
    return QStringLiteral("refused");
}

int failed(CliContext &context, const services::Outcome &outcome)
{
    return context.failure(describeGeneric(outcome));
}

} // namespace punchclock::cli
