#include "attendancerepository.h"

#include "closedperiodrepository.h"
#include "settingsrepository.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QSqlError>

#include <algorithm>

namespace punchclock::storage {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");
const QLatin1String pairingKey(AttendanceRepository::PairingKey);
const QLatin1String duplicateWindowKey(AttendanceRepository::DuplicateWindowKey);
const QLatin1String nightStartKey(AttendanceRepository::NightStartKey);
const QLatin1String nightEndKey(AttendanceRepository::NightEndKey);

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

std::optional<qint64> AttendanceRepository::addShift(const ShiftRow &shift, AttendanceError *error)
{
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

bool AttendanceRepository::updateShift(const ShiftRow &shift, AttendanceError *error, QDate from,
                                       const QString &changedBy)
{
    if (!this->shift(shift.id))
        return fail(error, AttendanceError::UnknownShift);
    if (nameTaken(m_db, shift))
        return fail(error, AttendanceError::DuplicateName);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, AttendanceError::Storage);
    // A new definition from a date on alters every day after it.
    if (ClosedPeriodRepository(m_db).fromOnward(from))
        return fail(error, AttendanceError::PeriodClosed);
    QSqlQuery query(m_db);
    QVariantList values = shiftValues(shift);
    bool ok = true;
    if (!from.isValid()) {
        values.append(shift.id);
        ok = exec(query,
                  QStringLiteral("UPDATE shifts SET name = ?, start_time = ?, end_time = ?, late_grace_min = ?, "
                                 "early_leave_grace_min = ?, break_min = ?, break_after_min = ?, rounding = ?, "
                                 "rounding_min = ?, overtime_threshold_min = ?, day_change = ? WHERE id = ?"),
                  values)
            && exec(query, QStringLiteral("DELETE FROM shift_changes WHERE shift_id = ?"), {shift.id});
    } else {
        values.removeFirst(); // the name is the shift's, not the definition's
        values.prepend(from.toString(Qt::ISODate));
        values.prepend(shift.id);
        values << changedBy << utcNowText();
        ok = exec(query, QStringLiteral("UPDATE shifts SET name = ? WHERE id = ?"), {shift.name.trimmed(), shift.id})
            && exec(query, QStringLiteral("DELETE FROM shift_changes WHERE shift_id = ? AND effective_from >= ?"),
                    {shift.id, from.toString(Qt::ISODate)})
            && exec(query,
                    QStringLiteral("INSERT INTO shift_changes (shift_id, effective_from, start_time, end_time, "
                                   "late_grace_min, early_leave_grace_min, break_min, break_after_min, rounding, "
                                   "rounding_min, overtime_threshold_min, day_change, changed_by, changed_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    values);
    }
    if (!ok || !transaction.commit())
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

bool AttendanceRepository::renameShift(qint64 id, const QString &name, AttendanceError *error)
{
    std::optional<ShiftRow> shift = this->shift(id);
    if (!shift)
        return fail(error, AttendanceError::UnknownShift);
    shift->name = name;
    if (name.trimmed().isEmpty())
        return fail(error, AttendanceError::EmptyName);
    if (nameTaken(m_db, *shift))
        return fail(error, AttendanceError::DuplicateName);
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("UPDATE shifts SET name = ? WHERE id = ?"), {name.trimmed(), id}))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

bool AttendanceRepository::removeShift(qint64 id, AttendanceError *error)
{
    if (!shift(id))
        return fail(error, AttendanceError::UnknownShift);
    QSqlQuery query(m_db);
    // Past schedules count too: removing the shift would rewrite the days they planned.
    if (!exec(query,
              QStringLiteral("SELECT 1 FROM department_schedules WHERE shift_id = ? "
                             "UNION ALL SELECT 1 FROM user_schedules WHERE shift_id = ? "
                             "UNION ALL SELECT 1 FROM schedule_change_days WHERE shift_id = ? "
                             "UNION ALL SELECT 1 FROM site_schedules WHERE shift_id = ? "
                             "UNION ALL SELECT 1 FROM site_schedule_change_days WHERE shift_id = ?"),
              {id, id, id, id, id}))
        return fail(error, AttendanceError::Storage);
    if (query.next())
        return fail(error, AttendanceError::ShiftInUse);
    query.finish();
    if (!exec(query, QStringLiteral("DELETE FROM shifts WHERE id = ?"), {id}))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

QHash<qint64, QList<ShiftRow>> AttendanceRepository::allShiftHistories() const
{
    QHash<qint64, QList<ShiftRow>> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, QStringLiteral("SELECT ") + shiftColumns + QStringLiteral(" FROM shifts")))
        return result;
    QHash<qint64, QString> names;
    while (query.next()) {
        const ShiftRow base = shiftFrom(query);
        names.insert(base.id, base.name);
        result[base.id].append(base);
    }
    if (!exec(query,
              QStringLiteral("SELECT shift_id, '', start_time, end_time, late_grace_min, early_leave_grace_min, "
                             "break_min, break_after_min, rounding, rounding_min, overtime_threshold_min, day_change, "
                             "effective_from, changed_by FROM shift_changes ORDER BY shift_id, effective_from")))
        return result;
    while (query.next()) {
        ShiftRow change = shiftFrom(query);
        change.name = names.value(change.id);
        change.effectiveFrom = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        change.changedBy = query.value(13).toString();
        result[change.id].append(change);
    }
    return result;
}

QList<ShiftRow> AttendanceRepository::shiftHistory(qint64 id) const
{
    return allShiftHistories().value(id);
}

QList<ShiftRow> AttendanceRepository::shifts() const
{
    QList<ShiftRow> result;
    const QHash<qint64, QList<ShiftRow>> histories = allShiftHistories();
    for (const QList<ShiftRow> &history : histories)
        result.append(history.last());
    std::sort(result.begin(), result.end(), [](const ShiftRow &a, const ShiftRow &b) { return a.name < b.name; });
    return result;
}

std::optional<ShiftRow> AttendanceRepository::shift(qint64 id) const
{
    const QList<ShiftRow> history = shiftHistory(id);
    return history.isEmpty() ? std::nullopt : std::optional<ShiftRow>(history.last());
}

std::optional<ShiftRow> AttendanceRepository::shiftByName(const QString &name) const
{
    for (const ShiftRow &shift : shifts()) {
        if (shift.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return shift;
    }
    return std::nullopt;
}

bool AttendanceRepository::closedOn(QDate from, QDate to, AttendanceError *error) const
{
    if (!ClosedPeriodRepository(m_db).overlapping(from, to))
        return false;
    fail(error, AttendanceError::PeriodClosed);
    return true;
}

bool AttendanceRepository::setHoliday(const HolidayRow &holiday, AttendanceError *error)
{
    if (!holiday.date.isValid())
        return fail(error, AttendanceError::InvalidDate);
    if (closedOn(holiday.date, holiday.date, error))
        return false;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO holidays (holiday_date, name) VALUES (?, ?) "
                             "ON CONFLICT (holiday_date) DO UPDATE SET name = excluded.name"),
              {dateText(holiday.date), holiday.name.trimmed()}))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

bool AttendanceRepository::removeHoliday(QDate date, AttendanceError *error)
{
    if (closedOn(date, date, error))
        return false;
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("DELETE FROM holidays WHERE holiday_date = ?"), {dateText(date)}))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
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
    if (closedOn(from, to, error))
        return false;
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

