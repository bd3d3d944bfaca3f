#include "servicecall.h"

#include "sqlsupport.h"

#include <QSqlQuery>

namespace punchclock::services {

namespace {

storage::AuditEntry entryOf(const Actor &actor)
{
    storage::AuditEntry entry;
    entry.actorKind = actorKindName(actor.kind);
    entry.actor = actor.name;
    entry.origin = actor.origin;
    return entry;
}

} // namespace

std::optional<qint64> departmentOfUser(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery query(db);
    if (!storage::exec(query, QStringLiteral("SELECT department_id FROM users WHERE user_id = ?"), {userId}) ||
        !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QString departmentName(const QSqlDatabase &db, std::optional<qint64> departmentId)
{
    if (!departmentId)
        return {};
    QSqlQuery query(db);
    if (!storage::exec(query, QStringLiteral("SELECT name FROM departments WHERE id = ?"), {*departmentId}) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

Outcome notAllowed(const QSqlDatabase &db, Permission permission, std::optional<qint64> departmentId)
{
    Outcome denied;
    denied.status = Outcome::Status::NotAllowed;
    denied.permission = permission;
    if (scopeOf(permission) == PermissionScope::Department)
        denied.department = departmentName(db, departmentId);
    return denied;
}

Outcome Outcome::notFound(const QString &subject)
{
    Outcome outcome;
    outcome.status = Status::NotFound;
    outcome.subject = subject;
    return outcome;
}

Outcome Outcome::storage(const QString &detail)
{
    Outcome outcome;
    outcome.status = Status::Storage;
    outcome.detail = detail;
    return outcome;
}

ServiceCall::ServiceCall(QSqlDatabase db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
    , m_transaction(db)
{
    if (!m_transaction.isActive())
        m_outcome = Outcome::storage(m_transaction.error());
}

bool ServiceCall::allowed(Permission permission, std::optional<qint64> departmentId)
{
    if (failed())
        return false;
    if (allows(m_actor, permission, departmentId))
        return true;
    return fail(notAllowed(m_db, permission, departmentId));
}

bool ServiceCall::allowedForUser(Permission permission, const QString &userId)
{
    return allowed(permission, departmentOfUser(userId));
}

std::optional<qint64> ServiceCall::departmentOfUser(const QString &userId) const
{
    return services::departmentOfUser(m_db, userId);
}

void ServiceCall::record(const QString &action, const QString &objectKind, const QString &objectId,
                         const QJsonObject &oldValue, const QJsonObject &newValue)
{
    storage::AuditEntry entry = entryOf(m_actor);
    entry.action = action;
    entry.objectKind = objectKind;
    entry.objectId = objectId;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    m_records.append(entry);
}

bool ServiceCall::fail(Outcome outcome)
{
    if (m_outcome.ok())
        m_outcome = std::move(outcome);
    return false;
}

bool ServiceCall::failStorage()
{
    return fail(Outcome::storage(storage::lastQueryFailureOnThisThread().message));
}

Outcome ServiceCall::finish()
{
    if (!m_outcome.ok()) {
        m_transaction.rollback();
        return m_outcome;
    }
    storage::AuditRepository audit(m_db);
    for (storage::AuditEntry &entry : m_records) {
        if (!audit.append(&entry)) {
            m_transaction.rollback();
            return Outcome::storage(storage::lastQueryFailureOnThisThread().message);
        }
    }
    if (!m_transaction.commit())
        return Outcome::storage(m_transaction.error());
    return m_outcome;
}

Outcome ServiceCall::refuse(Outcome outcome)
{
    fail(std::move(outcome));
    return finish();
}

Outcome ServiceCall::refuseStorage()
{
    failStorage();
    return finish();
}

bool recordEvent(QSqlDatabase db, const Actor &actor, const QString &action, const QString &objectKind,
                 const QString &objectId, const QJsonObject &details)
{
    ServiceCall call(db, actor);
    call.record(action, objectKind, objectId, {}, details);
    return call.finish().ok();
}

} // namespace punchclock::services
