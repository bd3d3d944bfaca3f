#include "attendancecalculator.h"

#include "nightwindow.h"
#include "punchassignment.h"
#include "punchpairing.h"
#include "wallclock.h"

#include <utility>

namespace punchclock::engine::attendance {

bool DayResult::present() const
{
    return workedMinutes > 0 && !dayOff && !holiday && !leave && !absent && !missingPunch && lateMinutes == 0 &&
        earlyLeaveMinutes == 0;
}

AttendanceCalculator::AttendanceCalculator(AttendanceRules rules)
    : m_rules(std::move(rules))
{}

QList<DayResult> AttendanceCalculator::calculate(const QString &userId, QDate from, QDate to, const WorkPlan &plan,
                                                 const QList<PunchInput> &punches) const
{
    QList<DayResult> results;
    if (!from.isValid() || !to.isValid() || from > to)
        return results;

    QHash<QDate, QList<PunchExplanation>> byDay;
    for (const PunchExplanation &punch : assignPunches(userId, plan, m_rules, punches)) {
        if (punch.workingDate >= from && punch.workingDate <= to)
            byDay[punch.workingDate].append(punch);
    }
    const QHash<QDate, QString> leave = m_rules.leaveOf(userId);
    for (QDate date = from; date <= to; date = date.addDays(1))
        results.append(calculateDay(userId, date, plan, leave, byDay.value(date)));
    return results;
}

DayResult AttendanceCalculator::calculateDay(const QString &userId, QDate date, const WorkPlan &plan,
                                             const QHash<QDate, QString> &leave,
                                             QList<PunchExplanation> dayPunches) const
{
    const Shift *shift = plan.shiftOn(date);
    DayResult day;
    day.date = date;
    day.userId = userId;
    day.noSchedule = !plan.scheduledOn(date);
    day.dayOff = !day.noSchedule && !shift;
    day.holiday = m_rules.isHoliday(date);
    day.leave = leave.contains(date);
    day.leaveKind = leave.value(date);
    day.future = m_rules.today.isValid() && date > m_rules.today;
    day.disabled = m_rules.isDisabled(date);
    if (shift)
        day.shiftName = shift->name;
    const bool workExpected = shift && !day.holiday && !day.leave && !day.future && !day.disabled;

    const PairingSummary pairing = pairPunches(dayPunches, m_rules.pairing, m_rules.siteZone, shift, date);
    day.punches = std::move(dayPunches);
    day.firstIn = pairing.firstIn;
    day.lastOut = pairing.lastOut;
    day.missingPunch = pairing.missingPunch;
    day.missingArrival = pairing.missingArrival;
    day.missingDeparture = pairing.missingDeparture;
    day.absent = workExpected && !pairing.anyCounted;

    explainExpected(day, shift, workExpected);
    explainWorked(day, shift, pairing);
    day.workedSpans = pairing.spans;
    day.nightMinutes = qMin(static_cast<int>(nightSeconds(pairing.spans, m_rules.night, m_rules.siteZone) / 60),
                            qMax(0, day.workedMinutes));
    if (workExpected) {
        explainLateness(day, *shift);
    } else {
        day.reasons.append({Figure::Late, FigureRule::NotPlanned});
        day.reasons.append({Figure::EarlyLeave, FigureRule::NotPlanned});
    }
    explainOvertime(day, shift);
    return day;
}

void AttendanceCalculator::explainExpected(DayResult &day, const Shift *shift, bool workExpected) const
{
    if (workExpected) {
        day.expectedMinutes = shift->plannedMinutes(day.date, m_rules.siteZone);
        const int wallLength = wallClockMinutesBetween(shift->startOn(day.date), shift->endOn(day.date));
        day.reasons.append({Figure::Expected, FigureRule::ShiftLength, day.expectedMinutes,
                            wallLength - shift->breakFor(wallLength, 0)});
        return;
    }
    FigureRule why = FigureRule::NothingOnDayOff;
    if (day.noSchedule)
        why = FigureRule::NothingWithoutSchedule;
    else if (day.future)
        why = FigureRule::NothingInFuture;
    else if (day.disabled)
        why = FigureRule::NothingWhileDisabled;
    else if (day.holiday)
        why = FigureRule::NothingOnHoliday;
    else if (day.leave)
        why = FigureRule::NothingOnLeave;
    day.reasons.append({Figure::Expected, why});
}

void AttendanceCalculator::explainWorked(DayResult &day, const Shift *shift, const PairingSummary &pairing) const
{
    day.grossMinutes = static_cast<int>(pairing.grossSeconds / 60);
    day.punchedBreakMinutes = static_cast<int>(pairing.breakSeconds / 60);
    day.breakMinutes = shift ? shift->breakFor(day.grossMinutes, day.punchedBreakMinutes) : 0;
    const int net = day.grossMinutes - day.breakMinutes;
    day.workedMinutes = shift ? shift->round(net) : net;

    if (pairing.pairs == 0) {
        day.reasons.append({Figure::Worked, FigureRule::NoCompletePair});
        return;
    }
    day.reasons.append({Figure::Worked,
                        m_rules.pairing == PairingMode::FirstLast ? FigureRule::FirstToLast : FigureRule::CompletePairs,
                        day.grossMinutes, pairing.pairs});
    const int clockChange = static_cast<int>((pairing.grossSeconds - pairing.wallClockSeconds) / 60);
    if (clockChange != 0)
        day.reasons.append({Figure::Worked, FigureRule::ClockChange, clockChange});
    if (day.punchedBreakMinutes > 0)
        day.reasons.append({Figure::Worked, FigureRule::BreakPunched, day.punchedBreakMinutes});
    if (day.breakMinutes > 0)
        day.reasons.append({Figure::Worked, FigureRule::BreakDeducted, day.breakMinutes, shift->breakMinutes});
    if (shift && day.workedMinutes != net)
        day.reasons.append({Figure::Worked, FigureRule::Rounded, day.workedMinutes, shift->roundingMinutes});
}

void AttendanceCalculator::explainLateness(DayResult &day, const Shift &shift) const
{
    if (!day.firstIn.isValid()) {
        day.reasons.append({Figure::Late, day.absent ? FigureRule::NotPlanned : FigureRule::PunchMissing});
    } else {
        const int late = wallClockMinutesBetween(shift.startOn(day.date), day.firstIn);
        day.lateMinutes = late > shift.lateGraceMinutes ? late : 0;
        day.reasons.append({Figure::Late, day.lateMinutes > 0 ? FigureRule::AfterGrace : FigureRule::WithinGrace,
                            qMax(0, late), shift.lateGraceMinutes});
    }
    if (!day.lastOut.isValid()) {
        day.reasons.append({Figure::EarlyLeave, day.absent ? FigureRule::NotPlanned : FigureRule::PunchMissing});
    } else {
        const int early = wallClockMinutesBetween(day.lastOut, shift.endOn(day.date));
        day.earlyLeaveMinutes = early > shift.earlyLeaveGraceMinutes ? early : 0;
        day.reasons.append({Figure::EarlyLeave,
                            day.earlyLeaveMinutes > 0 ? FigureRule::AfterGrace : FigureRule::WithinGrace,
                            qMax(0, early), shift.earlyLeaveGraceMinutes});
    }
}

void AttendanceCalculator::explainOvertime(DayResult &day, const Shift *shift) const
{
    if (day.noSchedule) {
        day.reasons.append({Figure::Overtime, FigureRule::NoPlanToExceed});
        return;
    }
    const int excess = day.workedMinutes - day.expectedMinutes;
    if (day.expectedMinutes == 0 && !day.future && (day.dayOff || day.holiday || day.leave) && excess > 0) {
        // Work on a day without work planned: all of it is beyond the plan.
        day.overtimeMinutes = excess;
        day.reasons.append({Figure::Overtime, FigureRule::WorkOnDayWithoutWork, excess});
        return;
    }
    if (excess <= 0 || day.expectedMinutes == 0) {
        day.reasons.append({Figure::Overtime, FigureRule::WithinPlan});
        return;
    }
    const int threshold = shift ? shift->overtimeThresholdMinutes : 0;
    if (excess < threshold) {
        day.reasons.append({Figure::Overtime, FigureRule::BelowThreshold, excess, threshold});
        return;
    }
    day.overtimeMinutes = excess;
    day.reasons.append({Figure::Overtime, FigureRule::BeyondPlan, excess, threshold});
}

} // namespace punchclock::engine::attendance
