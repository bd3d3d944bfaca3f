#pragma once

#include "attendancerules.h"
#include "dayresult.h"
#include "punchinput.h"
#include "shift.h"

#include <QList>

namespace punchclock::engine::attendance {

// Turns one employee's punches into one result per working day. Pure and stateless: no
// database, no clock, the same input always gives the same result.
//
// Working day: a punch belongs to its calendar date, unless the previous date has a shift
// whose day-change time is later than the punch's time of day; then it belongs to the
// previous date. Pass punches up to the day after `to` so that a night shift's last
// departure is seen.
//
// Per day: worked = rounding(gross − break), where gross is the sum of complete in→out
// pairs and the break is deducted only when gross exceeds the shift's breakAfterMinutes.
// Late and early leave are measured from the shift's start and end once they exceed the
// grace; overtime is worked − expected once that reaches the shift's threshold. On a day
// off, a holiday or a leave day nothing is expected, nobody is absent or late, and any work
// is overtime.
class AttendanceCalculator
{
public:
    explicit AttendanceCalculator(AttendanceRules rules = {});

    const AttendanceRules &rules() const { return m_rules; }

    QList<DayResult> calculate(const QString &userId, QDate from, QDate to, const WeeklySchedule &schedule,
                               const QList<PunchInput> &punches) const;

private:
    DayResult calculateDay(const QString &userId, QDate date, const Shift *shift, const QHash<QDate, QString> &leave,
                           QList<PunchExplanation> dayPunches) const;

    AttendanceRules m_rules;
};

} // namespace punchclock::engine::attendance
