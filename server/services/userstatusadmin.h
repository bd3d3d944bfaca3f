#pragma once

#include "actor.h"
#include "outcome.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace punchclock::services {

// Disables an employee who left, or enables them again, in one step: the store (users.enabled,
// and user_status_changes from the site's today, from which the reports stop or start expecting
// work), then ENABLE_USER to every terminal holding them, followed as one operation on the Jobs
// page. Their templates stay, on the terminals and here, so that re-hiring is one Enable.
// Permission::ManageUsers for the employee's department. Refused with
// storage::AttendanceError::PeriodClosed (and the period) when a closed period lies on or after
// today, since its results would change.
class UserStatusAdmin
{
public:
    struct Result
    {
        Outcome outcome; // outcome.id: the operation
        QDate effectiveFrom;
        QList<qint64> jobIds; // one per terminal holding the employee; none when no terminal does
    };

    explicit UserStatusAdmin(QSqlDatabase db);

    Result disable(const Actor &actor, const QString &userId);
    Result enable(const Actor &actor, const QString &userId);

private:
    Result setEnabled(const Actor &actor, const QString &userId, bool enabled);

    QSqlDatabase m_db;
};

} // namespace punchclock::services
