#pragma once

#include "commandform.h"

namespace punchclock::ui {

// SET_TIME: the server stamps the site's time when the terminal receives the command, so there
// is nothing to choose; the form says so.
class SetTimeForm : public CommandForm
{
    Q_OBJECT

public:
    explicit SetTimeForm(ConsoleContext &context, QWidget *parent = nullptr);

    Input input() const override;
};

} // namespace punchclock::ui
