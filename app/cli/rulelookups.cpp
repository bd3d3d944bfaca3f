#include "rulelookups.h"

#include "attendancereader.h"

namespace punchclock::cli {

std::optional<storage::DepartmentRow> findDepartment(const QSqlDatabase &db, const QString &nameOrId)
{
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    for (const storage::DepartmentRow &department : storage::DepartmentRepository(db).list()) {
        if ((numeric && department.id == id) || department.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return department;
    }
    return std::nullopt;
}

QString unknownDepartment(const QString &name)
{
    return QStringLiteral("unknown department '%1' (see 'punchclock departments')").arg(name);
}

std::optional<storage::ShiftRow> findShift(const QSqlDatabase &db, const QString &name)
{
    return storage::AttendanceRepository(db).shiftByName(name);
}

QString unknownShift(const QString &name)
{
    return QStringLiteral("unknown shift '%1' (see 'punchclock shifts')").arg(name);
}

bool userKnown(const QSqlDatabase &db, const QString &userId)
{
    return !userId.isEmpty() && storage::AttendanceReader(db).userKnown(userId);
}

QString unknownUser(const QString &userId)
{
    return QStringLiteral("unknown user '%1': neither in the user list nor in any punch").arg(userId);
}

} // namespace punchclock::cli
