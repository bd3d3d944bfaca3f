#pragma once

#include "terminalrepository.h"

#include <QDateTime>

namespace punchclock::ui {

// Whether a terminal is really talking to us, the same everywhere in the console.
class TerminalHealth
{
public:
    enum class State {
        Online,
        Offline, // silent for longer than allowedSilenceSeconds()
        Pending, // heard from, waiting for the operator's approval
        Blocked,
    };

    // Three of the terminal's own poll intervals (at least a minute), or six minutes while its
    // interval is not known yet: terminals poll every ~10 s to ~2 min depending on the model.
    static qint64 allowedSilenceSeconds(const storage::TerminalRow &terminal);
    static State stateOf(const storage::TerminalRow &terminal,
                         const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    static bool isOnline(const storage::TerminalRow &terminal,
                         const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace punchclock::ui
