#include "commandactions.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "permissionmessages.h"
#include "rulemessages.h"

#include "periodadmin.h"

#include "closedperiodrepository.h"
#include "connection.h"
#include "walltime.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

using storage::ClosedPeriodRepository;
using storage::ClosedPeriodRow;
using storage::PeriodError;

QJsonObject toJson(const ClosedPeriodRow &period)
{
    return QJsonObject{
        {QStringLiteral("id"), period.id},
        {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
        {QStringLiteral("closed"), period.closed()},
        {QStringLiteral("closed_at"), utcJson(period.closedAt)},
        {QStringLiteral("closed_by"), period.closedBy},
        {QStringLiteral("close_reason"), period.closeReason},
        {QStringLiteral("pairing"), period.pairing},
        {QStringLiteral("duplicate_window_s"), period.duplicateWindowSeconds},
        {QStringLiteral("site_time_zone"), period.siteTimeZone},
        {QStringLiteral("reopened_at"), utcJson(period.reopenedAt)},
        {QStringLiteral("reopened_by"), period.reopenedBy},
        {QStringLiteral("reopen_reason"), period.reopenReason},
    };
}

const QCommandLineOption reasonOption(QStringLiteral("reason"), QStringLiteral("Why, for the record."),
                                      QStringLiteral("TEXT"));

int listPeriods(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Every close of a period ever made, newest first. While a period is closed, nothing may change its\n"
        "results; it keeps the attendance settings it was closed with; punches that count only after it\n"
        "was closed are kept and listed by 'periods late', not counted.\n"
        "  periods [list] [--json]\n"
        "  periods close --from YYYY-MM-DD --to YYYY-MM-DD --reason TEXT\n"
        "  periods reopen ID --reason TEXT\n"
        "  periods late ID [--json]"));
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;
    const QList<ClosedPeriodRow> periods = ClosedPeriodRepository(connection->database()).history();
    QJsonArray items;
    QList<QStringList> rows;
    for (const ClosedPeriodRow &period : periods) {
        items.append(toJson(period));
        rows << QStringList{QString::number(period.id),
                            period.from.toString(Qt::ISODate),
                            period.to.toString(Qt::ISODate),
                            period.closed() ? QStringLiteral("closed") : QStringLiteral("reopened"),
                            period.closedBy,
                            localText(period.closedAt),
                            period.closeReason,
                            period.reopenedBy,
                            localText(period.reopenedAt),
                            period.reopenReason};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("ID"), QStringLiteral("FROM"), QStringLiteral("TO"), QStringLiteral("STATE"),
                  QStringLiteral("CLOSED_BY"), QStringLiteral("CLOSED_AT"), QStringLiteral("WHY"),
                  QStringLiteral("REOPENED_BY"), QStringLiteral("REOPENED_AT"), QStringLiteral("WHY_REOPENED")},
                 rows);
    return Success;
}

int closePeriod(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Close a period (a payroll month) with the attendance settings in force now: from then on nothing\n"
        "may change its results until it is reopened."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({from, to, reasonOption});
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;
    OptionReader reader(parser);
    QDate first;
    QDate last;
    reader.range(from, to, &first, &last);
    if (reader.ok() && parser.value(reasonOption).trimmed().isEmpty())
        reader.fail(describe(PeriodError::EmptyReason));
    if (!reader.ok())
        return context.usageError(reader.problem());

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    const services::Outcome outcome = services::PeriodAdmin(db).close(*actor, first, last, parser.value(reasonOption));
    if (outcome.status == services::Outcome::Status::Refused) {
        const PeriodError error = outcome.error<PeriodError>();
        if (error == PeriodError::Overlaps && outcome.closedPeriod)
            return context.failure(QStringLiteral("%1 shares days with a closed period: %2")
                                       .arg(periodText(first, last), closedPeriodText(db, *outcome.closedPeriod)));
        return context.usageError(describe(error));
    }
    if (!outcome.ok())
        return failed(context, outcome);
    const std::optional<ClosedPeriodRow> closed = ClosedPeriodRepository(db).find(outcome.id);
    context.out() << "Period " << outcome.id << " closed: " << periodText(first, last);
    if (closed)
        context.out() << " (pairing " << closed->pairing << ", duplicate window " << closed->duplicateWindowSeconds
                      << " s, " << closed->siteTimeZone << ")";
    context.out() << "." << Qt::endl;
    return Success;
}

