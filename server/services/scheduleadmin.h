#pragma once

#include "actor.h"
#include "outcome.h"
#include "personoutcomes.h"

#include "schedulerepository.h"

#include <QDate>
#include <QSqlDatabase>

namespace punchclock::services {

// Weekly schedules from a date on (ScheduleRepository), for the site, a department or one
// employee. An employee follows their own week, else their department's, else the site's
// default. The site's week changes everyone's results: Permission::ChangeSiteRules; the others
// need Permission::ChangeSchedules for that department (the employee's). Refusals are
// storage::AttendanceError.
class ScheduleAdmin
{
public:
    explicit ScheduleAdmin(QSqlDatabase db);

    // The default week of everyone without an own or a department week; clearSite ends it.
    Outcome setSite(const Actor &actor, const storage::WeekShiftIds &week, QDate from);
    Outcome clearSite(const Actor &actor, QDate from);
    Outcome setDepartment(const Actor &actor, qint64 departmentId, const storage::WeekShiftIds &week, QDate from);
    Outcome setUser(const Actor &actor, const QString &userId, const storage::WeekShiftIds &week, QDate from);
    // From `from` on the department has no schedule.
    Outcome clearDepartment(const Actor &actor, qint64 departmentId, QDate from);
    // From `from` on the employee follows the department's schedule again.
    Outcome clearUser(const Actor &actor, const QString &userId, QDate from);
    // The same week for several employees, in one transaction with one audit record per person.
    // Those the actor may not plan are refused one by one, the others get the week; a refusal
    // of the store (an unknown shift, a closed period) or the database changes nobody.
    PersonOutcomes setUsers(const Actor &actor, const QStringList &userIds, const storage::WeekShiftIds &week,
                            QDate from);
    // Several employees follow their department's schedule again from `from` on.
    PersonOutcomes clearUsers(const Actor &actor, const QStringList &userIds, QDate from);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
