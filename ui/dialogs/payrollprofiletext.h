#pragma once

#include "outcome.h"
#include "payrollprofile.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// Payroll profiles in the operator's words: the columns' names and why a profile cannot be
// saved or used.
class PayrollProfileText
{
    Q_DECLARE_TR_FUNCTIONS(PayrollProfileText)

public:
    static QString columnName(engine::reports::PayrollColumn column);
    // What the column counts, for its tooltip.
    static QString columnMeaning(engine::reports::PayrollColumn column);
    // With the column concerned named, when the problem is about one of `profile`'s columns.
    static QString problem(const engine::reports::PayrollProfileProblem &problem,
                           const engine::reports::PayrollProfile &profile = {});
    // A PayrollProfiles call: its refusal as problem() says it, else as every service's.
    static QString outcome(const services::Outcome &outcome, const engine::reports::PayrollProfile &profile = {});
};

} // namespace punchclock::ui
