#pragma once

#include "attendancerepository.h"

namespace punchclock::test {

// 08:00–17:00 with an hour's break: a valid shift for the tests to spoil one field of.
inline storage::ShiftRow dayShift()
{
    storage::ShiftRow shift;
    shift.name = QStringLiteral("Day");
    shift.start = QTime(8, 0);
    shift.end = QTime(17, 0);
    shift.breakMinutes = 60;
    return shift;
}

} // namespace punchclock::test
