#include "scheduleadmin.h"

#include "refusals.h"
#include "servicecall.h"

#include <QJsonArray>

namespace punchclock::services {

namespace {

// The site's week in the audit trail: a setting of the whole site.
const QString SiteObjectKind = QStringLiteral("setting");
const QString SiteObjectId = QStringLiteral("site_schedule");

QJsonObject weekJson(const storage::WeekShiftIds &week, QDate from, const QString &kind)
{
    QJsonArray days;
    for (qint64 shiftId : week)
        days.append(shiftId);
    QJsonObject json{{QStringLiteral("from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("start")},
                     {QStringLiteral("kind"), kind}};
    if (kind == QLatin1String("week"))
        json.insert(QStringLiteral("week"), days);
    return json;
}

// One change per employee inside one call; a store refusal ends the call for everyone.
template<typename Change>
PersonOutcomes changeEach(const QSqlDatabase &db, const Actor &actor, const QStringList &userIds, QDate from,
                          const Change &change)
{
    ServiceCall call(db, actor);
    if (call.failed())
        return sameOutcomeForAll(userIds, call.finish());
    PersonOutcomes outcomes;
    for (const QString &userId : userIds) {
        const std::optional<qint64> department = call.departmentOfUser(userId);
        if (!allows(actor, Permission::ChangeSchedules, department)) {
            outcomes.append({userId, notAllowed(db, Permission::ChangeSchedules, department)});
            continue;
        }
        storage::AttendanceError error = storage::AttendanceError::None;
        if (!change(call, userId, &error))
            return sameOutcomeForAll(userIds, call.refuse(attendanceRefusal(db, error, from)));
        outcomes.append({userId, {}});
    }
    const Outcome finished = call.finish();
    return finished.ok() ? outcomes : sameOutcomeForAll(userIds, finished);
}

} // namespace

ScheduleAdmin::ScheduleAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome ScheduleAdmin::setSite(const Actor &actor, const storage::WeekShiftIds &week, QDate from)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::ScheduleRepository(m_db).setSiteSchedule(week, from, actor.name, &error))
        return call.refuse(attendanceRefusal(m_db, error, from));
    call.record(QStringLiteral("schedule.set"), SiteObjectKind, SiteObjectId, {},
                weekJson(week, from, QStringLiteral("week")));
    return call.finish();
}

Outcome ScheduleAdmin::clearSite(const Actor &actor, QDate from)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::ScheduleRepository(m_db).clearSiteSchedule(from, actor.name, &error))
        return call.refuse(attendanceRefusal(m_db, error, from));
    call.record(QStringLiteral("schedule.clear"), SiteObjectKind, SiteObjectId, {},
                weekJson({}, from, QStringLiteral("none")));
    return call.finish();
}

Outcome ScheduleAdmin::setDepartment(const Actor &actor, qint64 departmentId, const storage::WeekShiftIds &week,
                                     QDate from)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSchedules, departmentId))
        return call.finish();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::ScheduleRepository(m_db).setDepartmentSchedule(departmentId, week, from, actor.name, &error))
        return call.refuse(attendanceRefusal(m_db, error, from));
    call.record(QStringLiteral("schedule.set"), QStringLiteral("department"), QString::number(departmentId), {},
                weekJson(week, from, QStringLiteral("week")));
    return call.finish();
}

Outcome ScheduleAdmin::setUser(const Actor &actor, const QString &userId, const storage::WeekShiftIds &week, QDate from)
{
    ServiceCall call(m_db, actor);
    if (!call.allowedForUser(Permission::ChangeSchedules, userId))
        return call.finish();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::ScheduleRepository(m_db).setUserSchedule(userId, week, from, actor.name, &error))
        return call.refuse(attendanceRefusal(m_db, error, from));
    call.record(QStringLiteral("schedule.set"), QStringLiteral("user"), userId, {},
                weekJson(week, from, QStringLiteral("week")));
    return call.finish();
}

Outcome ScheduleAdmin::clearDepartment(const Actor &actor, qint64 departmentId, QDate from)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSchedules, departmentId))
        return call.finish();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::ScheduleRepository(m_db).clearDepartmentSchedule(departmentId, from, actor.name, &error))
        return call.refuse(attendanceRefusal(m_db, error, from));
    call.record(QStringLiteral("schedule.clear"), QStringLiteral("department"), QString::number(departmentId), {},
                weekJson({}, from, QStringLiteral("none")));
    return call.finish();
}

Outcome ScheduleAdmin::clearUser(const Actor &actor, const QString &userId, QDate from)
{
    ServiceCall call(m_db, actor);
    if (!call.allowedForUser(Permission::ChangeSchedules, userId))
        return call.finish();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::ScheduleRepository(m_db).clearUserSchedule(userId, from, actor.name, &error))
        return call.refuse(attendanceRefusal(m_db, error, from));
    call.record(QStringLiteral("schedule.clear"), QStringLiteral("user"), userId, {},
                weekJson({}, from, QStringLiteral("department")));
    return call.finish();
}

PersonOutcomes ScheduleAdmin::setUsers(const Actor &actor, const QStringList &userIds,
                                      const storage::WeekShiftIds &week, QDate from)
{
    storage::ScheduleRepository schedules(m_db);
    return changeEach(m_db, actor, userIds, from,
                      [&](ServiceCall &call, const QString &userId, storage::AttendanceError *error) {
                          if (!schedules.setUserSchedule(userId, week, from, actor.name, error))
                              return false;
                          call.record(QStringLiteral("schedule.set"), QStringLiteral("user"), userId, {},
                                      weekJson(week, from, QStringLiteral("week")));
                          return true;
                      });
}

PersonOutcomes ScheduleAdmin::clearUsers(const Actor &actor, const QStringList &userIds, QDate from)
{
    storage::ScheduleRepository schedules(m_db);
    return changeEach(m_db, actor, userIds, from,
                      [&](ServiceCall &call, const QString &userId, storage::AttendanceError *error) {
                          if (!schedules.clearUserSchedule(userId, from, actor.name, error))
                              return false;
                          call.record(QStringLiteral("schedule.clear"), QStringLiteral("user"), userId, {},
                                      weekJson({}, from, QStringLiteral("department")));
                          return true;
                      });
}

} // namespace punchclock::services
