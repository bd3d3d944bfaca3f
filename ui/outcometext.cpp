#include "outcometext.h"

#include "attendanceerrortext.h"
#include "permissiontext.h"
#include "usermessages.h"

namespace punchclock::ui {

using services::Outcome;

QString OutcomeText::general(const Outcome &outcome)
{
    switch (outcome.status) {
    case Outcome::Status::Done:
    case Outcome::Status::Refused: return {};
    case Outcome::Status::NotAllowed: return PermissionText::denied(outcome);
    case Outcome::Status::NotFound: return tr("It is no longer stored: someone may have removed it meanwhile.");
    case Outcome::Status::Storage:
        return outcome.detail.isEmpty() ? tr("The database refused the change.")
                                        //: %1 the database driver's own words
                                        : tr("The database refused the change: %1").arg(outcome.detail);
    }
    return {};
}

QString OutcomeText::attendance(const Outcome &outcome)
{
    if (outcome.status != Outcome::Status::Refused)
        return general(outcome);
    return AttendanceErrorText::text(outcome.error<storage::AttendanceError>(), outcome.closedPeriod);
}

QString OutcomeText::correction(const Outcome &outcome)
{
    if (outcome.status != Outcome::Status::Refused)
        return general(outcome);
    return AttendanceErrorText::text(outcome.error<storage::CorrectionError>(), outcome.closedPeriod);
}

QString OutcomeText::period(const Outcome &outcome)
{
    if (outcome.status != Outcome::Status::Refused)
        return general(outcome);
    return AttendanceErrorText::text(outcome.error<storage::PeriodError>(), outcome.closedPeriod);
}

QString OutcomeText::department(const Outcome &outcome, const QString &name)
{
    if (outcome.status != Outcome::Status::Refused)
        return general(outcome);
    using services::DepartmentError;
    switch (outcome.error<DepartmentError>()) {
    case DepartmentError::None: return {};
    case DepartmentError::EmptyName: return tr("A department needs a name.");
    case DepartmentError::NameTaken: return tr("There is already a department called \"%1\".").arg(name);
    case DepartmentError::PeriodClosed:
        if (outcome.closedPeriod)
            //: %1 the closed period (its days, who closed it, when and why)
            return tr("This would change which weekly schedule applies on days of a closed period. %1")
                .arg(AttendanceErrorText::closedPeriod(*outcome.closedPeriod));
        return tr("This would change which weekly schedule applies on days of a closed period.");
    }
    return {};
}

QString OutcomeText::user(const Outcome &outcome, const QString &department)
{
    if (outcome.status == Outcome::Status::Refused && outcome.subject == QLatin1String(protocol::ParameterKey::UserName))
        return UserMessages::parameterError(outcome.error<protocol::ParameterError>());
    return OutcomeText::department(outcome, department);
}

QString OutcomeText::operatorAccount(const Outcome &outcome)
{
    if (outcome.status != Outcome::Status::Refused)
        return general(outcome);
    return operatorError(outcome.error<services::OperatorError>(), int(outcome.id));
}

QString OutcomeText::operatorError(services::OperatorError error, int waitSeconds)
{
    using services::OperatorAdmin;
    using services::OperatorError;
    switch (error) {
    case OperatorError::None: return {};
    case OperatorError::EmptyName: return tr("Enter a name.");
    case OperatorError::NameTaken: return tr("There is already an operator with this name.");
    case OperatorError::PasswordTooShort:
        return tr("The password needs at least %n characters.", nullptr, OperatorAdmin::MinimumPasswordLength);
    case OperatorError::PasswordContainsName: return tr("The password must not contain the name.");
    case OperatorError::LastAdministrator:
        return tr("This is the last administrator: make another operator an administrator first.");
    case OperatorError::FirstAdministratorExists:
        return tr("An administrator was created meanwhile, from another console. Sign in with that account.");
    case OperatorError::WrongPassword: return tr("The name or the password is wrong.");
    case OperatorError::Disabled: return tr("This account is disabled. An administrator can enable it again.");
    case OperatorError::Waiting: return tr("Too many failed attempts. Try again in %n s.", nullptr, waitSeconds);
    case OperatorError::HashFailed: return tr("The password could not be stored safely. Try again.");
    }
    return {};
}

} // namespace punchclock::ui
