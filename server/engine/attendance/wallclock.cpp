#include "wallclock.h"

namespace punchclock::engine::attendance {

namespace {

const QDate epoch(1970, 1, 1);

} // namespace

qint64 wallClockSeconds(const QDateTime &wallTime)
{
    return epoch.daysTo(wallTime.date()) * 86400 + wallTime.time().msecsSinceStartOfDay() / 1000;
}

int wallClockMinutesBetween(const QDateTime &from, const QDateTime &to)
{
    return static_cast<int>((wallClockSeconds(to) - wallClockSeconds(from)) / 60);
}

} // namespace punchclock::engine::attendance
