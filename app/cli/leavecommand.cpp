#include "commandactions.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "rulelookups.h"
#include "rulemessages.h"

#include "calendaradmin.h"

#include "attendancerepository.h"
#include "connection.h"
#include "writetransaction.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

using storage::AttendanceRepository;
using storage::LeaveRow;

const QString defaultKind = QStringLiteral("vacation");

// Days in a row of one employee with one kind, as they were given.
struct LeaveRun
{
    QString userId;
    QDate from;
    QDate to;
    QString kind;
};

QList<LeaveRun> runsOf(const QList<LeaveRow> &days)
{
    QList<LeaveRun> runs;
    for (const LeaveRow &day : days) {
        if (!runs.isEmpty() && runs.last().userId == day.userId && runs.last().kind == day.kind &&
            runs.last().to.addDays(1) == day.date)
            runs.last().to = day.date;
        else
            runs.append({day.userId, day.date, day.date, day.kind});
    }
    return runs;
}

const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Last day (default: --from, one day)."),
                                  QStringLiteral("YYYY-MM-DD"));

int listLeave(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Leave days, as runs of days in a row of the same kind. Without --from/--to, all of them.\n"
                       "  leave [list] [--user USER_ID] [--from YYYY-MM-DD --to YYYY-MM-DD] [--json]\n"
                       "  leave add USER_ID --from D [--to D] [--kind KIND]\n"
                       "  leave change USER_ID --from D [--to D] --kind KIND\n"
                       "  leave remove USER_ID --from D [--to D]"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Only this employee."),
                                  QStringLiteral("USER_ID"));
    parser.addOptions({user, fromOption, toOption, jsonOption()});
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;
    OptionReader reader(parser);
    QDate first(1, 1, 1);
    QDate last(9999, 12, 31);
    if (parser.isSet(fromOption) || parser.isSet(toOption))
        reader.range(fromOption, toOption, &first, &last);
    if (!reader.ok())
        return context.usageError(reader.problem());

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    if (parser.isSet(user) && !userKnown(db, parser.value(user)))
        return context.usageError(unknownUser(parser.value(user)));
    const QList<LeaveRun> runs = runsOf(AttendanceRepository(db).leave(first, last, parser.value(user)));
    QJsonArray items;
    QList<QStringList> rows;
    for (const LeaveRun &run : runs) {
        const qint64 days = run.from.daysTo(run.to) + 1;
        items.append(QJsonObject{{QStringLiteral("user_id"), run.userId},
                                 {QStringLiteral("from"), run.from.toString(Qt::ISODate)},
                                 {QStringLiteral("to"), run.to.toString(Qt::ISODate)},
                                 {QStringLiteral("days"), days},
                                 {QStringLiteral("kind"), run.kind}});
        rows << QStringList{run.userId, run.from.toString(Qt::ISODate), run.to.toString(Qt::ISODate),
                            QString::number(days), run.kind};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("USER_ID"), QStringLiteral("FROM"), QStringLiteral("TO"), QStringLiteral("DAYS"),
                  QStringLiteral("KIND")},
                 rows);
    return Success;
}

// What add, change and remove are given: one employee and the days.
struct LeaveChange
{
    QString userId;
    QDate from;
    QDate to;
    QString kind;
};

// add, change and remove: USER_ID, --from, --to and, for add and change, --kind (`kindRequired`
// for change).
int changeLeave(CliContext &context, const QStringList &arguments, const QString &description, bool withKind,
                bool kindRequired,
                int (*action)(CliContext &, const QSqlDatabase &, const services::Actor &, const LeaveChange &))
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("USER_ID"), QStringLiteral("The employee."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  kindRequired
                                      ? QStringLiteral("The kind of leave: vacation, sick, … as the site names "
                                                       "them.")
                                      : QStringLiteral("The kind of leave (default: %1).").arg(defaultKind),
                                  QStringLiteral("KIND"));
    parser.addOptions({fromOption, toOption});
    if (withKind)
        parser.addOption(kind);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(
            QStringLiteral("use '%1 USER_ID --from YYYY-MM-DD [--to YYYY-MM-DD]%2'")
                .arg(commandName(arguments), withKind ? QStringLiteral(" --kind KIND") : QString()));
    LeaveChange change{
        parser.positionalArguments().first(), {}, {}, withKind ? parser.value(kind).trimmed() : QString()};
    OptionReader reader(parser);
    reader.range(fromOption, toOption, &change.from, &change.to, true);
    if (!reader.ok())
        return context.usageError(reader.problem());
    if (kindRequired && change.kind.isEmpty())
        return context.usageError(QStringLiteral("%1 needs --kind KIND").arg(commandName(arguments)));
    if (withKind && change.kind.isEmpty())
        change.kind = defaultKind;
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    if (!userKnown(connection->database(), change.userId))
        return context.usageError(unknownUser(change.userId));
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    return action(context, connection->database(), *actor, change);
}

