#pragma once

#include "storewrite.h"

#include "attendancerepository.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::storage {

// Who follows which weekly plan, and from when. An employee with a schedule of their own
// follows it; everyone else follows their department's; without either, the site's (the
// default); without any, nothing is planned.
enum class ScheduleKind {
    Week,       // the week's shifts (0 for a day off)
    None,       // no schedule from this date on
    Department, // an employee's own schedule ends: the department's applies again
};

// One schedule from a date on, until the next one. `from` invalid: from the start.
struct ScheduleVersion
{
    QDate from;
    ScheduleKind kind = ScheduleKind::Week;
    WeekShiftIds week{};
    QString changedBy;
    QDateTime changedAt; // UTC; invalid for the schedule from the start
};

// Schedules change from a date on, never behind a manager's back: a change replaces the
// schedule from its date onwards and leaves the days before as they were, so a report of last
// year reads last year's schedule. A change that would alter a closed period is refused
// (AttendanceError::PeriodClosed). `from` invalid replaces the whole history (setting up).
class ScheduleRepository
{
public:
    explicit ScheduleRepository(QSqlDatabase db);

    PUNCHCLOCK_STORE_WRITE bool setDepartmentSchedule(qint64 departmentId, const WeekShiftIds &week, QDate from = {},
                               const QString &changedBy = {}, AttendanceError *error = nullptr);
    PUNCHCLOCK_STORE_WRITE bool setUserSchedule(const QString &userId, const WeekShiftIds &week, QDate from = {},
                         const QString &changedBy = {}, AttendanceError *error = nullptr);
    // From `from` on, the department has no schedule.
    PUNCHCLOCK_STORE_WRITE bool clearDepartmentSchedule(qint64 departmentId, QDate from = {}, const QString &changedBy = {},
                                 AttendanceError *error = nullptr);
    // From `from` on, the employee follows the department's schedule again.
    PUNCHCLOCK_STORE_WRITE bool clearUserSchedule(const QString &userId, QDate from = {}, const QString &changedBy = {},
                           AttendanceError *error = nullptr);

    // The site's default week, which everyone without an own or a department week follows.
    PUNCHCLOCK_STORE_WRITE bool setSiteSchedule(const WeekShiftIds &week, QDate from = {}, const QString &changedBy = {},
                                                AttendanceError *error = nullptr);
    // From `from` on, the site has no default week.
    PUNCHCLOCK_STORE_WRITE bool clearSiteSchedule(QDate from = {}, const QString &changedBy = {},
                                                  AttendanceError *error = nullptr);

    // The latest version's week, when it is a week (what an editor starts from).
    std::optional<WeekShiftIds> departmentSchedule(qint64 departmentId) const;
    std::optional<WeekShiftIds> userSchedule(const QString &userId) const;
    std::optional<WeekShiftIds> siteSchedule() const;
    // Every version by date; empty when the owner never had one.
    QList<ScheduleVersion> departmentHistory(qint64 departmentId) const;
    QList<ScheduleVersion> userHistory(const QString &userId) const;
    // nullopt when the database refused.
    std::optional<QList<ScheduleVersion>> siteHistory() const;
    // All owners' versions at once, for the reports.
    std::optional<QHash<qint64, QList<ScheduleVersion>>> allDepartmentHistories() const;
    std::optional<QHash<QString, QList<ScheduleVersion>>> allUserHistories() const;

private:
    struct Owner;
    bool write(const Owner &owner, ScheduleKind kind, const WeekShiftIds &week, QDate from, const QString &changedBy,
               AttendanceError *error);
    QList<ScheduleVersion> history(const Owner &owner) const;

    QSqlDatabase m_db;
};

// The version in force on a date, or nullptr before the first.
const ScheduleVersion *scheduleOn(const QList<ScheduleVersion> &history, QDate date);

} // namespace punchclock::storage
