#pragma once

#include "auditrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace punchclock::ui {

// How the audit trail reads in the console: the services record codes ("terminal.approve",
// "user", {"approval": "pending"}), people read "Approved a terminal", "Employee 20 (Luis)",
// "Approval: pending → approved". Codes the console does not know (written by a newer version)
// show as they are.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    // The Audit page's "What" choices: an action prefix and its name.
    struct Category
    {
        QString prefix;
        QString name;
    };
    static QList<Category> categories();
    // The "Object" choices: an object kind and its name.
    static QList<Category> objectKinds();

    static QString action(const QString &action);         // "Approved a terminal"
    static QString objectKind(const QString &objectKind); // "Terminal"
    static QString object(const storage::AuditEntry &entry); // "Terminal D96584729B906B39"
    static QString actorKind(const QString &actorKind);   // "Operator", "Command line", …
    static QString field(const QString &key);             // "io_time" → "Time"
    // What changed, one line: "Approval: pending → approved; Name: Ana → Ana B".
    static QString change(const storage::AuditEntry &entry);
    // One value as text: strings as they are, arrays joined, objects as compact JSON.
    static QString value(const QJsonValue &value);
};

} // namespace punchclock::ui
