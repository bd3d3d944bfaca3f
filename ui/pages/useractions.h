#pragma once

#include "commandservice.h"

#include <QObject>
#include <QWidget>

namespace punchclock::ui {

class ConsoleContext;

// What the Users page's actions share: dialogs open over the page, and each action reports in
// the same three ways, so the page listens to every kind of action alike.
class UserActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `parent`.
    UserActions(ConsoleContext &context, QWidget *parent)
        : QObject(parent)
        , m_context(context)
        , m_parent(parent)
    {
    }

Q_SIGNALS:
    void queued(const punchclock::services::CommandService::Outcome &outcome, const QString &text);
    void done(const QString &text); // stored, nothing queued
    void failed(const QString &error);

protected:
    ConsoleContext &m_context;
    QWidget *m_parent;
};

} // namespace punchclock::ui
