#pragma once

#include "page.h"

namespace punchclock::ui {

class PunchesPage : public Page
{
    Q_OBJECT

public:
    explicit PunchesPage(ConsoleContext &context, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace punchclock::ui
