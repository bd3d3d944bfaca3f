#pragma once

#include "terminalrepository.h"

#include <QTextBrowser>

namespace punchclock::ui {

// Everything known about one terminal: what it said of itself at its last poll (fk_info), its
// counts, its clock and when it was heard from.
class TerminalDetailsPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TerminalDetailsPane(QWidget *parent = nullptr);

    void showTerminal(const storage::TerminalRow *terminal, int queuedJobs = 0);
};

} // namespace punchclock::ui
