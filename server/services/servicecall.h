#pragma once

#include "actor.h"
#include "outcome.h"

#include "auditrepository.h"
#include "writetransaction.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace punchclock::services {

// One change through a service: the write lock, the actor's permission, the change and its
// audit record, in one transaction. A service method opens one, checks with allowed(),
// changes the store, says what it did with record(), and returns finish().
class ServiceCall
{
public:
    ServiceCall(QSqlDatabase db, const Actor &actor);

    // False, with the outcome NotAllowed, when the actor may not; `departmentId` for scoped
    // permissions (nullopt: a user without a department).
    bool allowed(Permission permission, std::optional<qint64> departmentId = {});
    // allowed() for the department of an employee.
    bool allowedForUser(Permission permission, const QString &userId);

    // An audit record, written at finish() when the call succeeded.
    void record(const QString &action, const QString &objectKind, const QString &objectId,
                const QJsonObject &oldValue = {}, const QJsonObject &newValue = {});

    // Sets a refusal or a failure; the first one set stays.
    bool fail(Outcome outcome);
    bool failStorage();
    bool failed() const { return !m_outcome.ok(); }
    Outcome &outcome() { return m_outcome; }

    // Commits the change with its records when nothing failed, else rolls it back.
    Outcome finish();
    // fail() then finish(): the call ends here with this outcome.
    Outcome refuse(Outcome outcome);
    Outcome refuseStorage();

    // The employee's department, nullopt for none (or no such employee).
    std::optional<qint64> departmentOfUser(const QString &userId) const;

    QSqlDatabase database() const { return m_db; }
    const Actor &actor() const { return m_actor; }

private:
    QSqlDatabase m_db;
    Actor m_actor;
    storage::WriteTransaction m_transaction;
    QList<storage::AuditEntry> m_records;
    Outcome m_outcome;
};

// An employee's department, nullopt for none (or no such employee).
std::optional<qint64> departmentOfUser(const QSqlDatabase &db, const QString &userId);
QString departmentName(const QSqlDatabase &db, std::optional<qint64> departmentId);
// The refusal of an actor that lacks the permission (for the department, when it is scoped).
Outcome notAllowed(const QSqlDatabase &db, Permission permission, std::optional<qint64> departmentId = {});

// An audit record of something that is not a change of the store (a sign-in, a lock, an
// export of personal data), in a transaction of its own.
bool recordEvent(QSqlDatabase db, const Actor &actor, const QString &action, const QString &objectKind = {},
                 const QString &objectId = {}, const QJsonObject &details = {});

} // namespace punchclock::services
