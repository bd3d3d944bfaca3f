#pragma once

#include "dayresult.h"

#include <QString>

namespace punchclock::cli {

// The codes `report explain --json` gives for the calculator's enums, so that a script tests a
// day's rules whatever the language of the words beside them ("complete_pairs", "nearer_shift_end").
QString figureCode(engine::attendance::Figure figure);
QString ruleCode(engine::attendance::FigureRule rule);
QString assignmentCode(engine::attendance::DayAssignment assignment);
QString punchStatusCode(engine::attendance::PunchStatus status);
QString roleCode(engine::attendance::PunchRole role);
QString roleReasonCode(engine::attendance::RoleReason reason);
QString sourceCode(engine::attendance::PunchSource source);

} // namespace punchclock::cli
