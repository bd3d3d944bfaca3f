#pragma once

#include "page.h"

namespace punchclock::ui {

class ReportsPage : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(ConsoleContext &context, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace punchclock::ui
