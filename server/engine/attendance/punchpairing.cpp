#include "punchpairing.h"

#include "punchassignment.h"
#include "wallclock.h"

namespace punchclock::engine::attendance {

namespace {

qint64 secondsBetween(const PunchExplanation &in, const PunchExplanation &out, const QTimeZone &siteZone)
{
    return siteSeconds(out.punch.time, siteZone) - siteSeconds(in.punch.time, siteZone);
}

qint64 wallSecondsBetween(const PunchExplanation &in, const PunchExplanation &out)
{
    return wallClockSeconds(out.punch.time) - wallClockSeconds(in.punch.time);
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
            summary.wallClockSeconds += wallSecondsBetween(*open, *punch);
            summary.pairs += 1;
            summary.spans.append({open->punch.time, punch->punch.time});
            if (lastPairOut)
                summary.breakSeconds += secondsBetween(*lastPairOut, *open, siteZone);
            lastPairOut = punch;
            open = nullptr;
        }
    }
}

// Directions are ignored, so nothing tells a break from work: the whole span counts as gross.
void pairFirstLast(const QList<PunchExplanation *> &counted, const QTimeZone &siteZone, PairingSummary &summary)
{
    PunchExplanation *first = counted.first();
    first->role = PunchRole::In;
    first->roleReason = RoleReason::FirstOfDay;
    if (counted.size() == 1) {
        first->status = PunchStatus::Unpaired;
        return;
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
    summary.grossSeconds = secondsBetween(*first, *last, siteZone);
    summary.wallClockSeconds = wallSecondsBetween(*first, *last);
    summary.pairs = 1;
    summary.spans.append({first->punch.time, last->punch.time});
}

// The day's only punch, when only its time can tell what it was.
void placeLonePunch(PunchExplanation &punch, const Shift *shift, QDate workingDate)
{
    if (!shift) {
        punch.role = PunchRole::None;
        punch.roleReason = RoleReason::None;
        return;
    }
    const qint64 time = wallClockSeconds(punch.punch.time);
    const qint64 toStart = qAbs(time - wallClockSeconds(shift->startOn(workingDate)));
    const qint64 toEnd = qAbs(wallClockSeconds(shift->endOn(workingDate)) - time);
    const bool arrival = toStart <= toEnd;
    punch.role = arrival ? PunchRole::In : PunchRole::Out;
    punch.roleReason = arrival ? RoleReason::NearerShiftStart : RoleReason::NearerShiftEnd;
}

} // namespace

PairingSummary pairPunches(QList<PunchExplanation> &dayPunches, PairingMode mode, const QTimeZone &siteZone,
                           const Shift *shift, QDate workingDate)
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
        pairFirstLast(counted, siteZone, summary);
    else
        pairInOut(counted, siteZone, summary);
    if (counted.size() == 1 && counted.first()->roleReason != RoleReason::Direction)
        placeLonePunch(*counted.first(), shift, workingDate);

    for (const PunchExplanation *punch : counted) {
        if (punch->status != PunchStatus::Unpaired)
            continue;
        summary.missingPunch = true;
        summary.missingDeparture = summary.missingDeparture || punch->role == PunchRole::In;
        summary.missingArrival = summary.missingArrival || punch->role == PunchRole::Out;
    }
    for (const PunchExplanation *punch : counted) {
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
