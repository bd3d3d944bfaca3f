#pragma once

#include "actor.h"
#include "outcome.h"
#include "personoutcomes.h"

#include <QSqlDatabase>

#include <optional>

namespace punchclock::services {

class ServiceCall;

// Why a department change was refused (Outcome::refusal).
enum class DepartmentError {
    None,
    EmptyName,
    NameTaken,
    PeriodClosed, // it would change which schedule applies on days of a closed period (closedPeriod)
};

// Departments and who belongs to them. Creating, renaming and removing concern everyone
// (Permission::ManageDepartments); moving an employee needs Permission::ManageUsers for the
// departments they leave and join. Membership has no date, so removing a department with a
// schedule, or moving someone between departments, changes which schedule applies on every
// past day: refused while a closed period depends on it.
class DepartmentAdmin
{
public:
    explicit DepartmentAdmin(QSqlDatabase db);

    Outcome create(const Actor &actor, const QString &name); // id: the department
    Outcome rename(const Actor &actor, qint64 departmentId, const QString &name);
    Outcome remove(const Actor &actor, qint64 departmentId);
    Outcome assign(const Actor &actor, const QString &userId, std::optional<qint64> departmentId);
    // Moves several employees in one transaction, one audit record per person moved. Those the
    // actor may not move (either department), unknown ids and moves a closed period forbids are
    // refused one by one; the others move. A database failure moves nobody.
    PersonOutcomes assignMany(const Actor &actor, const QStringList &userIds, std::optional<qint64> departmentId);

private:
    // The move of one employee inside `call`: its outcome, the call itself left unfailed.
    Outcome assignIn(ServiceCall &call, const QString &userId, std::optional<qint64> departmentId);

    QSqlDatabase m_db;
};

} // namespace punchclock::services
