#include "daystatus.h"

namespace punchclock::engine::reports {

QString dayStatusCode(DayStatus status)
{
    switch (status) {
    case DayStatus::Holiday: return QStringLiteral("holiday");
    case DayStatus::Leave: return QStringLiteral("leave");
    case DayStatus::DayOff: return QStringLiteral("day_off");
    case DayStatus::Absent: return QStringLiteral("absent");
    case DayStatus::Late: return QStringLiteral("late");
    case DayStatus::EarlyLeave: return QStringLiteral("early_leave");
    case DayStatus::MissingPunch: return QStringLiteral("missing_punch");
    case DayStatus::Overtime: return QStringLiteral("overtime");
    }
    return {};
}

QList<DayStatus> dayStatuses(const attendance::DayResult &day)
{
    QList<DayStatus> statuses;
    if (day.holiday)
        statuses.append(DayStatus::Holiday);
    if (day.leave)
        statuses.append(DayStatus::Leave);
    if (day.dayOff)
        statuses.append(DayStatus::DayOff);
    if (day.absent)
        statuses.append(DayStatus::Absent);
    if (day.lateMinutes > 0)
        statuses.append(DayStatus::Late);
    if (day.earlyLeaveMinutes > 0)
        statuses.append(DayStatus::EarlyLeave);
    if (day.missingPunch)
        statuses.append(DayStatus::MissingPunch);
    if (day.overtimeMinutes > 0)
        statuses.append(DayStatus::Overtime);
    return statuses;
}

bool isException(const attendance::DayResult &day)
{
    return day.absent || day.lateMinutes > 0 || day.earlyLeaveMinutes > 0 || day.missingPunch;
}

QString statusText(const QString &codes, const ReportTexts &texts)
{
    QStringList words;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        words.append(texts.statusWords.value(code, code));
    return words.join(QLatin1String(", "));
}

} // namespace punchclock::engine::reports
