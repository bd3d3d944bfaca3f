#pragma once

#include "page.h"

namespace punchclock::ui {

class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(ConsoleContext &context, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace punchclock::ui
