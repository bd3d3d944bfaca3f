#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace punchclock::engine::attendance {

enum class RoundingMode {
    None,
    Down,
    Nearest, // halves round up
    Up,
};

// One shift pattern. Times are wall-clock times of the working day; an end at or before the
// start means the shift ends on the next calendar day (night shift).
struct Shift
{
    QString name;
    QTime start;
    QTime end;
    int lateGraceMinutes = 0;
    int earlyLeaveGraceMinutes = 0;
    // The break the day must include. Time between complete in→out pairs is a break already
    // taken at the terminal; only what is missing of this is deducted.
    int breakMinutes = 0;
    // The break is deducted only from a day worked longer than this (0: always).
    int breakAfterMinutes = 0;
    RoundingMode rounding = RoundingMode::None;
    int roundingMinutes = 0;
    // Overtime counts only once work exceeds the planned time by at least this much; then
    // all of the excess counts (a gate, not a deduction).
    int overtimeThresholdMinutes = 0;
    // Punches on the day after this shift, before this time, belong to this shift's working
    // day. 00:00 (the default) never moves a punch.
    QTime dayChange = QTime(0, 0);

    bool crossesMidnight() const;
    QDateTime startOn(QDate workingDate) const;
    QDateTime endOn(QDate workingDate) const;
    // Elapsed minutes from start to end on this working day in the site's zone: 9 hours for
    // 22:00–06:00 in the night the clocks go back, 7 in the night they go forward.
    int lengthMinutes(QDate workingDate, const QTimeZone &siteZone) const;
    // Length minus the break it would deduct: what a punctual day yields, and the line beyond
    // which work is overtime.
    int plannedMinutes(QDate workingDate, const QTimeZone &siteZone) const;
    // Gross worked minutes → deducted break → rounding, in this order. The deduction is what
    // the punched breaks leave missing of breakMinutes.
    int breakFor(int grossMinutes, int punchedBreakMinutes) const;
    int round(int minutes) const;
};

// Which shift is worked on each weekday; an empty day is a day off.
class WeeklySchedule
{
public:
    void setShift(Qt::DayOfWeek day, const Shift &shift);
    void setDayOff(Qt::DayOfWeek day);
    // The shift planned on the date, or nullptr on a day off.
    const Shift *shiftOn(QDate date) const;

private:
    std::array<std::optional<Shift>, 7> m_days;
};

// One employee's plan through time: from each date on, a weekly schedule (each shift as it was
// defined then), or none at all. A day without a schedule has no plan to meet or exceed: work is
// counted, but nothing is expected, late or overtime. A day off is a day of a schedule without
// a shift.
class WorkPlan
{
public:
    WorkPlan() = default; // no schedule ever
    // One schedule from the start.
    WorkPlan(const WeeklySchedule &schedule); // NOLINT(google-explicit-constructor): a plan is often one week

    // From `from` on (invalid: from the start), until the next later one; nullopt: no schedule.
    // Add in date order.
    void add(QDate from, std::optional<WeeklySchedule> schedule);

    bool scheduledOn(QDate date) const;
    // The shift planned on the date; nullptr on a day off or without a schedule.
    const Shift *shiftOn(QDate date) const;

private:
    const std::optional<WeeklySchedule> *scheduleOn(QDate date) const;

    struct Segment
    {
        QDate from;
        std::optional<WeeklySchedule> schedule;
    };
    QList<Segment> m_segments;
};

} // namespace punchclock::engine::attendance
