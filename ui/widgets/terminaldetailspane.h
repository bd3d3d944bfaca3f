#pragma once

#include "terminalrepository.h"

#include <QTextBrowser>
#include <QTimeZone>

namespace punchclock::ui {

// Everything known about one terminal: what it said of itself at its last poll (fk_info), its
// counts, its clock and when it was heard from.
class TerminalDetailsPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TerminalDetailsPane(QWidget *parent = nullptr);

    void showTerminal(const storage::TerminalRow *terminal, int queuedJobs = 0);
    // Whether the pane offers the terminal's keypad activity (a link to keypadActivityLink()),
    // for operators who may read it. Takes effect at the next showTerminal().
    void setKeypadActivityShown(bool shown) { m_keypadActivity = shown; }
    static QString keypadActivityLink() { return QStringLiteral("keypad-activity"); }
    // The site's zone (Settings): a terminal's clock shows its wall time, labelled with it.
    void setSiteZone(const QTimeZone &zone) { m_siteZone = zone; }

private:
    bool m_keypadActivity = false;
    QTimeZone m_siteZone = QTimeZone::systemTimeZone();
};

} // namespace punchclock::ui
