#pragma once

#include "useractions.h"
#include "userrepository.h"

namespace punchclock::ui {

// What the Users page changes about a user itself: add, edit, rename, change privilege. Each
// asks in a dialog, saves to the store, queues the change for the terminals holding the user
// and reports what was queued or why nothing was.
class UserEditActions : public UserActions
{
    Q_OBJECT

public:
    using UserActions::UserActions;

    void add();
    void edit(const QString &userId);
    void rename(const storage::UserRow &user);
    void changePrivilege(const storage::UserRow &user);

Q_SIGNALS:
    void added(const QString &userId, const QString &text);
};

} // namespace punchclock::ui
