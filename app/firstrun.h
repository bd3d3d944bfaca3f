#pragma once

#include "actor.h"
#include "connection.h"
#include "serverhost.h"

#include <functional>
#include <memory>
#include <optional>

class QDialog;

namespace punchclock::ui {
class ConsoleReader;
class SimulatorLauncher;
}

namespace punchclock::app {

// What the console runs on once the first-run wizard is done.
struct FirstRunResult
{
    storage::DatabaseConfig database;
    std::unique_ptr<storage::Connection> connection;
    std::unique_ptr<http::ServerHost> server;
    // The first administrator the wizard created, signed in: the console opens as them.
    std::optional<services::Actor> administrator;
};

// The wizard is for a user who has never set Punchclock up: no database named on the command
// line or in $PUNCHCLOCK_DB, none at the default place, and no setup remembered.
bool needsFirstRun(const QString &dbOption);

// Runs the wizard; nullopt when the user left it before the server started. A simulated
// terminal started from its last page keeps running in `simulator`: hand that to the console
// (ConsoleContext::setSimulator), whose Dashboard reports how it ends.
std::optional<FirstRunResult> runFirstRun(ui::SimulatorLauncher &simulator);

// A dialog asking who uses the console is about to run; `what` names it ("sign-in dialog").
using DialogShown = std::function<void(QDialog &dialog, const char *what)>;

// Who uses the console once it is set up: on an installation without operator accounts, its
// first administrator (asked once, signed in at once); else whoever signs in. Nullopt when the
// dialog was left: the console quits. `shown` is told before each dialog runs. The dialogs read
// and check on the console's reader, so that across a network they do not freeze.
std::optional<services::Actor> signInAtStart(ui::ConsoleReader &reader, const DialogShown &shown);

// Whether PUNCHCLOCK_QUIT_WHEN_SHOWN=1 asks the console to leave as soon as its first window
// (the first-run wizard, the first-administrator or sign-in dialog, or the main window) is
// shown: the smoke test of a fresh install (scripts/check-fresh-debian.sh).
bool quitWhenShown();

} // namespace punchclock::app
