#pragma once

#include "attendancerepository.h"
#include "punchcorrectionrepository.h"
#include "reportrequest.h"

#include <QCoreApplication>

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
};

} // namespace punchclock::ui
