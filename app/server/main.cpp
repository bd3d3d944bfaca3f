#include "commandline.h"

#include "serverhost.h"

// punchclock-server: the terminal server and every command of punchclock, without the console,
// so that it runs where no QtGui or QtWidgets is installed.
int main(int argc, char *argv[])
{
    punchclock::http::ServerHost::prepareProcess();
    return punchclock::cli::run(argc, argv, punchclock::cli::Program::Server);
}