int daysText(CliContext &context, const LeaveChange &change, qint64 days, const QString &done)
{
    context.out() << change.userId << " " << periodText(change.from, change.to) << ": " << days
                  << (days == 1 ? " day " : " days ") << done << Qt::endl;
    return Success;
}

int addLeaveDays(CliContext &context, const QSqlDatabase &db, const services::Actor &actor, const LeaveChange &change)
{
    const services::Outcome outcome =
        services::CalendarAdmin(db).setLeave(actor, change.userId, change.from, change.to, change.kind);
    if (!outcome.ok())
        return refusedOn(context, db, outcome);
    return daysText(context, change, change.from.daysTo(change.to) + 1, QStringLiteral("of %1 leave").arg(change.kind));
}

int rekindLeaveDays(CliContext &context, const QSqlDatabase &db, const services::Actor &actor,
                    const LeaveChange &change)
{
    const QList<LeaveRow> days = AttendanceRepository(db).leave(change.from, change.to, change.userId);
    if (days.isEmpty())
        return context.failure(
            QStringLiteral("%1 has no leave from %2 to %3")
                .arg(change.userId, change.from.toString(Qt::ISODate), change.to.toString(Qt::ISODate)));
    // One change of several runs: a refusal of any (a day in a closed period) leaves all as they were.
    storage::WriteTransaction transaction(db);
    if (!transaction.isActive())
        return context.failure(describe(storage::AttendanceError::Storage));
    services::CalendarAdmin calendar(db);
    for (const LeaveRun &run : runsOf(days)) {
        const services::Outcome outcome = calendar.setLeave(actor, change.userId, run.from, run.to, change.kind);
        if (!outcome.ok())
            return refusedOn(context, db, outcome);
    }
    if (!transaction.commit())
        return context.failure(describe(storage::AttendanceError::Storage));
    return daysText(context, change, days.size(), QStringLiteral("now %1 leave").arg(change.kind));
}

int removeLeaveDays(CliContext &context, const QSqlDatabase &db, const services::Actor &actor,
                    const LeaveChange &change)
{
    const qsizetype days = AttendanceRepository(db).leave(change.from, change.to, change.userId).size();
    const services::Outcome outcome =
        services::CalendarAdmin(db).removeLeave(actor, change.userId, change.from, change.to);
    if (!outcome.ok())
        return refusedOn(context, db, outcome);
    return daysText(context, change, days, QStringLiteral("of leave removed"));
}

int addLeave(CliContext &context, const QStringList &arguments)
{
    return changeLeave(context, arguments, QStringLiteral("Give an employee leave on every day from --from to --to."),
                       true, false, addLeaveDays);
}

int rekindLeave(CliContext &context, const QStringList &arguments)
{
    return changeLeave(context, arguments,
                       QStringLiteral("Change the kind of the leave days an employee has from --from to --to; days "
                                      "without leave stay without."),
                       true, true, rekindLeaveDays);
}

int removeLeave(CliContext &context, const QStringList &arguments)
{
    return changeLeave(context, arguments, QStringLiteral("Take away an employee's leave from --from to --to."), false,
                       false, removeLeaveDays);
}

} // namespace

int runLeave(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments,
                     {{"list", listLeave}, {"add", addLeave}, {"change", rekindLeave}, {"remove", removeLeave}});
}

} // namespace punchclock::cli
