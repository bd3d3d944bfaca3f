#include "commands.h"
#include "confirmation.h"
#include "output.h"
#include "permissionmessages.h"

#include "backupadmin.h"

#include "connection.h"
#include "databasebackup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>


namespace punchclock::cli {

namespace {

using storage::DatabaseBackup;

QString problemText(const DatabaseBackup::Result &result, const QString &file)
{
    switch (result.problem) {
    case DatabaseBackup::Problem::None: return {};
    case DatabaseBackup::Problem::NotSupported:
        return QStringLiteral("backups are made of SQLite and PostgreSQL databases only (this is %1)").arg(result.detail);
    case DatabaseBackup::Problem::TargetExists: return QStringLiteral("%1 exists; add --force to replace it").arg(file);
    case DatabaseBackup::Problem::CannotWrite: return QStringLiteral("cannot write %1: %2").arg(file, result.detail);
    case DatabaseBackup::Problem::NotFound: return QStringLiteral("%1 does not exist").arg(file);
    case DatabaseBackup::Problem::NotSqlite: return QStringLiteral("%1 is not a SQLite database").arg(file);
    case DatabaseBackup::Problem::Damaged:
        return QStringLiteral("%1 is damaged (integrity check: %2)").arg(file, result.detail);
    case DatabaseBackup::Problem::NotPunchclock:
        return QStringLiteral("%1 is not a Punchclock database (no %2 table)").arg(file, result.detail);
    case DatabaseBackup::Problem::NewerSchema:
        return QStringLiteral("%1 was written by a newer Punchclock (schema %2); update Punchclock first")
            .arg(file, result.detail);
    case DatabaseBackup::Problem::RestoreFailed:
        return QStringLiteral("restoring %1 failed, the database is unchanged: %2").arg(file, result.detail);
    }
    return {};
}

// A refusal of BackupAdmin: its DatabaseBackup::Problem in words, else not allowed or the database.
int refused(CliContext &context, const services::Outcome &outcome, const QString &file)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return failed(context, outcome);
    DatabaseBackup::Result result;
    result.problem = outcome.error<DatabaseBackup::Problem>();
    result.detail = outcome.detail;
    return context.failure(problemText(result, file));
}

} // namespace

int runBackup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write a consistent copy of the database to FILE, a SQLite file also of a PostgreSQL "
                       "database, while the server runs."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The backup file to write."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace FILE if it exists."));
    parser.addOption(force);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("backup takes one FILE"));
    const QString file = QDir::current().absoluteFilePath(parser.positionalArguments().first());

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    DatabaseBackup::Result made;
    const services::Outcome outcome =
        services::BackupAdmin(connection->database())
            .backupTo(*actor, file,
                      parser.isSet(force) ? DatabaseBackup::Overwrite::Replace : DatabaseBackup::Overwrite::Refuse,
                      &made);
    if (!outcome.ok())
        return refused(context, outcome, file);
    const qint64 bytes = made.bytes;
    context.out() << "Backed up to " << file << " (" << QLocale::c().formattedDataSize(bytes) << ", " << bytes
                  << " bytes";
    // PostgreSQL's backup went through the copier, which verified every table.
    if (connection->config().isPostgres())
        context.out() << "; " << made.rows << " rows, every table verified";
    context.out() << ")" << Qt::endl;
    return Success;
}

int runRestore(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check FILE, then replace the database's contents with it; a running server goes on with the restored data."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A backup written by 'punchclock backup' or the console."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."));
    parser.addOption(yes);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("restore takes one FILE"));
    const QString file = QDir::current().absoluteFilePath(parser.positionalArguments().first());

    // Checked before the live database is even opened: a bad file changes nothing anywhere.
    const DatabaseBackup::Result checked = DatabaseBackup::check(file);
    if (!checked.ok())
        return context.failure(problemText(checked, file));

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    // Who restores is settled before the question, so that one who may not is not asked.
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    if (!services::allows(*actor, services::Permission::BackupAndRestore))
        return context.failure(describe(services::Permission::BackupAndRestore, {}));
    if (!parser.isSet(yes) &&
        !confirmed(context,
                   QStringLiteral("Replace every terminal, user, punch and job in %1 with the contents of %2")
                       .arg(context.databaseName(), file),
                   QStringLiteral("restore replaces every terminal, user, punch and job in %1")
                       .arg(context.databaseName())))
        return context.failure(QStringLiteral("nothing restored"));
    const services::Outcome restored = services::BackupAdmin(connection->database()).restoreFrom(*actor, file);
    if (!restored.ok())
        return refused(context, restored, file);
    context.out() << "Restored " << file << " into " << context.databaseName() << Qt::endl;
    return Success;
}

} // namespace punchclock::cli
