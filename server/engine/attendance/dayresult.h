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
    bool absent = false;       // work was expected and no counted punch exists
    bool missingPunch = false; // some punch has no partner
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
    QList<PunchExplanation> punches; // every punch of the day, by time, ignored ones too
};

} // namespace punchclock::engine::attendance
