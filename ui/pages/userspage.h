#pragma once

#include "page.h"

namespace punchclock::ui {

class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(ConsoleContext &context, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace punchclock::ui
