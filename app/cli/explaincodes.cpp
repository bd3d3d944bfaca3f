#include "explaincodes.h"

namespace punchclock::cli {

using namespace engine::attendance;

// Switches, not tables: a value added to an enum is a compiler warning here, not a wrong code.

QString figureCode(Figure figure)
{
    switch (figure) {
    case Figure::Expected: return QStringLiteral("expected");
    case Figure::Worked: return QStringLiteral("worked");
    case Figure::Late: return QStringLiteral("late");
    case Figure::EarlyLeave: return QStringLiteral("early_leave");
    case Figure::Overtime: return QStringLiteral("overtime");
    }
    return {};
}

QString ruleCode(FigureRule rule)
{
    switch (rule) {
    case FigureRule::ShiftLength: return QStringLiteral("shift_length");
    case FigureRule::NothingOnDayOff: return QStringLiteral("nothing_on_day_off");
    case FigureRule::NothingOnHoliday: return QStringLiteral("nothing_on_holiday");
    case FigureRule::NothingOnLeave: return QStringLiteral("nothing_on_leave");
    case FigureRule::NothingWhileDisabled: return QStringLiteral("nothing_while_disabled");
    case FigureRule::NothingWithoutSchedule: return QStringLiteral("nothing_without_schedule");
    case FigureRule::NothingInFuture: return QStringLiteral("nothing_in_future");
    case FigureRule::CompletePairs: return QStringLiteral("complete_pairs");
    case FigureRule::FirstToLast: return QStringLiteral("first_to_last");
    case FigureRule::ClockChange: return QStringLiteral("clock_change");
    case FigureRule::BreakDeducted: return QStringLiteral("break_deducted");
    case FigureRule::BreakPunched: return QStringLiteral("break_punched");
    case FigureRule::Rounded: return QStringLiteral("rounded");
    case FigureRule::NoCompletePair: return QStringLiteral("no_complete_pair");
    case FigureRule::AfterGrace: return QStringLiteral("after_grace");
    case FigureRule::WithinGrace: return QStringLiteral("within_grace");
    case FigureRule::PunchMissing: return QStringLiteral("punch_missing");
    case FigureRule::NotPlanned: return QStringLiteral("not_planned");
    case FigureRule::BeyondPlan: return QStringLiteral("beyond_plan");
    case FigureRule::BelowThreshold: return QStringLiteral("below_threshold");
    case FigureRule::WithinPlan: return QStringLiteral("within_plan");
    case FigureRule::WorkOnDayWithoutWork: return QStringLiteral("work_on_day_without_work");
    case FigureRule::NoPlanToExceed: return QStringLiteral("no_plan_to_exceed");
    }
    return {};
}

QString assignmentCode(DayAssignment assignment)
{
    switch (assignment) {
    case DayAssignment::CalendarDate: return QStringLiteral("calendar_date");
    case DayAssignment::BeforeDayChange: return QStringLiteral("before_day_change");
    case DayAssignment::ClosesPreviousDay: return QStringLiteral("closes_previous_day");
    }
    return {};
}

QString punchStatusCode(PunchStatus status)
{
    switch (status) {
    case PunchStatus::Used: return QStringLiteral("used");
    case PunchStatus::Unpaired: return QStringLiteral("unpaired");
    case PunchStatus::BetweenFirstAndLast: return QStringLiteral("between_first_and_last");
    case PunchStatus::Duplicate: return QStringLiteral("duplicate");
    case PunchStatus::NotCounting: return QStringLiteral("not_counting");
    case PunchStatus::Voided: return QStringLiteral("voided");
    case PunchStatus::ArrivedAfterClose: return QStringLiteral("arrived_after_close");
    }
    return {};
}

QString roleCode(PunchRole role)
{
    switch (role) {
    case PunchRole::None: return QString();
    case PunchRole::In: return QStringLiteral("in");
    case PunchRole::Out: return QStringLiteral("out");
    }
    return {};
}

QString roleReasonCode(RoleReason reason)
{
    switch (reason) {
    case RoleReason::None: return QString();
    case RoleReason::Direction: return QStringLiteral("direction");
    case RoleReason::Sequence: return QStringLiteral("sequence");
    case RoleReason::FirstOfDay: return QStringLiteral("first_of_day");
    case RoleReason::LastOfDay: return QStringLiteral("last_of_day");
    case RoleReason::NearerShiftStart: return QStringLiteral("nearer_shift_start");
    case RoleReason::NearerShiftEnd: return QStringLiteral("nearer_shift_end");
    }
    return {};
}

QString sourceCode(PunchSource source)
{
    switch (source) {
    case PunchSource::Terminal: return QStringLiteral("terminal");
    case PunchSource::Added: return QStringLiteral("added");
    case PunchSource::Moved: return QStringLiteral("moved");
    case PunchSource::Voided: return QStringLiteral("voided");
    }
    return {};
}

} // namespace punchclock::cli
