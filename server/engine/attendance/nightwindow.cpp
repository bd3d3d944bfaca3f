#include "nightwindow.h"

#include "wallclock.h"
#include "walltime.h"

#include <algorithm>

namespace punchclock::engine::attendance {

bool NightWindow::isValid() const
{
    return start.isValid() && end.isValid() && start != end;
}

qint64 nightSeconds(const QList<WorkedSpan> &spans, const NightWindow &night, const QTimeZone &siteZone)
{
    if (!night.isValid())
        return 0;
    qint64 seconds = 0;
    for (const WorkedSpan &span : spans) {
        const qint64 from = wallClockSeconds(span.from);
        const qint64 to = wallClockSeconds(span.to);
        // A window shorter than a day: each date's night starts after the previous one ended, so
        // the windows that begin from the day before the span up to its last day never overlap.
        for (QDate date = span.from.date().addDays(-1); date <= span.to.date(); date = date.addDays(1)) {
            const QDateTime windowStart = protocol::walltime::make(date, night.start);
            const QDateTime windowEnd =
                protocol::walltime::make(night.crossesMidnight() ? date.addDays(1) : date, night.end);
            const qint64 lower = std::max(from, wallClockSeconds(windowStart));
            const qint64 upper = std::min(to, wallClockSeconds(windowEnd));
            if (lower >= upper)
                continue;
            const QDateTime overlapStart = lower == from ? span.from : windowStart;
            const QDateTime overlapEnd = upper == to ? span.to : windowEnd;
            seconds += siteSeconds(overlapEnd, siteZone) - siteSeconds(overlapStart, siteZone);
        }
    }
    return seconds;
}

} // namespace punchclock::engine::attendance
