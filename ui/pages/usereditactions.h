#pragma once

#include "commandservice.h"
#include "userrepository.h"

#include <QObject>

class QWidget;

namespace punchclock::ui {

class ConsoleContext;

// What the Users page changes about a user itself: add, edit, rename, change privilege. Each
// asks in a dialog, saves to the store, queues the change for the terminals holding the user
// and reports what was queued or why nothing was.
class UserEditActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `parent`.
    UserEditActions(ConsoleContext &context, QWidget *parent);

    void add();
    void edit(const QString &userId);
    void rename(const storage::UserRow &user);
    void changePrivilege(const storage::UserRow &user);

Q_SIGNALS:
    void added(const QString &userId, const QString &text);
    void queued(const punchclock::engine::CommandService::Outcome &outcome, const QString &text);
    void done(const QString &text); // stored, nothing queued
    void failed(const QString &error);

private:
    ConsoleContext &m_context;
    QWidget *m_parent;
};

} // namespace punchclock::ui
