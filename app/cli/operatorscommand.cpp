#include "commandactions.h"
#include "commands.h"
#include "operatorsignin.h"
#include "output.h"
#include "permissionmessages.h"
#include "rulelookups.h"

#include "operatoradmin.h"

#include "connection.h"
#include "departmentrepository.h"
#include "operatorrepository.h"

#include <QJsonObject>

#include <algorithm>

namespace punchclock::cli {

namespace {

using services::OperatorAdmin;
using services::Outcome;
using services::Role;
using storage::OperatorRow;

const QCommandLineOption roleOption(QStringLiteral("role"),
                                    QStringLiteral("administrator, manager, operator or viewer."),
                                    QStringLiteral("ROLE"));
const QCommandLineOption departmentOption(QStringLiteral("department"),
                                          QStringLiteral("A department the account acts for (name or id); repeat "
                                                         "for several."),
                                          QStringLiteral("NAME"));
const QCommandLineOption allDepartmentsOption(QStringLiteral("all-departments"),
                                              QStringLiteral("The account acts for every department."));

// The departments an account acts for, by name, sorted; "all" for every one.
QStringList departmentNames(const QSqlDatabase &db, const OperatorRow &row)
{
    if (row.allDepartments)
        return {QStringLiteral("all")};
    QStringList names;
    for (const storage::DepartmentRow &department : storage::DepartmentRepository(db).list()) {
        if (row.departments.contains(department.id))
            names << department.name;
    }
    return names;
}

int listOperators(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Operator accounts: their role, the departments they act for, and whether they may sign in.\n"
                       "  operators [list] [--json]\n"
                       "  operators add NAME --role ROLE [--department NAME]... [--all-departments]\n"
                       "  operators disable|enable NAME\n"
                       "  operators reset-password NAME\n"
                       "  operators role NAME --role ROLE [--department NAME]... [--all-departments]\n"
                       "  operators password            (your own: with --operator NAME)\n"
                       "A password is asked for on the terminal, or read from the file named by "
                       "$PUNCHCLOCK_PASSWORD_FILE."));
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;
    const QSqlDatabase db = connection->database();
    QJsonArray items;
    QList<QStringList> rows;
    for (const OperatorRow &row : storage::OperatorRepository(db).list()) {
        const QStringList departments = departmentNames(db, row);
        items.append(QJsonObject{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("role"), row.role},
            {QStringLiteral("all_departments"), row.allDepartments},
            {QStringLiteral("departments"),
             row.allDepartments ? QJsonArray() : QJsonArray::fromStringList(departments)},
            {QStringLiteral("disabled"), row.disabled},
            {QStringLiteral("created_at"), utcJson(row.createdAt)},
            {QStringLiteral("created_by"), row.createdBy},
            {QStringLiteral("password_changed_at"), utcJson(row.passwordChangedAt)},
            {QStringLiteral("failed_sign_ins"), row.failedSignIns},
        });
        rows << QStringList{row.name,
                            row.role,
                            departments.join(QLatin1String(", ")),
                            row.disabled ? QStringLiteral("disabled") : QStringLiteral("active"),
                            row.createdBy,
                            localText(row.createdAt),
                            localText(row.passwordChangedAt),
                            QString::number(row.failedSignIns)};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("DEPARTMENTS"),
                  QStringLiteral("STATE"), QStringLiteral("CREATED_BY"), QStringLiteral("CREATED_AT"),
                  QStringLiteral("PASSWORD_CHANGED"), QStringLiteral("FAILED_SIGN_INS")},
                 rows);
    return Success;
}

// Says why OperatorAdmin refused a change of the account `name`; the exit status.
int refused(CliContext &context, const Outcome &outcome, const QString &name)
{
    if (outcome.status == Outcome::Status::Refused)
        return context.failure(describe(outcome.error<services::OperatorError>(), name));
    return failed(context, outcome);
}

// A role and the departments it acts for, as --role, --department and --all-departments give them.
struct Scope
{
    Role role = Role::Viewer;
    bool given = false; // --department or --all-departments
    bool allDepartments = true;
    QSet<qint64> departments;
};

