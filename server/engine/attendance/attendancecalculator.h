#pragma once

#include "attendancerules.h"
#include "dayresult.h"
#include "punchinput.h"
#include "shift.h"

#include <QList>

namespace punchclock::engine::attendance {

struct PairingSummary;

// Turns one employee's punches into one result per working day. Pure and stateless: no
// database, no clock, the same input always gives the same result.
//
// Working day: see punchassignment.h. Pass punches from the day before `from` (a night that
// began then ends on `from`) up to the day after `to` (a night shift's last departure).
//
// Per day, each figure with the rule that produced it (DayResult::reasons):
// - Expected: the shift's elapsed length on that date less its break, so a night across a clock
//   change expects, and pays, the hour more or less it really lasts. Nothing on a day off, a
//   holiday, a leave day, a day the employee was disabled, a day after rules.today, or a day
//   without a schedule.
// - Worked: rounding(gross − break). Gross is the elapsed time of the complete in→out pairs;
//   the time between pairs is a break already punched, and only what it leaves missing of the
//   shift's break is deducted, and only when gross exceeds the shift's breakAfterMinutes.
// - Late and early leave: wall-clock minutes from the shift's start and end once they exceed
//   the grace, and only against a punch that exists: a missing arrival is never lateness.
// - Overtime: worked − expected once that reaches the shift's threshold (then all of it). All
//   work on a day off or a holiday counts. Without a schedule there is no plan to exceed.
//
// Also per day, without a rule of its own: night minutes, the part of the worked time that fell
// within rules.night (DayResult::nightMinutes).
class AttendanceCalculator
{
public:
    explicit AttendanceCalculator(AttendanceRules rules = {});

    const AttendanceRules &rules() const { return m_rules; }

    QList<DayResult> calculate(const QString &userId, QDate from, QDate to, const WorkPlan &plan,
                               const QList<PunchInput> &punches) const;

private:
    DayResult calculateDay(const QString &userId, QDate date, const WorkPlan &plan,
                           const QHash<QDate, QString> &leave, QList<PunchExplanation> dayPunches) const;
    void explainExpected(DayResult &day, const Shift *shift, bool workExpected) const;
    void explainWorked(DayResult &day, const Shift *shift, const PairingSummary &pairing) const;
    void explainLateness(DayResult &day, const Shift &shift) const;
    void explainOvertime(DayResult &day, const Shift *shift) const;

    AttendanceRules m_rules;
};

} // namespace punchclock::engine::attendance
