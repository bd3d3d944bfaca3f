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
QList<PunchExplanation> assignPunches(const QString &userId, const WeeklySchedule &schedule,
                                      const AttendanceRules &rules, const QList<PunchInput> &punches);

// Whether the punch takes part in pairing at all.
bool isCounted(const PunchExplanation &punch);

} // namespace punchclock::engine::attendance
