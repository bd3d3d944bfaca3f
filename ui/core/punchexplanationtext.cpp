#include "punchexplanationtext.h"

#include "reportcellformat.h"

namespace punchclock::ui {

using namespace engine::attendance;

namespace {

QString roleText(PunchRole role)
{
    switch (role) {
    case PunchRole::In: return PunchExplanationText::tr("Arrival");
    case PunchRole::Out: return PunchExplanationText::tr("Departure");
    case PunchRole::None: break;
    }
    return {};
}

QString roleReasonText(RoleReason reason)
{
    switch (reason) {
    case RoleReason::Direction: return PunchExplanationText::tr("as the terminal recorded it");
    case RoleReason::Sequence: return PunchExplanationText::tr("no direction recorded: the role the sequence needed");
    case RoleReason::FirstOfDay: return PunchExplanationText::tr("first punch of the day");
    case RoleReason::LastOfDay: return PunchExplanationText::tr("last punch of the day");
    case RoleReason::NearerShiftStart:
        return PunchExplanationText::tr("the day's only punch, nearer the shift's start");
    case RoleReason::NearerShiftEnd: return PunchExplanationText::tr("the day's only punch, nearer the shift's end");
    case RoleReason::None: break;
    }
    return {};
}

} // namespace

QString PunchExplanationText::outcome(const PunchExplanation &punch)
{
    const QString role = roleText(punch.role);
    const QString reason = roleReasonText(punch.roleReason);
    switch (punch.status) {
    case PunchStatus::Used:
        //: What a punch counted as: "Arrival (as the terminal recorded it)"
        return reason.isEmpty() ? role : tr("%1 (%2)").arg(role, reason);
    case PunchStatus::Unpaired:
        return role.isEmpty() ? tr("Missing its partner punch")
                              : tr("%1 without a partner: a punch is missing").arg(role);
    case PunchStatus::BetweenFirstAndLast: return tr("Not counted: between the first and the last punch");
    case PunchStatus::Duplicate: return tr("Not counted: the same punch pressed again");
    case PunchStatus::NotCounting: return tr("Not counted: the terminal is not approved");
    case PunchStatus::Voided: return tr("Not counted: voided by a correction");
    case PunchStatus::ArrivedAfterClose: return tr("Not counted: arrived after the period was closed");
    }
    return {};
}

QString PunchExplanationText::assignment(const PunchExplanation &punch)
{
    if (punch.assignment == DayAssignment::BeforeDayChange)
        return tr("Before the previous shift's day change at %1").arg(ReportCellFormat::time(punch.dayChange));
    if (punch.assignment == DayAssignment::ClosesPreviousDay)
        return tr("Departure for the previous day's arrival, which had none");
    return tr("Its own date");
}

} // namespace punchclock::ui
