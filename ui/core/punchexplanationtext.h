#pragma once

#include "dayresult.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// What became of a punch in a day's calculation, in words: for the console's day explanation
// and `punchclock report explain` alike. The dialog said these first; they keep its translation
// context, so the catalogues did not change when they moved here.
class PunchExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(punchclock::ui::DayExplanationDialog)

public:
    // "Arrival (as the terminal recorded it)", "Not counted: voided by a correction".
    static QString outcome(const engine::attendance::PunchExplanation &punch);
    // Which working day it counted for, and why: "Its own date".
    static QString assignment(const engine::attendance::PunchExplanation &punch);
};

} // namespace punchclock::ui
