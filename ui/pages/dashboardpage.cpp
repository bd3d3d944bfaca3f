#include "dashboardpage.h"

namespace punchclock::ui {

DashboardPage::DashboardPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
{
}

void DashboardPage::reload()
{
}

} // namespace punchclock::ui
