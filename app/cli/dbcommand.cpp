#include "commands.h"
#include "confirmation.h"
#include "output.h"
#include "permissionmessages.h"

#include "databasecopyadmin.h"

#include "connection.h"
#include "databasecopier.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include <unistd.h>

namespace punchclock::cli {

namespace {

using storage::DatabaseCopier;

QString problemText(const services::Outcome &outcome, const QString &target)
{
    const QString detail = outcome.detail;
    switch (outcome.error<DatabaseCopier::Problem>()) {
    case DatabaseCopier::Problem::None: return {};
    case DatabaseCopier::Problem::SchemaDiffers:
        return QStringLiteral("the two databases differ in their schema (%1); open both with this Punchclock first")
            .arg(detail);
    case DatabaseCopier::Problem::TargetNotEmpty:
        return QStringLiteral("%1 is not empty (%2 has rows); add --replace to replace its contents").arg(target, detail);
    case DatabaseCopier::Problem::ReadFailed:
        return QStringLiteral("reading the source failed, %1 is unchanged: %2").arg(target, detail);
    case DatabaseCopier::Problem::WriteFailed:
        return QStringLiteral("writing %1 failed, it is unchanged: %2").arg(target, detail);
    case DatabaseCopier::Problem::Mismatch:
        return QStringLiteral("the copy does not match the source, %1 is unchanged").arg(target);
    }
    return {};
}

void printVerification(QTextStream &out, const DatabaseCopier::Result &result)
{
    QList<QStringList> rows;
    for (const DatabaseCopier::TableResult &table : result.tables) {
        const bool verified = !table.targetChecksum.isEmpty();
        rows << QStringList{table.table,
                            QString::number(table.sourceRows),
                            verified ? QString::number(table.targetRows) : QStringLiteral("-"),
                            table.sourceChecksum.left(16),
                            verified ? table.targetChecksum.left(16) : QStringLiteral("-"),
                            !verified ? QStringLiteral("-") : table.matches() ? QStringLiteral("yes") : QStringLiteral("NO")};
    }
    printTable(out,
               {QStringLiteral("TABLE"), QStringLiteral("SOURCE ROWS"), QStringLiteral("TARGET ROWS"),
                QStringLiteral("SOURCE SHA-256"), QStringLiteral("TARGET SHA-256"), QStringLiteral("MATCH")},
               rows);
}

std::optional<storage::DatabaseConfig> targetConfig(const QString &text, QString *error)
{
    if (storage::DatabaseConfig::looksLikeUrl(text))
        return storage::DatabaseConfig::fromUrl(text, error);
    return storage::DatabaseConfig::sqlite(QDir::current().absoluteFilePath(text));
}

int runCopy(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy every table of the database (--db) into TARGET, in one snapshot, keeping ids; verify each "
        "table's rows and checksum before committing. A SQLite TARGET that does not exist is created."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The database to copy into: a file or a URL."),
                                QStringLiteral("TARGET"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("Replace the contents of a TARGET that has data."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Do not ask before replacing."));
    parser.addOptions({to, replace, yes});
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.value(to).isEmpty())
        return context.usageError(QStringLiteral("db copy needs --to TARGET"));
    QString error;
    const std::optional<storage::DatabaseConfig> target = targetConfig(parser.value(to), &error);
    if (!target)
        return context.usageError(QStringLiteral("--to: %1").arg(error));
    CliContext targetContext(*target);
    const QString targetName = targetContext.databaseName();
    if (targetName == context.databaseName())
        return context.usageError(QStringLiteral("the source and the target are the same database"));

    const auto source = context.openDatabase();
    if (!source)
        return Failure;
    const auto actor = context.actorForChange(source->database(), &exitCode);
    if (!actor)
        return exitCode;
    if (!services::allows(*actor, services::Permission::BackupAndRestore))
        return context.failure(describe(services::Permission::BackupAndRestore, {}));
    const bool replacing = parser.isSet(replace);
    if (replacing && !parser.isSet(yes) &&
        !confirmed(context, QStringLiteral("Replace every table of %1 with those of %2").arg(targetName, context.databaseName()),
                   QStringLiteral("--replace deletes everything in %1").arg(targetName)))
        return context.failure(QStringLiteral("nothing copied"));
    const auto targetConnection = targetContext.openDatabase();
    if (!targetConnection)
        return Failure;

    const bool showProgress = ::isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    DatabaseCopier::Result copied;
    const services::Outcome outcome =
        services::DatabaseCopyAdmin(source->database(), targetConnection->database())
            .copy(*actor, context.databaseName(),
                  replacing ? DatabaseCopier::Existing::Replace : DatabaseCopier::Existing::Refuse, &copied,
                  [&](const QString &table, qint64 rows) {
                      if (showProgress)
                          context.err() << "\rcopying " << table << ": " << rows << " rows\x1b[K" << Qt::flush;
                  });
    if (showProgress)
        context.err() << "\r\x1b[K" << Qt::flush;
    if (!copied.tables.isEmpty())
        printVerification(context.out(), copied);
    if (!outcome.ok()) {
        context.out() << Qt::flush;
        return outcome.status == services::Outcome::Status::Refused ? context.failure(problemText(outcome, targetName))
                                                                    : failed(context, outcome);
    }
    qint64 rows = 0;
    for (const DatabaseCopier::TableResult &table : copied.tables)
        rows += table.targetRows;
    context.out() << "Copied " << context.databaseName() << " to " << targetName << ": " << rows << " rows in "
                  << copied.tables.size() << " tables, every table verified (" << timer.elapsed() / 1000.0 << " s)"
                  << Qt::endl;
    return Success;
}

} // namespace

int runDb(CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("copy"))
        return runCopy(context, QStringList{QStringLiteral("punchclock db copy")} + arguments.mid(2));
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << "Usage: punchclock [--db SOURCE] db copy --to TARGET [--replace] [--yes]" << Qt::endl;
        return action.isEmpty() ? Usage : Success;
    }
    return context.usageError(QStringLiteral("unknown db action '%1'").arg(action));
}

} // namespace punchclock::cli
