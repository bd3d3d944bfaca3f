#pragma once

#include "dayresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace punchclock::ui {

// "Explain" in words: for each figure of a day (expected, worked, late, early leave, overtime),
// the rule that produced it, as the console's dialog and `punchclock report explain` say it.
class FigureExplanation
{
    Q_DECLARE_TR_FUNCTIONS(FigureExplanation)

public:
    // One line per figure, in Figure order: "Worked 7:00: 1 in→out pair, 7:00 elapsed …".
    static QStringList lines(const engine::attendance::DayResult &day);
    static QString figureName(engine::attendance::Figure figure);
    static QString figureValue(const engine::attendance::DayResult &day, engine::attendance::Figure figure);
    // The sentence for one reason, without the figure's name.
    static QString reasonText(const engine::attendance::FigureReason &reason);
};

} // namespace punchclock::ui
