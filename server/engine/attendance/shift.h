#pragma once

#include <QDateTime>
#include <QString>

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
    int lengthMinutes() const;
    // Length minus the break it would deduct: what a punctual day yields.
    int plannedMinutes() const;
    // Gross worked minutes → deducted break → rounding, in this order.
    int breakFor(int grossMinutes) const;
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

} // namespace punchclock::engine::attendance