// Reads the scope; false with the problem said (exit 2) and *exitCode set.
bool readScope(CliContext &context, const QCommandLineParser &parser, const QSqlDatabase &db, Scope *scope,
               int *exitCode)
{
    const std::optional<Role> role = services::roleFromName(parser.value(roleOption).trimmed());
    QString problem;
    if (!parser.isSet(roleOption))
        problem = QStringLiteral("--role is needed: administrator, manager, operator or viewer");
    else if (!role)
        problem = QStringLiteral("--role must be administrator, manager, operator or viewer, not '%1'")
                      .arg(parser.value(roleOption));
    else if (parser.isSet(departmentOption) && parser.isSet(allDepartmentsOption))
        problem = QStringLiteral("give --department or --all-departments, not both");
    else if (*role == Role::Administrator && parser.isSet(departmentOption))
        problem = QStringLiteral("an administrator acts for every department: leave out --department");
    for (const QString &name : parser.values(departmentOption)) {
        const auto department = findDepartment(db, name);
        if (!department && problem.isEmpty())
            problem = unknownDepartment(name);
        if (department)
            scope->departments.insert(department->id);
    }
    if (!problem.isEmpty()) {
        *exitCode = context.usageError(problem);
        return false;
    }
    scope->role = *role;
    scope->given = parser.isSet(departmentOption) || parser.isSet(allDepartmentsOption);
    scope->allDepartments = !parser.isSet(departmentOption);
    return true;
}

// The account named by the single positional argument, with the database and who acts: what
// disable, enable, reset-password and role share. Unknown names are a usage error (2).
struct AccountCommand
{
    QCommandLineParser parser;
    std::unique_ptr<storage::Connection> connection;
    OperatorRow account;

    // False with *exitCode set when the command should end.
    bool start(CliContext &context, const QStringList &arguments, const QString &description, int *exitCode)
    {
        parser.setApplicationDescription(description);
        parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The operator account."));
        connection = openForOne(context, parser, arguments, QStringLiteral("NAME"), exitCode);
        if (!connection)
            return false;
        const QString name = parser.positionalArguments().first();
        const std::optional<OperatorRow> found = storage::OperatorRepository(connection->database()).findByName(name);
        if (!found) {
            *exitCode =
                context.usageError(QStringLiteral("unknown operator '%1' (see 'punchclock operators')").arg(name));
            return false;
        }
        account = *found;
        return true;
    }
    QSqlDatabase database() const { return connection->database(); }
};

int addOperator(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Add an operator account. Its password is asked for twice on the terminal, or read from the\n"
                       "file named by $PUNCHCLOCK_PASSWORD_FILE (after the password of --operator, when given).\n"
                       "Without --department the account acts for every department."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The new account's name."));
    parser.addOptions({roleOption, departmentOption, allDepartmentsOption});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("use 'operators add NAME --role ROLE [--department NAME]...'"));
    const QString name = parser.positionalArguments().first().trimmed();
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    Scope scope;
    if (!readScope(context, parser, db, &scope, &exitCode))
        return exitCode;
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    Secret password;
    if (!context.passwords().next(context, QStringLiteral("the password of the new operator %1").arg(name),
                                  PasswordSource::Ask::Twice, &password.text, &exitCode))
        return exitCode;
    const Outcome outcome = OperatorAdmin(db).createOperator(*actor, name, password.text, scope.role,
                                                             scope.allDepartments, scope.departments);
    if (!outcome.ok())
        return refused(context, outcome, name);
    context.out() << "Operator " << name << " added: " << services::roleName(scope.role) << "." << Qt::endl;
    return Success;
}

int setDisabled(CliContext &context, const QStringList &arguments, bool disabled)
{
    AccountCommand command;
    int exitCode = Success;
    if (!command.start(context, arguments,
                       disabled ? QStringLiteral("Disable an operator account: it can no longer sign in.")
                                : QStringLiteral("Enable a disabled operator account again."),
                       &exitCode))
        return exitCode;
    const auto actor = context.actorForChange(command.database(), &exitCode);
    if (!actor)
        return exitCode;
    const Outcome outcome = OperatorAdmin(command.database()).setDisabled(*actor, command.account.id, disabled);
    if (!outcome.ok())
        return refused(context, outcome, command.account.name);
    context.out() << "Operator " << command.account.name << (disabled ? " disabled." : " enabled.") << Qt::endl;
    return Success;
}

