#include "shiftrules.h"

namespace punchclock::engine::attendance {

using storage::AttendanceError;

namespace {

constexpr int MinutesPerDay = 24 * 60;

int minutesOfDay(QTime time)
{
    return time.hour() * 60 + time.minute();
}

// Whether start and end make a shift; the checks that need its length wait for this.
bool checkTimes(const storage::ShiftRow &shift, QList<ShiftProblem> &problems)
{
    if (!shift.start.isValid())
        problems.append({ShiftField::Start, AttendanceError::InvalidTimes});
    if (!shift.end.isValid() || (shift.start.isValid() && minutesOfDay(shift.start) == minutesOfDay(shift.end)))
        problems.append({ShiftField::End, AttendanceError::InvalidTimes});
    return shift.start.isValid() && shift.end.isValid() && minutesOfDay(shift.start) != minutesOfDay(shift.end);
}

void checkMinutes(const storage::ShiftRow &shift, QList<ShiftProblem> &problems)
{
    const std::pair<ShiftField, int> minutes[] = {
        {ShiftField::LateGrace, shift.lateGraceMinutes},
        {ShiftField::EarlyLeaveGrace, shift.earlyLeaveGraceMinutes},
        {ShiftField::Break, shift.breakMinutes},
        {ShiftField::BreakAfter, shift.breakAfterMinutes},
        {ShiftField::Rounding, shift.roundingMinutes},
        {ShiftField::OvertimeThreshold, shift.overtimeThresholdMinutes},
    };
    for (const auto &[field, value] : minutes) {
        if (value < 0)
            problems.append({field, AttendanceError::NegativeMinutes});
    }
}

// The day change must leave the next day's own start alone, and a night shift's end has to
// come before it, or its departure would count for the next day.
bool dayChangeFits(const storage::ShiftRow &shift)
{
    if (!shift.dayChange.isValid())
        return false;
    const int start = minutesOfDay(shift.start);
    const int end = minutesOfDay(shift.end);
    const int dayChange = minutesOfDay(shift.dayChange);
    return dayChange <= start && (end >= start || dayChange >= end);
}

} // namespace

QList<ShiftProblem> shiftProblems(const storage::ShiftRow &shift)
{
    QList<ShiftProblem> problems;
    if (shift.name.trimmed().isEmpty())
        problems.append({ShiftField::Name, AttendanceError::EmptyName});
    const bool timesValid = checkTimes(shift, problems);
    checkMinutes(shift, problems);
    if (timesValid) {
        const int start = minutesOfDay(shift.start);
        const int end = minutesOfDay(shift.end);
        const int length = end > start ? end - start : end + MinutesPerDay - start;
        if (shift.breakMinutes >= length)
            problems.append({ShiftField::Break, AttendanceError::BreakTooLong});
    }
    // A negative step is reported once, as negative.
    if (shift.rounding != storage::ShiftRounding::None && shift.roundingMinutes >= 0 && shift.roundingMinutes < 2)
        problems.append({ShiftField::Rounding, AttendanceError::InvalidRounding});
    if (timesValid && !dayChangeFits(shift))
        problems.append({ShiftField::DayChange, AttendanceError::InvalidDayChange});
    return problems;
}

QString shiftFieldKey(ShiftField field)
{
    switch (field) {
    case ShiftField::Name: return QStringLiteral("name");
    case ShiftField::Start: return QStringLiteral("start");
    case ShiftField::End: return QStringLiteral("end");
    case ShiftField::LateGrace: return QStringLiteral("late_grace_min");
    case ShiftField::EarlyLeaveGrace: return QStringLiteral("early_leave_grace_min");
    case ShiftField::Break: return QStringLiteral("break_min");
    case ShiftField::BreakAfter: return QStringLiteral("break_after_min");
    case ShiftField::Rounding: return QStringLiteral("rounding_min");
    case ShiftField::OvertimeThreshold: return QStringLiteral("overtime_threshold_min");
    case ShiftField::DayChange: break;
    }
    return QStringLiteral("day_change");
}

} // namespace punchclock::engine::attendance
