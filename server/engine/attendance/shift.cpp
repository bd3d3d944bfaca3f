#include "shift.h"

#include "wallclock.h"
#include "walltime.h"

namespace punchclock::engine::attendance {

bool Shift::crossesMidnight() const
{
    return end <= start;
}

QDateTime Shift::startOn(QDate workingDate) const
{
    return protocol::walltime::make(workingDate, start);
}

QDateTime Shift::endOn(QDate workingDate) const
{
    return protocol::walltime::make(crossesMidnight() ? workingDate.addDays(1) : workingDate, end);
}

int Shift::lengthMinutes(QDate workingDate, const QTimeZone &siteZone) const
{
    return elapsedMinutesBetween(startOn(workingDate), endOn(workingDate), siteZone);
}

int Shift::plannedMinutes(QDate workingDate, const QTimeZone &siteZone) const
{
    const int length = lengthMinutes(workingDate, siteZone);
    return length - breakFor(length, 0);
}

int Shift::breakFor(int grossMinutes, int punchedBreakMinutes) const
{
    const int missing = breakMinutes - qMax(0, punchedBreakMinutes);
    if (missing <= 0 || grossMinutes <= breakAfterMinutes)
        return 0;
    return qMin(missing, grossMinutes);
}

int Shift::round(int minutes) const
{
    if (rounding == RoundingMode::None || roundingMinutes <= 1 || minutes <= 0)
        return minutes;
    const int below = minutes - minutes % roundingMinutes;
    switch (rounding) {
    case RoundingMode::Down: return below;
    case RoundingMode::Up: return below == minutes ? minutes : below + roundingMinutes;
    case RoundingMode::Nearest: return 2 * (minutes - below) >= roundingMinutes ? below + roundingMinutes : below;
    case RoundingMode::None: break;
    }
    return minutes;
}

void WeeklySchedule::setShift(Qt::DayOfWeek day, const Shift &shift)
{
    m_days.at(day - 1) = shift;
}

void WeeklySchedule::setDayOff(Qt::DayOfWeek day)
{
    m_days.at(day - 1).reset();
}

const Shift *WeeklySchedule::shiftOn(QDate date) const
{
    if (!date.isValid())
        return nullptr;
    const std::optional<Shift> &day = m_days.at(date.dayOfWeek() - 1);
    return day ? &*day : nullptr;
}

WorkPlan::WorkPlan(const WeeklySchedule &schedule)
{
    add({}, schedule);
}

void WorkPlan::add(QDate from, std::optional<WeeklySchedule> schedule)
{
    m_segments.append({from, std::move(schedule)});
}

const std::optional<WeeklySchedule> *WorkPlan::scheduleOn(QDate date) const
{
    const std::optional<WeeklySchedule> *inForce = nullptr;
    for (const Segment &segment : m_segments) {
        if (segment.from.isValid() && segment.from > date)
            break;
        inForce = &segment.schedule;
    }
    return inForce;
}

bool WorkPlan::scheduledOn(QDate date) const
{
    const std::optional<WeeklySchedule> *schedule = scheduleOn(date);
    return schedule && schedule->has_value();
}

const Shift *WorkPlan::shiftOn(QDate date) const
{
    const std::optional<WeeklySchedule> *schedule = scheduleOn(date);
    return schedule && schedule->has_value() ? (*schedule)->shiftOn(date) : nullptr;
}

} // namespace punchclock::engine::attendance
