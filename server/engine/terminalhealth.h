#pragma once

#include "terminalrepository.h"

#include <QDateTime>
#include <QString>

namespace punchclock::engine {

// Whether a terminal is really talking to us: one rule for the console, the command line and
// whatever alerts on a silent terminal.
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
    // The state's stable name for the command line and JSON: online, offline, pending, blocked.
    static QString stateName(State state);
    static bool isOnline(const storage::TerminalRow &terminal,
                         const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace punchclock::engine
