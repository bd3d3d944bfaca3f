#pragma once

#include "attendancerules.h"
#include "dayresult.h"
#include "shift.h"

#include <QList>
#include <QTimeZone>

namespace punchclock::engine::attendance {

struct PairingSummary
{
    qint64 grossSeconds = 0; // elapsed time of the complete in→out pairs
    qint64 breakSeconds = 0; // elapsed time between them: breaks punched at the terminal
    // The day's first arrival and last departure among the counted punches; a stray departure
    // before the first arrival does not hide it (nor a stray arrival after the last departure).
    // Both unset when the last departure comes before the first arrival: the directions are
    // wrong and neither tells when the day began or ended.
    QDateTime firstIn;
    QDateTime lastOut;
    bool missingPunch = false;
    bool missingArrival = false;   // a departure without its arrival
    bool missingDeparture = false; // an arrival without its departure
    bool anyCounted = false;
    int pairs = 0;                 // complete in→out pairs (FirstLast: 1 when there are two punches)
    qint64 wallClockSeconds = 0;   // the same spans as grossSeconds, by the wall clock
    QList<WorkedSpan> spans;     // the spans grossSeconds measures, in order
};

// Pairs the counted punches of one working day (in wall-clock order) and records role,
// role reason and final status on each of them. Durations are elapsed time in the site's zone.
// A lone punch whose role nothing else tells (FirstLast, or no direction) is the arrival when
// it is nearer the start of the day's shift, the departure when nearer its end; without a
// shift it is a missing punch of no known role.
PairingSummary pairPunches(QList<PunchExplanation> &dayPunches, PairingMode mode, const QTimeZone &siteZone,
                           const Shift *shift = nullptr, QDate workingDate = {});

} // namespace punchclock::engine::attendance
