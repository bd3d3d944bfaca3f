#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace punchclock::services {

// What an operator account may do (Permission); the console, the CLI and the API ask the
// services, which refuse what a role does not allow.
enum class Role {
    Administrator, // everything: operators, settings, backups, erasure
    Manager,       // rules, corrections, closing periods, reports: for their departments
    Operator,      // terminals and users: approval, commands, enrolment, for their departments' users
    Viewer,        // reads, for their departments
};

QString roleName(Role role); // "administrator", …
std::optional<Role> roleFromName(const QString &name);

enum class ActorKind {
    Operator, // signed in to the console (or the CLI with --operator)
    Cli,      // the CLI as a login of this machine: whoever can write the database file
    Api,      // an API token
    System,   // Punchclock itself: the daily backup, a purge, the first-run set-up
    Terminal, // a terminal's own request
};

QString actorKindName(ActorKind kind); // "operator", "cli", "api", "system", "terminal"

// Who makes a change, with what rights and from where. Every service call takes one, checks
// its rights, and records it in the audit trail.
struct Actor
{
    ActorKind kind = ActorKind::System;
    QString name;   // "anna", "cli:root", "daily backup"
    QString origin; // "console on pc-office", "cli on pc-office"
    qint64 operatorId = 0; // for ActorKind::Operator
    Role role = Role::Administrator;
    bool allDepartments = true;
    QSet<qint64> departments; // when not allDepartments

    // Punchclock's own doing: full rights, recorded as "system".
    static Actor system(const QString &what);
    // The CLI run by a login of this machine. Whoever can write the database file can do
    // anything with it anyway (docs/security.md), so the CLI acts as an administrator.
    static Actor cli(const QString &login, const QString &host);
    static Actor terminal(const QString &devId);

    // Whether this actor's scope includes the department (nullopt: a user without one, which only
    // an actor of every department covers).
    bool covers(std::optional<qint64> departmentId) const;
};

} // namespace punchclock::services
