#include "commands.h"
#include "jobview.h"
#include "output.h"
#include "permissionmessages.h"

#include "bscommframe.h"
#include "commandservice.h"
#include "connection.h"
#include "jobrepository.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>

namespace punchclock::cli {

namespace {

// The one TRANS_ID a command takes, or nullopt.
std::optional<qint64> singleTransId(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

bool saveBinaries(CliContext &context, const QString &folder, const storage::JobRow &job)
{
    if (!QDir().mkpath(folder)) {
        context.err() << "punchclock: cannot create " << folder << Qt::endl;
        return false;
    }
    const QList<std::pair<const char *, QByteArray>> bodies{{"param", job.parameters}, {"result", job.result}};
    for (const auto &[kind, body] : bodies) {
        const QList<QByteArray> binaries = protocol::BsCommFrame::decode(body).frame.binaries();
        for (qsizetype i = 0; i < binaries.size(); ++i) {
            const QString path =
                QDir(folder).filePath(QStringLiteral("%1-%2-BIN_%3.bin").arg(job.transId(), QLatin1String(kind)).arg(i + 1));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(binaries.at(i)) != binaries.at(i).size()) {
                context.err() << "punchclock: cannot write " << path << Qt::endl;
                return false;
            }
            context.out() << path << '\n';
        }
    }
    context.out().flush();
    return true;
}

} // namespace

int runJobs(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List jobs, newest first."));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Only this terminal."), QStringLiteral("DEV_ID"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("WAIT, RUN, RESULT, CANCELLED or TIMEOUT."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption operation(QStringLiteral("operation"), QStringLiteral("Only the jobs of this operation."),
                                       QStringLiteral("N"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most this many (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({device, status, operation, limit, json});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    storage::JobFilter filter;
    filter.devId = parser.value(device);
    if (parser.isSet(status)) {
        filter.status = storage::jobStatusFromName(parser.value(status));
        if (!filter.status)
            return context.usageError(QStringLiteral("unknown status '%1'").arg(parser.value(status)));
    }
    bool ok = false;
    if (parser.isSet(operation)) {
        filter.operationId = parser.value(operation).toLongLong(&ok);
        if (!ok)
            return context.usageError(QStringLiteral("--operation expects the operation's number"));
    }
    filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || filter.limit <= 0)
        return context.usageError(QStringLiteral("--limit expects a positive number"));

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    storage::JobRepository jobs(connection->database());
    const QList<storage::JobRow> rows = jobs.list(filter);
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const storage::JobRow &job : rows)
            items.append(jobToJson(job, jobs.events(job.id)));
        printJson(context.out(), items);
        return Success;
    }
    QList<QStringList> table;
    for (const storage::JobRow &job : rows)
        table << jobListRow(job);
    printTable(context.out(), jobListHeaders(), table);
    return Success;
}

int runJob(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show one job: parameters, result, timeline."));
    parser.addPositionalArgument(QStringLiteral("TRANS_ID"), QStringLiteral("The job."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption saveBin(QStringLiteral("save-bin"),
                                     QStringLiteral("Write the binaries of parameters and result into DIR."),
                                     QStringLiteral("DIR"));
    parser.addOptions({json, saveBin});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    const std::optional<qint64> id = singleTransId(parser);
    if (!id)
        return context.usageError(QStringLiteral("job takes one TRANS_ID (a number)"));
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    storage::JobRepository jobs(connection->database());
    const std::optional<storage::JobRow> job = jobs.find(*id);
    if (!job)
        return context.failure(QStringLiteral("no job %1 (see 'punchclock jobs')").arg(*id));
    if (parser.isSet(saveBin))
        return saveBinaries(context, parser.value(saveBin), *job) ? Success : Failure;
    if (parser.isSet(json))
        printJson(context.out(), QJsonArray{jobToJson(*job, jobs.events(*id))});
    else
        printJobDetails(context.out(), *job, jobs.events(*id));
    return Success;
}

int runCancel(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cancel a job that is waiting or running."));
    parser.addPositionalArgument(QStringLiteral("TRANS_ID"), QStringLiteral("The job."));
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    const std::optional<qint64> id = singleTransId(parser);
    if (!id)
        return context.usageError(QStringLiteral("cancel takes one TRANS_ID (a number)"));
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    using Outcome = services::CommandService::CancelOutcome;
    switch (services::CommandService(connection->database()).cancel(*id, *actor)) {
    case Outcome::Cancelled:
        context.out() << "Job " << *id << " cancelled." << Qt::endl;
        return Success;
    case Outcome::NotFound: return context.failure(QStringLiteral("no job %1").arg(*id));
    case Outcome::AlreadyFinished: return context.failure(QStringLiteral("job %1 has already ended").arg(*id));
    case Outcome::NotAllowed: return context.failure(describe(services::Permission::ManageTerminals, {}));
    case Outcome::Storage: return context.failure(QStringLiteral("the database refused the change"));
    }
    return Failure;
}

} // namespace punchclock::cli
