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
//    and its own date has no shift, or, while its own date has no counted punch yet, it ends
//    the previous working day left open or is nearer the previous shift's end than its own
//    date's shift start (wall clock; at equal distance a departure goes back). It ends the
//    open day as a departure by direction (InOut), or, when nothing tells its role (FirstLast,
//    or no direction), if earlier than arrivalAllowanceHours before its date's shift start.
//    So work until 03:00 before a 04:00 day change ends the day it began; yet after a night
//    shift ending 06:00, with its day change at 12:00, an 07:50 punch for an 08:00 shift starts
//    the new day, and its lunch departure stays there, even when the night's departure was
//    forgotten.
// 2. ClosesPreviousDay: otherwise, the first counted punch of its date, when the previous
//    working day is left open, and
//    - it is a departure by the terminal's direction (InOut) at most maxOpenArrivalHours after
//      that day's last punch: a night worked on a day without a shift, or a departure a little
//      after a day change set at the shift's end; or
//    - nothing tells its role (FirstLast, or no direction), the previous date has no shift (so
//      no day change decides), it comes at most maxUnplannedNightHours after that day's last
//      punch, and its own date's shift, if any, starts more than arrivalAllowanceHours later.
//      A night worked on days without a shift (Saturday 22:00 to Sunday 06:00) is then one
//      working day, the day it began, under either pairing.
//
// A punch that began to count after its working day's period was closed (rules.closedAtMs)
// is kept as ArrivedAfterClose and does not count. A duplicate goes with the punch it repeats,
// to its working day for its reason.
QList<PunchExplanation> assignPunches(const QString &userId, const WorkPlan &plan, const AttendanceRules &rules,
                                      const QList<PunchInput> &punches);

// How long before its shift's start an arrival may come. A punch that cannot say whether it
// is a departure or an arrival is read, within this of its date's shift start, as the early
// arrival rather than the end of the previous day left open: arrivals come minutes, rarely
// hours, early, while late work ends far from the next start (03:00 before 08:00). A fixed
// span, not half the gap between the shifts, which would make 00:30 the limit after a day
// ending 17:00 and give that 03:00 to the new day.
constexpr int arrivalAllowanceHours = 2;

// Longer than any stretch of work without a punch: a departure later than this after an open
// arrival is not its departure.
constexpr int maxOpenArrivalHours = 16;

// The longest night a punch without a role may close when no shift says otherwise: a 12-hour
// night shift with time to spare, yet shorter than the gap between an evening departure that
// was forgotten (17:00) and the next morning's arrival (07:30), which must stay apart.
constexpr int maxUnplannedNightHours = 14;

// Whether the punch takes part in pairing at all.
bool isCounted(const PunchExplanation &punch);

} // namespace punchclock::engine::attendance
