#pragma once

#include "attendancerepository.h"
#include "closedperiodrepository.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::cli {

class CliContext;

// The sentences for the codes the attendance rules' storage returns, so that every refusal
// says what is wrong and what to do.
QString describe(storage::AttendanceError error);
QString describe(storage::PeriodError error);

// "2026-03-01 – 2026-03-31", or the one day
QString periodText(QDate from, QDate to);
// "2026-03-01 – 2026-03-31 is closed (cli:anna, 2026-04-02: payroll March); reopen it first with
// 'punchclock periods reopen 1 --reason …'", the day it was closed on the site's calendar.
QString closedPeriodText(const QSqlDatabase &db, const storage::ClosedPeriodRow &period);

// Says why the store refused a change and returns the exit status: 2 for a value the command
// line got wrong, 1 for a refusal of the store (a closed period, a name taken, a busy database).
// A change from `from` on (a shift's or a schedule's: every later day) names the first closed
// period from then on; a change of the days `from` to `to` (holidays, leave) the first closed one
// among them.
int refusedFrom(CliContext &context, const QSqlDatabase &db, storage::AttendanceError error, QDate from);
int refusedOn(CliContext &context, const QSqlDatabase &db, storage::AttendanceError error, QDate from, QDate to);

} // namespace punchclock::cli
