#include "attendancerepository.h"

#include "settingsrepository.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QSqlError>

namespace punchclock::storage {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");
const QString pairingKey = QStringLiteral("attendance.pairing");
const QString duplicateWindowKey = QStringLiteral("attendance.duplicate_window_s");

QString roundingName(ShiftRounding rounding)
{
    switch (rounding) {
    case ShiftRounding::None: return QStringLiteral("none");
    case ShiftRounding::Down: return QStringLiteral("down");
    case ShiftRounding::Nearest: return QStringLiteral("nearest");
    case ShiftRounding::Up: return QStringLiteral("up");
    }
    return QStringLiteral("none");
}

ShiftRounding roundingFromName(const QString &name)
{
    for (ShiftRounding rounding : {ShiftRounding::Down, ShiftRounding::Nearest, ShiftRounding::Up}) {
        if (name == roundingName(rounding))
            return rounding;
    }
    return ShiftRounding::None;
}

bool fail(AttendanceError *error, AttendanceError reason)
{
    if (error)
        *error = reason;
    return false;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

const QString shiftColumns = QStringLiteral(
    "id, name, start_time, end_time, late_grace_min, early_leave_grace_min, break_min, break_after_min, "
    "rounding, rounding_min, overtime_threshold_min, day_change");

ShiftRow shiftFrom(const QSqlQuery &query)
{
    ShiftRow shift;
    shift.id = query.value(0).toLongLong();
    shift.name = query.value(1).toString();
    shift.start = QTime::fromString(query.value(2).toString(), timeFormat);
    shift.end = QTime::fromString(query.value(3).toString(), timeFormat);
    shift.lateGraceMinutes = query.value(4).toInt();
    shift.earlyLeaveGraceMinutes = query.value(5).toInt();
    shift.breakMinutes = query.value(6).toInt();
    shift.breakAfterMinutes = query.value(7).toInt();
    shift.rounding = roundingFromName(query.value(8).toString());
    shift.roundingMinutes = query.value(9).toInt();
    shift.overtimeThresholdMinutes = query.value(10).toInt();
    shift.dayChange = QTime::fromString(query.value(11).toString(), timeFormat);
    return shift;
}

QVariantList shiftValues(const ShiftRow &shift)
{
    return {shift.name.trimmed(),
            shift.start.toString(timeFormat),
            shift.end.toString(timeFormat),
            shift.lateGraceMinutes,
            shift.earlyLeaveGraceMinutes,
            shift.breakMinutes,
            shift.breakAfterMinutes,
            roundingName(shift.rounding),
            shift.rounding == ShiftRounding::None ? 0 : shift.roundingMinutes,
            shift.overtimeThresholdMinutes,
            shift.dayChange.toString(timeFormat)};
}

int minutesOfDay(QTime time)
{
    return time.hour() * 60 + time.minute();
}

bool nameTaken(const QSqlDatabase &db, const ShiftRow &shift)
{
    QSqlQuery query(db);
    return exec(query, QStringLiteral("SELECT 1 FROM shifts WHERE name = ? AND id <> ?"),
                {shift.name.trimmed(), shift.id}) &&
           query.next();
}

} // namespace

AttendanceRepository::AttendanceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AttendanceError AttendanceRepository::validate(const ShiftRow &shift)
{
    if (shift.name.trimmed().isEmpty())
        return AttendanceError::EmptyName;
    if (!shift.start.isValid() || !shift.end.isValid() || minutesOfDay(shift.start) == minutesOfDay(shift.end))
        return AttendanceError::InvalidTimes;
    if (shift.lateGraceMinutes < 0 || shift.earlyLeaveGraceMinutes < 0 || shift.breakMinutes < 0 ||
        shift.breakAfterMinutes < 0 || shift.roundingMinutes < 0 || shift.overtimeThresholdMinutes < 0)
        return AttendanceError::NegativeMinutes;
    const int start = minutesOfDay(shift.start);
    const int end = minutesOfDay(shift.end);
    const int length = end > start ? end - start : end + 24 * 60 - start;
    if (shift.breakMinutes >= length)
        return AttendanceError::BreakTooLong;
    if (shift.rounding != ShiftRounding::None && shift.roundingMinutes < 2)
        return AttendanceError::InvalidRounding;
    if (!shift.dayChange.isValid())
        return AttendanceError::InvalidDayChange;
    // The day change must leave the next day's own start alone, and a night shift's end has to
    // come before it, or its departure would count for the next day.
    const int dayChange = minutesOfDay(shift.dayChange);
    if (dayChange > start)
        return AttendanceError::InvalidDayChange;
    if (end < start && dayChange < end)
        return AttendanceError::InvalidDayChange;
    return AttendanceError::None;
}

std::optional<qint64> AttendanceRepository::addShift(const ShiftRow &shift, AttendanceError *error)
{
    if (const AttendanceError invalid = validate(shift); invalid != AttendanceError::None) {
        fail(error, invalid);
        return std::nullopt;
    }
    if (nameTaken(m_db, shift)) {
        fail(error, AttendanceError::DuplicateName);
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO shifts (name, start_time, end_time, late_grace_min, early_leave_grace_min, "
                             "break_min, break_after_min, rounding, rounding_min, overtime_threshold_min, day_change) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              shiftValues(shift)) ||
        !query.next()) {
        fail(error, AttendanceError::Storage);
        return std::nullopt;
    }
    fail(error, AttendanceError::None);
    return query.value(0).toLongLong();
}

bool AttendanceRepository::updateShift(const ShiftRow &shift, AttendanceError *error)
{
    if (const AttendanceError invalid = validate(shift); invalid != AttendanceError::None)
        return fail(error, invalid);
    if (!this->shift(shift.id))
        return fail(error, AttendanceError::UnknownShift);
    if (nameTaken(m_db, shift))
        return fail(error, AttendanceError::DuplicateName);
    QVariantList values = shiftValues(shift);
    values.append(shift.id);
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("UPDATE shifts SET name = ?, start_time = ?, end_time = ?, late_grace_min = ?, "
                             "early_leave_grace_min = ?, break_min = ?, break_after_min = ?, rounding = ?, "
                             "rounding_min = ?, overtime_threshold_min = ?, day_change = ? WHERE id = ?"),
              values))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

bool AttendanceRepository::removeShift(qint64 id, AttendanceError *error)
{
    if (!shift(id))
        return fail(error, AttendanceError::UnknownShift);
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT 1 FROM department_schedules WHERE shift_id = ? "
                             "UNION ALL SELECT 1 FROM user_schedules WHERE shift_id = ?"),
              {id, id}))
        return fail(error, AttendanceError::Storage);
    if (query.next())
        return fail(error, AttendanceError::ShiftInUse);
    if (!exec(query, QStringLiteral("DELETE FROM shifts WHERE id = ?"), {id}))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

