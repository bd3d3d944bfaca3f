#include "payrollexport.h"

#include <QSet>

#include <algorithm>

namespace punchclock::engine::reports {

namespace {

using attendance::DayResult;

// Leave counts where it replaced planned work: a two-week holiday entered as one range holds its
// weekends too, and those are no leave days taken. Days after the site's today are not counted
// yet, leave booked ahead included: it may still be cancelled.
bool leaveOnPlannedDay(const DayResult &day)
{
    return day.leave && !day.dayOff && !day.noSchedule && !day.holiday && !day.disabled && !day.future;
}

// The kinds the profile's leave_days columns name: leave_days_other counts the rest.
QSet<QString> namedLeaveKinds(const PayrollProfile &profile)
{
    QSet<QString> kinds;
    for (const PayrollProfileColumn &column : profile.columns) {
        if (column.column == PayrollColumn::LeaveDays && !column.leaveKind.isEmpty())
            kinds.insert(PayrollFigures::normalLeaveKind(column.leaveKind));
    }
    return kinds;
}

QVariant valueOf(const PayrollProfileColumn &column, const EmployeeDays &employee, const PayrollFigures &figures,
                 const ReportRequest &request, const QSet<QString> &namedKinds)
{
    switch (column.column) {
    case PayrollColumn::EmployeeId: return employee.userId;
    case PayrollColumn::Name: return employee.name;
    case PayrollColumn::Department: return employee.department;
    case PayrollColumn::PeriodFrom: return request.from;
    case PayrollColumn::PeriodTo: return request.to;
    case PayrollColumn::DaysWorked: return figures.daysWorked;
    case PayrollColumn::ExpectedHours: return figures.expectedMinutes;
    case PayrollColumn::WorkedHours: return figures.workedMinutes;
    case PayrollColumn::RegularHours: return figures.regularMinutes();
    case PayrollColumn::OvertimeHours: return figures.overtimeMinutes;
    case PayrollColumn::NightHours: return figures.nightMinutes;
    case PayrollColumn::HolidayHours: return figures.holidayMinutes;
    case PayrollColumn::LeaveDays:
        return column.leaveKind.isEmpty()
                   ? figures.leaveDays
                   : figures.leaveDaysByKind.value(PayrollFigures::normalLeaveKind(column.leaveKind));
    case PayrollColumn::LeaveDaysOther: {
        int other = figures.leaveDays;
        for (const QString &kind : namedKinds)
            other -= figures.leaveDaysByKind.value(kind);
        return other;
    }
    case PayrollColumn::AbsenceDays: return figures.absenceDays;
    case PayrollColumn::LateCount: return figures.lateCount;
    case PayrollColumn::LateMinutes: return figures.lateMinutes;
    case PayrollColumn::EarlyLeaveCount: return figures.earlyLeaveCount;
    case PayrollColumn::EarlyLeaveMinutes: return figures.earlyLeaveMinutes;
    case PayrollColumn::MissingPunchDays: return figures.missingPunchDays;
    }
    return {};
}

} // namespace

QString PayrollFigures::normalLeaveKind(const QString &kind)
{
    return kind.simplified().toLower();
}

PayrollFigures PayrollFigures::of(const QList<DayResult> &days)
{
    PayrollFigures figures;
    for (const DayResult &day : days) {
        figures.daysWorked += day.workedMinutes > 0 ? 1 : 0;
        figures.expectedMinutes += day.expectedMinutes;
        figures.workedMinutes += day.workedMinutes;
        figures.overtimeMinutes += day.overtimeMinutes;
        figures.nightMinutes += day.nightMinutes;
        figures.holidayMinutes += day.holiday ? day.workedMinutes : 0;
        if (leaveOnPlannedDay(day)) {
            figures.leaveDays += 1;
            figures.leaveDaysByKind[normalLeaveKind(day.leaveKind)] += 1;
        }
        figures.absenceDays += day.absent ? 1 : 0;
        figures.lateCount += day.lateMinutes > 0 ? 1 : 0;
        figures.lateMinutes += day.lateMinutes;
        figures.earlyLeaveCount += day.earlyLeaveMinutes > 0 ? 1 : 0;
        figures.earlyLeaveMinutes += day.earlyLeaveMinutes;
        figures.missingPunchDays += day.missingPunch ? 1 : 0;
    }
    return figures;
}

PayrollTable PayrollExport::table(const QList<EmployeeDays> &employees, const PayrollProfile &profile,
                                  const ReportRequest &request)
{
    PayrollTable table;
    table.profile = profile;
    table.from = request.from;
    table.to = request.to;
    if (request.today.isValid() && request.today < request.to)
        table.countedTo = std::max(request.today, request.from.addDays(-1));
    const QSet<QString> namedKinds = namedLeaveKinds(profile);
    for (const EmployeeDays &employee : employees) {
        const PayrollFigures figures = PayrollFigures::of(employee.days);
        QVariantList row;
        row.reserve(profile.columns.size());
        for (const PayrollProfileColumn &column : profile.columns)
            row.append(valueOf(column, employee, figures, request, namedKinds));
        table.rows.append(row);
        table.userIds.append(employee.userId);
    }
    return table;
}

std::optional<PayrollTable> PayrollExport::build(const QSqlDatabase &db, ReportRequest request,
                                                 const PayrollProfile &profile, ReportError *error)
{
    const ReportBuilder builder(db);
    if (!request.today.isValid())
        request.today = builder.siteToday();
    const std::optional<QList<EmployeeDays>> employees = builder.calculate(request, error);
    if (!employees)
        return std::nullopt;
    return table(*employees, profile, request);
}

} // namespace punchclock::engine::reports
