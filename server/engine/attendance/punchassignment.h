#pragma once

#include "attendancerules.h"
#include "dayresult.h"
#include "punchinput.h"
#include "shift.h"

#include <QList>

namespace punchclock::engine::attendance {

// The user's punches in wall-clock order, each assigned to its working day and marked
// Voided, NotCounting or Duplicate where it must not count; the others are Used for now
// (pairing decides). Other users' punches and punches without a valid time are left out:
// they belong to no day of this user.
//
// A punch belongs to its calendar date, with two exceptions that give it to the previous
// working day. Punches are taken in wall-clock order; a working day is left open when the
// punches before end it with an arrival without departure (InOut: by direction, else by the
// sequence) or with a lone punch (FirstLast).
//
// 1. BeforeDayChange: it is earlier than the day-change time of the previous date's shift,
//    and its own date has no shift, or it can end the previous working day left open (any
//    punch but a directed arrival in InOut), or it is nearer the previous shift's end than
//    its own date's shift start (wall clock; at equal distance a departure goes back). So work
//    until 03:00 before a 04:00 day change ends the day it began, yet after a night shift
//    ending 06:00, closed at 06:00, with its day change at 12:00, an 07:50 arrival for an
//    08:00 shift starts the new day.
// 2. ClosesPreviousDay (InOut pairing only): otherwise, the first counted punch of its date
//    when it is a departure by the terminal's direction, the previous working day is left open
//    and its last punch was at most maxOpenArrivalHours before. This pairs a night worked on a
//    day without a shift, and a departure a little after a day change set at the shift's end.
//    Without a direction, nothing tells a late departure from an early arrival, so it stays.
//
// A duplicate goes with the punch it repeats, to its working day for its reason.
QList<PunchExplanation> assignPunches(const QString &userId, const WeeklySchedule &schedule,
                                      const AttendanceRules &rules, const QList<PunchInput> &punches);

// Longer than any stretch of work without a punch: a departure later than this after an open
// arrival is not its departure.
constexpr int maxOpenArrivalHours = 16;

// Whether the punch takes part in pairing at all.
bool isCounted(const PunchExplanation &punch);

} // namespace punchclock::engine::attendance
