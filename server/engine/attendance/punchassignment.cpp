#include "punchassignment.h"

#include "wallclock.h"

#include <algorithm>

namespace punchclock::engine::attendance {

namespace {

void assignWorkingDay(PunchExplanation &punch, const WeeklySchedule &schedule)
{
    const QDate date = punch.punch.time.date();
    const Shift *previous = schedule.shiftOn(date.addDays(-1));
    if (previous && punch.punch.time.time() < previous->dayChange) {
        punch.workingDate = date.addDays(-1);
        punch.assignment = DayAssignment::BeforeDayChange;
        punch.dayChange = previous->dayChange;
        return;
    }
    punch.workingDate = date;
    punch.assignment = DayAssignment::CalendarDate;
}

} // namespace

QList<PunchExplanation> assignPunches(const QString &userId, const WeeklySchedule &schedule,
                                      const AttendanceRules &rules, const QList<PunchInput> &punches)
{
    QList<PunchExplanation> result;
    for (const PunchInput &punch : punches) {
        if (punch.userId != userId || !punch.time.isValid())
            continue;
        PunchExplanation explained;
        explained.punch = punch;
        assignWorkingDay(explained, schedule);
        result.append(explained);
    }
    // The id breaks ties so that the same input always gives the same explanation.
    std::sort(result.begin(), result.end(), [](const PunchExplanation &a, const PunchExplanation &b) {
        const qint64 at = wallClockSeconds(a.punch.time);
        const qint64 bt = wallClockSeconds(b.punch.time);
        return at != bt ? at < bt : a.punch.id < b.punch.id;
    });

    // Measured from the last kept punch, not the last seen one, so that a burst of presses
    // cannot chain into one endless duplicate.
    const PunchExplanation *lastKept = nullptr;
    for (PunchExplanation &punch : result) {
        if (punch.punch.source == PunchSource::Voided) {
            punch.status = PunchStatus::Voided;
        } else if (!punch.punch.counts) {
            punch.status = PunchStatus::NotCounting;
        } else if (lastKept && wallClockSeconds(punch.punch.time) - wallClockSeconds(lastKept->punch.time) <
                                   rules.duplicateWindowSeconds) {
            punch.status = PunchStatus::Duplicate;
            punch.duplicateOf = lastKept->punch.id;
        } else {
            punch.status = PunchStatus::Used;
            lastKept = &punch;
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
    case PunchStatus::Voided: return false;
    }
    return false;
}

} // namespace punchclock::engine::attendance
