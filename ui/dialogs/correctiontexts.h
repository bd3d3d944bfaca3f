#pragma once

#include "punchcorrectionrepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace punchclock::ui {

// How corrections of punches read, in the punch list and in the log alike.
class CorrectionTexts
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionTexts)

public:
    static QString direction(const QString &direction); // "in" → "In"
    static QString kind(storage::CorrectionKind kind);  // "Moved"
    // "05/10/2026 09:12 In"; empty for an invalid time.
    static QString moment(const QDateTime &wallTime, const QString &direction);
    // What a correction in force did to its punch, by whom, when and why:
    // "Voided by Anna on 06/10/2026 10:02: left for the doctor".
    static QString inForce(const storage::CorrectionRow &correction);
};

} // namespace punchclock::ui
