#pragma once

#include "payrollprofile.h"

#include <QString>

namespace punchclock::cli {

// Why a payroll profile cannot be saved or used, in English, naming the column and the value
// concerned ("column 3 (leave_days): a kind of leave is only for leave_days").
QString describePayrollProblem(const engine::reports::PayrollProfileProblem &problem,
                               const engine::reports::PayrollProfile &profile = {});

// "','", "';'", "tab", "'|'": a delimiter as the listings show it.
QString delimiterName(QChar delimiter);
// The --delimiter values: ",", ";", "|", "tab" (also "comma", "semicolon", "pipe"); a null QChar
// for anything else.
QChar delimiterNamed(const QString &name);

} // namespace punchclock::cli
