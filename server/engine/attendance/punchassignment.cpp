#include "punchassignment.h"

#include "wallclock.h"

#include <QHash>

#include <algorithm>

namespace punchclock::engine::attendance {

namespace {

bool isDeparture(const PunchExplanation &punch)
{
    return punch.punch.direction == protocol::Direction::Out;
}

// A working day's counted punches so far, in wall-clock order.
struct DaySoFar
{
    int counted = 0;
    bool open = false;   // InOut: the roles pairing will give them end with an arrival
    qsizetype last = -1; // its last counted punch
};

// Whether the day waits for a punch to end it: an arrival without departure in InOut, a lone
// punch in FirstLast.
bool leftOpen(const DaySoFar &day, PairingMode mode)
{
    return mode == PairingMode::FirstLast ? day.counted == 1 : day.open;
}

// Whether the punch can end an open day: any punch in FirstLast, any but a directed arrival
// in InOut (a punch without direction ends it by the sequence).
bool canEnd(const PunchExplanation &punch, PairingMode mode)
{
    return mode == PairingMode::FirstLast || punch.punch.direction != protocol::Direction::In;
}

// Whether nothing but its time tells the punch's role: FirstLast ignores directions, and a
// terminal without directions records none.
bool undirected(const PunchExplanation &punch, PairingMode mode)
{
    return mode == PairingMode::FirstLast || punch.punch.direction == protocol::Direction::Unknown;
}

// Whether the punch is earlier than an arrival for its date's shift would be.
bool beforeArrivalAllowance(const PunchExplanation &punch, const Shift &today)
{
    const qint64 start = wallClockSeconds(today.startOn(punch.punch.time.date()));
    return wallClockSeconds(punch.punch.time) < start - arrivalAllowanceHours * 3600;
}

// Rule 1's tie-break between the previous shift's end and this date's shift start.
bool nearerPreviousShift(const PunchExplanation &punch, const Shift &previous, const Shift &today)
{
    const QDate date = punch.punch.time.date();
    const qint64 time = wallClockSeconds(punch.punch.time);
    const qint64 fromEnd = qAbs(time - wallClockSeconds(previous.endOn(date.addDays(-1))));
    const qint64 toStart = qAbs(wallClockSeconds(today.startOn(date)) - time);
    return fromEnd != toStart ? fromEnd < toStart : isDeparture(punch);
}

// The rules of assignPunches for one punch, given the working days of the punches before it.
void assignWorkingDay(PunchExplanation &punch, const QList<PunchExplanation> &punches,
                      const QHash<QDate, DaySoFar> &days, const WorkPlan &plan, PairingMode mode)
{
    const QDate date = punch.punch.time.date();
    punch.workingDate = date;
    punch.assignment = DayAssignment::CalendarDate;
    const DaySoFar previousDay = days.value(date.addDays(-1));
    // Once its date has a counted punch the new day has begun: the punches after it are its own,
    // not the departure the previous day lacks.
    const bool todayBegun = days.value(date).counted > 0;
    const bool endsPreviousDay = !todayBegun && leftOpen(previousDay, mode) && canEnd(punch, mode);

    const Shift *previous = plan.shiftOn(date.addDays(-1));
    const Shift *today = plan.shiftOn(date);
    if (previous && punch.punch.time.time() < previous->dayChange) {
        if (today) {
            const bool closes = endsPreviousDay && (!undirected(punch, mode) || beforeArrivalAllowance(punch, *today));
            if (todayBegun || (!closes && !nearerPreviousShift(punch, *previous, *today)))
                return;
        }
        punch.workingDate = date.addDays(-1);
        punch.assignment = DayAssignment::BeforeDayChange;
        punch.dayChange = previous->dayChange;
        return;
    }

    if (!endsPreviousDay)
        return;
    const qint64 open = wallClockSeconds(punch.punch.time) - wallClockSeconds(punches.at(previousDay.last).punch.time);
    if (!undirected(punch, mode)) {
        if (!isDeparture(punch) || open > maxOpenArrivalHours * 3600)
            return;
    } else if (previous || open > maxUnplannedNightHours * 3600 || (today && !beforeArrivalAllowance(punch, *today))) {
        return;
    }
    punch.workingDate = date.addDays(-1);
    punch.assignment = DayAssignment::ClosesPreviousDay;
}

void count(DaySoFar &day, const PunchExplanation &punch, qsizetype index)
{
    ++day.counted;
    day.last = index;
    switch (punch.punch.direction) {
    case protocol::Direction::In: day.open = true; break;
    case protocol::Direction::Out: day.open = false; break;
    case protocol::Direction::Unknown: day.open = !day.open; break;
    }
}

} // namespace

QList<PunchExplanation> assignPunches(const QString &userId, const WorkPlan &plan, const AttendanceRules &rules,
                                      const QList<PunchInput> &punches)
{
    QList<PunchExplanation> result;
    for (const PunchInput &punch : punches) {
        if (punch.userId != userId || !punch.time.isValid())
            continue;
        PunchExplanation explained;
        explained.punch = punch;
        result.append(explained);
    }
    // The id breaks ties so that the same input always gives the same explanation.
    std::sort(result.begin(), result.end(), [](const PunchExplanation &a, const PunchExplanation &b) {
        const qint64 at = wallClockSeconds(a.punch.time);
        const qint64 bt = wallClockSeconds(b.punch.time);
        return at != bt ? at < bt : a.punch.id < b.punch.id;
    });

    // In wall-clock order, so that whether the previous working day is left open is known
    // from the punches before. Duplicates are measured from the last kept punch, not the last
    // seen one, so that a burst of presses cannot chain into one endless duplicate.
    QHash<QDate, DaySoFar> days;
    qsizetype lastKept = -1;
    for (qsizetype i = 0; i < result.size(); ++i) {
        PunchExplanation &punch = result[i];
        if (lastKept >= 0 && punch.punch.source != PunchSource::Voided && punch.punch.counts &&
            wallClockSeconds(punch.punch.time) - wallClockSeconds(result.at(lastKept).punch.time) <
                rules.duplicateWindowSeconds) {
            // The same press again: it goes with the punch it repeats.
            const PunchExplanation &kept = result.at(lastKept);
            punch.status = PunchStatus::Duplicate;
            punch.duplicateOf = kept.punch.id;
            punch.workingDate = kept.workingDate;
            punch.assignment = kept.assignment;
            punch.dayChange = kept.dayChange;
            continue;
        }
        assignWorkingDay(punch, result, days, plan, rules.pairing);
        if (punch.punch.source == PunchSource::Voided) {
            punch.status = PunchStatus::Voided;
        } else if (!punch.punch.counts) {
            punch.status = PunchStatus::NotCounting;
        } else if (rules.closedAtMs && punch.punch.source != PunchSource::Added &&
                   punch.punch.countedAtMs > *rules.closedAtMs) {
            punch.status = PunchStatus::ArrivedAfterClose;
        } else {
            punch.status = PunchStatus::Used;
            count(days[punch.workingDate], punch, i);
            lastKept = i;
        }
    }
    return result;
}

bool isCounted(const PunchExplanation &punch)
{
    switch (punch.status) {
    case PunchStatus::Used:
    case PunchStatus::Unpaired:
    case PunchStatus::BetweenFirstAndLast: return true;
    case PunchStatus::Duplicate:
    case PunchStatus::NotCounting:
    case PunchStatus::Voided:
    case PunchStatus::ArrivedAfterClose: return false;
    }
    return false;
}

} // namespace punchclock::engine::attendance
