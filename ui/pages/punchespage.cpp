#include "punchespage.h"

namespace punchclock::ui {

PunchesPage::PunchesPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
{
}

void PunchesPage::reload()
{
}

} // namespace punchclock::ui
