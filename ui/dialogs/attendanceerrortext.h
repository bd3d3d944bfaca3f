#pragma once

#include "attendancerepository.h"
#include "punchcorrectionrepository.h"

#include <QCoreApplication>

namespace punchclock::ui {

// What the rule editors say when the store refuses an entry.
class AttendanceErrorText
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceErrorText)

public:
    static QString text(storage::AttendanceError error);
    static QString text(storage::CorrectionError error);
};

} // namespace punchclock::ui
