#include "payrollprofiletext.h"

#include "outcometext.h"

namespace punchclock::ui {

using engine::reports::PayrollColumn;
using engine::reports::PayrollProfile;
using engine::reports::PayrollProfileError;
using engine::reports::PayrollProfileProblem;

QString PayrollProfileText::columnName(PayrollColumn column)
{
    switch (column) {
    case PayrollColumn::EmployeeId: return tr("Employee ID");
    case PayrollColumn::Name: return tr("Name");
    case PayrollColumn::Department: return tr("Department");
    case PayrollColumn::PeriodFrom: return tr("Period from");
    case PayrollColumn::PeriodTo: return tr("Period to");
    case PayrollColumn::DaysWorked: return tr("Days worked");
    case PayrollColumn::ExpectedHours: return tr("Expected hours");
    case PayrollColumn::WorkedHours: return tr("Worked hours");
    case PayrollColumn::RegularHours: return tr("Regular hours");
    case PayrollColumn::OvertimeHours: return tr("Overtime hours");
    case PayrollColumn::NightHours: return tr("Night hours");
    case PayrollColumn::HolidayHours: return tr("Hours on holidays");
    case PayrollColumn::LeaveDays: return tr("Leave days");
    case PayrollColumn::LeaveDaysOther: return tr("Leave days of other kinds");
    case PayrollColumn::AbsenceDays: return tr("Days absent");
    case PayrollColumn::LateCount: return tr("Times late");
    case PayrollColumn::LateMinutes: return tr("Minutes late");
    case PayrollColumn::EarlyLeaveCount: return tr("Times left early");
    case PayrollColumn::EarlyLeaveMinutes: return tr("Minutes left early");
    case PayrollColumn::MissingPunchDays: return tr("Days with a missing punch");
    }
    return {};
}

QString PayrollProfileText::columnMeaning(PayrollColumn column)
{
    switch (column) {
    case PayrollColumn::EmployeeId:
    case PayrollColumn::Name:
    case PayrollColumn::Department: return {};
    case PayrollColumn::PeriodFrom:
    case PayrollColumn::PeriodTo: return tr("The first or last day of the exported period.");
    case PayrollColumn::DaysWorked: return tr("Days with time worked.");
    case PayrollColumn::ExpectedHours: return tr("The hours the schedule planned.");
    case PayrollColumn::WorkedHours: return tr("All hours worked, breaks deducted.");
    case PayrollColumn::RegularHours: return tr("Hours worked that are not overtime.");
    case PayrollColumn::OvertimeHours:
        return tr("Hours worked beyond the plan, and all work on days off and holidays.");
    case PayrollColumn::NightHours: return tr("Hours worked within the night set in the attendance settings.");
    case PayrollColumn::HolidayHours: return tr("Hours worked on working days that are holidays.");
    case PayrollColumn::LeaveDays:
        return tr("Planned working days on leave of the kind given (every kind when none is given).");
    case PayrollColumn::LeaveDaysOther:
        return tr("Planned working days on leave of the kinds no other leave column names.");
    case PayrollColumn::AbsenceDays: return tr("Planned working days without any punch.");
    case PayrollColumn::LateCount:
    case PayrollColumn::LateMinutes: return tr("Arrivals later than the shift's grace allows.");
    case PayrollColumn::EarlyLeaveCount:
    case PayrollColumn::EarlyLeaveMinutes: return tr("Departures earlier than the shift's grace allows.");
    case PayrollColumn::MissingPunchDays: return tr("Days with an arrival or departure missing.");
    }
    return {};
}

QString PayrollProfileText::problem(const PayrollProfileProblem &problem, const PayrollProfile &profile)
{
    QString text;
    switch (problem.error) {
    case PayrollProfileError::None: return {};
    case PayrollProfileError::EmptyName: text = tr("The profile needs a name."); break;
    case PayrollProfileError::InvalidName:
        text = tr("A profile's name has at most %1 characters, on one line.").arg(PayrollProfile::MaxNameLength);
        break;
    case PayrollProfileError::ShippedName:
        text = tr("“%1” comes with Punchclock and cannot be changed or removed. Save your changes under another "
                  "name.")
                   .arg(problem.detail);
        break;
    case PayrollProfileError::DuplicateName:
        text = tr("Another saved profile is called “%1”.").arg(problem.detail);
        break;
    case PayrollProfileError::NoColumns: text = tr("Choose at least one column."); break;
    case PayrollProfileError::TooManyColumns:
        text = tr("A profile has at most %1 columns.").arg(PayrollProfile::MaxColumns);
        break;
    case PayrollProfileError::UnknownColumn:
        text = tr("This version does not know the column “%1”.").arg(problem.detail);
        break;
    case PayrollProfileError::EmptyHeader: text = tr("The header is empty."); break;
    case PayrollProfileError::InvalidHeader:
        text = tr("A header has at most %1 characters, on one line.").arg(PayrollProfile::MaxTextLength);
        break;
    case PayrollProfileError::InvalidLeaveKind:
        text =
            tr("Only a leave column has a kind of leave, of at most %1 characters.").arg(PayrollProfile::MaxTextLength);
        break;
    case PayrollProfileError::InvalidHoursFormat: text = tr("Hours are written as h:mm or as a decimal number."); break;
    case PayrollProfileError::InvalidDecimalPlaces:
        text = tr("Decimal places go from 0 to %1.").arg(PayrollProfile::MaxDecimalPlaces);
        break;
    case PayrollProfileError::InvalidDecimalSeparator: text = tr("The decimal separator is a point or a comma."); break;
    case PayrollProfileError::InvalidDateFormat:
        text = tr("“%1” is not a date format: use d or dd, M or MM, yy or yyyy, each once, with the separators "
                  "- . / , or a space (such as yyyy-MM-dd or dd.MM.yyyy).")
                   .arg(problem.detail);
        break;
    case PayrollProfileError::InvalidDelimiter:
        text = tr("Separate the fields with a comma, a semicolon, a tab or |.");
        break;
    case PayrollProfileError::SeparatorIsDelimiter:
        text = tr("With a comma as the decimal separator, separate the fields with a semicolon or a tab.");
        break;
    case PayrollProfileError::NotAProfile: text = tr("This is not a payroll profile."); break;
    case PayrollProfileError::InvalidStoredProfiles:
        //: %1 why the stored text cannot be read, in English
        text = tr("The saved payroll profiles cannot be read (%1). Only the shipped profiles can be used until "
                  "an administrator repairs the setting payroll.profiles.")
                   .arg(problem.detail);
        break;
    case PayrollProfileError::UnknownProfile:
        text = tr("There is no payroll profile called “%1”.").arg(problem.detail);
        break;
    }
    if (problem.column < 0 || problem.column >= profile.columns.size())
        return text;
    //: %1 the column's position, %2 its name, %3 the problem
    return tr("Column %1 (%2): %3")
        .arg(problem.column + 1)
        .arg(columnName(profile.columns.at(problem.column).column), text);
}

QString PayrollProfileText::outcome(const services::Outcome &outcome, const PayrollProfile &profile)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return OutcomeText::general(outcome);
    return problem({outcome.error<PayrollProfileError>(), int(outcome.id), outcome.subject}, profile);
}

} // namespace punchclock::ui
