#pragma once

#include <QDateTime>

namespace punchclock::engine::attendance {

// Attendance counts wall-clock time, not elapsed time: a 00:00–08:00 shift is 8 h on the
// spring-forward and the fall-back day alike, because that is what the terminal showed and
// what the employee is paid for. The span is taken from date and time of day only, so the
// QDateTime's time spec never matters and no zone conversion can shift a punch.
qint64 wallClockSeconds(const QDateTime &wallTime);
int wallClockMinutesBetween(const QDateTime &from, const QDateTime &to);

} // namespace punchclock::engine::attendance
