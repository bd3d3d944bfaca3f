#pragma once

#include "attendancerules.h"
#include "dayresult.h"

#include <QList>

namespace punchclock::engine::attendance {

struct PairingSummary
{
    qint64 grossSeconds = 0;
    QDateTime firstIn; // the day's first counted punch, if it is an arrival
    QDateTime lastOut; // the day's last counted punch, if it is a departure
    bool missingPunch = false;
    bool anyCounted = false;
};

// Pairs the counted punches of one working day (in wall-clock order) and records role,
// role reason and final status on each of them.
PairingSummary pairPunches(QList<PunchExplanation> &dayPunches, PairingMode mode);

} // namespace punchclock::engine::attendance
