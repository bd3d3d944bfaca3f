#pragma once

#include "page.h"

namespace punchclock::ui {

class TerminalsPage : public Page
{
    Q_OBJECT

public:
    explicit TerminalsPage(ConsoleContext &context, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace punchclock::ui