bool AttendanceRepository::removeLeave(const QString &userId, QDate from, QDate to, AttendanceError *error)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(error, AttendanceError::InvalidDate);
    if (closedOn(from, to, error))
        return false;
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("DELETE FROM leave_days WHERE user_id = ? AND leave_date >= ? AND leave_date <= ?"),
              {userId, dateText(from), dateText(to)}))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
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
    // Both or neither: half of a window written by hand is no window the site chose.
    const QTime nightStart = QTime::fromString(store.value(nightStartKey), timeFormat);
    const QTime nightEnd = QTime::fromString(store.value(nightEndKey), timeFormat);
    if (nightStart.isValid() && nightEnd.isValid() && nightStart != nightEnd) {
        settings.nightStart = nightStart;
        settings.nightEnd = nightEnd;
    }
    return settings;
}

bool AttendanceRepository::setSettings(const AttendanceSettings &settings, AttendanceError *error)
{
    if (settings.duplicateWindowSeconds < 0 || settings.duplicateWindowSeconds > 3600 ||
        !settings.nightStart.isValid() || !settings.nightEnd.isValid() ||
        settings.nightStart.toString(timeFormat) == settings.nightEnd.toString(timeFormat))
        return fail(error, AttendanceError::InvalidSetting);
    SettingsRepository store(m_db);
    const QString pairing =
        settings.pairing == PairingSetting::FirstLast ? QStringLiteral("first_last") : QStringLiteral("in_out");
    if (!store.setValue(pairingKey, pairing) ||
        !store.setValue(duplicateWindowKey, QString::number(settings.duplicateWindowSeconds)) ||
        !store.setValue(nightStartKey, settings.nightStart.toString(timeFormat)) ||
        !store.setValue(nightEndKey, settings.nightEnd.toString(timeFormat)))
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

} // namespace punchclock::storage
