#include "refusals.h"

#include "sqlsupport.h"

namespace punchclock::services {

Outcome attendanceRefusal(const QSqlDatabase &db, storage::AttendanceError error, QDate from, QDate to)
{
    if (error == storage::AttendanceError::Storage)
        return Outcome::storage(storage::lastQueryFailureOnThisThread().message);
    Outcome refused = Outcome::refused(error);
    if (error == storage::AttendanceError::PeriodClosed) {
        const storage::ClosedPeriodRepository periods(db);
        refused.closedPeriod = to.isValid() ? periods.overlapping(from, to) : periods.fromOnward(from);
    }
    return refused;
}

Outcome correctionRefusal(const QSqlDatabase &db, storage::CorrectionError error, QDate day)
{
    if (error == storage::CorrectionError::Storage)
        return Outcome::storage(storage::lastQueryFailureOnThisThread().message);
    Outcome refused = Outcome::refused(error);
    if (error == storage::CorrectionError::PeriodClosed && day.isValid())
        refused.closedPeriod = storage::ClosedPeriodRepository(db).covering(day);
    return refused;
}

} // namespace punchclock::services