// reopen and late: the period named by ID, with the database it is in.
struct PeriodCommand
{
    QCommandLineParser parser;
    std::unique_ptr<storage::Connection> connection;
    ClosedPeriodRow period;

    // False with *exitCode set when the command should end.
    bool start(CliContext &context, const QStringList &arguments, const QString &usage, int *exitCode)
    {
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     QStringLiteral("The period, as 'punchclock periods' lists it."));
        connection = openForOne(context, parser, arguments, QStringLiteral("ID ") + usage, exitCode);
        if (!connection)
            return false;
        const QString text = parser.positionalArguments().first();
        bool numeric = false;
        const qint64 id = text.toLongLong(&numeric);
        const std::optional<ClosedPeriodRow> found =
            numeric ? ClosedPeriodRepository(connection->database()).find(id) : std::nullopt;
        if (!found) {
            *exitCode = context.usageError(QStringLiteral("unknown period '%1' (see 'punchclock periods')").arg(text));
            return false;
        }
        period = *found;
        return true;
    }
};

int reopenPeriod(CliContext &context, const QStringList &arguments)
{
    PeriodCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Reopen a closed period so that its results can change again; the close stays on record."));
    command.parser.addOption(reasonOption);
    int exitCode = Success;
    if (!command.start(context, arguments, QStringLiteral("--reason TEXT"), &exitCode))
        return exitCode;
    if (command.parser.value(reasonOption).trimmed().isEmpty())
        return context.usageError(describe(PeriodError::EmptyReason));
    const ClosedPeriodRow &period = command.period;
    const auto actor = context.actorForChange(command.connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    const services::Outcome outcome = services::PeriodAdmin(command.connection->database())
                                          .reopen(*actor, period.id, command.parser.value(reasonOption));
    if (outcome.status == services::Outcome::Status::Refused)
        return context.failure(
            QStringLiteral("period %1: %2").arg(period.id).arg(describe(outcome.error<PeriodError>())));
    if (!outcome.ok())
        return failed(context, outcome);
    context.out() << "Period " << period.id << " reopened: " << periodText(period.from, period.to) << "." << Qt::endl;
    return Success;
}

int latePunches(CliContext &context, const QStringList &arguments)
{
    PeriodCommand command;
    command.parser.setApplicationDescription(QStringLiteral(
        "Punches of a period's days that began to count only after it was closed (they arrived, or their\n"
        "terminal was approved, later): kept, and not counted while the period is closed."));
    command.parser.addOption(jsonOption());
    int exitCode = Success;
    if (!command.start(context, arguments, QStringLiteral("[--json]"), &exitCode))
        return exitCode;
    QJsonArray items;
    QList<QStringList> rows;
    for (const storage::LatePunchRow &punch :
         ClosedPeriodRepository(command.connection->database()).arrivedAfterClose(command.period)) {
        items.append(QJsonObject{{QStringLiteral("id"), punch.id},
                                 {QStringLiteral("user_id"), punch.userId},
                                 {QStringLiteral("dev_id"), punch.devId},
                                 {QStringLiteral("io_time"), protocol::walltime::toStorage(punch.ioTime)},
                                 {QStringLiteral("counted_at"), utcJson(punch.countedAt)}});
        rows << QStringList{QString::number(punch.id), punch.userId, punch.devId,
                            protocol::walltime::toStorage(punch.ioTime), localText(punch.countedAt)};
    }
    printListing(context.out(), command.parser.isSet(jsonOption()), items,
                 {QStringLiteral("PUNCH_ID"), QStringLiteral("USER_ID"), QStringLiteral("DEV_ID"),
                  QStringLiteral("IO_TIME"), QStringLiteral("COUNTED_AT")},
                 rows);
    if (!command.period.closed())
        context.err() << "punchclock: period " << command.period.id << " was reopened: these punches count again"
                      << Qt::endl;
    return Success;
}

} // namespace

int runPeriods(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments,
                     {{"list", listPeriods}, {"close", closePeriod}, {"reopen", reopenPeriod}, {"late", latePunches}});
}

} // namespace punchclock::cli
