#include "punchpairing.h"

#include "punchassignment.h"
#include "wallclock.h"

namespace punchclock::engine::attendance {

namespace {

qint64 secondsBetween(const PunchExplanation &in, const PunchExplanation &out, const QTimeZone &siteZone)
{
    return siteSeconds(out.punch.time, siteZone) - siteSeconds(in.punch.time, siteZone);
}

void pairInOut(const QList<PunchExplanation *> &counted, const QTimeZone &siteZone, PairingSummary &summary)
{
    PunchExplanation *open = nullptr;
    const PunchExplanation *lastPairOut = nullptr;
    for (PunchExplanation *punch : counted) {
        punch->status = PunchStatus::Unpaired;
        switch (punch->punch.direction) {
        case protocol::Direction::In:
            punch->role = PunchRole::In;
            punch->roleReason = RoleReason::Direction;
            break;
        case protocol::Direction::Out:
            punch->role = PunchRole::Out;
            punch->roleReason = RoleReason::Direction;
            break;
        case protocol::Direction::Unknown:
            punch->role = open ? PunchRole::Out : PunchRole::In;
            punch->roleReason = RoleReason::Sequence;
            break;
        }
        if (punch->role == PunchRole::In) {
            // An earlier open arrival stays Unpaired: its departure is missing.
            open = punch;
        } else if (open) {
            open->status = PunchStatus::Used;
            punch->status = PunchStatus::Used;
            summary.grossSeconds += secondsBetween(*open, *punch, siteZone);
            if (lastPairOut)
                summary.breakSeconds += secondsBetween(*lastPairOut, *open, siteZone);
            lastPairOut = punch;
            open = nullptr;
        }
    }
}

// Directions are ignored, so nothing tells a break from work: the whole span counts as gross.
qint64 pairFirstLast(const QList<PunchExplanation *> &counted, const QTimeZone &siteZone)
{
    PunchExplanation *first = counted.first();
    first->role = PunchRole::In;
    first->roleReason = RoleReason::FirstOfDay;
    if (counted.size() == 1) {
        first->status = PunchStatus::Unpaired;
        return 0;
    }
    PunchExplanation *last = counted.last();
    last->role = PunchRole::Out;
    last->roleReason = RoleReason::LastOfDay;
    first->status = PunchStatus::Used;
    last->status = PunchStatus::Used;
    for (qsizetype i = 1; i < counted.size() - 1; ++i) {
        counted.at(i)->status = PunchStatus::BetweenFirstAndLast;
        counted.at(i)->role = PunchRole::None;
        counted.at(i)->roleReason = RoleReason::None;
    }
    return secondsBetween(*first, *last, siteZone);
}

} // namespace

PairingSummary pairPunches(QList<PunchExplanation> &dayPunches, PairingMode mode, const QTimeZone &siteZone)
{
    QList<PunchExplanation *> counted;
    for (PunchExplanation &punch : dayPunches) {
        if (isCounted(punch))
            counted.append(&punch);
    }
    PairingSummary summary;
    if (counted.isEmpty())
        return summary;
    summary.anyCounted = true;
    if (mode == PairingMode::FirstLast)
        summary.grossSeconds = pairFirstLast(counted, siteZone);
    else
        pairInOut(counted, siteZone, summary);
    for (const PunchExplanation *punch : counted) {
        summary.missingPunch = summary.missingPunch || punch->status == PunchStatus::Unpaired;
        if (punch->role == PunchRole::In && !summary.firstIn.isValid())
            summary.firstIn = punch->punch.time;
        if (punch->role == PunchRole::Out)
            summary.lastOut = punch->punch.time;
    }
    if (summary.firstIn.isValid() && summary.lastOut.isValid() &&
        wallClockSeconds(summary.lastOut) < wallClockSeconds(summary.firstIn)) {
        summary.firstIn = {};
        summary.lastOut = {};
    }
    return summary;
}

} // namespace punchclock::engine::attendance
