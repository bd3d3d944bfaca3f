#include "commandactions.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "rulemessages.h"

#include "calendaradmin.h"

#include "attendancerepository.h"
#include "connection.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

using storage::AttendanceRepository;
using storage::HolidayRow;

std::optional<HolidayRow> holidayOn(const QSqlDatabase &db, QDate date)
{
    const QList<HolidayRow> holidays = AttendanceRepository(db).holidays(date, date);
    return holidays.isEmpty() ? std::nullopt : std::optional<HolidayRow>(holidays.first());
}

int listHolidays(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Holidays: days without planned work for everyone. Without --from/--to or --year, all of them.\n"
                       "  holidays [list] [--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY] [--json]\n"
                       "  holidays add DATE NAME\n"
                       "  holidays change DATE NAME\n"
                       "  holidays remove DATE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("One year."), QStringLiteral("YYYY"));
    parser.addOptions({from, to, year, jsonOption()});
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(year) && (parser.isSet(from) || parser.isSet(to)))
        return context.usageError(QStringLiteral("give either --year or --from and --to"));
    OptionReader reader(parser);
    QDate first(1, 1, 1);
    QDate last(9999, 12, 31);
    if (const auto wanted = reader.number(year, 1, 9999)) {
        first = QDate(*wanted, 1, 1);
        last = QDate(*wanted, 12, 31);
    } else if (parser.isSet(from) || parser.isSet(to)) {
        reader.range(from, to, &first, &last);
    }
    if (!reader.ok())
        return context.usageError(reader.problem());

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QList<HolidayRow> holidays = AttendanceRepository(connection->database()).holidays(first, last);
    QJsonArray items;
    QList<QStringList> rows;
    for (const HolidayRow &holiday : holidays) {
        items.append(QJsonObject{{QStringLiteral("date"), holiday.date.toString(Qt::ISODate)},
                                 {QStringLiteral("name"), holiday.name}});
        rows << QStringList{holiday.date.toString(Qt::ISODate), holiday.date.toString(QStringLiteral("ddd")),
                            holiday.name};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("DATE"), QStringLiteral("DAY"), QStringLiteral("NAME")}, rows);
    return Success;
}

// add, change and remove: DATE and, but for remove, a NAME (the rest of the line).
int changeHoliday(CliContext &context, const QStringList &arguments, const QString &description, bool named,
                  int (*action)(CliContext &, const QSqlDatabase &, const services::Actor &, const HolidayRow &))
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("DATE"), QStringLiteral("The day, YYYY-MM-DD."));
    if (named)
        parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The holiday's name (quotes optional)."));
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString usage = commandName(arguments) + (named ? QStringLiteral(" DATE NAME") : QStringLiteral(" DATE"));
    if (positional.isEmpty() || (named && positional.size() < 2) || (!named && positional.size() != 1))
        return context.usageError(QStringLiteral("use '%1'").arg(usage));
    OptionReader reader(parser);
    const HolidayRow holiday{reader.dateArgument(QStringLiteral("DATE"), positional.first()),
                             positional.mid(1).join(QLatin1Char(' ')).trimmed()};
    if (!reader.ok())
        return context.usageError(reader.problem());
    if (named && holiday.name.isEmpty())
        return context.usageError(QStringLiteral("a holiday needs a name"));
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    return action(context, connection->database(), *actor, holiday);
}

int write(CliContext &context, const QSqlDatabase &db, const services::Actor &actor, const HolidayRow &holiday,
          const char *done)
{
    const services::Outcome outcome = services::CalendarAdmin(db).setHoliday(actor, holiday);
    if (!outcome.ok())
        return refusedOn(context, db, outcome);
    context.out() << holiday.date.toString(Qt::ISODate) << " " << holiday.name << ": " << done << Qt::endl;
    return Success;
}

int addNewHoliday(CliContext &context, const QSqlDatabase &db, const services::Actor &actor, const HolidayRow &holiday)
{
    if (const auto existing = holidayOn(db, holiday.date))
        return context.failure(QStringLiteral("%1 is already a holiday, %2; rename it with "
                                              "'punchclock holidays change %1 NAME'")
                                   .arg(holiday.date.toString(Qt::ISODate), existing->name));
    return write(context, db, actor, holiday, "holiday added");
}

int renameExistingHoliday(CliContext &context, const QSqlDatabase &db, const services::Actor &actor,
                          const HolidayRow &holiday)
{
    if (!holidayOn(db, holiday.date))
        return context.failure(QStringLiteral("%1 is not a holiday; add it with 'punchclock holidays add %1 NAME'")
                                   .arg(holiday.date.toString(Qt::ISODate)));
    return write(context, db, actor, holiday, "holiday renamed");
}

int removeExistingHoliday(CliContext &context, const QSqlDatabase &db, const services::Actor &actor,
                          const HolidayRow &holiday)
{
    const auto existing = holidayOn(db, holiday.date);
    if (!existing)
        return context.failure(QStringLiteral("%1 is not a holiday").arg(holiday.date.toString(Qt::ISODate)));
    const services::Outcome outcome = services::CalendarAdmin(db).removeHoliday(actor, holiday.date);
    if (!outcome.ok())
        return refusedOn(context, db, outcome);
    context.out() << holiday.date.toString(Qt::ISODate) << " " << existing->name << ": holiday removed" << Qt::endl;
    return Success;
}

int addHoliday(CliContext &context, const QStringList &arguments)
{
    return changeHoliday(context, arguments, QStringLiteral("Add a holiday."), true, addNewHoliday);
}

int renameHoliday(CliContext &context, const QStringList &arguments)
{
    return changeHoliday(context, arguments, QStringLiteral("Rename the holiday of a day."), true,
                         renameExistingHoliday);
}

int removeHoliday(CliContext &context, const QStringList &arguments)
{
    return changeHoliday(context, arguments, QStringLiteral("Remove the holiday of a day."), false,
                         removeExistingHoliday);
}

} // namespace

int runHolidays(CliContext &context, const QStringList &arguments)
{
    return runAction(
        context, arguments,
        {{"list", listHolidays}, {"add", addHoliday}, {"change", renameHoliday}, {"remove", removeHoliday}});
}

} // namespace punchclock::cli
