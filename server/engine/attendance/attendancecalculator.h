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
// Working day: see punchassignment.h. Pass punches from the day before `from` (a night that
// began then ends on `from`) up to the day after `to` (a night shift's last departure).
//
// Per day: worked = rounding(gross − break). Gross is the elapsed time of the complete in→out
// pairs; the time between pairs is a break already punched, and only what it leaves missing of
// the shift's break is deducted, and only when gross exceeds the shift's breakAfterMinutes.
// Expected is the shift's elapsed length on that date minus its break, so a night across a
// clock change expects, and pays, the hour more or less that it really lasts, and overtime is
// only time beyond that: worked − expected once that reaches the shift's threshold. Late and
// early leave are wall-clock minutes from the shift's start and end once they exceed the
// grace. On a day off, a holiday or a leave day nothing is expected, nobody is absent or late,
// and any work is overtime.
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
