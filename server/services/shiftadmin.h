#pragma once

#include "actor.h"
#include "outcome.h"

#include "attendancerepository.h"

#include <QDate>
#include <QSqlDatabase>

namespace punchclock::services {

// Shifts: everyone's results depend on them (Permission::ChangeSiteRules). Refusals are
// storage::AttendanceError; a shift that breaks engine::attendance::shiftProblems is refused
// with its first problem, the field's key (ShiftAdmin::shiftJson) in Outcome::subject.
class ShiftAdmin
{
public:
    explicit ShiftAdmin(QSqlDatabase db);

    Outcome add(const Actor &actor, const storage::ShiftRow &shift); // id: the shift
    // The definition from `from` on (invalid: from the start); see AttendanceRepository::updateShift.
    Outcome change(const Actor &actor, const storage::ShiftRow &shift, QDate from);
    Outcome rename(const Actor &actor, qint64 shiftId, const QString &name);
    Outcome remove(const Actor &actor, qint64 shiftId);

    static QJsonObject shiftJson(const storage::ShiftRow &shift);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
