#pragma once

#include "page.h"

namespace punchclock::ui {

class JobsPage : public Page
{
    Q_OBJECT

public:
    explicit JobsPage(ConsoleContext &context, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace punchclock::ui
