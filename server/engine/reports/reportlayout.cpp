#include "reportlayout.h"

#include "daystatus.h"
#include "punchassignment.h"

#include <algorithm>

namespace punchclock::engine::reports {

namespace {

using attendance::DayResult;

QVariant timeCell(const QDateTime &time, QDate workingDate)
{
    if (!time.isValid())
        return {};
    return QVariant::fromValue(DayTime{time.time(), int(workingDate.daysTo(time.date()))});
}

QString statusCell(const DayResult &day)
{
    QStringList codes;
    for (DayStatus status : dayStatuses(day))
        codes.append(dayStatusCode(status));
    return codes.join(QLatin1Char(','));
}

// The counted punches' times, "08:01 12:00 13:02 17:05", or a night's "21:55 06:02 +1".
QString punchesCell(const DayResult &day)
{
    QStringList times;
    for (const attendance::PunchExplanation &punch : day.punches) {
        if (attendance::isCounted(punch))
            times.append(DayTime::withOffset(punch.punch.time.toString(QStringLiteral("HH:mm")),
                                             int(day.date.daysTo(punch.punch.time.date()))));
    }
    return times.join(QLatin1Char(' '));
}

QVariant dayCell(ColumnId column, const EmployeeDays &employee, const DayResult &day)
{
    switch (column) {
    case ColumnId::UserId: return employee.userId;
    case ColumnId::Name: return employee.name;
    case ColumnId::Department: return employee.department;
    case ColumnId::Date: return day.date;
    case ColumnId::Weekday: return day.date.dayOfWeek();
    case ColumnId::Shift: return day.shiftName;
    case ColumnId::FirstIn: return timeCell(day.firstIn, day.date);
    case ColumnId::LastOut: return timeCell(day.lastOut, day.date);
    case ColumnId::Punches: return punchesCell(day);
    case ColumnId::Worked: return day.workedMinutes;
    case ColumnId::Expected: return day.expectedMinutes;
    case ColumnId::Late: return day.lateMinutes;
    case ColumnId::EarlyLeave: return day.earlyLeaveMinutes;
    case ColumnId::Overtime: return day.overtimeMinutes;
    // The whole break, punched and deducted, so that last out − first in − break = worked.
    case ColumnId::Break: return day.punchedBreakMinutes + day.breakMinutes;
    // Days with time worked: a lone punch is a missing punch, not a day worked.
    case ColumnId::DaysWorked: return day.workedMinutes > 0 ? 1 : 0;
    case ColumnId::DaysAbsent: return day.absent ? 1 : 0;
    case ColumnId::LateCount: return day.lateMinutes > 0 ? 1 : 0;
    case ColumnId::EarlyLeaveCount: return day.earlyLeaveMinutes > 0 ? 1 : 0;
    case ColumnId::MissingPunchCount: return day.missingPunch ? 1 : 0;
    case ColumnId::Status: return statusCell(day);
    case ColumnId::Remark: return day.leaveKind;
    }
    return {};
}

bool adds(CellKind kind)
{
    return kind == CellKind::Duration || kind == CellKind::Count;
}

bool anyWithoutSchedule(const EmployeeDays &employee)
{
    return std::any_of(employee.days.cbegin(), employee.days.cend(), [](const DayResult &day) { return day.noSchedule; });
}

// One row per employee: the sums of the per-day values.
QVariantList summaryRow(const QList<ReportColumn> &columns, const EmployeeDays &employee)
{
    QVariantList row;
    for (const ReportColumn &column : columns) {
        if (column.id == ColumnId::Status) {
            row.append(anyWithoutSchedule(employee) ? dayStatusCode(DayStatus::NoSchedule) : QString());
            continue;
        }
        if (!adds(column.kind)) {
            row.append(employee.days.isEmpty() ? QVariant() : dayCell(column.id, employee, employee.days.first()));
            continue;
        }
        int sum = 0;
        for (const DayResult &day : employee.days)
            sum += dayCell(column.id, employee, day).toInt();
        row.append(sum);
    }
    return row;
}

} // namespace

QList<ReportColumn> ReportLayout::columns(ReportKind kind)
{
    const ReportColumn userId{ColumnId::UserId, CellKind::Text};
    const ReportColumn name{ColumnId::Name, CellKind::Text};
    const ReportColumn department{ColumnId::Department, CellKind::Text};
    const ReportColumn date{ColumnId::Date, CellKind::Date};
    const ReportColumn shift{ColumnId::Shift, CellKind::Text};
    const ReportColumn firstIn{ColumnId::FirstIn, CellKind::Time};
    const ReportColumn lastOut{ColumnId::LastOut, CellKind::Time};
    const ReportColumn worked{ColumnId::Worked, CellKind::Duration};
    const ReportColumn expected{ColumnId::Expected, CellKind::Duration};
    const ReportColumn breakTime{ColumnId::Break, CellKind::Duration};
    const ReportColumn late{ColumnId::Late, CellKind::Duration};
    const ReportColumn early{ColumnId::EarlyLeave, CellKind::Duration};
    const ReportColumn overtime{ColumnId::Overtime, CellKind::Duration};
    const ReportColumn status{ColumnId::Status, CellKind::Text};
    const ReportColumn remark{ColumnId::Remark, CellKind::Text};
    switch (kind) {
    case ReportKind::Daily:
        return {userId, name, department, date, shift, firstIn, lastOut, breakTime, worked, expected, late, early,
                overtime, status, remark};
    case ReportKind::Monthly:
        return {userId,
                name,
                department,
                {ColumnId::DaysWorked, CellKind::Count},
                {ColumnId::DaysAbsent, CellKind::Count},
                expected,
                worked,
                overtime,
                late,
                {ColumnId::LateCount, CellKind::Count},
                early,
                {ColumnId::EarlyLeaveCount, CellKind::Count},
                {ColumnId::MissingPunchCount, CellKind::Count},
                status};
    case ReportKind::Timecard:
        return {userId, name, date, shift, {ColumnId::Punches, CellKind::Text}, firstIn, lastOut, breakTime, worked,
                expected, late, early, overtime, status, remark};
    case ReportKind::Exceptions:
        return {userId, name, department, date, shift, firstIn, lastOut, late, early, status, remark};
    }
    return {};
}

ReportTable ReportLayout::table(const ReportRequest &request, const QList<EmployeeDays> &employees)
{
    ReportTable table;
    table.kind = request.kind;
    table.from = request.from;
    table.to = request.to;
    table.columns = columns(request.kind);
    if (request.today.isValid() && request.today < request.to)
        table.countedTo = std::max(request.today, request.from.addDays(-1));
    for (const EmployeeDays &employee : employees) {
        if (anyWithoutSchedule(employee))
            table.withoutSchedule.append({employee.userId, employee.name});
        if (request.kind == ReportKind::Monthly) {
            table.rows.append(summaryRow(table.columns, employee));
            table.sources.append({employee.userId, QDate()});
            continue;
        }
        for (const DayResult &day : employee.days) {
            if (request.kind == ReportKind::Exceptions && !isException(day))
                continue;
            // Days still to come have nothing to report, but a timecard shows the whole period.
            if (day.future && request.kind != ReportKind::Timecard)
                continue;
            QVariantList row;
            row.reserve(table.columns.size());
            for (const ReportColumn &column : std::as_const(table.columns))
                row.append(dayCell(column.id, employee, day));
            table.rows.append(row);
            table.sources.append({employee.userId, day.date});
        }
    }
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (!adds(table.columns.at(c).kind)) {
            table.totals.append(QVariant());
            continue;
        }
        int sum = 0;
        for (const QVariantList &row : std::as_const(table.rows))
            sum += row.at(c).toInt();
        table.totals.append(sum);
    }
    return table;
}

QString DayTime::withOffset(const QString &timeText, int dayOffset)
{
    if (dayOffset == 0)
        return timeText;
    // The same marker in every language, as on timetables.
    return QStringLiteral("%1 %2%3").arg(timeText, dayOffset > 0 ? QStringLiteral("+") : QString()).arg(dayOffset);
}

} // namespace punchclock::engine::reports
