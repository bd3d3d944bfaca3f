#include "daystatus.h"

namespace punchclock::engine::reports {

QString dayStatusCode(DayStatus status)
{
    switch (status) {
    case DayStatus::Present: return QStringLiteral("present");
    case DayStatus::Holiday: return QStringLiteral("holiday");
    case DayStatus::Leave: return QStringLiteral("leave");
    case DayStatus::DayOff: return QStringLiteral("day_off");
    case DayStatus::Absent: return QStringLiteral("absent");
    case DayStatus::Late: return QStringLiteral("late");
    case DayStatus::EarlyLeave: return QStringLiteral("early_leave");
    case DayStatus::MissingArrival: return QStringLiteral("missing_arrival");
    case DayStatus::MissingDeparture: return QStringLiteral("missing_departure");
    case DayStatus::MissingPunch: return QStringLiteral("missing_punch");
    case DayStatus::Overtime: return QStringLiteral("overtime");
    case DayStatus::NoSchedule: return QStringLiteral("no_schedule");
    }
    return {};
}

QList<DayStatus> allDayStatuses()
{
    return {DayStatus::Present,    DayStatus::Holiday,        DayStatus::Leave,
            DayStatus::DayOff,     DayStatus::Absent,         DayStatus::Late,
            DayStatus::EarlyLeave, DayStatus::MissingArrival, DayStatus::MissingDeparture,
            DayStatus::MissingPunch, DayStatus::Overtime,       DayStatus::NoSchedule};
}

QList<DayStatus> dayStatuses(const attendance::DayResult &day)
{
    QList<DayStatus> statuses;
    if (day.future)
        return statuses;
    if (day.present())
        statuses.append(DayStatus::Present);
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
    if (day.missingArrival)
        statuses.append(DayStatus::MissingArrival);
    if (day.missingDeparture)
        statuses.append(DayStatus::MissingDeparture);
    if (day.missingPunch && !day.missingArrival && !day.missingDeparture)
        statuses.append(DayStatus::MissingPunch);
    if (day.overtimeMinutes > 0)
        statuses.append(DayStatus::Overtime);
    return statuses;
}

bool isException(const attendance::DayResult &day)
{
    return !day.future && (day.absent || day.lateMinutes > 0 || day.earlyLeaveMinutes > 0 || day.missingPunch);
}

QString statusText(const QString &codes, const ReportTexts &texts)
{
    QStringList words;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        words.append(texts.statusWords.value(code, code));
    return words.join(QLatin1String(", "));
}

} // namespace punchclock::engine::reports
