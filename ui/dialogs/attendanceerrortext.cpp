#include "attendanceerrortext.h"

#include "reportbuilder.h"
#include "reporttexts.h"

namespace punchclock::ui {

QString AttendanceErrorText::text(storage::AttendanceError error)
{
    using storage::AttendanceError;
    switch (error) {
    case AttendanceError::None:
        return {};
    case AttendanceError::EmptyName:
        return tr("Enter a name.");
    case AttendanceError::DuplicateName:
        return tr("Another shift already has this name.");
    case AttendanceError::InvalidTimes:
        return tr("Enter a start and an end; they cannot be the same.");
    case AttendanceError::InvalidDayChange:
        return tr("The day change must lie between the shift's end and its start.");
    case AttendanceError::NegativeMinutes:
        return tr("Minutes cannot be negative.");
    case AttendanceError::BreakTooLong:
        return tr("The break must be shorter than the shift.");
    case AttendanceError::InvalidRounding:
        return tr("Rounding needs a step of at least 2 minutes.");
    case AttendanceError::ShiftInUse:
        return tr("A weekly schedule still plans this shift. Change the schedule first.");
    case AttendanceError::UnknownShift:
        return tr("That shift no longer exists.");
    case AttendanceError::UnknownDepartment:
        return tr("That department no longer exists.");
    case AttendanceError::InvalidDate:
        return tr("Enter a valid date; the last day cannot be before the first.");
    case AttendanceError::InvalidSetting:
        return tr("That value is not allowed.");
    case AttendanceError::PeriodClosed:
        return tr("This would change the results of a closed period. A manager can reopen it under Reports → "
                  "Periods.");
    case AttendanceError::Storage:
        return tr("The database refused the change.");
    }
    return {};
}

QString AttendanceErrorText::text(storage::CorrectionError error)
{
    using storage::CorrectionError;
    switch (error) {
    case CorrectionError::None:
        return {};
    case CorrectionError::EmptyReason:
        return tr("A correction needs a reason.");
    case CorrectionError::EmptyUser:
        return tr("Pick the employee whose punch this is.");
    case CorrectionError::InvalidTime:
        return tr("Enter a valid date and time.");
    case CorrectionError::UnknownPunch:
        return tr("That punch is not stored.");
    case CorrectionError::UnknownCorrection:
        return tr("That correction is not known.");
    case CorrectionError::AlreadyRevoked:
        return tr("That correction was already revoked.");
    case CorrectionError::PeriodClosed:
        return tr("This punch's day is in a closed period. A manager can reopen it under Reports → Periods.");
    case CorrectionError::Storage:
        return tr("The database refused the change.");
    }
    return {};
}

QString AttendanceErrorText::text(storage::AttendanceError error,
                                  const std::optional<storage::ClosedPeriodRow> &period)
{
    return error == storage::AttendanceError::PeriodClosed && period ? closedPeriod(*period) : text(error);
}

QString AttendanceErrorText::text(storage::CorrectionError error,
                                  const std::optional<storage::ClosedPeriodRow> &period)
{
    return error == storage::CorrectionError::PeriodClosed && period ? closedPeriod(*period) : text(error);
}

QString AttendanceErrorText::text(storage::PeriodError error, const std::optional<storage::ClosedPeriodRow> &conflict)
{
    using storage::PeriodError;
    switch (error) {
    case PeriodError::None:
        return {};
    case PeriodError::InvalidDates:
        return tr("Enter a valid date; the last day cannot be before the first.");
    case PeriodError::EmptyReason:
        return tr("Enter a reason: it is kept with the period for whoever reads its results later.");
    case PeriodError::Overlaps:
        if (conflict)
            //: %1 the closed period (its days, who closed it, when and why)
            return tr("It overlaps a period that is already closed: %1").arg(closedPeriod(*conflict));
        return tr("It overlaps a period that is already closed.");
    case PeriodError::UnknownPeriod:
        return tr("That period is no longer stored.");
    case PeriodError::AlreadyReopened:
        return tr("That period was already reopened.");
    case PeriodError::Storage:
        return tr("The database refused the change.");
    }
    return {};
}

QString AttendanceErrorText::closedPeriod(const storage::ClosedPeriodRow &period)
{
    //: %1 the period, %2 who closed it, %3 the day it was closed, %4 why
    return tr("%1 is closed (%2, %3: %4). A manager can reopen it under Reports → Periods.")
        .arg(ReportTexts::period(period.from, period.to), period.closedBy,
             ReportTexts::date(period.closedAt.toLocalTime().date()), period.closeReason);
}

QString AttendanceErrorText::text(engine::reports::ReportError error)
{
    using engine::reports::ReportError;
    switch (error) {
    case ReportError::InvalidPeriod:
        return tr("The period is not valid: the last day is before the first.");
    case ReportError::PeriodTooLong:
        return tr("The period is too long: a report covers at most %n days.", nullptr,
                  engine::reports::ReportBuilder::maximumDays);
    case ReportError::UnknownDepartment:
        return tr("That department no longer exists.");
    case ReportError::UnknownUser:
        return tr("That employee is not known.");
    case ReportError::NotAllowed:
        return tr("You may see only the employees of your departments.");
    case ReportError::Storage:
        return tr("The database could not be read.");
    case ReportError::None:
        break;
    }
    return tr("The report could not be built.");
}

} // namespace punchclock::ui
