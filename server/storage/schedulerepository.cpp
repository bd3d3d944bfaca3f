#include "schedulerepository.h"

#include "closedperiodrepository.h"
#include "sqlsupport.h"
#include "writetransaction.h"

namespace punchclock::storage {

namespace {

bool fail(AttendanceError *error, AttendanceError reason)
{
    if (error)
        *error = reason;
    return false;
}

QString kindName(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Week: return QStringLiteral("week");
    case ScheduleKind::None: return QStringLiteral("none");
    case ScheduleKind::Department: return QStringLiteral("department");
    }
    return QStringLiteral("week");
}

ScheduleKind kindFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return ScheduleKind::None;
    if (name == QLatin1String("department"))
        return ScheduleKind::Department;
    return ScheduleKind::Week;
}

// Where an owner's schedules live: the one from the start in its own table, the changes (and
// their days) in the change tables under the owner's column.
struct Source
{
    QString baseTable;
    QString column;
    QString changes = QStringLiteral("schedule_changes");
    QString changeDays = QStringLiteral("schedule_change_days");
};

const Source departmentSource{QStringLiteral("department_schedules"), QStringLiteral("department_id")};
const Source userSource{QStringLiteral("user_schedules"), QStringLiteral("user_id")};
const Source siteSource{QStringLiteral("site_schedules"), QStringLiteral("site_id"),
                        QStringLiteral("site_schedule_changes"), QStringLiteral("site_schedule_change_days")};
constexpr qint64 TheSite = 1;

template<typename Key>
std::optional<QHash<Key, QList<ScheduleVersion>>> readHistories(const QSqlDatabase &db, const Source &source,
                                                                 const QVariant &only)
{
    QHash<Key, QList<ScheduleVersion>> result;
    const QString filter = only.isValid() ? QStringLiteral(" WHERE %1 = ?").arg(source.column) : QString();
    const QVariantList values = only.isValid() ? QVariantList{only} : QVariantList{};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT %1, weekday, COALESCE(shift_id, 0) FROM %2").arg(source.column, source.baseTable)
                  + filter,
              values))
        return std::nullopt;
    while (query.next()) {
        QList<ScheduleVersion> &versions = result[query.value(0).value<Key>()];
        if (versions.isEmpty())
            versions.append(ScheduleVersion{});
        const int day = query.value(1).toInt();
        if (day >= 1 && day <= 7)
            versions.first().week.at(day - 1) = query.value(2).toLongLong();
    }
    const QString changeFilter = only.isValid() ? QStringLiteral("c.%1 = ?").arg(source.column)
                                                : QStringLiteral("c.%1 IS NOT NULL").arg(source.column);
    if (!exec(query,
              QStringLiteral("SELECT c.%1, c.id, c.effective_from, c.kind, c.changed_by, c.changed_at, d.weekday, "
                             "COALESCE(d.shift_id, 0) FROM %3 c "
                             "LEFT JOIN %4 d ON d.change_id = c.id WHERE %2 "
                             "ORDER BY c.%1, c.effective_from, d.weekday")
                  .arg(source.column, changeFilter, source.changes, source.changeDays),
              values))
        return std::nullopt;
    qint64 lastChange = 0;
    while (query.next()) {
        QList<ScheduleVersion> &versions = result[query.value(0).value<Key>()];
        if (query.value(1).toLongLong() != lastChange) {
            lastChange = query.value(1).toLongLong();
            ScheduleVersion version;
            version.from = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            version.kind = kindFromName(query.value(3).toString());
            version.changedBy = query.value(4).toString();
            version.changedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
            versions.append(version);
        }
        const int day = query.value(6).toInt();
        if (day >= 1 && day <= 7)
            versions.last().week.at(day - 1) = query.value(7).toLongLong();
    }
    return result;
}

} // namespace

struct ScheduleRepository::Owner
{
    Source source;
    QVariant id;
};

const ScheduleVersion *scheduleOn(const QList<ScheduleVersion> &history, QDate date)
{
    const ScheduleVersion *inForce = nullptr;
    for (const ScheduleVersion &version : history) {
        if (version.from.isValid() && version.from > date)
            break;
        inForce = &version;
    }
    return inForce;
}

ScheduleRepository::ScheduleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ScheduleRepository::setDepartmentSchedule(qint64 departmentId, const WeekShiftIds &week, QDate from,
                                               const QString &changedBy, AttendanceError *error)
{
    return write({departmentSource, departmentId}, ScheduleKind::Week, week, from, changedBy, error);
}

bool ScheduleRepository::setUserSchedule(const QString &userId, const WeekShiftIds &week, QDate from,
                                         const QString &changedBy, AttendanceError *error)
{
    return write({userSource, userId}, ScheduleKind::Week, week, from, changedBy, error);
}

bool ScheduleRepository::clearDepartmentSchedule(qint64 departmentId, QDate from, const QString &changedBy,
                                                 AttendanceError *error)
{
    return write({departmentSource, departmentId}, ScheduleKind::None, {}, from, changedBy, error);
}

bool ScheduleRepository::clearUserSchedule(const QString &userId, QDate from, const QString &changedBy,
                                           AttendanceError *error)
{
    return write({userSource, userId}, ScheduleKind::Department, {}, from, changedBy, error);
}

