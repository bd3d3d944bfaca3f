#include "commandactions.h"
#include "commandmessages.h"
#include "commands.h"
#include "output.h"

#include "commandservice.h"
#include "connection.h"
#include "rulemessages.h"
#include "userstatusadmin.h"

#include <functional>

namespace punchclock::cli {

namespace {

// "Operation 12: jobs 40 41", or "no job needed" when no terminal is concerned.
void printQueued(CliContext &context, std::optional<qint64> operationId, const QList<qint64> &jobIds)
{
    QStringList ids;
    for (qint64 id : jobIds)
        ids << QString::number(id);
    if (operationId)
        context.out() << "Operation " << *operationId << ": ";
    context.out() << (ids.isEmpty() ? QStringLiteral("no job needed") : QStringLiteral("jobs ") + ids.join(QLatin1Char(' ')))
                  << Qt::endl;
}

int report(CliContext &context, const services::CommandService::Outcome &outcome)
{
    if (const int problem = reportProblems(context, outcome); problem != Success)
        return problem;
    printQueued(context, outcome.operationId, outcome.jobIds);
    return Success;
}

// A leaver disabled on every terminal holding them, or enabled again; the reports count from today.
int setUserEnabled(CliContext &context, const QString &userId, bool enabled)
{
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        services::UserStatusAdmin admin(db);
        const services::UserStatusAdmin::Result result =
            enabled ? admin.enable(actor, userId) : admin.disable(actor, userId);
        if (result.outcome.status == services::Outcome::Status::NotFound)
            return context.failure(QStringLiteral("no user '%1' in the store (see 'punchclock users')").arg(userId));
        if (!result.outcome.ok())
            return refusedOn(context, db, result.outcome);
        context.err() << "User " << userId << (enabled ? " is enabled" : " is disabled") << "; the reports count it from "
                      << result.effectiveFrom.toString(Qt::ISODate) << Qt::endl;
        printQueued(context, result.outcome.id, result.jobIds);
        return int(Success);
    });
}

using Queueing = std::function<services::CommandService::Outcome(services::CommandService &, const services::Actor &)>;

// Queues through CommandService as whoever makes the change.
int queueAs(CliContext &context, const Queueing &queue)
{
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        services::CommandService commands(db);
        const services::CommandService::Outcome outcome = queue(commands, actor);
        const int reported = report(context, outcome);
        warnOfNameCuts(context, db, outcome.jobIds);
        return reported;
    });
}

QStringList terminalList(const QString &text)
{
    QStringList devIds;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        devIds << part.trimmed();
    return devIds;
}

} // namespace

int runUser(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "user copy USER_ID --from DEV --to DEV[,DEV…]   copy a user from one terminal to others\n"
        "user push USER_ID --to DEV[,DEV…]              send a user as the store holds it\n"
        "user rename USER_ID NAME                       rename in the store and on every terminal holding the user\n"
        "user disable USER_ID                           a leaver: refused at every terminal holding the user, templates\n"
        "                                               kept, no work expected in the reports from today\n"
        "user enable USER_ID                            let a disabled user punch again, expected from today"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("copy, push, rename, disable or enable"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Source terminal."), QStringLiteral("DEV_ID"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Target terminals, comma-separated."),
                                QStringLiteral("DEV_IDS"));
    parser.addOptions({from, to});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("copy") && positional.size() == 2 && parser.isSet(from) && parser.isSet(to)) {
        return queueAs(context, [&](services::CommandService &commands, const services::Actor &actor) {
            return commands.copyUser(positional.at(1), parser.value(from), terminalList(parser.value(to)), actor);
        });
    }
    if (action == QLatin1String("push") && positional.size() == 2 && parser.isSet(to)) {
        return queueAs(context, [&](services::CommandService &commands, const services::Actor &actor) {
            return commands.pushUser(positional.at(1), terminalList(parser.value(to)), actor);
        });
    }
    if (action == QLatin1String("rename") && positional.size() == 3) {
        return queueAs(context, [&](services::CommandService &commands, const services::Actor &actor) {
            return commands.renameUser(positional.at(1), positional.at(2), actor);
        });
    }
    if ((action == QLatin1String("disable") || action == QLatin1String("enable")) && positional.size() == 2)
        return setUserEnabled(context, positional.at(1), action == QLatin1String("enable"));
    return context.usageError(
        QStringLiteral("use 'user copy USER_ID --from DEV --to DEV[,…]', 'user push USER_ID --to DEV[,…]', "
                       "'user rename USER_ID NAME', 'user disable USER_ID' or 'user enable USER_ID'"));
}

int runPullLogs(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Ask terminals for their logs (GET_LOG_DATA): new ones since the last pull, or since --from."));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Only this terminal (default: every approved one)."),
                                    QStringLiteral("DEV_ID"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("From this day on."), QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({device, from});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    QDate since;
    if (parser.isSet(from)) {
        since = QDate::fromString(parser.value(from), Qt::ISODate);
        if (!since.isValid())
            return context.usageError(QStringLiteral("--from expects YYYY-MM-DD, got '%1'").arg(parser.value(from)));
    }
    return queueAs(context, [&](services::CommandService &commands, const services::Actor &actor) {
        return commands.pullLogs(parser.value(device), since, actor);
    });
}

int runSyncTime(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Set terminal clocks to the site's time (stamped at delivery)."));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Only this terminal (default: every approved one)."),
                                    QStringLiteral("DEV_ID"));
    parser.addOption(device);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    return queueAs(context, [&](services::CommandService &commands, const services::Actor &actor) {
        return commands.syncTime(parser.value(device), actor);
    });
}

} // namespace punchclock::cli
