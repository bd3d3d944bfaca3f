#pragma once

#include "commandservice.h"

#include <QObject>
#include <QWidget>

namespace punchclock::ui {

class ConsoleContext;

// What the Users page's actions share: dialogs open over the page, and each action reports in
// the same three ways, so the page listens to every kind of action alike. What they read and
// change runs on the console's reader (ConsoleReader::wait): across a network the window keeps
// painting meanwhile.
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

    // `code` with `parameters` for each terminal in turn, up to the first the service refuses:
    // the last outcome, with the jobs queued (what was queued before a refusal stays queued).
    // On the reader's thread.
    static services::CommandService::Outcome queueOnEach(const QSqlDatabase &db, const QStringList &devIds,
                                                         protocol::CommandCode code, const QJsonObject &parameters,
                                                         const services::Actor &actor);

Q_SIGNALS:
    void queued(const punchclock::services::CommandService::Outcome &outcome, const QString &text);
    void done(const QString &text); // stored, nothing queued
    void failed(const QString &error);

protected:
    // The terminals holding the user, as stored (dev_ids).
    QStringList holders(const QString &userId) const;
    // SET_USER_INFO with the user as stored, to each of `devIds`.
    services::CommandService::Outcome pushUser(const QString &userId, const QStringList &devIds) const;

    ConsoleContext &m_context;
    QWidget *m_parent;
};

} // namespace punchclock::ui
