#include "commandactions.h"
#include "commands.h"
#include "output.h"
#include "permissionmessages.h"
#include "rulelookups.h"
#include "rulemessages.h"

#include "departmentadmin.h"

#include "attendancereader.h"
#include "connection.h"
#include "departmentrepository.h"
#include "writetransaction.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

using storage::DepartmentRepository;
using storage::DepartmentRow;

int listDepartments(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Departments and how many employees each has. A department's weekly schedule applies to its\n"
                       "employees who have none of their own ('punchclock schedules').\n"
                       "  departments [list] [--json]\n"
                       "  departments add NAME\n"
                       "  departments rename NAME NEW\n"
                       "  departments remove NAME\n"
                       "  departments assign NAME USER_ID...\n"
                       "  departments assign --none USER_ID..."));
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;
    const QList<DepartmentRow> departments = DepartmentRepository(connection->database()).list();
    QJsonArray items;
    QList<QStringList> rows;
    for (const DepartmentRow &department : departments) {
        items.append(QJsonObject{{QStringLiteral("id"), department.id},
                                 {QStringLiteral("name"), department.name},
                                 {QStringLiteral("users"), department.userCount}});
        rows << QStringList{QString::number(department.id), department.name, QString::number(department.userCount)};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("USERS")}, rows);
    return Success;
}

// Says why DepartmentAdmin refused `change` ("removing Kitchen", "moving 7") of the department
// `name`, and returns the exit status.
int refused(CliContext &context, const QSqlDatabase &db, const services::Outcome &outcome, const QString &change,
            const QString &name)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return failed(context, outcome);
    switch (outcome.error<services::DepartmentError>()) {
    case services::DepartmentError::EmptyName: return context.usageError(QStringLiteral("a department needs a name"));
    case services::DepartmentError::NameTaken:
        return context.failure(QStringLiteral("there is already a department called '%1'").arg(name));
    case services::DepartmentError::PeriodClosed:
        // Membership has no date: a department removed, or an employee moved, changes which
        // schedule applies on every day, those of a closed period too.
        if (outcome.closedPeriod)
            return context.failure(QStringLiteral("%1 would change which department schedule applies on days already "
                                                  "signed off: %2")
                                       .arg(change, closedPeriodText(db, *outcome.closedPeriod)));
        break;
    case services::DepartmentError::None: break;
    }
    return context.failure(QStringLiteral("%1 was refused").arg(change));
}

// The department of that name or id, or nullopt with *exitCode set (2).
std::optional<DepartmentRow> namedDepartment(CliContext &context, const QSqlDatabase &db, const QString &name,
                                             int *exitCode)
{
    auto department = findDepartment(db, name);
    if (!department)
        *exitCode = context.usageError(unknownDepartment(name));
    return department;
}

// add, rename, remove and assign: the positional arguments, checked for count, and the database.
int withDepartments(CliContext &context, const QStringList &arguments, const QString &description, const QString &usage,
                    qsizetype minimum, qsizetype maximum,
                    int (*action)(CliContext &, const QSqlDatabase &, const QStringList &))
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("ARGUMENTS"), usage);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < minimum || positional.size() > maximum)
        return context.usageError(QStringLiteral("use '%1 %2'").arg(commandName(arguments), usage));
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    return action(context, connection->database(), positional);
}

int addNamed(CliContext &context, const QSqlDatabase &db, const QStringList &names)
{
    const QString name = names.first().simplified();
    if (name.isEmpty())
        return context.usageError(QStringLiteral("a department needs a name"));
    int exitCode = Success;
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    const services::Outcome outcome = services::DepartmentAdmin(db).create(*actor, name);
    if (!outcome.ok())
        return refused(context, db, outcome, QStringLiteral("adding %1").arg(name), name);
    context.out() << "Department " << name << " added (id " << outcome.id << ")." << Qt::endl;
    return Success;
}

int renameNamed(CliContext &context, const QSqlDatabase &db, const QStringList &names)
{
    int exitCode = Success;
    const auto department = namedDepartment(context, db, names.first(), &exitCode);
    if (!department)
        return exitCode;
    const QString name = names.at(1).simplified();
    if (name.isEmpty())
        return context.usageError(QStringLiteral("a department needs a name"));
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    const services::Outcome outcome = services::DepartmentAdmin(db).rename(*actor, department->id, name);
    if (!outcome.ok())
        return refused(context, db, outcome, QStringLiteral("renaming %1").arg(department->name), name);
    context.out() << "Department " << department->name << " is now " << name << "." << Qt::endl;
    return Success;
}

