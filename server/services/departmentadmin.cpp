#include "departmentadmin.h"

#include "servicecall.h"

#include "apitokenrepository.h"
#include "departmentrepository.h"
#include "schedulerepository.h"

namespace punchclock::services {

namespace {

std::optional<storage::DepartmentRow> departmentWithId(const QSqlDatabase &db, qint64 id)
{
    for (const storage::DepartmentRow &row : storage::DepartmentRepository(db).list()) {
        if (row.id == id)
            return row;
    }
    return std::nullopt;
}

bool nameTaken(const QSqlDatabase &db, const QString &name, qint64 exceptId)
{
    for (const storage::DepartmentRow &row : storage::DepartmentRepository(db).list()) {
        if (row.id != exceptId && row.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The first closed period whose days follow one of these departments' schedules.
std::optional<storage::ClosedPeriodRow> closedPeriodDependingOn(const QSqlDatabase &db,
                                                                std::initializer_list<std::optional<qint64>> departments)
{
    const storage::ScheduleRepository schedules(db);
    for (const std::optional<qint64> &id : departments) {
        if (!id)
            continue;
        const QList<storage::ScheduleVersion> history = schedules.departmentHistory(*id);
        if (history.isEmpty())
            continue;
        if (auto closed = storage::ClosedPeriodRepository(db).fromOnward(history.first().from))
            return closed;
    }
    return std::nullopt;
}

Outcome closedPeriodRefusal(const storage::ClosedPeriodRow &period)
{
    Outcome refused = Outcome::refused(DepartmentError::PeriodClosed);
    refused.closedPeriod = period;
    return refused;
}

QJsonValue departmentValue(const QSqlDatabase &db, std::optional<qint64> id)
{
    if (!id)
        return QJsonValue::Null;
    const std::optional<storage::DepartmentRow> row = departmentWithId(db, *id);
    return row ? QJsonValue(row->name) : QJsonValue(*id);
}

} // namespace

DepartmentAdmin::DepartmentAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome DepartmentAdmin::create(const Actor &actor, const QString &name)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageDepartments))
        return call.finish();
    if (name.trimmed().isEmpty())
        return call.refuse(Outcome::refused(DepartmentError::EmptyName));
    if (nameTaken(m_db, name, 0))
        return call.refuse(Outcome::refused(DepartmentError::NameTaken));
    const std::optional<qint64> id = storage::DepartmentRepository(m_db).create(name);
    if (!id)
        return call.refuseStorage();
    call.outcome().id = *id;
    call.record(QStringLiteral("department.create"), QStringLiteral("department"), QString::number(*id), {},
                {{QStringLiteral("name"), name.trimmed()}});
    return call.finish();
}

Outcome DepartmentAdmin::rename(const Actor &actor, qint64 departmentId, const QString &name)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageDepartments))
        return call.finish();
    const std::optional<storage::DepartmentRow> before = departmentWithId(m_db, departmentId);
    if (!before)
        return call.refuse(Outcome::notFound(QString::number(departmentId)));
    if (name.trimmed().isEmpty())
        return call.refuse(Outcome::refused(DepartmentError::EmptyName));
    if (nameTaken(m_db, name, departmentId))
        return call.refuse(Outcome::refused(DepartmentError::NameTaken));
    if (!storage::DepartmentRepository(m_db).rename(departmentId, name.trimmed()))
        return call.refuseStorage();
    call.record(QStringLiteral("department.rename"), QStringLiteral("department"), QString::number(departmentId),
                {{QStringLiteral("name"), before->name}}, {{QStringLiteral("name"), name.trimmed()}});
    return call.finish();
}

Outcome DepartmentAdmin::remove(const Actor &actor, qint64 departmentId)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageDepartments))
        return call.finish();
    const std::optional<storage::DepartmentRow> before = departmentWithId(m_db, departmentId);
    if (!before)
        return call.refuse(Outcome::notFound(QString::number(departmentId)));
    if (const auto closed = closedPeriodDependingOn(m_db, {departmentId}))
        return call.refuse(closedPeriodRefusal(*closed));
    // Its API tokens go with it, recorded as revoked: left without a department, a token would
    // cover everyone.
    const std::optional<QList<storage::ApiTokenRow>> tokens =
        storage::ApiTokenRepository(m_db).revokeForDepartment(departmentId);
    if (!tokens || !storage::DepartmentRepository(m_db).remove(departmentId))
        return call.refuseStorage();
    for (const storage::ApiTokenRow &token : *tokens)
        call.record(QStringLiteral("api_token.revoke"), QStringLiteral("api_token"), QString::number(token.id),
                    {{QStringLiteral("name"), token.name}, {QStringLiteral("department"), before->name}},
                    {{QStringLiteral("reason"), QStringLiteral("department removed")}});
    call.record(QStringLiteral("department.remove"), QStringLiteral("department"), QString::number(departmentId),
                {{QStringLiteral("name"), before->name}, {QStringLiteral("users"), before->userCount}}, {});
    return call.finish();
}

Outcome DepartmentAdmin::assign(const Actor &actor, const QString &userId, std::optional<qint64> departmentId)
{
    ServiceCall call(m_db, actor);
    if (call.failed())
        return call.finish();
    const Outcome moved = assignIn(call, userId, departmentId);
    return moved.ok() ? call.finish() : call.refuse(moved);
}

PersonOutcomes DepartmentAdmin::assignMany(const Actor &actor, const QStringList &userIds,
                                           std::optional<qint64> departmentId)
{
    ServiceCall call(m_db, actor);
    if (call.failed())
        return sameOutcomeForAll(userIds, call.finish());
    PersonOutcomes outcomes;
    for (const QString &userId : userIds) {
        outcomes.append({userId, assignIn(call, userId, departmentId)});
        if (outcomes.last().outcome.status == Outcome::Status::Storage)
            return sameOutcomeForAll(userIds, call.refuse(outcomes.last().outcome));
    }
    const Outcome finished = call.finish();
    return finished.ok() ? outcomes : sameOutcomeForAll(userIds, finished);
}

Outcome DepartmentAdmin::assignIn(ServiceCall &call, const QString &userId, std::optional<qint64> departmentId)
{
    const std::optional<qint64> current = call.departmentOfUser(userId);
    for (const std::optional<qint64> &touched : {current, departmentId}) {
        if (!allows(call.actor(), Permission::ManageUsers, touched))
            return notAllowed(m_db, Permission::ManageUsers, touched);
    }
    if (current == departmentId)
        return {};
    if (const auto closed = closedPeriodDependingOn(m_db, {current, departmentId}))
        return closedPeriodRefusal(*closed);
    if (!storage::DepartmentRepository(m_db).assign(userId, departmentId))
        return Outcome::notFound(userId);
    call.record(QStringLiteral("user.department"), QStringLiteral("user"), userId,
                {{QStringLiteral("department"), departmentValue(m_db, current)}},
                {{QStringLiteral("department"), departmentValue(m_db, departmentId)}});
    return {};
}

} // namespace punchclock::services
