#include "reportbuilder.h"

#include "reportdataloader.h"
#include "reportlayout.h"
#include "sitecalendar.h"

namespace punchclock::engine::reports {

namespace {

// A run of the report's days calculated with the same rules: a closed period's own, or those
// in force now.
struct Segment
{
    QDate from;
    QDate to;
    attendance::AttendanceRules rules;
};

attendance::AttendanceRules closedRules(const storage::ClosedPeriodRow &period, attendance::AttendanceRules rules)
{
    rules.pairing = period.pairing == QLatin1String("first_last") ? attendance::PairingMode::FirstLast
                                                                  : attendance::PairingMode::InOut;
    rules.duplicateWindowSeconds = period.duplicateWindowSeconds;
    const QTimeZone zone(period.siteTimeZone.toUtf8());
    if (zone.isValid())
        rules.siteZone = zone;
    rules.night = {period.nightStart, period.nightEnd};
    rules.closedAtMs = period.closedAt.toMSecsSinceEpoch();
    return rules;
}

// The punches a run of days is calculated from: its days and the one on either side (a night
// that began before, a night shift's departure after). With one run, all of them.
QList<attendance::PunchInput> punchesFor(const Segment &segment, const QList<attendance::PunchInput> &punches,
                                         bool onlyRun)
{
    if (onlyRun)
        return punches;
    QList<attendance::PunchInput> within;
    for (const attendance::PunchInput &punch : punches) {
        const QDate date = punch.time.date();
        if (date >= segment.from.addDays(-1) && date <= segment.to.addDays(1))
            within.append(punch);
    }
    return within;
}

QList<Segment> segmentsOf(QDate from, QDate to, const ReportData &data)
{
    QList<Segment> segments;
    QDate next = from;
    for (const storage::ClosedPeriodRow &period : data.closedPeriods) {
        const QDate closedFrom = std::max(period.from, from);
        const QDate closedTo = std::min(period.to, to);
        if (closedFrom > closedTo)
            continue;
        if (next < closedFrom)
            segments.append({next, closedFrom.addDays(-1), data.rules});
        segments.append({closedFrom, closedTo, closedRules(period, data.rules)});
        next = closedTo.addDays(1);
    }
    if (next <= to)
        segments.append({next, to, data.rules});
    return segments;
}

} // namespace

ReportBuilder::ReportBuilder(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QDate ReportBuilder::siteToday() const
{
    return SiteCalendar::today(m_db);
}

std::optional<ReportTable> ReportBuilder::build(const ReportRequest &request, ReportError *error) const
{
    ReportRequest dated = request;
    if (!dated.today.isValid())
        dated.today = siteToday();
    const auto employees = calculate(dated, error);
    if (!employees)
        return std::nullopt;
    return ReportLayout::table(dated, *employees);
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
    ReportRequest dated = request;
    if (!dated.today.isValid())
        dated.today = siteToday();
    const auto data = ReportDataLoader(m_db).load(dated, error);
    if (!data)
        return std::nullopt;

    const QList<Segment> segments = segmentsOf(request.from, request.to, *data);
    QList<EmployeeDays> result;
    result.reserve(data->employees.size());
    for (const EmployeeInput &employee : data->employees) {
        EmployeeDays days{employee.userId, employee.name, employee.department, {}};
        for (const Segment &segment : segments) {
            // Each calculator sees only its employee's leave and disabled days, so that looking
            // them up stays cheap.
            attendance::AttendanceRules rules = segment.rules;
            rules.leaveDays = employee.leave;
            rules.disabledSpans = employee.disabled;
            days.days += attendance::AttendanceCalculator(rules).calculate(
                employee.userId, segment.from, segment.to, employee.plan,
                punchesFor(segment, employee.punches, segments.size() == 1));
        }
        result.append(std::move(days));
    }
    return result;
}

std::optional<attendance::DayResult> ReportBuilder::explain(const QString &userId, QDate date, ReportError *error,
                                                            QDate today) const
{
    ReportRequest request;
    request.kind = ReportKind::Daily;
    request.from = date;
    request.to = date;
    request.userId = userId;
    request.today = today;
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
