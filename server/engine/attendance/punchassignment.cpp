#include "punchassignment.h"

#include "wallclock.h"

#include <QMap>

#include <algorithm>

namespace punchclock::engine::attendance {

namespace {

bool isDeparture(const PunchExplanation &punch)
{
    return punch.punch.direction == protocol::Direction::Out;
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

void assignWorkingDay(PunchExplanation &punch, const WeeklySchedule &schedule)
{
    const QDate date = punch.punch.time.date();
    punch.workingDate = date;
    punch.assignment = DayAssignment::CalendarDate;
    const Shift *previous = schedule.shiftOn(date.addDays(-1));
    if (!previous || punch.punch.time.time() >= previous->dayChange)
        return;
    const Shift *today = schedule.shiftOn(date);
    if (today && !nearerPreviousShift(punch, *previous, *today))
        return;
    punch.workingDate = date.addDays(-1);
    punch.assignment = DayAssignment::BeforeDayChange;
    punch.dayChange = previous->dayChange;
}

// Whether the in/out sequence of a working day's counted punches ends with an open arrival,
// following the roles pairing will give them.
bool endsOpen(const QList<PunchExplanation> &punches, const QList<qsizetype> &counted)
{
    bool open = false;
    for (const qsizetype i : counted) {
        switch (punches.at(i).punch.direction) {
        case protocol::Direction::In: open = true; break;
        case protocol::Direction::Out: open = false; break;
        case protocol::Direction::Unknown: open = !open; break;
        }
    }
    return open;
}

// Rule 2 of assignPunches, in date order so that nights in a row each close the one before.
void closeOpenDays(QList<PunchExplanation> &punches, const WeeklySchedule &schedule)
{
    QMap<QDate, QList<qsizetype>> countedByDay; // in wall-clock order
    for (qsizetype i = 0; i < punches.size(); ++i) {
        if (isCounted(punches.at(i)))
            countedByDay[punches.at(i).workingDate].append(i);
    }
    for (auto day = countedByDay.begin(); day != countedByDay.end(); ++day) {
        const auto next = countedByDay.find(day.key().addDays(1));
        if (next == countedByDay.end() || next->isEmpty() || !endsOpen(punches, *day))
            continue;
        PunchExplanation &departure = punches[next->first()];
        if (!isDeparture(departure) || departure.punch.time.date() != next.key())
            continue;
        const PunchExplanation &arrival = punches.at(day->last());
        const Shift *shift = schedule.shiftOn(day.key());
        const bool beforeDayChange = shift && departure.punch.time.time() < shift->dayChange;
        const qint64 open = wallClockSeconds(departure.punch.time) - wallClockSeconds(arrival.punch.time);
        if (open < 0 || (!beforeDayChange && open > maxOpenArrivalHours * 3600))
            continue;
        departure.workingDate = day.key();
        departure.assignment = DayAssignment::ClosesPreviousDay;
        departure.dayChange = QTime();
        day->append(next->takeFirst());
    }
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
    if (rules.pairing == PairingMode::InOut)
        closeOpenDays(result, schedule);
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
