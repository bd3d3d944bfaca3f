#include "terminalspage.h"

namespace punchclock::ui {

TerminalsPage::TerminalsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
{
}

void TerminalsPage::reload()
{
}

} // namespace punchclock::ui
