#include "commandactions.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "rulelookups.h"
#include "rulemessages.h"

#include "scheduleadmin.h"

#include "attendancereader.h"
#include "connection.h"
#include "reportbuilder.h"
#include "schedulerepository.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

using storage::ScheduleKind;
using storage::ScheduleVersion;

const QStringList weekdayHeaders{QStringLiteral("MON"), QStringLiteral("TUE"), QStringLiteral("WED"),
                                 QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT"),
                                 QStringLiteral("SUN")};

QString kindName(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Week: return QStringLiteral("week");
    case ScheduleKind::None: return QStringLiteral("none");
    case ScheduleKind::Department: return QStringLiteral("department");
    }
    return {};
}

// Shift names by id, as they are now (a rename applies to every day).
QHash<qint64, QString> shiftNames(const QSqlDatabase &db)
{
    QHash<qint64, QString> names;
    for (const storage::ShiftRow &shift : storage::AttendanceRepository(db).shifts())
        names.insert(shift.id, shift.name);
    return names;
}

// Whose schedule: the site, a department or one employee, as the command line named it.
struct Owner
{
    QString type; // "site", "department", "user"
    QString key;  // the department's id, or the user id; empty for the site
    QString name; // the department's name, or the employee's; empty for the site
};

const QString siteOwner = QStringLiteral("site");

QJsonObject versionJson(const Owner &owner, const ScheduleVersion &version, const QHash<qint64, QString> &shifts)
{
    QJsonObject object{
        {QStringLiteral("type"), owner.type},
        {QStringLiteral("from"),
         version.from.isValid() ? QJsonValue(version.from.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("kind"), kindName(version.kind)},
        {QStringLiteral("changed_by"), version.changedBy},
        {QStringLiteral("changed_at"),
         version.changedAt.isValid() ? QJsonValue(version.changedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
    };
    if (owner.type == QLatin1String("department")) {
        object.insert(QStringLiteral("department"), owner.name);
        object.insert(QStringLiteral("department_id"), owner.key.toLongLong());
    } else if (owner.type == QLatin1String("user")) {
        object.insert(QStringLiteral("user_id"), owner.key);
        object.insert(QStringLiteral("name"), owner.name);
    }
    QJsonArray week;
    for (qint64 shiftId : version.week)
        week.append(shiftId == 0 ? QJsonValue() : QJsonValue(shifts.value(shiftId)));
    object.insert(QStringLiteral("week"), version.kind == ScheduleKind::Week ? QJsonValue(week) : QJsonValue());
    return object;
}

// FROM MON … SUN KIND: a day off is "-"; a version that is not a week has no days.
QStringList versionCells(const ScheduleVersion &version, const QHash<qint64, QString> &shifts)
{
    QStringList cells{fromText(version.from)};
    for (qint64 shiftId : version.week) {
        if (version.kind != ScheduleKind::Week)
            cells << QString();
        else
            cells << (shiftId == 0 ? QStringLiteral("-") : shifts.value(shiftId));
    }
    return cells << kindName(version.kind);
}

QString ownerText(const Owner &owner)
{
    if (owner.type == siteOwner)
        return QStringLiteral("(the default for everyone)");
    return owner.type == QLatin1String("user") && !owner.name.isEmpty() ? owner.key + QLatin1Char(' ') + owner.name
                                                                        : owner.name;
}

// The versions in force today and after: what applies now, and what is planned.
QList<ScheduleVersion> fromToday(const QList<ScheduleVersion> &history, QDate today)
{
    const ScheduleVersion *now = storage::scheduleOn(history, today);
    QList<ScheduleVersion> result;
    for (const ScheduleVersion &version : history) {
        if (&version == now || (version.from.isValid() && version.from > today))
            result << version;
    }
    return result;
}

const QCommandLineOption departmentOption(QStringLiteral("department"), QStringLiteral("A department (name or id)."),
                                          QStringLiteral("NAME"));
const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("One employee."), QStringLiteral("USER_ID"));
const QCommandLineOption siteOption(QStringLiteral("site"),
                                    QStringLiteral("The site's default week: everyone without a week of their own "
                                                   "or of their department."));
const QCommandLineOption fromOption(QStringLiteral("from"),
                                    QStringLiteral("First day, or 'start' (default: today on the site's calendar; "
                                                   "for a first schedule, the start)."),
                                    QStringLiteral("YYYY-MM-DD|start"));

int listSchedules(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Weekly schedules of the site, departments and employees: the one in force today and those planned after "
        "it.\nAn employee with a schedule of their own follows it, else their department's, else the site's.\n"
        "  schedules [list] [--json]\n"
        "  schedules set (--site | --department NAME | --user USER_ID) --week \"Day,Day,Day,Day,Day,-,-\" "
        "[--from D|start]\n"
        "  schedules clear (--site | --department NAME | --user USER_ID) [--from D|start]\n"
        "  schedules history (--site | --department NAME | --user USER_ID) [--json]"));
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;
    const QSqlDatabase db = connection->database();
    const storage::ScheduleRepository schedules(db);
    const auto site = schedules.siteHistory();
    const auto departments = schedules.allDepartmentHistories();
    const auto users = schedules.allUserHistories();
    const auto employees = storage::AttendanceReader(db).employees(std::nullopt, {});
    if (!site || !departments || !users || !employees)
        return context.failure(QStringLiteral("the database could not be read"));

    QList<std::pair<Owner, QList<ScheduleVersion>>> owners;
    if (!site->isEmpty())
        owners.append({{siteOwner, {}, {}}, *site});
    for (const storage::DepartmentRow &department : storage::DepartmentRepository(db).list()) {
        if (departments->contains(department.id))
            owners.append({{QStringLiteral("department"), QString::number(department.id), department.name},
                           departments->value(department.id)});
    }
    QHash<QString, QString> names;
    for (const storage::EmployeeRow &employee : *employees)
        names.insert(employee.userId, employee.name);
    QStringList userIds = users->keys();
    std::sort(userIds.begin(), userIds.end());
    for (const QString &userId : userIds)
        owners.append({{QStringLiteral("user"), userId, names.value(userId)}, users->value(userId)});

    const QDate today = engine::reports::ReportBuilder(db).siteToday();
    const QHash<qint64, QString> shifts = shiftNames(db);
    QJsonArray items;
    QList<QStringList> rows;
    for (const auto &[owner, history] : owners) {
        for (const ScheduleVersion &version : fromToday(history, today)) {
            items.append(versionJson(owner, version, shifts));
            rows << QStringList{owner.type, ownerText(owner)} + versionCells(version, shifts);
        }
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 QStringList{QStringLiteral("TYPE"), QStringLiteral("OWNER"), QStringLiteral("FROM")} + weekdayHeaders +
                     QStringList{QStringLiteral("KIND")},
                 rows);
    return Success;
}

