#pragma once

#include "punchinput.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace punchclock::engine::attendance {

// Why a punch belongs to its working day.
enum class DayAssignment {
    CalendarDate,      // the punch's own date
    BeforeDayChange,   // before the previous day's shift day-change time → previous day
    ClosesPreviousDay, // the departure of the previous day's open arrival → previous day
};

// What became of a punch. The UI maps these to text.
enum class PunchStatus {
    Used,                // part of a complete in→out pair
    Unpaired,            // an in without out or an out without in: a missing punch
    BetweenFirstAndLast, // FirstLast mode: neither the first nor the last punch
    Duplicate,           // within the duplicate window of the punch in duplicateOf
    NotCounting,         // from a terminal that is not approved
    Voided,              // removed by a correction
    ArrivedAfterClose,   // its working day is in a closed period, and it counted only later
};

enum class PunchRole {
    None,
    In,
    Out,
};

// Why a punch has its role.
enum class RoleReason {
    None,
    Direction,  // the terminal's direction
    Sequence,   // no direction: the role the in/out sequence needed
    FirstOfDay, // FirstLast mode
    LastOfDay,  // FirstLast mode
    // The day's only punch, nothing else tells its role: the nearer of the shift's start
    // (an arrival) and end (a departure).
    NearerShiftStart,
    NearerShiftEnd,
};

// The figures of a day that "Explain" accounts for.
enum class Figure {
    Expected,
    Worked,
    Late,
    EarlyLeave,
    Overtime,
};

// Which rule produced a figure. `minutes` and `detail` as noted; the UI and the CLI put them
// into words.
enum class FigureRule {
    // Expected
    ShiftLength,         // minutes: the shift's length less its break; detail: its wall-clock length less the break
    NothingOnDayOff,     // a day of the schedule without a shift
    NothingOnHoliday,
    NothingOnLeave,
    NothingWhileDisabled, // the employee was disabled (a leaver) on this day
    NothingWithoutSchedule,
    NothingInFuture,     // after the site's today
    // Worked
    CompletePairs,       // minutes: their elapsed time; detail: how many in→out pairs
    FirstToLast,         // FirstLast pairing: minutes from the first punch to the last
    ClockChange,         // minutes: elapsed minus wall-clock time (the night the clocks changed)
    BreakDeducted,       // minutes: deducted; detail: the shift's break
    BreakPunched,        // minutes: taken at the terminal, so not deducted again
    Rounded,             // minutes: the rounded result; detail: the step
    NoCompletePair,      // nothing measurable: a punch is missing
    // Late and early leave
    AfterGrace,          // minutes: late (or early); detail: the grace
    WithinGrace,         // minutes: late (or early) but within the grace in detail
    PunchMissing,        // the arrival (or departure) is missing: nothing is counted against it
    NotPlanned,          // no shift, or nothing expected: nobody is late or leaves early
    // Overtime
    BeyondPlan,          // minutes: worked beyond the plan; detail: the shift's threshold
    BelowThreshold,      // minutes: worked beyond the plan, below the threshold in detail
    WithinPlan,
    WorkOnDayWithoutWork, // all work on a day off or a holiday counts (minutes)
    NoPlanToExceed,      // without a schedule there is no overtime
};

struct FigureReason
{
    Figure figure = Figure::Worked;
    FigureRule rule = FigureRule::CompletePairs;
    int minutes = 0;
    int detail = 0;
};

struct PunchExplanation
{
    PunchInput punch;
    QDate workingDate;
    DayAssignment assignment = DayAssignment::CalendarDate;
    QTime dayChange; // the day-change time that moved the punch, if it was moved
    PunchStatus status = PunchStatus::Used;
    PunchRole role = PunchRole::None;
    RoleReason roleReason = RoleReason::None;
    qint64 duplicateOf = 0;
};

// A stretch of work the day's worked time is measured from: a complete in→out pair (FirstLast:
// the first punch to the last), as zone-less wall times (protocol::walltime).
struct WorkedSpan
{
    QDateTime from;
    QDateTime to;
};

// One employee on one working day. Worked, break, expected and overtime minutes are elapsed
// time in the site's zone (a night across a clock change is an hour longer or shorter); late
// and early leave are wall-clock minutes against the shift's times (see wallclock.h).
struct DayResult
{
    QDate date;
    QString userId;
    QString shiftName; // empty on a day off
    bool dayOff = false;
    bool holiday = false;
    bool leave = false;
    QString leaveKind;
    bool noSchedule = false;   // no schedule in force: nothing planned, nothing expected
    bool future = false;       // after the site's today: nothing expected yet
    bool disabled = false;     // the employee was disabled (a leaver): nothing expected
    bool absent = false;       // work was expected and no counted punch exists
    bool missingPunch = false; // some punch has no partner: missingArrival, missingDeparture or neither
    bool missingArrival = false;   // a departure without its arrival
    bool missingDeparture = false; // an arrival without its departure
    QDateTime firstIn;
    QDateTime lastOut;
    int expectedMinutes = 0;     // planned work: 0 on a day off, holiday or leave day
    int grossMinutes = 0;        // sum of complete in→out pairs
    int punchedBreakMinutes = 0; // between complete pairs: breaks taken at the terminal
    int breakMinutes = 0;        // deducted: the shift's break minus the punched breaks
    int workedMinutes = 0;       // gross − break, rounded
    int lateMinutes = 0;
    int earlyLeaveMinutes = 0;
    int overtimeMinutes = 0;
    // Of the worked time, what fell within the site's night window (AttendanceRules::night):
    // the elapsed time of workedSpans inside it, at most workedMinutes, since a deducted break is
    // not placed in time and may have been taken at night.
    int nightMinutes = 0;
    QList<WorkedSpan> workedSpans;   // the complete pairs grossMinutes was measured from, by time
    QList<PunchExplanation> punches; // every punch of the day, by time, ignored ones too
    QList<FigureReason> reasons;     // how each figure came about, in Figure order

    // Worked, as planned or beyond: counted punches and nothing to flag (late, early leave, a
    // missing punch, absence).
    bool present() const;
};

} // namespace punchclock::engine::attendance
