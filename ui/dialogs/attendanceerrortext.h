#pragma once

#include "attendancerepository.h"
#include "closedperiodrepository.h"
#include "punchcorrectionrepository.h"
#include "reportrequest.h"

#include <QCoreApplication>

#include <optional>

namespace punchclock::ui {

// What the rule editors say when the store refuses an entry, and the Reports side when a
// report cannot be built.
class AttendanceErrorText
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceErrorText)

public:
    static QString text(storage::AttendanceError error);
    static QString text(storage::CorrectionError error);
    static QString text(engine::reports::ReportError error);
    // A refusal that names the closed period when there is one (PeriodClosed); the caller
    // looks it up the way the store judged the change (ClosedPeriodRepository).
    static QString text(storage::AttendanceError error, const std::optional<storage::ClosedPeriodRow> &period);
    static QString text(storage::CorrectionError error, const std::optional<storage::ClosedPeriodRow> &period);
    // Closing or reopening a period; `conflict` is the closed period an overlap ran into.
    static QString text(storage::PeriodError error, const std::optional<storage::ClosedPeriodRow> &conflict = {});
    // "1 Mar 2026 – 31 Mar 2026 is closed (anna, 2 Apr 2026: payroll March). A manager can
    // reopen it under Reports → Periods."
    static QString closedPeriod(const storage::ClosedPeriodRow &period);
};

} // namespace punchclock::ui