int disableOperator(CliContext &context, const QStringList &arguments)
{
    return setDisabled(context, arguments, true);
}

int enableOperator(CliContext &context, const QStringList &arguments)
{
    return setDisabled(context, arguments, false);
}

int resetPassword(CliContext &context, const QStringList &arguments)
{
    AccountCommand command;
    int exitCode = Success;
    if (!command.start(context, arguments,
                       QStringLiteral("Give an operator account a new password (asked for twice, or read from "
                                      "$PUNCHCLOCK_PASSWORD_FILE)."),
                       &exitCode))
        return exitCode;
    const auto actor = context.actorForChange(command.database(), &exitCode);
    if (!actor)
        return exitCode;
    Secret password;
    if (!context.passwords().next(context, QStringLiteral("the new password of %1").arg(command.account.name),
                                  PasswordSource::Ask::Twice, &password.text, &exitCode))
        return exitCode;
    const Outcome outcome = OperatorAdmin(command.database()).resetPassword(*actor, command.account.id, password.text);
    if (!outcome.ok())
        return refused(context, outcome, command.account.name);
    context.out() << "Operator " << command.account.name << " has a new password." << Qt::endl;
    return Success;
}

int changeRole(CliContext &context, const QStringList &arguments)
{
    AccountCommand command;
    command.parser.addOptions({roleOption, departmentOption, allDepartmentsOption});
    int exitCode = Success;
    if (!command.start(context, arguments,
                       QStringLiteral("Change an account's role and, with --department or --all-departments, the "
                                      "departments it acts for\n(without either, it keeps its departments)."),
                       &exitCode))
        return exitCode;
    Scope scope;
    if (!readScope(context, command.parser, command.database(), &scope, &exitCode))
        return exitCode;
    if (!scope.given && scope.role != Role::Administrator) {
        scope.allDepartments = command.account.allDepartments;
        scope.departments = command.account.departments;
    }
    const auto actor = context.actorForChange(command.database(), &exitCode);
    if (!actor)
        return exitCode;
    const Outcome outcome =
        OperatorAdmin(command.database())
            .changeRole(*actor, command.account.id, scope.role, scope.allDepartments, scope.departments);
    if (!outcome.ok())
        return refused(context, outcome, command.account.name);
    context.out() << "Operator " << command.account.name << " is now " << services::roleName(scope.role) << "."
                  << Qt::endl;
    return Success;
}

int changeOwnPassword(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Change your own password: 'punchclock --operator NAME operators password'. The present\n"
                       "password is asked for first, then the new one twice; from $PUNCHCLOCK_PASSWORD_FILE, the\n"
                       "first line holds the present one and the second the new one."));
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;
    const QString name = context.operatorName();
    if (name.isEmpty())
        return context.usageError(QStringLiteral("whose password? Sign in with 'punchclock --operator NAME operators "
                                                 "password'"));
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    Secret current;
    if (!context.passwords().next(context, QStringLiteral("the present password of %1").arg(name),
                                  PasswordSource::Ask::Once, &current.text, &exitCode))
        return exitCode;
    const auto actor = signIn(context, connection->database(), name, current.text, &exitCode);
    if (!actor)
        return exitCode;
    Secret fresh;
    if (!context.passwords().next(context, QStringLiteral("the new password of %1").arg(name),
                                  PasswordSource::Ask::Twice, &fresh.text, &exitCode))
        return exitCode;
    const Outcome outcome = OperatorAdmin(connection->database()).changeOwnPassword(*actor, current.text, fresh.text);
    if (!outcome.ok())
        return refused(context, outcome, name);
    context.out() << "Operator " << name << " has a new password." << Qt::endl;
    return Success;
}

} // namespace

int runOperators(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments,
                     {{"list", listOperators},
                      {"add", addOperator},
                      {"disable", disableOperator},
                      {"enable", enableOperator},
                      {"reset-password", resetPassword},
                      {"role", changeRole},
                      {"password", changeOwnPassword}});
}

} // namespace punchclock::cli
