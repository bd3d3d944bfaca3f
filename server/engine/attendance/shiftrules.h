#pragma once

#include "attendancerepository.h"

#include <QList>
#include <QString>

namespace punchclock::engine::attendance {

// The parts of a shift an operator enters, so that a front end can point at the one to fix.
enum class ShiftField {
    Name,
    Start,
    End,
    LateGrace,
    EarlyLeaveGrace,
    Break,
    BreakAfter,
    Rounding, // the rounding step
    OvertimeThreshold,
    DayChange,
};

struct ShiftProblem
{
    ShiftField field = ShiftField::Name;
    storage::AttendanceError error = storage::AttendanceError::None;
};

// Everything wrong with a shift before it is stored, in the order of the form; empty when it
// can be stored. The console, the command line and ShiftAdmin (so every API client) apply this
// one rule. Whether the name is taken is the store's to say.
QList<ShiftProblem> shiftProblems(const storage::ShiftRow &shift);

// The field's key, as in ShiftAdmin::shiftJson and the audit trail.
QString shiftFieldKey(ShiftField field);

} // namespace punchclock::engine::attendance
