#pragma once

#include <QColor>
#include <QIcon>

namespace punchclock::ui {

// The console's status language (ui-guide): the same colour and icon for the same kind of
// state on every page. Colour is never the only signal: tables show words next to it.
enum class StatusTone {
    Good,     // online, done — green
    Waiting,  // pending approval, queued — amber
    Running,  // sent to the terminal — blue
    Bad,      // offline, no answer, refused — red
    Inactive, // blocked, cancelled — grey
};

QColor toneColor(StatusTone tone);
QIcon toneIcon(StatusTone tone);

} // namespace punchclock::ui
