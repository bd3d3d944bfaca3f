#pragma once

#include "commandform.h"

class QLineEdit;

namespace punchclock::ui {

// SET_FK_NAME: the name the terminal shows and the console lists it under.
class TerminalNameForm : public CommandForm
{
    Q_OBJECT

public:
    explicit TerminalNameForm(ConsoleContext &context, QWidget *parent = nullptr);

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;
    void setTerminal(const CommandTerminal &terminal) override;

private:
    QLineEdit *m_name;
};

} // namespace punchclock::ui
