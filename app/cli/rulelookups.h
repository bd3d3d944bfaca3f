#pragma once

#include "attendancerepository.h"
#include "departmentrepository.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::cli {

// The names the rule commands take, looked up as the console shows them, and what to say when
// one is unknown (each names the value, exit status 2).

// A department by its name (any case) or its id.
std::optional<storage::DepartmentRow> findDepartment(const QSqlDatabase &db, const QString &nameOrId);
QString unknownDepartment(const QString &name);
// A shift by its name, any case: its latest definition.
std::optional<storage::ShiftRow> findShift(const QSqlDatabase &db, const QString &name);
QString unknownShift(const QString &name);
// In the user list or in any punch, as the reports count them.
bool userKnown(const QSqlDatabase &db, const QString &userId);
QString unknownUser(const QString &userId);

} // namespace punchclock::cli
