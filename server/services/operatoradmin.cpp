#include "operatoradmin.h"

#include "passwordhasher.h"
#include "servicecall.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace punchclock::services {

namespace {

QJsonObject accountJson(const QString &name, Role role, bool allDepartments, const QSet<qint64> &departments)
{
    QJsonArray ids;
    QList<qint64> sorted(departments.cbegin(), departments.cend());
    std::sort(sorted.begin(), sorted.end());
    for (qint64 id : sorted)
        ids.append(id);
    QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("role"), roleName(role)}};
    json.insert(QStringLiteral("departments"), allDepartments ? QJsonValue(QStringLiteral("all")) : QJsonValue(ids));
    return json;
}

Role roleOf(const storage::OperatorRow &row)
{
    return roleFromName(row.role).value_or(Role::Viewer);
}

// Seconds still to wait before the next attempt: none for the first two failures, then 2, 4, 8 …
int secondsToWait(const storage::OperatorRow &row)
{
    if (row.failedSignIns < 3 || !row.lastFailedAt.isValid())
        return 0;
    const int wait = std::min(OperatorAdmin::MaximumWaitSeconds, 1 << std::min(row.failedSignIns - 2, 16));
    const qint64 elapsed = row.lastFailedAt.secsTo(QDateTime::currentDateTimeUtc());
    return elapsed >= wait ? 0 : int(wait - elapsed);
}

bool wouldLeaveNoAdministrator(const storage::OperatorRepository &operators, const storage::OperatorRow &row)
{
    return roleOf(row) == Role::Administrator && !row.disabled && operators.activeAdministrators() <= 1;
}

} // namespace

OperatorAdmin::OperatorAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

OperatorError OperatorAdmin::checkPassword(const QString &name, const QString &password)
{
    if (password.size() < MinimumPasswordLength)
        return OperatorError::PasswordTooShort;
    if (!name.trimmed().isEmpty() && password.contains(name.trimmed(), Qt::CaseInsensitive))
        return OperatorError::PasswordContainsName;
    return OperatorError::None;
}

Actor OperatorAdmin::actorOf(const storage::OperatorRow &row, const QString &origin)
{
    Actor actor;
    actor.kind = ActorKind::Operator;
    actor.name = row.name;
    actor.origin = origin;
    actor.operatorId = row.id;
    actor.role = roleOf(row);
    actor.allDepartments = row.allDepartments;
    actor.departments = row.departments;
    return actor;
}

bool OperatorAdmin::needsFirstAdministrator() const
{
    return storage::OperatorRepository(m_db).count() == 0;
}

Outcome OperatorAdmin::createFirstAdministrator(const QString &name, const QString &password, const QString &origin)
{
    Actor setup = Actor::system(QStringLiteral("first-run set-up"));
    setup.origin = origin;
    ServiceCall call(m_db, setup);
    // Checked inside the write lock: two consoles started at once create one administrator.
    if (!call.failed() && storage::OperatorRepository(m_db).count() != 0)
        return call.refuse(Outcome::refused(OperatorError::FirstAdministratorExists));
    return create(call, name, password, Role::Administrator, true, {});
}

Outcome OperatorAdmin::createOperator(const Actor &actor, const QString &name, const QString &password, Role role,
                                      bool allDepartments, const QSet<qint64> &departments)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageOperators))
        return call.finish();
    return create(call, name, password, role, allDepartments, departments);
}

Outcome OperatorAdmin::create(ServiceCall &call, const QString &name, const QString &password, Role role,
                              bool allDepartments, const QSet<qint64> &departments)
{
    storage::OperatorRepository operators(m_db);
    if (name.trimmed().isEmpty())
        call.fail(Outcome::refused(OperatorError::EmptyName));
    else if (operators.findByName(name))
        call.fail(Outcome::refused(OperatorError::NameTaken));
    else if (const OperatorError weak = checkPassword(name, password); weak != OperatorError::None)
        call.fail(Outcome::refused(weak));
    if (call.failed())
        return call.finish();
    storage::OperatorRow row;
    row.name = name.trimmed();
    row.passwordHash = PasswordHasher::hash(password);
    row.role = roleName(role);
    row.allDepartments = allDepartments;
    row.departments = departments;
    row.createdBy = call.actor().name;
    if (row.passwordHash.isEmpty())
        return call.refuse(Outcome::refused(OperatorError::HashFailed));
    const std::optional<qint64> id = operators.create(row);
    if (!id)
        return call.refuseStorage();
    call.outcome().id = *id;
    call.record(QStringLiteral("operator.create"), QStringLiteral("operator"), row.name, {},
                accountJson(row.name, role, allDepartments, departments));
    return call.finish();
}

Outcome OperatorAdmin::setDisabled(const Actor &actor, qint64 operatorId, bool disabled)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageOperators))
        return call.finish();
    storage::OperatorRepository operators(m_db);
    const std::optional<storage::OperatorRow> row = operators.find(operatorId);
    if (!row)
        return call.refuse(Outcome::notFound(QString::number(operatorId)));
    if (disabled && wouldLeaveNoAdministrator(operators, *row))
        return call.refuse(Outcome::refused(OperatorError::LastAdministrator));
    if (!operators.setDisabled(operatorId, disabled))
        return call.refuseStorage();
    call.record(disabled ? QStringLiteral("operator.disable") : QStringLiteral("operator.enable"),
                QStringLiteral("operator"), row->name, {{QStringLiteral("disabled"), row->disabled}},
                {{QStringLiteral("disabled"), disabled}});
    return call.finish();
}