QList<ShiftRow> AttendanceRepository::shifts() const
{
    QList<ShiftRow> result;
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT ") + shiftColumns + QStringLiteral(" FROM shifts ORDER BY name")))
        return result;
    while (query.next())
        result.append(shiftFrom(query));
    return result;
}

std::optional<ShiftRow> AttendanceRepository::shift(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT ") + shiftColumns + QStringLiteral(" FROM shifts WHERE id = ?"), {id}) ||
        !query.next())
        return std::nullopt;
    return shiftFrom(query);
}

bool AttendanceRepository::setDepartmentSchedule(qint64 departmentId, const WeekShiftIds &week,
                                                 AttendanceError *error)
{
    {
        QSqlQuery query(m_db);
        if (!exec(query, QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), {departmentId}))
            return fail(error, AttendanceError::Storage);
        if (!query.next())
            return fail(error, AttendanceError::UnknownDepartment);
    }
    return writeSchedule(QStringLiteral("department_schedules"), QStringLiteral("department_id"), departmentId, week,
                         error);
}

bool AttendanceRepository::setUserSchedule(const QString &userId, const WeekShiftIds &week, AttendanceError *error)
{
    return writeSchedule(QStringLiteral("user_schedules"), QStringLiteral("user_id"), userId, week, error);
}

bool AttendanceRepository::clearDepartmentSchedule(qint64 departmentId)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("DELETE FROM department_schedules WHERE department_id = ?"), {departmentId});
}

bool AttendanceRepository::clearUserSchedule(const QString &userId)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("DELETE FROM user_schedules WHERE user_id = ?"), {userId});
}

std::optional<WeekShiftIds> AttendanceRepository::departmentSchedule(qint64 departmentId) const
{
    return readSchedule(QStringLiteral("department_schedules"), QStringLiteral("department_id"), departmentId);
}

std::optional<WeekShiftIds> AttendanceRepository::userSchedule(const QString &userId) const
{
    return readSchedule(QStringLiteral("user_schedules"), QStringLiteral("user_id"), userId);
}

