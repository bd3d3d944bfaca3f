#include "commandline.h"
#include "consoleapp.h"

#include "serverhost.h"

// With a subcommand Punchclock runs headless (no display needed); without one it opens the console.
int main(int argc, char *argv[])
{
    punchclock::http::ServerHost::prepareProcess();
    if (punchclock::cli::wantsCommandLine(argc, argv))
        return punchclock::cli::run(argc, argv);
    return punchclock::app::runConsole(argc, argv);
}
