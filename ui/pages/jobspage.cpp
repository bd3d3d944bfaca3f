#include "jobspage.h"

namespace punchclock::ui {

JobsPage::JobsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
{
}

void JobsPage::reload()
{
}

} // namespace punchclock::ui
