#include "punchpairing.h"

#include "punchassignment.h"
#include "wallclock.h"

namespace punchclock::engine::attendance {

namespace {

qint64 secondsBetween(const PunchExplanation &in, const PunchExplanation &out)
{
    return wallClockSeconds(out.punch.time) - wallClockSeconds(in.punch.time);
}

qint64 pairInOut(const QList<PunchExplanation *> &counted)
{
    qint64 gross = 0;
    PunchExplanation *open = nullptr;
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
            gross += secondsBetween(*open, *punch);
            open = nullptr;
        }
    }
    return gross;
}

qint64 pairFirstLast(const QList<PunchExplanation *> &counted)
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
    return secondsBetween(*first, *last);
}

} // namespace

PairingSummary pairPunches(QList<PunchExplanation> &dayPunches, PairingMode mode)
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
    summary.grossSeconds = mode == PairingMode::FirstLast ? pairFirstLast(counted) : pairInOut(counted);
    for (const PunchExplanation *punch : counted)
        summary.missingPunch = summary.missingPunch || punch->status == PunchStatus::Unpaired;
    if (counted.first()->role == PunchRole::In)
        summary.firstIn = counted.first()->punch.time;
    if (counted.last()->role == PunchRole::Out)
        summary.lastOut = counted.last()->punch.time;
    return summary;
}

} // namespace punchclock::engine::attendance
