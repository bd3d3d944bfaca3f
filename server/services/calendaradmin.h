#pragma once

#include "actor.h"
#include "outcome.h"

#include "attendancerepository.h"

#include <QDate>
#include <QSqlDatabase>

namespace punchclock::services {

// Holidays and the attendance settings (everyone's: Permission::ChangeSiteRules) and an
// employee's leave (Permission::ChangeSchedules for their department). Refusals are
// storage::AttendanceError.
class CalendarAdmin
{
public:
    explicit CalendarAdmin(QSqlDatabase db);

    Outcome setHoliday(const Actor &actor, const storage::HolidayRow &holiday); // adds or renames
    Outcome removeHoliday(const Actor &actor, QDate date);
    Outcome setLeave(const Actor &actor, const QString &userId, QDate from, QDate to, const QString &kind);
    Outcome removeLeave(const Actor &actor, const QString &userId, QDate from, QDate to);
    Outcome setAttendanceSettings(const Actor &actor, const storage::AttendanceSettings &settings);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
