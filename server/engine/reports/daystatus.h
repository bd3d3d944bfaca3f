#pragma once

#include "dayresult.h"
#include "reporttable.h"

#include <QString>
#include <QStringList>

namespace punchclock::engine::reports {

// The codes a ColumnId::Status cell holds, comma-separated in this order ("late,missing_punch").
// ReportTexts::statusWords turns each into the user's word.
enum class DayStatus {
    Present,          // worked, nothing to flag (DayResult::present)
    Holiday,
    Leave,
    DayOff,
    Absent,
    Late,
    EarlyLeave,
    MissingArrival,   // a departure without its arrival
    MissingDeparture, // an arrival without its departure
    MissingPunch,     // a lone punch whose role no shift tells
    Overtime,
    NoSchedule,       // of an employee, in the monthly summary: days without a schedule
};

QString dayStatusCode(DayStatus status); // "present", "holiday", "leave", "day_off", "absent", "late",
                                         // "early_leave", "missing_arrival", "missing_departure",
                                         // "missing_punch", "overtime", "no_schedule"
QList<DayStatus> allDayStatuses();
QList<DayStatus> dayStatuses(const attendance::DayResult &day);
// Whether the day belongs in the exceptions report: absent, late, early leave or a missing punch.
bool isException(const attendance::DayResult &day);
// A Status cell in words: each code through texts.statusWords (the code itself when missing),
// joined with ", ".
QString statusText(const QString &codes, const ReportTexts &texts);

} // namespace punchclock::engine::reports