// --site, --department or --user, exactly one, looked up; false with *exitCode set when not.
bool readOwner(CliContext &context, const QCommandLineParser &parser, const QSqlDatabase &db, Owner *owner,
               int *exitCode)
{
    if (int(parser.isSet(siteOption)) + int(parser.isSet(departmentOption)) + int(parser.isSet(userOption)) != 1) {
        *exitCode = context.usageError(QStringLiteral("give one of --site, --department NAME or --user USER_ID"));
        return false;
    }
    if (parser.isSet(siteOption)) {
        *owner = {siteOwner, {}, {}};
        return true;
    }
    if (parser.isSet(departmentOption)) {
        const auto department = findDepartment(db, parser.value(departmentOption));
        if (!department) {
            *exitCode = context.usageError(unknownDepartment(parser.value(departmentOption)));
            return false;
        }
        *owner = {QStringLiteral("department"), QString::number(department->id), department->name};
        return true;
    }
    const QString userId = parser.value(userOption).trimmed();
    if (!userKnown(db, userId)) {
        *exitCode = context.usageError(unknownUser(userId));
        return false;
    }
    const auto employees = storage::AttendanceReader(db).employees(std::nullopt, userId);
    *owner = {QStringLiteral("user"), userId, employees && !employees->isEmpty() ? employees->first().name : QString()};
    return true;
}

QList<ScheduleVersion> historyOf(const QSqlDatabase &db, const Owner &owner)
{
    const storage::ScheduleRepository schedules(db);
    if (owner.type == siteOwner)
        return schedules.siteHistory().value_or(QList<ScheduleVersion>());
    return owner.type == QLatin1String("user") ? schedules.userHistory(owner.key)
                                               : schedules.departmentHistory(owner.key.toLongLong());
}

// The parser of set, clear and history, their owner and database.
struct OwnerCommand
{
    QCommandLineParser parser;
    std::unique_ptr<storage::Connection> connection;
    Owner owner;

    // False with *exitCode set when the command should end.
    bool start(CliContext &context, const QStringList &arguments, int *exitCode)
    {
        parser.addOptions({siteOption, departmentOption, userOption});
        if (!parseOptionsOnly(context, parser, arguments, exitCode))
            return false;
        connection = context.openDatabase();
        if (!connection) {
            *exitCode = Failure;
            return false;
        }
        return readOwner(context, parser, connection->database(), &owner, exitCode);
    }
};

