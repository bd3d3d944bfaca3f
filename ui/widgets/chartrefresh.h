#pragma once

#include "consolecontext.h"

#include <QTimer>

namespace punchclock::ui {

// Starts `timer` (single shot, connected to the chart's refresh) when punches, attendance rules
// or settings (the site's zone decides what "today" is) change. A change while it runs joins
// that refresh instead of restarting the timer: restarted at every punch, it would never fire
// while punches arrive faster than its interval, which is the morning rush, when the charts are
// looked at.
inline void refreshOnChanges(ConsoleContext &context, QTimer *timer)
{
    const auto soon = [timer] {
        if (!timer->isActive())
            timer->start();
    };
    QObject::connect(&context, &ConsoleContext::punchesChanged, timer, soon);
    QObject::connect(&context, &ConsoleContext::attendanceChanged, timer, soon);
    QObject::connect(&context, &ConsoleContext::settingsChanged, timer, soon);
    // Another operator may see other departments.
    QObject::connect(&context, &ConsoleContext::actorChanged, timer, soon);
}

} // namespace punchclock::ui
