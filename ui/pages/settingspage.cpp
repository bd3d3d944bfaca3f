#include "settingspage.h"

namespace punchclock::ui {

SettingsPage::SettingsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
{
}

void SettingsPage::reload()
{
}

} // namespace punchclock::ui
