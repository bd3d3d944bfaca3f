#pragma once

#include "actor.h"
#include "outcome.h"

#include <QDate>
#include <QSqlDatabase>

namespace punchclock::services {

// Closing and reopening payroll periods (Permission::ClosePeriods, for every department). The
// refusals are storage::PeriodError; an overlap carries the other period in closedPeriod.
class PeriodAdmin
{
public:
    explicit PeriodAdmin(QSqlDatabase db);

    Outcome close(const Actor &actor, QDate from, QDate to, const QString &reason); // id: the period
    Outcome reopen(const Actor &actor, qint64 periodId, const QString &reason);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
