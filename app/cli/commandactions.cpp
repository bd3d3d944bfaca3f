#include "commandactions.h"

#include "output.h"

#include "connection.h"

namespace punchclock::cli {

int runAction(CliContext &context, const QStringList &arguments, const QList<CommandAction> &actions)
{
    const QString requested = arguments.value(1);
    if (requested.isEmpty() || requested.startsWith(QLatin1Char('-'))) {
        const CommandAction &listing = actions.first();
        return listing.run(context, QStringList{arguments.first() + QLatin1Char(' ') + QLatin1String(listing.name)} +
                                        arguments.mid(1));
    }
    QStringList names;
    for (const CommandAction &action : actions) {
        if (requested == QLatin1String(action.name))
            return action.run(context,
                              QStringList{arguments.first() + QLatin1Char(' ') + requested} + arguments.mid(2));
        names << QLatin1String(action.name);
    }
    return context.usageError(QStringLiteral("unknown action '%1' for '%2': %3")
                                  .arg(requested, arguments.first(), names.join(QLatin1String(", "))));
}

std::unique_ptr<storage::Connection> openListing(CliContext &context, QCommandLineParser &parser,
                                                 const QStringList &arguments, int *exitCode)
{
    parser.addOption(jsonOption());
    if (!parseOptionsOnly(context, parser, arguments, exitCode))
        return nullptr;
    auto connection = context.openDatabase();
    if (!connection)
        *exitCode = Failure;
    return connection;
}

std::unique_ptr<storage::Connection> openForOne(CliContext &context, QCommandLineParser &parser,
                                                const QStringList &arguments, const QString &usage, int *exitCode)
{
    if (!parseArguments(context, parser, arguments, exitCode))
        return nullptr;
    if (parser.positionalArguments().size() != 1) {
        *exitCode = context.usageError(QStringLiteral("use '%1 %2'").arg(commandName(arguments), usage));
        return nullptr;
    }
    auto connection = context.openDatabase();
    if (!connection)
        *exitCode = Failure;
    return connection;
}

int changeAs(CliContext &context, const std::function<int(const QSqlDatabase &, const services::Actor &)> &change)
{
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    int exitCode = Success;
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    return change(connection->database(), *actor);
}

} // namespace punchclock::cli
