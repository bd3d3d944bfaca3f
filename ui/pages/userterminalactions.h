#pragma once

#include "commandservice.h"

#include <QObject>

class QWidget;

namespace punchclock::ui {

class ConsoleContext;

// What the Users page does to a user on terminals: send, remove (everywhere or from one),
// copy, fetch, import a credential file. Each asks in a dialog, queues through the command
// service and reports what was queued or why nothing was.
class UserTerminalActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `parent`.
    UserTerminalActions(ConsoleContext &context, QWidget *parent);

    void push(const QString &userId);
    void removeFromTerminals(const QString &userId);
    void removeFromTerminal(const QString &userId, const QString &devId);
    void copy(const QString &userId);
    // `devId` preselects the terminal.
    void fetch(const QString &userId, const QString &devId);
    void importCredential(const QString &userId);

Q_SIGNALS:
    void queued(const punchclock::engine::CommandService::Outcome &outcome, const QString &text);
    void done(const QString &text); // stored, nothing queued
    void failed(const QString &error);

private:
    ConsoleContext &m_context;
    QWidget *m_parent;
};

} // namespace punchclock::ui
