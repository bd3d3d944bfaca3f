#pragma once

#include "commandline.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace punchclock::cli {

using ActionRunner = int (*)(CliContext &, const QStringList &);

struct CommandAction
{
    const char *name; // "list", "add", …
    ActionRunner run;
};

// `punchclock COMMAND [ACTION] [OPTIONS]`: runs the action the first argument names, or the first
// action (the listing) when the first argument is missing or an option. The action gets
// arguments[0] = "punchclock COMMAND ACTION", so that its --help and its messages name it.
int runAction(CliContext &context, const QStringList &arguments, const QList<CommandAction> &actions);

// A listing action: adds jsonOption(), takes options only and opens the
// database; null with *exitCode set when the command should end.
std::unique_ptr<storage::Connection> openListing(CliContext &context, QCommandLineParser &parser,
                                                 const QStringList &arguments, int *exitCode);

// An action on one thing its single argument names: parses, refuses any other number of
// arguments ("use 'COMMAND `usage`'") and opens the database; null with *exitCode set when the
// command should end.
std::unique_ptr<storage::Connection> openForOne(CliContext &context, QCommandLineParser &parser,
                                                const QStringList &arguments, const QString &usage, int *exitCode);

// Opens the database, settles who makes the change (CliContext::actorForChange) and makes it;
// the exit status of `change`, or of what stopped it before.
int changeAs(CliContext &context, const std::function<int(const QSqlDatabase &, const services::Actor &)> &change);

} // namespace punchclock::cli
