#include "payrollcolumn.h"

namespace punchclock::engine::reports {

QString payrollColumnKey(PayrollColumn column)
{
    switch (column) {
    case PayrollColumn::EmployeeId: return QStringLiteral("employee_id");
    case PayrollColumn::Name: return QStringLiteral("name");
    case PayrollColumn::Department: return QStringLiteral("department");
    case PayrollColumn::PeriodFrom: return QStringLiteral("period_from");
    case PayrollColumn::PeriodTo: return QStringLiteral("period_to");
    case PayrollColumn::DaysWorked: return QStringLiteral("days_worked");
    case PayrollColumn::ExpectedHours: return QStringLiteral("expected_hours");
    case PayrollColumn::WorkedHours: return QStringLiteral("worked_hours");
    case PayrollColumn::RegularHours: return QStringLiteral("regular_hours");
    case PayrollColumn::OvertimeHours: return QStringLiteral("overtime_hours");
    case PayrollColumn::NightHours: return QStringLiteral("night_hours");
    case PayrollColumn::HolidayHours: return QStringLiteral("holiday_hours");
    case PayrollColumn::LeaveDays: return QStringLiteral("leave_days");
    case PayrollColumn::LeaveDaysOther: return QStringLiteral("leave_days_other");
    case PayrollColumn::AbsenceDays: return QStringLiteral("absence_days");
    case PayrollColumn::LateCount: return QStringLiteral("late_count");
    case PayrollColumn::LateMinutes: return QStringLiteral("late_minutes");
    case PayrollColumn::EarlyLeaveCount: return QStringLiteral("early_leave_count");
    case PayrollColumn::EarlyLeaveMinutes: return QStringLiteral("early_leave_minutes");
    case PayrollColumn::MissingPunchDays: return QStringLiteral("missing_punch_days");
    }
    return {};
}

std::optional<PayrollColumn> payrollColumnNamed(const QString &key)
{
    for (const PayrollColumn column : allPayrollColumns()) {
        if (payrollColumnKey(column) == key)
            return column;
    }
    return std::nullopt;
}

PayrollValueKind payrollValueKind(PayrollColumn column)
{
    switch (column) {
    case PayrollColumn::EmployeeId:
    case PayrollColumn::Name:
    case PayrollColumn::Department: return PayrollValueKind::Text;
    case PayrollColumn::PeriodFrom:
    case PayrollColumn::PeriodTo: return PayrollValueKind::Date;
    case PayrollColumn::ExpectedHours:
    case PayrollColumn::WorkedHours:
    case PayrollColumn::RegularHours:
    case PayrollColumn::OvertimeHours:
    case PayrollColumn::NightHours:
    case PayrollColumn::HolidayHours: return PayrollValueKind::Hours;
    case PayrollColumn::DaysWorked:
    case PayrollColumn::LeaveDays:
    case PayrollColumn::LeaveDaysOther:
    case PayrollColumn::AbsenceDays:
    case PayrollColumn::LateCount:
    case PayrollColumn::LateMinutes:
    case PayrollColumn::EarlyLeaveCount:
    case PayrollColumn::EarlyLeaveMinutes:
    case PayrollColumn::MissingPunchDays: return PayrollValueKind::Number;
    }
    return PayrollValueKind::Text;
}

QList<PayrollColumn> allPayrollColumns()
{
    return {PayrollColumn::EmployeeId,        PayrollColumn::Name,
            PayrollColumn::Department,        PayrollColumn::PeriodFrom,
            PayrollColumn::PeriodTo,          PayrollColumn::DaysWorked,
            PayrollColumn::ExpectedHours,     PayrollColumn::WorkedHours,
            PayrollColumn::RegularHours,      PayrollColumn::OvertimeHours,
            PayrollColumn::NightHours,        PayrollColumn::HolidayHours,
            PayrollColumn::LeaveDays,         PayrollColumn::LeaveDaysOther,
            PayrollColumn::AbsenceDays,       PayrollColumn::LateCount,
            PayrollColumn::LateMinutes,       PayrollColumn::EarlyLeaveCount,
            PayrollColumn::EarlyLeaveMinutes, PayrollColumn::MissingPunchDays};
}

} // namespace punchclock::engine::reports
