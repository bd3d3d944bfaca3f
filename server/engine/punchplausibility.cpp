#include "punchplausibility.h"

namespace punchclock::engine {

namespace {
// Later than both reset dates, and earlier than any terminal speaking this protocol.
const QDate earliestPlausibleDate(2016, 1, 1);
constexpr qint64 maxSecondsAhead = 24 * 60 * 60;
} // namespace

bool isPlausiblePunchTime(const QDateTime &ioTime, const QDateTime &siteNow)
{
    if (ioTime.date() < earliestPlausibleDate)
        return false;
    return siteNow.secsTo(ioTime) <= maxSecondsAhead;
}

} // namespace punchclock::engine
