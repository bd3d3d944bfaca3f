#include "workplanbuilder.h"

#include <QSet>

#include <algorithm>

namespace punchclock::engine::reports {

namespace {

// Dates where a version starts; the one from the start (invalid) comes first.
void addStarts(const QList<storage::ScheduleVersion> *versions, QList<QDate> *dates)
{
    if (!versions)
        return;
    for (const storage::ScheduleVersion &version : *versions)
        dates->append(version.from);
}

bool dateBefore(QDate a, QDate b)
{
    // An invalid date is "from the start", before every real one.
    return a.isValid() != b.isValid() ? !a.isValid() : a < b;
}

} // namespace

WorkPlanBuilder::WorkPlanBuilder(QHash<qint64, QList<storage::ShiftRow>> shiftHistories,
                                 QHash<qint64, QList<storage::ScheduleVersion>> departmentHistories,
                                 QHash<QString, QList<storage::ScheduleVersion>> userHistories,
                                 QList<storage::ScheduleVersion> siteHistory)
    : m_shifts(std::move(shiftHistories))
    , m_departments(std::move(departmentHistories))
    , m_users(std::move(userHistories))
    , m_site(std::move(siteHistory))
{
}

attendance::Shift WorkPlanBuilder::shiftFrom(const storage::ShiftRow &row)
{
    attendance::Shift shift;
    shift.name = row.name;
    shift.start = row.start;
    shift.end = row.end;
    shift.lateGraceMinutes = row.lateGraceMinutes;
    shift.earlyLeaveGraceMinutes = row.earlyLeaveGraceMinutes;
    shift.breakMinutes = row.breakMinutes;
    shift.breakAfterMinutes = row.breakAfterMinutes;
    switch (row.rounding) {
    case storage::ShiftRounding::None: shift.rounding = attendance::RoundingMode::None; break;
    case storage::ShiftRounding::Down: shift.rounding = attendance::RoundingMode::Down; break;
    case storage::ShiftRounding::Nearest: shift.rounding = attendance::RoundingMode::Nearest; break;
    case storage::ShiftRounding::Up: shift.rounding = attendance::RoundingMode::Up; break;
    }
    shift.roundingMinutes = row.roundingMinutes;
    shift.overtimeThresholdMinutes = row.overtimeThresholdMinutes;
    shift.dayChange = row.dayChange;
    return shift;
}

const storage::ShiftRow *WorkPlanBuilder::definitionOn(qint64 shiftId, QDate date) const
{
    const auto history = m_shifts.constFind(shiftId);
    if (history == m_shifts.constEnd())
        return nullptr;
    const storage::ShiftRow *inForce = nullptr;
    for (const storage::ShiftRow &definition : *history) {
        if (definition.effectiveFrom.isValid() && (!date.isValid() || definition.effectiveFrom > date))
            break;
        inForce = &definition;
    }
    return inForce;
}

std::optional<storage::WeekShiftIds> WorkPlanBuilder::weekOn(const QList<storage::ScheduleVersion> *own,
                                                             const QList<storage::ScheduleVersion> *department,
                                                             QDate date) const
{
    // `date` invalid asks for the start: only versions from the start apply then.
    const auto inForce = [date](const QList<storage::ScheduleVersion> *versions) -> const storage::ScheduleVersion * {
        if (!versions)
            return nullptr;
        if (!date.isValid())
            return !versions->isEmpty() && !versions->first().from.isValid() ? &versions->first() : nullptr;
        return storage::scheduleOn(*versions, date);
    };
    const storage::ScheduleVersion *mine = inForce(own);
    if (mine && mine->kind == storage::ScheduleKind::Week)
        return mine->week;
    const storage::ScheduleVersion *theirs = inForce(department);
    if (theirs && theirs->kind == storage::ScheduleKind::Week)
        return theirs->week;
    // The site's default, for a department without a week of its own on that date.
    const storage::ScheduleVersion *site = inForce(&m_site);
    if (site && site->kind == storage::ScheduleKind::Week)
        return site->week;
    return std::nullopt;
}

attendance::WorkPlan WorkPlanBuilder::planFor(const QString &userId, qint64 departmentId) const
{
    const auto ownIt = m_users.constFind(userId);
    const QList<storage::ScheduleVersion> *own = ownIt != m_users.constEnd() ? &*ownIt : nullptr;
    if (!own) {
        const auto cached = m_departmentPlans.constFind(departmentId);
        if (cached != m_departmentPlans.constEnd())
            return *cached;
    }
    const auto departmentIt = m_departments.constFind(departmentId);
    const QList<storage::ScheduleVersion> *department =
        departmentId != 0 && departmentIt != m_departments.constEnd() ? &*departmentIt : nullptr;

    QList<QDate> starts{QDate()};
    addStarts(own, &starts);
    addStarts(department, &starts);
    addStarts(&m_site, &starts);
    // Every change of a shift the employee could be planned on.
    QSet<qint64> planned;
    for (const QList<storage::ScheduleVersion> *versions : {own, department, &m_site}) {
        if (!versions)
            continue;
        for (const storage::ScheduleVersion &version : *versions)
            planned.unite(QSet<qint64>(version.week.cbegin(), version.week.cend()));
    }
    for (qint64 shiftId : std::as_const(planned)) {
        for (const storage::ShiftRow &definition : m_shifts.value(shiftId))
            starts.append(definition.effectiveFrom);
    }
    std::sort(starts.begin(), starts.end(), dateBefore);
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    attendance::WorkPlan plan;
    for (QDate start : std::as_const(starts)) {
        const std::optional<storage::WeekShiftIds> week = weekOn(own, department, start);
        if (!week) {
            plan.add(start, std::nullopt);
            continue;
        }
        attendance::WeeklySchedule schedule;
        for (int day = 0; day < 7; ++day) {
            if (const storage::ShiftRow *definition = definitionOn(week->at(day), start))
                schedule.setShift(static_cast<Qt::DayOfWeek>(day + 1), shiftFrom(*definition));
        }
        plan.add(start, schedule);
    }
    if (!own)
        m_departmentPlans.insert(departmentId, plan);
    return plan;
}

} // namespace punchclock::engine::reports
