#pragma once

#include "attendancerepository.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::storage {

// A punch as attendance sees it.
struct AttendancePunchRow
{
    qint64 id = 0;
    QString userId;
    QDateTime ioTime; // wall clock
    QString direction; // "in", "out", ""
    // When it began to count (UTC milliseconds since the epoch): it arrived from an approved
    // terminal, or its pending terminal was approved. -1: it does not count.
    qint64 countedAtMs = -1;
};

struct EmployeeRow
{
    QString userId;
    QString name;
    qint64 departmentId = 0; // 0: none
    QString department;
    bool enabled = true;
};

// Who is reported on, which schedules apply, which punches count. Set-based reads for the
// reports: one query per table, whatever the number of employees.
class AttendanceReader
{
public:
    explicit AttendanceReader(QSqlDatabase db);

    // Users (one, or all), optionally of one department.
    std::optional<QList<EmployeeRow>> employees(std::optional<qint64> departmentId, const QString &userId) const;
    // Punches with from <= date(io_time) < toExclusive, optionally of one department's users or
    // one user.
    std::optional<QList<AttendancePunchRow>> punches(QDate from, QDate toExclusive, std::optional<qint64> departmentId,
                                                     const QString &userId) const;
    std::optional<QList<AttendancePunchRow>> punchesById(const QList<qint64> &ids) const;

    bool departmentExists(qint64 departmentId) const;
    // In the users table or in any punch.
    bool userKnown(const QString &userId) const;

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
