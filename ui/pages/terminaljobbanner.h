#pragma once

#include "terminalcommands.h"

#include <QObject>

class QLabel;

namespace punchclock::ui {

class ConsoleContext;

// The Terminals page's message after an action: "…is queued" with a link to the job, then,
// following the jobs from the console's change notices as the Jobs page does, what became of
// them: done (with what the answer did), or failed with why, terminal by terminal.
class TerminalJobBanner : public QObject
{
    Q_OBJECT

public:
    TerminalJobBanner(ConsoleContext &context, QLabel *label);

    // False when there was nothing to show (a cancelled action).
    bool show(const TerminalCommands::Result &result);

private:
    void follow();
    // The outcome of the followed jobs once all have ended; empty while any is under way.
    QString outcome(bool *failed) const;
    void showText(const QString &text, bool failed);

    ConsoleContext &m_context;
    QLabel *m_label;
    TerminalCommands::Result m_result;
};

} // namespace punchclock::ui
