#pragma once

#include "dayresult.h"

#include <QList>
#include <QTime>
#include <QTimeZone>

namespace punchclock::engine::attendance {

// The hours of the site's clock that count as night work: from `start` to `end`, across
// midnight when the end is at or before the start (22:00–06:00, the default), else within one
// date (00:00–05:00).
struct NightWindow
{
    QTime start = QTime(22, 0);
    QTime end = QTime(6, 0);

    // Both times valid and apart: a window of no length, or of a whole day, is a typing error.
    bool isValid() const;
    bool crossesMidnight() const { return end <= start; }
};

// Seconds of the spans (zone-less wall times) that fall within the night window of any date,
// as elapsed time in the site's zone: the night the clocks go forward has an hour less of it,
// the night they go back an hour more, as with time worked. 0 for an invalid window.
qint64 nightSeconds(const QList<WorkedSpan> &spans, const NightWindow &night, const QTimeZone &siteZone);

} // namespace punchclock::engine::attendance