bool AttendanceRepository::writeSchedule(const QString &table, const QString &ownerColumn, const QVariant &owner,
                                         const WeekShiftIds &week, AttendanceError *error)
{
    for (qint64 shiftId : week) {
        if (shiftId != 0 && !shift(shiftId))
            return fail(error, AttendanceError::UnknownShift);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, AttendanceError::Storage);
    QSqlQuery query(m_db);
    bool ok = exec(query, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {owner});
    const QString insert = QStringLiteral("INSERT INTO %1 (%2, weekday, shift_id) VALUES (?, ?, ?)").arg(table, ownerColumn);
    for (int day = 0; ok && day < 7; ++day) {
        const qint64 shiftId = week.at(day);
        ok = exec(query, insert, {owner, day + 1, shiftId != 0 ? QVariant(shiftId) : QVariant()});
    }
    if (!ok || !transaction.commit())
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

std::optional<WeekShiftIds> AttendanceRepository::readSchedule(const QString &table, const QString &ownerColumn,
                                                               const QVariant &owner) const
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT weekday, shift_id FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {owner}))
        return std::nullopt;
    WeekShiftIds week{};
    bool any = false;
    while (query.next()) {
        const int day = query.value(0).toInt();
        if (day >= 1 && day <= 7)
            week.at(day - 1) = query.value(1).toLongLong();
        any = true;
    }
    return any ? std::optional<WeekShiftIds>(week) : std::nullopt;
}

bool AttendanceRepository::setHoliday(const HolidayRow &holiday, AttendanceError *error)
{
    if (!holiday.date.isValid())
        return fail(error, AttendanceError::InvalidDate);
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO holidays (holiday_date, name) VALUES (?, ?) "
                             "ON CONFLICT (holiday_date) DO UPDATE SET name = excluded.name"),
              {dateText(holiday.date), holiday.name.trimmed()}))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

bool AttendanceRepository::removeHoliday(QDate date)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("DELETE FROM holidays WHERE holiday_date = ?"), {dateText(date)});
}

QList<HolidayRow> AttendanceRepository::holidays(QDate from, QDate to) const
{
    QList<HolidayRow> result;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT holiday_date, name FROM holidays WHERE holiday_date >= ? AND holiday_date <= ? "
                             "ORDER BY holiday_date"),
              {dateText(from), dateText(to)}))
        return result;
    while (query.next())
        result.append({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString()});
    return result;
}

bool AttendanceRepository::setLeave(const QString &userId, QDate from, QDate to, const QString &kind,
                                    AttendanceError *error)
{
    if (userId.isEmpty())
        return fail(error, AttendanceError::EmptyName);
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(error, AttendanceError::InvalidDate);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, AttendanceError::Storage);
    QSqlQuery query(m_db);
    bool ok = true;
    for (QDate date = from; ok && date <= to; date = date.addDays(1)) {
        ok = exec(query,
                  QStringLiteral("INSERT INTO leave_days (user_id, leave_date, kind) VALUES (?, ?, ?) "
                                 "ON CONFLICT (user_id, leave_date) DO UPDATE SET kind = excluded.kind"),
                  {userId, dateText(date), kind.trimmed()});
    }
    if (!ok || !transaction.commit())
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

bool AttendanceRepository::removeLeave(const QString &userId, QDate from, QDate to)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("DELETE FROM leave_days WHERE user_id = ? AND leave_date >= ? AND leave_date <= ?"),
                {userId, dateText(from), dateText(to)});
}

QList<LeaveRow> AttendanceRepository::leave(QDate from, QDate to, const QString &userId) const
{
    QList<LeaveRow> result;
    QSqlQuery query(m_db);
    QString sql = QStringLiteral("SELECT user_id, leave_date, kind FROM leave_days WHERE leave_date >= ? AND leave_date <= ?");
    QVariantList values{dateText(from), dateText(to)};
    if (!userId.isEmpty()) {
        sql += QStringLiteral(" AND user_id = ?");
        values.append(userId);
    }
    if (!exec(query, sql + QStringLiteral(" ORDER BY user_id, leave_date"), values))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
                       query.value(2).toString()});
    return result;
}

AttendanceSettings AttendanceRepository::settings() const
{
    const SettingsRepository store(m_db);
    AttendanceSettings settings;
    if (store.value(pairingKey) == QLatin1String("first_last"))
        settings.pairing = PairingSetting::FirstLast;
    bool ok = false;
    const int window = store.value(duplicateWindowKey).toInt(&ok);
    if (ok && window >= 0)
        settings.duplicateWindowSeconds = window;
    return settings;
}

bool AttendanceRepository::setSettings(const AttendanceSettings &settings, AttendanceError *error)
{
    if (settings.duplicateWindowSeconds < 0 || settings.duplicateWindowSeconds > 3600)
        return fail(error, AttendanceError::InvalidSetting);
    SettingsRepository store(m_db);
    const QString pairing =
        settings.pairing == PairingSetting::FirstLast ? QStringLiteral("first_last") : QStringLiteral("in_out");
    if (!store.setValue(pairingKey, pairing) ||
        !store.setValue(duplicateWindowKey, QString::number(settings.duplicateWindowSeconds)))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

} // namespace punchclock::storage
