#pragma once

#include <QCoreApplication>

class QWidget;

namespace punchclock::ui {

// What closing the console's window does while it runs the terminal server: quitting stops
// the server, which an operator may not expect. Asked each time unless "Don't ask again" was
// ticked, which remembers the choice on this PC (QSettings).
class QuitConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(QuitConfirmation)

public:
    enum class Choice { Quit, KeepRunning, Cancel };

    // "quit" or "keep", when "Don't ask again" was ticked.
    static constexpr char RememberedKey[] = "window/quitChoice";
    // The command that starts the packaged background service (packaging/linux/punchclock.service).
    static constexpr char ServiceCommand[] = "sudo systemctl enable --now punchclock.service";

    // Asks, or answers what was remembered. `trayAvailable`: keeping the server running hides
    // the window to the system tray; otherwise it minimises it.
    static Choice ask(QWidget *parent, bool trayAvailable);
    static void forget();
};

} // namespace punchclock::ui