Outcome OperatorAdmin::resetPassword(const Actor &actor, qint64 operatorId, const QString &password)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageOperators))
        return call.finish();
    storage::OperatorRepository operators(m_db);
    const std::optional<storage::OperatorRow> row = operators.find(operatorId);
    if (!row)
        return call.refuse(Outcome::notFound(QString::number(operatorId)));
    if (const OperatorError weak = checkPassword(row->name, password); weak != OperatorError::None)
        return call.refuse(Outcome::refused(weak));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return call.refuse(Outcome::refused(OperatorError::HashFailed));
    if (!operators.setPasswordHash(operatorId, hash) || !operators.clearFailedSignIns(operatorId))
        return call.refuseStorage();
    // Who reset whose password, never the password.
    call.record(QStringLiteral("operator.reset_password"), QStringLiteral("operator"), row->name);
    return call.finish();
}

Outcome OperatorAdmin::changeOwnPassword(const Actor &actor, const QString &current, const QString &password)
{
    ServiceCall call(m_db, actor);
    storage::OperatorRepository operators(m_db);
    const std::optional<storage::OperatorRow> row =
        actor.kind == ActorKind::Operator ? operators.find(actor.operatorId) : std::nullopt;
    if (!row)
        return call.refuse(Outcome::notFound(actor.name));
    if (!PasswordHasher::matches(row->passwordHash, current))
        return call.refuse(Outcome::refused(OperatorError::WrongPassword));
    if (const OperatorError weak = checkPassword(row->name, password); weak != OperatorError::None)
        return call.refuse(Outcome::refused(weak));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return call.refuse(Outcome::refused(OperatorError::HashFailed));
    if (!operators.setPasswordHash(row->id, hash))
        return call.refuseStorage();
    call.record(QStringLiteral("operator.change_password"), QStringLiteral("operator"), row->name);
    return call.finish();
}

Outcome OperatorAdmin::changeRole(const Actor &actor, qint64 operatorId, Role role, bool allDepartments,
                                  const QSet<qint64> &departments)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageOperators))
        return call.finish();
    storage::OperatorRepository operators(m_db);
    const std::optional<storage::OperatorRow> row = operators.find(operatorId);
    if (!row)
        return call.refuse(Outcome::notFound(QString::number(operatorId)));
    if (role != Role::Administrator && wouldLeaveNoAdministrator(operators, *row))
        return call.refuse(Outcome::refused(OperatorError::LastAdministrator));
    if (!operators.setRole(operatorId, roleName(role), allDepartments, departments))
        return call.refuseStorage();
    call.record(QStringLiteral("operator.change_role"), QStringLiteral("operator"), row->name,
                accountJson(row->name, roleOf(*row), row->allDepartments, row->departments),
                accountJson(row->name, role, allDepartments, departments));
    return call.finish();
}

Outcome OperatorAdmin::signIn(const QString &name, const QString &password, const QString &origin, Actor *actor)
{
    storage::OperatorRepository operators(m_db);
    const std::optional<storage::OperatorRow> row = operators.findByName(name);
    Actor attempt;
    attempt.kind = ActorKind::Operator;
    attempt.name = row ? row->name : name.trimmed();
    attempt.origin = origin;
    const auto refuse = [&](OperatorError error, const QString &action, int wait = 0) {
        recordEvent(m_db, attempt, action, QStringLiteral("operator"), attempt.name);
        Outcome refused = Outcome::refused(error);
        refused.id = wait;
        return refused;
    };
    if (row) {
        if (const int wait = secondsToWait(*row); wait > 0)
            return refuse(OperatorError::Waiting, QStringLiteral("sign_in.refused_waiting"), wait);
    }
    if (!row || !PasswordHasher::matches(row->passwordHash, password)) {
        if (row)
            operators.recordFailedSignIn(row->id);
        return refuse(OperatorError::WrongPassword, QStringLiteral("sign_in.failed"));
    }
    if (row->disabled)
        return refuse(OperatorError::Disabled, QStringLiteral("sign_in.refused_disabled"));
    operators.clearFailedSignIns(row->id);
    if (PasswordHasher::needsRehash(row->passwordHash)) {
        const QString rehashed = PasswordHasher::hash(password);
        if (!rehashed.isEmpty())
            operators.setPasswordHash(row->id, rehashed);
    }
    *actor = actorOf(*row, origin);
    recordEvent(m_db, *actor, QStringLiteral("sign_in"), QStringLiteral("operator"), row->name);
    return {};
}

Outcome OperatorAdmin::confirm(const Actor &actor, const QString &password, Actor *current)
{
    // By name: after a restore the account may have another id, and another role, which is
    // what `current` then carries.
    Actor confirmed;
    const Outcome outcome = signIn(actor.name, password, actor.origin, &confirmed);
    if (outcome.ok() && current)
        *current = confirmed;
    return outcome;
}

} // namespace punchclock::services
