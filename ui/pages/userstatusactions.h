#pragma once

#include "useractions.h"
#include "userrepository.h"

namespace punchclock::ui {

// Disabling an employee who left, and enabling them again when they are re-hired: one
// operation each (ENABLE_USER to every terminal holding them, followed on the Jobs page),
// through services::UserStatusAdmin. Their templates stay on the terminals and here.
class UserStatusActions : public UserActions
{
    Q_OBJECT

public:
    using UserActions::UserActions;

    // Asks first: the terminals refuse them from then on, and the reports stop expecting them.
    // The row is a copy: the page's rows may change while the question is open.
    void disable(storage::UserRow user);
    // One click.
    void enable(const storage::UserRow &user);

private:
    void report(const storage::UserRow &user, bool enabled);
};

} // namespace punchclock::ui
