#include "actor.h"

#include <array>
#include <utility>

namespace punchclock::services {

namespace {

constexpr std::array<std::pair<Role, const char *>, 4> roleNames{{{Role::Administrator, "administrator"},
                                                                 {Role::Manager, "manager"},
                                                                 {Role::Operator, "operator"},
                                                                 {Role::Viewer, "viewer"}}};

} // namespace

QString roleName(Role role)
{
    for (const auto &[value, name] : roleNames) {
        if (value == role)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &[value, text] : roleNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString actorKindName(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Operator: return QStringLiteral("operator");
    case ActorKind::Cli: return QStringLiteral("cli");
    case ActorKind::Api: return QStringLiteral("api");
    case ActorKind::System: return QStringLiteral("system");
    case ActorKind::Terminal: return QStringLiteral("terminal");
    }
    return {};
}

Actor Actor::system(const QString &what)
{
    Actor actor;
    actor.kind = ActorKind::System;
    actor.name = what;
    actor.origin = QStringLiteral("punchclock");
    return actor;
}

Actor Actor::cli(const QString &login, const QString &host)
{
    Actor actor;
    actor.kind = ActorKind::Cli;
    actor.name = login.isEmpty() ? QStringLiteral("cli") : QStringLiteral("cli:") + login;
    actor.origin = QStringLiteral("cli on %1").arg(host);
    return actor;
}

Actor Actor::terminal(const QString &devId)
{
    Actor actor;
    actor.kind = ActorKind::Terminal;
    actor.name = QStringLiteral("terminal ") + devId;
    actor.origin = devId;
    actor.role = Role::Viewer;
    actor.allDepartments = false;
    return actor;
}

bool Actor::covers(std::optional<qint64> departmentId) const
{
    if (allDepartments)
        return true;
    return departmentId && departments.contains(*departmentId);
}

} // namespace punchclock::services
