#include "attendancecalculator.h"

#include "punchassignment.h"
#include "punchpairing.h"
#include "wallclock.h"

#include <utility>

namespace punchclock::engine::attendance {

AttendanceCalculator::AttendanceCalculator(AttendanceRules rules)
    : m_rules(std::move(rules))
{}

QList<DayResult> AttendanceCalculator::calculate(const QString &userId, QDate from, QDate to,
                                                 const WeeklySchedule &schedule, const QList<PunchInput> &punches) const
{
    QList<DayResult> results;
    if (!from.isValid() || !to.isValid() || from > to)
        return results;

    QHash<QDate, QList<PunchExplanation>> byDay;
    for (const PunchExplanation &punch : assignPunches(userId, schedule, m_rules, punches)) {
        if (punch.workingDate >= from && punch.workingDate <= to)
            byDay[punch.workingDate].append(punch);
    }
    const QHash<QDate, QString> leave = m_rules.leaveOf(userId);
    for (QDate date = from; date <= to; date = date.addDays(1))
        results.append(calculateDay(userId, date, schedule.shiftOn(date), leave, byDay.value(date)));
    return results;
}

DayResult AttendanceCalculator::calculateDay(const QString &userId, QDate date, const Shift *shift,
                                             const QHash<QDate, QString> &leave,
                                             QList<PunchExplanation> dayPunches) const
{
    DayResult day;
    day.date = date;
    day.userId = userId;
    day.dayOff = !shift;
    day.holiday = m_rules.isHoliday(date);
    day.leave = leave.contains(date);
    day.leaveKind = leave.value(date);
    if (shift)
        day.shiftName = shift->name;
    const bool workExpected = shift && !day.holiday && !day.leave;

    const PairingSummary pairing = pairPunches(dayPunches, m_rules.pairing, m_rules.siteZone);
    day.punches = std::move(dayPunches);
    day.firstIn = pairing.firstIn;
    day.lastOut = pairing.lastOut;
    day.missingPunch = pairing.missingPunch;
    day.absent = workExpected && !pairing.anyCounted;

    day.grossMinutes = static_cast<int>(pairing.grossSeconds / 60);
    day.punchedBreakMinutes = static_cast<int>(pairing.breakSeconds / 60);
    day.breakMinutes = shift ? shift->breakFor(day.grossMinutes, day.punchedBreakMinutes) : 0;
    const int net = day.grossMinutes - day.breakMinutes;
    day.workedMinutes = shift ? shift->round(net) : net;

    if (workExpected) {
        day.expectedMinutes = shift->plannedMinutes(date, m_rules.siteZone);
        if (day.firstIn.isValid()) {
            const int late = wallClockMinutesBetween(shift->startOn(date), day.firstIn);
            day.lateMinutes = late > shift->lateGraceMinutes ? late : 0;
        }
        if (day.lastOut.isValid()) {
            const int early = wallClockMinutesBetween(day.lastOut, shift->endOn(date));
            day.earlyLeaveMinutes = early > shift->earlyLeaveGraceMinutes ? early : 0;
        }
    }
    const int excess = day.workedMinutes - day.expectedMinutes;
    const int threshold = shift ? shift->overtimeThresholdMinutes : 0;
    day.overtimeMinutes = excess > 0 && excess >= threshold ? excess : 0;
    return day;
}

} // namespace punchclock::engine::attendance