int setSchedule(CliContext &context, const QStringList &arguments)
{
    OwnerCommand command;
    command.parser.setApplicationDescription(QStringLiteral(
        "Plan a week for the site, a department or one employee from a day on; the days before keep their "
        "schedule."));
    const QCommandLineOption week(QStringLiteral("week"),
                                  QStringLiteral("Monday to Sunday: 7 shift names separated by commas, '-' or "
                                                 "nothing for a day off."),
                                  QStringLiteral("Day,Day,Day,Day,Day,-,-"));
    command.parser.addOptions({week, fromOption});
    int exitCode = Success;
    if (!command.start(context, arguments, &exitCode))
        return exitCode;
    const QSqlDatabase db = command.connection->database();
    if (!command.parser.isSet(week))
        return context.usageError(QStringLiteral("schedules set needs --week \"Day,Day,Day,Day,Day,-,-\""));
    const QStringList days = command.parser.value(week).split(QLatin1Char(','));
    if (days.size() != 7)
        return context.usageError(QStringLiteral("--week needs 7 days from Monday to Sunday separated by commas, not "
                                                 "'%1'")
                                      .arg(command.parser.value(week)));
    storage::WeekShiftIds shiftIds{};
    for (int day = 0; day < 7; ++day) {
        const QString name = days.at(day).trimmed();
        if (name.isEmpty() || name == QLatin1String("-"))
            continue;
        const auto shift = findShift(db, name);
        if (!shift)
            return context.usageError(unknownShift(name));
        shiftIds.at(size_t(day)) = shift->id;
    }
    // A first schedule applies from the start; a change from today, unless told otherwise.
    const QDate fallback =
        historyOf(db, command.owner).isEmpty() ? QDate() : engine::reports::ReportBuilder(db).siteToday();
    OptionReader reader(command.parser);
    const QDate from = reader.from(fromOption, fallback);
    if (!reader.ok())
        return context.usageError(reader.problem());
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    services::ScheduleAdmin schedules(db);
    const services::Outcome saved =
        command.owner.type == siteOwner ? schedules.setSite(*actor, shiftIds, from)
        : command.owner.type == QLatin1String("user")
            ? schedules.setUser(*actor, command.owner.key, shiftIds, from)
            : schedules.setDepartment(*actor, command.owner.key.toLongLong(), shiftIds, from);
    if (!saved.ok())
        return refusedFrom(context, db, saved);
    const ScheduleVersion planned{from, ScheduleKind::Week, shiftIds, {}, {}};
    context.out() << command.owner.type << " " << ownerText(command.owner) << " from " << fromText(from) << ": "
                  << versionCells(planned, shiftNames(db)).mid(1, 7).join(QLatin1Char(',')) << Qt::endl;
    return Success;
}

int clearSchedule(CliContext &context, const QStringList &arguments)
{
    OwnerCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("From a day on, the site or a department has no schedule, and an employee follows their "
                       "department's again. The days before keep their schedule."));
    command.parser.addOption(fromOption);
    int exitCode = Success;
    if (!command.start(context, arguments, &exitCode))
        return exitCode;
    const QSqlDatabase db = command.connection->database();
    if (historyOf(db, command.owner).isEmpty())
        return context.failure(
            QStringLiteral("%1 %2 has no schedule to clear").arg(command.owner.type, ownerText(command.owner)));
    OptionReader reader(command.parser);
    const QDate from = reader.from(fromOption, engine::reports::ReportBuilder(db).siteToday());
    if (!reader.ok())
        return context.usageError(reader.problem());
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    services::ScheduleAdmin schedules(db);
    const bool user = command.owner.type == QLatin1String("user");
    const services::Outcome saved = command.owner.type == siteOwner ? schedules.clearSite(*actor, from)
                                    : user ? schedules.clearUser(*actor, command.owner.key, from)
                                           : schedules.clearDepartment(*actor, command.owner.key.toLongLong(), from);
    if (!saved.ok())
        return refusedFrom(context, db, saved);
    context.out() << command.owner.type << " " << ownerText(command.owner) << " from " << fromText(from) << ": "
                  << (user ? "follows the department's schedule" : "no schedule") << Qt::endl;
    return Success;
}

int scheduleHistory(CliContext &context, const QStringList &arguments)
{
    OwnerCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Every schedule of the site, a department or an employee, by the day it applies from."));
    command.parser.addOption(jsonOption());
    int exitCode = Success;
    if (!command.start(context, arguments, &exitCode))
        return exitCode;
    const QSqlDatabase db = command.connection->database();
    const QHash<qint64, QString> shifts = shiftNames(db);
    QJsonArray items;
    QList<QStringList> rows;
    for (const ScheduleVersion &version : historyOf(db, command.owner)) {
        items.append(versionJson(command.owner, version, shifts));
        rows << versionCells(version, shifts) + QStringList{version.changedBy, version.changedAt.toString(Qt::ISODate)};
    }
    printListing(context.out(), command.parser.isSet(jsonOption()), items,
                 QStringList{QStringLiteral("FROM")} + weekdayHeaders +
                     QStringList{QStringLiteral("KIND"), QStringLiteral("CHANGED_BY"), QStringLiteral("CHANGED_AT")},
                 rows);
    return Success;
}

} // namespace

int runSchedules(CliContext &context, const QStringList &arguments)
{
    return runAction(
        context, arguments,
        {{"list", listSchedules}, {"set", setSchedule}, {"clear", clearSchedule}, {"history", scheduleHistory}});
}

} // namespace punchclock::cli
