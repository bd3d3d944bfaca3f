#include "useradmin.h"

#include "departmentadmin.h"
#include "servicecall.h"

#include "commandvalidation.h"

#include "departmentrepository.h"
#include "userrepository.h"

#include <QJsonArray>

namespace punchclock::services {

namespace {

// What the trail keeps of a user: who, not how they identify (no template, card or password).
QJsonObject userJson(const protocol::UserEnrollment &user)
{
    QJsonArray credentials;
    for (const protocol::Credential &credential : user.credentials)
        credentials.append(credential.backupNumber);
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("privilege"), user.privilegeName},
            {QStringLiteral("enabled"), user.enabled},
            {QStringLiteral("photo"), !user.photo.isEmpty()},
            {QStringLiteral("credentials"), credentials}};
}

std::optional<qint64> departmentNamed(const QSqlDatabase &db, const QString &name)
{
    for (const storage::DepartmentRow &row : storage::DepartmentRepository(db).list()) {
        if (row.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return row.id;
    }
    return std::nullopt;
}

// A name the console cannot show (control characters, over protocol::MaxUserNameLength): refused
// with the protocol's error, the field named in `subject` so the front ends can say which.
Outcome nameRefusal(protocol::ParameterError error)
{
    Outcome outcome = Outcome::refused(error);
    outcome.subject = QLatin1String(protocol::ParameterKey::UserName);
    return outcome;
}

} // namespace

UserAdmin::UserAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome UserAdmin::save(const Actor &actor, const protocol::UserEnrollment &user, const QString &departmentName)
{
    const protocol::ParameterError nameError =
        protocol::commandvalidation::checkUserName(user.name, protocol::commandvalidation::EmptyName::Allowed);
    if (nameError != protocol::ParameterError::None)
        return nameRefusal(nameError);
    ServiceCall call(m_db, actor);
    storage::UserRepository users(m_db);
    const std::optional<protocol::UserEnrollment> before = users.load(user.userId);
    std::optional<qint64> department =
        departmentName.trimmed().isEmpty() ? std::nullopt : departmentNamed(m_db, departmentName);
    // An existing employee by the department they are in; a new one by the one they join.
    const bool allowed = before ? call.allowedForUser(Permission::ManageUsers, user.userId)
                                : call.allowed(Permission::ManageUsers, department);
    if (!allowed)
        return call.finish();
    if (!departmentName.trimmed().isEmpty()) {
        if (!department) {
            const Outcome created = DepartmentAdmin(m_db).create(actor, departmentName);
            if (!created.ok())
                return call.refuse(created);
            department = created.id;
        }
    }
    users.setChangedBy(actor.name);
    if (!users.replaceUser(user))
        return call.refuseStorage();
    call.record(before ? QStringLiteral("user.change") : QStringLiteral("user.add"), QStringLiteral("user"), user.userId,
                before ? userJson(*before) : QJsonObject(), userJson(user));
    // The move between departments has rules of its own (closed periods), and its own record.
    const Outcome moved = DepartmentAdmin(m_db).assign(actor, user.userId, department);
    if (!moved.ok())
        return call.refuse(moved);
    return call.finish();
}

Outcome UserAdmin::storeCredential(const Actor &actor, const QString &userId, int backupNumber, const QByteArray &data)
{
    ServiceCall call(m_db, actor);
    if (!call.allowedForUser(Permission::ManageUsers, userId))
        return call.finish();
    storage::UserRepository users(m_db);
    users.setChangedBy(actor.name);
    if (!users.storeCredential({}, userId, backupNumber, data))
        return call.refuseStorage();
    call.record(QStringLiteral("credential.store"), QStringLiteral("user"), userId, {},
                {{QStringLiteral("backup_number"), backupNumber}, {QStringLiteral("bytes"), data.size()}});
    return call.finish();
}

} // namespace punchclock::services
