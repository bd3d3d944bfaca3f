#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace punchclock::engine::reports {

// What a column of a payroll export holds: one figure of one employee's period. Profiles name
// columns by their key (payrollColumnKey), which stays the same from version to version, so that
// a saved profile and a payroll program's import keep working. docs/payroll.md says what each
// one counts.
enum class PayrollColumn {
    EmployeeId,        // "employee_id"
    Name,              // "name"
    Department,        // "department"
    PeriodFrom,        // "period_from": the first day exported
    PeriodTo,          // "period_to": the last day exported
    DaysWorked,        // "days_worked": days with time worked
    ExpectedHours,     // "expected_hours"
    WorkedHours,       // "worked_hours"
    RegularHours,      // "regular_hours": worked − overtime
    OvertimeHours,     // "overtime_hours"
    NightHours,        // "night_hours": worked within the site's night window
    HolidayHours,      // "holiday_hours": worked on working days that are holidays
    LeaveDays,         // "leave_days": planned working days on leave, of the column's kind, or of every kind
    LeaveDaysOther,    // "leave_days_other": those of kinds that no leave_days column of the profile names
    AbsenceDays,       // "absence_days"
    LateCount,         // "late_count": days late beyond the grace
    LateMinutes,       // "late_minutes"
    EarlyLeaveCount,   // "early_leave_count"
    EarlyLeaveMinutes, // "early_leave_minutes"
    MissingPunchDays,  // "missing_punch_days"
};

// How a column's values are written.
enum class PayrollValueKind {
    Text,   // QString
    Date,   // QDate, in the profile's date format
    Hours,  // int minutes, in the profile's hours format
    Number, // int: days, counts, minutes
};

QString payrollColumnKey(PayrollColumn column);
std::optional<PayrollColumn> payrollColumnNamed(const QString &key);
PayrollValueKind payrollValueKind(PayrollColumn column);
// Every column, in the order of the enum (the order a profile editor offers them in).
QList<PayrollColumn> allPayrollColumns();

} // namespace punchclock::engine::reports
