#pragma once

#include "outcome.h"

#include "attendancerepository.h"
#include "punchcorrectionrepository.h"

#include <QDate>
#include <QSqlDatabase>

namespace punchclock::services {

// A refusal of the attendance rules as an Outcome. PeriodClosed carries the closed period that
// refused: the first on or after `from` for a change from a date on (`to` invalid), else the
// first that shares a day with [from, to].
Outcome attendanceRefusal(const QSqlDatabase &db, storage::AttendanceError error, QDate from, QDate to = {});
Outcome correctionRefusal(const QSqlDatabase &db, storage::CorrectionError error, QDate day);

} // namespace punchclock::services
