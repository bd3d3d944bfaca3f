#include "reportbuilder.h"

#include "reportdataloader.h"
#include "reportlayout.h"

namespace punchclock::engine::reports {

ReportBuilder::ReportBuilder(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<ReportTable> ReportBuilder::build(const ReportRequest &request, ReportError *error) const
{
    const auto employees = calculate(request, error);
    if (!employees)
        return std::nullopt;
    return ReportLayout::table(request, *employees);
}

std::optional<QList<EmployeeDays>> ReportBuilder::calculate(const ReportRequest &request, ReportError *error) const
{
    if (error)
        *error = ReportError::None;
    if (request.from.isValid() && request.to.isValid() && request.from.daysTo(request.to) >= maximumDays) {
        if (error)
            *error = ReportError::PeriodTooLong;
        return std::nullopt;
    }
    const auto data = ReportDataLoader(m_db).load(request, error);
    if (!data)
        return std::nullopt;

    QList<EmployeeDays> result;
    result.reserve(data->employees.size());
    attendance::AttendanceRules rules = data->rules;
    for (const EmployeeInput &employee : data->employees) {
        // Each calculator sees only its employee's leave, so that looking it up stays cheap.
        rules.leaveDays = employee.leave;
        const attendance::AttendanceCalculator calculator(rules);
        result.append({employee.userId, employee.name, employee.department,
                       calculator.calculate(employee.userId, request.from, request.to, employee.schedule,
                                            employee.punches)});
    }
    return result;
}

std::optional<attendance::DayResult> ReportBuilder::explain(const QString &userId, QDate date,
                                                            ReportError *error) const
{
    ReportRequest request;
    request.kind = ReportKind::Daily;
    request.from = date;
    request.to = date;
    request.userId = userId;
    const auto employees = calculate(request, error);
    if (!employees)
        return std::nullopt;
    for (const EmployeeDays &employee : *employees) {
        if (employee.userId == userId && !employee.days.isEmpty())
            return employee.days.first();
    }
    if (error)
        *error = ReportError::UnknownUser;
    return std::nullopt;
}

} // namespace punchclock::engine::reports
