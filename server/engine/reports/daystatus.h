#pragma once

#include "dayresult.h"
#include "reporttable.h"

#include <QString>
#include <QStringList>

namespace punchclock::engine::reports {

// The codes a ColumnId::Status cell holds, comma-separated in this order ("late,missing_punch").
// ReportTexts::statusWords turns each into the user's word.
enum class DayStatus {
    Holiday,
    Leave,
    DayOff,
    Absent,
    Late,
    EarlyLeave,
    MissingPunch,
    Overtime,
};

QString dayStatusCode(DayStatus status); // "holiday", "leave", "day_off", "absent", "late",
                                         // "early_leave", "missing_punch", "overtime"
QList<DayStatus> dayStatuses(const attendance::DayResult &day);
// Whether the day belongs in the exceptions report: absent, late, early leave or a missing punch.
bool isException(const attendance::DayResult &day);
// A Status cell in words: each code through texts.statusWords (the code itself when missing),
// joined with ", ".
QString statusText(const QString &codes, const ReportTexts &texts);

} // namespace punchclock::engine::reports