bool ScheduleRepository::write(const Owner &owner, ScheduleKind kind, const WeekShiftIds &week, QDate from,
                               const QString &changedBy, AttendanceError *error)
{
    if (owner.id.toString().isEmpty())
        return fail(error, AttendanceError::EmptyName);
    const AttendanceRepository shifts(m_db);
    for (qint64 shiftId : week) {
        if (shiftId != 0 && !shifts.shift(shiftId))
            return fail(error, AttendanceError::UnknownShift);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(error, AttendanceError::Storage);
    // A change from a date on alters every day after it.
    if (ClosedPeriodRepository(m_db).fromOnward(from))
        return fail(error, AttendanceError::PeriodClosed);
    QSqlQuery query(m_db);
    if (owner.source.column == departmentSource.column) {
        if (!exec(query, QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), {owner.id}))
            return fail(error, AttendanceError::Storage);
        if (!query.next())
            return fail(error, AttendanceError::UnknownDepartment);
        query.finish();
    }
    const auto insertDays = [&query, &week](const QString &sql, const QVariant &key) {
        for (int day = 0; day < 7; ++day) {
            const qint64 shiftId = week.at(day);
            if (!exec(query, sql, {key, day + 1, shiftId != 0 ? QVariant(shiftId) : QVariant()}))
                return false;
        }
        return true;
    };
    bool ok = true;
    if (!from.isValid()) {
        ok = exec(query, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(owner.source.changes, owner.source.column),
                  {owner.id})
            && exec(query, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(owner.source.baseTable, owner.source.column),
                    {owner.id});
        if (ok && kind == ScheduleKind::Week)
            ok = insertDays(QStringLiteral("INSERT INTO %1 (%2, weekday, shift_id) VALUES (?, ?, ?)")
                                .arg(owner.source.baseTable, owner.source.column),
                            owner.id);
    } else {
        ok = exec(query,
                  QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND effective_from >= ?")
                      .arg(owner.source.changes, owner.source.column),
                  {owner.id, from.toString(Qt::ISODate)})
            && exec(query,
                    QStringLiteral("INSERT INTO %1 (%2, effective_from, kind, changed_by, changed_at) "
                                   "VALUES (?, ?, ?, ?, ?) RETURNING id")
                        .arg(owner.source.changes, owner.source.column),
                    {owner.id, from.toString(Qt::ISODate), kindName(kind), changedBy, utcNowText()})
            && query.next();
        const qint64 changeId = ok ? query.value(0).toLongLong() : 0;
        query.finish();
        if (ok && kind == ScheduleKind::Week)
            ok = insertDays(QStringLiteral("INSERT INTO %1 (change_id, weekday, shift_id) VALUES (?, ?, ?)")
                                .arg(owner.source.changeDays),
                            changeId);
    }
    if (!ok || !transaction.commit())
        return fail(error, AttendanceError::Storage);
    fail(error, AttendanceError::None);
    return true;
}

QList<ScheduleVersion> ScheduleRepository::history(const Owner &owner) const
{
    if (owner.source.column != userSource.column) {
        const auto all = readHistories<qint64>(m_db, owner.source, owner.id);
        return all ? all->value(owner.id.toLongLong()) : QList<ScheduleVersion>{};
    }
    const auto all = readHistories<QString>(m_db, owner.source, owner.id);
    return all ? all->value(owner.id.toString()) : QList<ScheduleVersion>{};
}

QList<ScheduleVersion> ScheduleRepository::departmentHistory(qint64 departmentId) const
{
    return history({departmentSource, departmentId});
}

QList<ScheduleVersion> ScheduleRepository::userHistory(const QString &userId) const
{
    return history({userSource, userId});
}

namespace {

std::optional<WeekShiftIds> latestWeek(const QList<ScheduleVersion> &versions)
{
    if (versions.isEmpty() || versions.last().kind != ScheduleKind::Week)
        return std::nullopt;
    return versions.last().week;
}

} // namespace

std::optional<WeekShiftIds> ScheduleRepository::departmentSchedule(qint64 departmentId) const
{
    return latestWeek(departmentHistory(departmentId));
}

std::optional<WeekShiftIds> ScheduleRepository::userSchedule(const QString &userId) const
{
    return latestWeek(userHistory(userId));
}

bool ScheduleRepository::setSiteSchedule(const WeekShiftIds &week, QDate from, const QString &changedBy,
                                         AttendanceError *error)
{
    return write({siteSource, TheSite}, ScheduleKind::Week, week, from, changedBy, error);
}

bool ScheduleRepository::clearSiteSchedule(QDate from, const QString &changedBy, AttendanceError *error)
{
    return write({siteSource, TheSite}, ScheduleKind::None, {}, from, changedBy, error);
}

std::optional<WeekShiftIds> ScheduleRepository::siteSchedule() const
{
    return latestWeek(siteHistory().value_or(QList<ScheduleVersion>()));
}

std::optional<QList<ScheduleVersion>> ScheduleRepository::siteHistory() const
{
    const auto all = readHistories<qint64>(m_db, siteSource, TheSite);
    if (!all)
        return std::nullopt;
    return all->value(TheSite);
}

std::optional<QHash<qint64, QList<ScheduleVersion>>> ScheduleRepository::allDepartmentHistories() const
{
    return readHistories<qint64>(m_db, departmentSource, QVariant());
}

std::optional<QHash<QString, QList<ScheduleVersion>>> ScheduleRepository::allUserHistories() const
{
    return readHistories<QString>(m_db, userSource, QVariant());
}

} // namespace punchclock::storage
