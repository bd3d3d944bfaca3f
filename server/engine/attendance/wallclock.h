#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace punchclock::engine::attendance {

// Terminals record the site's wall clock with no zone, and punches are stored that way, never
// converted. Two measures are taken from them:
//
// - Wall-clock spans (wallClockSeconds, wallClockMinutesBetween), from date and time of day
//   only, so that the QDateTime's time spec never matters: for ordering, the duplicate window,
//   the working day a punch belongs to, and late arrival and early leave, which compare a
//   punch with the wall-clock times of the shift.
// - Elapsed time (siteSeconds, elapsedMinutesBetween): the wall times read in the site's zone,
//   for time worked, breaks taken and the planned length of a shift. 22:00–06:00 is 9 hours
//   of work in the night the clocks go back and 7 in the night they go forward, and that is
//   what is paid.
qint64 wallClockSeconds(const QDateTime &wallTime);
int wallClockMinutesBetween(const QDateTime &from, const QDateTime &to);

// Seconds since the epoch at which the site's clock showed this wall time. In the hour that is
// repeated when the clocks go back the earlier of the two instants counts (a terminal's time
// cannot tell them apart); a time in the hour skipped when they go forward counts as if the
// clock had not yet been put forward (02:30 is 03:30). An invalid zone counts as UTC: no
// clock changes, elapsed time equals wall-clock time.
qint64 siteSeconds(const QDateTime &wallTime, const QTimeZone &siteZone);
int elapsedMinutesBetween(const QDateTime &from, const QDateTime &to, const QTimeZone &siteZone);

} // namespace punchclock::engine::attendance
