#include "reportspage.h"

namespace punchclock::ui {

ReportsPage::ReportsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
{
}

void ReportsPage::reload()
{
}

} // namespace punchclock::ui
