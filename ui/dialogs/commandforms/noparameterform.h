#pragma once

#include "commandform.h"

class QLineEdit;

namespace punchclock::ui {

// Commands without parameters: what the command does, and for those that wipe the terminal
// (CLEAR_LOG_DATA, CLEAR_ENROLL_DATA) the terminal's name typed as confirmation.
class NoParameterForm : public CommandForm
{
    Q_OBJECT

public:
    NoParameterForm(ConsoleContext &context, protocol::CommandCode code, QWidget *parent = nullptr);

    Input input() const override;
    void setTerminal(const CommandTerminal &terminal) override;

private:
    QLineEdit *m_confirmation = nullptr;
    QString m_terminalName;
};

} // namespace punchclock::ui
