#pragma once

#include "outcome.h"

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

// Says why a service refused a change of the rules (its refusal a storage::AttendanceError) and
// returns the exit status: 2 for a value the command line got wrong, 1 for a refusal (not
// allowed, a closed period, a name taken, a busy database). A closed period is named as the
// service found it; a change from a date on (a shift's or a schedule's: every later day) also
// offers to start after the last closed day.
int refusedFrom(CliContext &context, const QSqlDatabase &db, const services::Outcome &outcome);
int refusedOn(CliContext &context, const QSqlDatabase &db, const services::Outcome &outcome);

} // namespace punchclock::cli
