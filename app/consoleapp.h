#pragma once

namespace punchclock::app {

// The console: QApplication, the embedded terminal server and the main window.
int runConsole(int argc, char *argv[]);

} // namespace punchclock::app
