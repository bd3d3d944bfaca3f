#pragma once

#include "shift.h"

#include "attendancerepository.h"
#include "schedulerepository.h"

#include <QHash>
#include <QList>

namespace punchclock::engine::reports {

// Turns the stored rules into each employee's plan through time: the schedule in force on each
// date (their own, else their department's, else the site's default, else none), with every
// shift as it was defined on that date. A new segment starts wherever a schedule or a planned shift changes.
class WorkPlanBuilder
{
public:
    WorkPlanBuilder(QHash<qint64, QList<storage::ShiftRow>> shiftHistories,
                    QHash<qint64, QList<storage::ScheduleVersion>> departmentHistories,
                    QHash<QString, QList<storage::ScheduleVersion>> userHistories,
                    QList<storage::ScheduleVersion> siteHistory = {});

    attendance::WorkPlan planFor(const QString &userId, qint64 departmentId) const;

    static attendance::Shift shiftFrom(const storage::ShiftRow &row);

private:
    // The week in force on the date for this employee, nullopt when no schedule applies.
    std::optional<storage::WeekShiftIds> weekOn(const QList<storage::ScheduleVersion> *own,
                                                const QList<storage::ScheduleVersion> *department, QDate date) const;
    const storage::ShiftRow *definitionOn(qint64 shiftId, QDate date) const;

    QHash<qint64, QList<storage::ShiftRow>> m_shifts;
    QHash<qint64, QList<storage::ScheduleVersion>> m_departments;
    QHash<QString, QList<storage::ScheduleVersion>> m_users;
    QList<storage::ScheduleVersion> m_site;
    mutable QHash<qint64, attendance::WorkPlan> m_departmentPlans; // of employees without their own
};

} // namespace punchclock::engine::reports
