#include "figureexplanation.h"

#include "reportcellformat.h"

namespace punchclock::ui {

using engine::attendance::DayResult;
using engine::attendance::Figure;
using engine::attendance::FigureReason;
using engine::attendance::FigureRule;

namespace {

QString hm(int minutes)
{
    return ReportCellFormat::duration(minutes);
}

} // namespace

QString FigureExplanation::figureName(Figure figure)
{
    switch (figure) {
    case Figure::Expected: return tr("Expected");
    case Figure::Worked: return tr("Worked");
    case Figure::Late: return tr("Late");
    case Figure::EarlyLeave: return tr("Left early");
    case Figure::Overtime: return tr("Overtime");
    }
    return {};
}

QString FigureExplanation::figureValue(const DayResult &day, Figure figure)
{
    switch (figure) {
    case Figure::Expected: return hm(day.expectedMinutes);
    case Figure::Worked: return hm(day.workedMinutes);
    case Figure::Late: return hm(day.lateMinutes);
    case Figure::EarlyLeave: return hm(day.earlyLeaveMinutes);
    case Figure::Overtime: return hm(day.overtimeMinutes);
    }
    return {};
}

QString FigureExplanation::reasonText(const FigureReason &reason)
{
    const bool early = reason.figure == Figure::EarlyLeave;
    switch (reason.rule) {
    case FigureRule::ShiftLength:
        if (reason.detail != reason.minutes)
            //: %1 the planned time, %2 what the clock shows; the night the clocks changed
            return tr("the shift's length less its break: %1, although the clock shows %2 (the clocks changed "
                      "that night)")
                .arg(hm(reason.minutes), hm(reason.detail));
        return tr("the shift's length less its break");
    case FigureRule::NothingOnDayOff: return tr("nothing is planned: a day off in the schedule");
    case FigureRule::NothingOnHoliday: return tr("nothing is planned: a holiday");
    case FigureRule::NothingOnLeave: return tr("nothing is planned: a leave day");
    case FigureRule::NothingWhileDisabled: return tr("nothing is expected: the employee was disabled on this day");
    case FigureRule::NothingWithoutSchedule: return tr("nothing is planned: no schedule applies on this day");
    case FigureRule::NothingInFuture: return tr("not counted yet: the day is still to come");
    case FigureRule::CompletePairs:
        return tr("%n complete in→out pair(s), %1 in all", nullptr, reason.detail).arg(hm(reason.minutes));
    case FigureRule::FirstToLast: return tr("from the first punch to the last, %1 (first/last pairing)").arg(hm(reason.minutes));
    case FigureRule::ClockChange:
        return reason.minutes < 0 ? tr("the clocks went forward that night: %1 less than the clock shows")
                                        .arg(hm(-reason.minutes))
                                  : tr("the clocks went back that night: %1 more than the clock shows")
                                        .arg(hm(reason.minutes));
    case FigureRule::BreakDeducted:
        return tr("%1 of the shift's %2 break deducted, as it was not punched").arg(hm(reason.minutes), hm(reason.detail));
    case FigureRule::BreakPunched: return tr("a break of %1 punched at the terminal, not deducted again").arg(hm(reason.minutes));
    case FigureRule::Rounded: return tr("rounded to %1 by the shift's %n-minute rule", nullptr, reason.detail).arg(hm(reason.minutes));
    case FigureRule::NoCompletePair: return tr("nothing can be measured: a punch is missing");
    case FigureRule::AfterGrace:
        return early ? tr("left %1 before the shift's end, more than its grace of %2").arg(hm(reason.minutes), hm(reason.detail))
                     : tr("arrived %1 after the shift's start, more than its grace of %2").arg(hm(reason.minutes), hm(reason.detail));
    case FigureRule::WithinGrace:
        if (reason.minutes == 0)
            return early ? tr("left at or after the shift's end") : tr("arrived at or before the shift's start");
        return tr("%1, within the shift's grace of %2").arg(hm(reason.minutes), hm(reason.detail));
    case FigureRule::PunchMissing:
        return early ? tr("the departure is missing: nothing is counted against it")
                     : tr("the arrival is missing: nothing is counted against it");
    case FigureRule::NotPlanned: return tr("nothing was expected, so nobody is late or leaves early");
    case FigureRule::BeyondPlan:
        return tr("%1 beyond the plan, at least the shift's threshold of %2").arg(hm(reason.minutes), hm(reason.detail));
    case FigureRule::BelowThreshold:
        return tr("%1 beyond the plan, less than the shift's threshold of %2: not overtime")
            .arg(hm(reason.minutes), hm(reason.detail));
    case FigureRule::WithinPlan: return tr("no time beyond the plan");
    case FigureRule::WorkOnDayWithoutWork: return tr("all work on a day without planned work counts");
    case FigureRule::NoPlanToExceed: return tr("without a schedule there is no plan to exceed");
    }
    return {};
}

QStringList FigureExplanation::lines(const DayResult &day)
{
    QStringList result;
    for (const Figure figure : {Figure::Expected, Figure::Worked, Figure::Late, Figure::EarlyLeave, Figure::Overtime}) {
        QStringList reasons;
        for (const FigureReason &reason : day.reasons) {
            if (reason.figure == figure)
                reasons.append(reasonText(reason));
        }
        if (reasons.isEmpty())
            continue;
        //: "Worked 7:00: 1 complete in→out pair, …"; %1 the figure, %2 its value, %3 why
        result.append(tr("%1 %2: %3").arg(figureName(figure), figureValue(day, figure), reasons.join(QLatin1String("; "))));
    }
    return result;
}

} // namespace punchclock::ui
