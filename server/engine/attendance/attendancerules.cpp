#include "attendancerules.h"

#include <algorithm>

namespace punchclock::engine::attendance {

bool AttendanceRules::isHoliday(QDate date) const
{
    return holidays.contains(date);
}

bool AttendanceRules::isDisabled(QDate date) const
{
    return std::any_of(disabledSpans.cbegin(), disabledSpans.cend(),
                       [date](const DisabledSpan &span) { return span.contains(date); });
}

QHash<QDate, QString> AttendanceRules::leaveOf(const QString &userId) const
{
    QHash<QDate, QString> leave;
    for (const LeaveDay &day : leaveDays) {
        if (day.userId == userId && day.date.isValid())
            leave.insert(day.date, day.kind);
    }
    return leave;
}

} // namespace punchclock::engine::attendance
