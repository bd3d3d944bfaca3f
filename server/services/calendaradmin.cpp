#include "calendaradmin.h"

#include "refusals.h"
#include "servicecall.h"

namespace punchclock::services {

namespace {

QJsonObject settingsJson(const storage::AttendanceSettings &settings)
{
    return {{QStringLiteral("pairing"), settings.pairing == storage::PairingSetting::FirstLast ? QStringLiteral("first_last")
                                                                                             : QStringLiteral("in_out")},
            {QStringLiteral("duplicate_window_s"), settings.duplicateWindowSeconds},
            {QStringLiteral("night_start"), settings.nightStart.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("night_end"), settings.nightEnd.toString(QStringLiteral("HH:mm"))}};
}

QJsonObject rangeJson(QDate from, QDate to, const QString &kind = {})
{
    QJsonObject json{{QStringLiteral("from"), from.toString(Qt::ISODate)}, {QStringLiteral("to"), to.toString(Qt::ISODate)}};
    if (!kind.isNull())
        json.insert(QStringLiteral("kind"), kind);
    return json;
}

} // namespace

CalendarAdmin::CalendarAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome CalendarAdmin::setHoliday(const Actor &actor, const storage::HolidayRow &holiday)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    storage::AttendanceRepository rules(m_db);
    const QList<storage::HolidayRow> before = rules.holidays(holiday.date, holiday.date);
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!rules.setHoliday(holiday, &error))
        return call.refuse(attendanceRefusal(m_db, error, holiday.date, holiday.date));
    call.record(QStringLiteral("holiday.set"), QStringLiteral("holiday"), holiday.date.toString(Qt::ISODate),
                before.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("name"), before.first().name}},
                {{QStringLiteral("name"), holiday.name.trimmed()}});
    return call.finish();
}

Outcome CalendarAdmin::removeHoliday(const Actor &actor, QDate date)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    storage::AttendanceRepository rules(m_db);
    const QList<storage::HolidayRow> before = rules.holidays(date, date);
    if (before.isEmpty())
        return call.refuse(Outcome::notFound(date.toString(Qt::ISODate)));
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!rules.removeHoliday(date, &error))
        return call.refuse(attendanceRefusal(m_db, error, date, date));
    call.record(QStringLiteral("holiday.remove"), QStringLiteral("holiday"), date.toString(Qt::ISODate),
                {{QStringLiteral("name"), before.first().name}}, {});
    return call.finish();
}

Outcome CalendarAdmin::setLeave(const Actor &actor, const QString &userId, QDate from, QDate to, const QString &kind)
{
    ServiceCall call(m_db, actor);
    if (!call.allowedForUser(Permission::ChangeSchedules, userId))
        return call.finish();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::AttendanceRepository(m_db).setLeave(userId, from, to, kind, &error))
        return call.refuse(attendanceRefusal(m_db, error, from, to));
    call.record(QStringLiteral("leave.set"), QStringLiteral("user"), userId, {}, rangeJson(from, to, kind.trimmed()));
    return call.finish();
}

Outcome CalendarAdmin::removeLeave(const Actor &actor, const QString &userId, QDate from, QDate to)
{
    ServiceCall call(m_db, actor);
    if (!call.allowedForUser(Permission::ChangeSchedules, userId))
        return call.finish();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::AttendanceRepository(m_db).removeLeave(userId, from, to, &error))
        return call.refuse(attendanceRefusal(m_db, error, from, to));
    call.record(QStringLiteral("leave.remove"), QStringLiteral("user"), userId, rangeJson(from, to), {});
    return call.finish();
}

Outcome CalendarAdmin::setAttendanceSettings(const Actor &actor, const storage::AttendanceSettings &settings)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    storage::AttendanceRepository rules(m_db);
    const storage::AttendanceSettings before = rules.settings();
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!rules.setSettings(settings, &error))
        return call.refuse(attendanceRefusal(m_db, error, {}));
    call.record(QStringLiteral("attendance.settings"), QStringLiteral("settings"), QStringLiteral("attendance"),
                settingsJson(before), settingsJson(settings));
    return call.finish();
}

} // namespace punchclock::services