int removeNamed(CliContext &context, const QSqlDatabase &db, const QStringList &names)
{
    int exitCode = Success;
    const auto department = namedDepartment(context, db, names.first(), &exitCode);
    if (!department)
        return exitCode;
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    const services::Outcome outcome = services::DepartmentAdmin(db).remove(*actor, department->id);
    if (!outcome.ok())
        return refused(context, db, outcome, QStringLiteral("removing %1").arg(department->name), department->name);
    context.out() << "Department " << department->name << " removed; " << department->userCount
                  << (department->userCount == 1 ? " employee" : " employees") << " left without one." << Qt::endl;
    return Success;
}

int addDepartment(CliContext &context, const QStringList &arguments)
{
    return withDepartments(context, arguments, QStringLiteral("Add a department."), QStringLiteral("NAME"), 1, 1,
                           addNamed);
}

int renameDepartment(CliContext &context, const QStringList &arguments)
{
    return withDepartments(context, arguments, QStringLiteral("Rename a department."), QStringLiteral("NAME NEW"), 2, 2,
                           renameNamed);
}

int removeDepartment(CliContext &context, const QStringList &arguments)
{
    return withDepartments(
        context, arguments,
        QStringLiteral("Remove a department. Its employees stay, without a department; its schedules go with it."),
        QStringLiteral("NAME"), 1, 1, removeNamed);
}

int assignDepartment(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Put employees into a department, or with --none take them out of theirs. Membership has no date:\n"
        "it changes which department schedule applies on every day, so it is refused where that would\n"
        "change a closed period."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The department (not with --none)."));
    parser.addPositionalArgument(QStringLiteral("USER_ID"), QStringLiteral("One or more employees."),
                                 QStringLiteral("USER_ID..."));
    const QCommandLineOption none(QStringLiteral("none"), QStringLiteral("Leave them without a department."));
    parser.addOption(none);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    QStringList userIds = parser.positionalArguments();
    if (userIds.size() < (parser.isSet(none) ? 1 : 2))
        return context.usageError(
            QStringLiteral("use 'departments assign NAME USER_ID...' or 'departments assign --none USER_ID...'"));
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    std::optional<DepartmentRow> department;
    if (!parser.isSet(none)) {
        department = namedDepartment(context, db, userIds.takeFirst(), &exitCode);
        if (!department)
            return exitCode;
    }
    const storage::AttendanceReader reader(db);
    for (const QString &userId : userIds) {
        const auto employee = reader.employees(std::nullopt, userId);
        if (!employee || employee->isEmpty())
            return context.usageError(
                QStringLiteral("unknown user '%1': not in the user list (see 'punchclock users')").arg(userId));
    }
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    // One change of several employees: a refusal for any of them leaves all where they were.
    storage::WriteTransaction transaction(db);
    if (!transaction.isActive())
        return context.failure(describe(storage::AttendanceError::Storage));
    services::DepartmentAdmin departments(db);
    const std::optional<qint64> target = department ? std::optional<qint64>(department->id) : std::nullopt;
    for (const QString &userId : userIds) {
        const services::Outcome outcome = departments.assign(*actor, userId, target);
        if (!outcome.ok())
            return refused(context, db, outcome, QStringLiteral("moving %1").arg(userId),
                           department ? department->name : QString());
    }
    if (!transaction.commit())
        return context.failure(describe(storage::AttendanceError::Storage));
    context.out() << userIds.join(QLatin1String(", ")) << ": "
                  << (department ? QStringLiteral("department %1").arg(department->name)
                                 : QStringLiteral("no department"))
                  << Qt::endl;
    return Success;
}

} // namespace

int runDepartments(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments,
                     {{"list", listDepartments},
                      {"add", addDepartment},
                      {"rename", renameDepartment},
                      {"remove", removeDepartment},
                      {"assign", assignDepartment}});
}

} // namespace punchclock::cli
