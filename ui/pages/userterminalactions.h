#pragma once

#include "useractions.h"

namespace punchclock::ui {

// What the Users page does to a user on terminals: send, remove (everywhere or from one),
// copy, fetch, import a credential file. Each asks in a dialog, queues through the command
// service and reports what was queued or why nothing was.
class UserTerminalActions : public UserActions
{
    Q_OBJECT

public:
    using UserActions::UserActions;

    void push(const QString &userId);
    void removeFromTerminals(const QString &userId);
    void removeFromTerminal(const QString &userId, const QString &devId);
    void copy(const QString &userId);
    // `devId` preselects the terminal.
    void fetch(const QString &userId, const QString &devId);
    void importCredential(const QString &userId);
    // Remote enrollment at a terminal, followed live; after success, the copy of the user from
    // that terminal to the ones the operator ticks (the user's other terminals preselected).
    void enroll(const QString &userId);
    void replicate(const QString &userId, const QString &fromDevId);

private:
    // `code` for the user `userId` to one terminal.
    services::CommandService::Outcome queueForUser(const QString &devId, protocol::CommandCode code,
                                                   const QString &userId) const;
    void queueCopy(const QString &userId, const QString &fromDevId, const QStringList &toDevIds);
};

} // namespace punchclock::ui
