#include "userspage.h"

namespace punchclock::ui {

UsersPage::UsersPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
{
}

void UsersPage::reload()
{
}

} // namespace punchclock::ui
