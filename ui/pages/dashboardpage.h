#pragma once

#include "page.h"

namespace punchclock::ui {

class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(ConsoleContext &context, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace punchclock::ui
