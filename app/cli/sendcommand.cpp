#include "commandmessages.h"
#include "commands.h"
#include "jobview.h"
#include "output.h"

#include "commandbuilder.h"
#include "commandservice.h"
#include "commandtraits.h"
#include "connection.h"
#include "jobrepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace punchclock::cli {

namespace {

constexpr int defaultWaitSeconds = 120;

// "--wait 30" and "--wait" alone both mean waiting: give the number its own option.
QStringList withWaitSeconds(QStringList arguments)
{
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        bool isNumber = false;
        arguments.at(i + 1).toUInt(&isNumber);
        if (arguments.at(i) == QLatin1String("--wait") && isNumber) {
            arguments[i + 1] = QStringLiteral("--wait-seconds=") + arguments.at(i + 1);
            ++i;
        }
    }
    return arguments;
}

bool confirmDestructive(CliContext &context, const QString &devId, const QString &command)
{
    if (!::isatty(STDIN_FILENO)) {
        context.err() << "punchclock: " << command << " erases data on the terminal; add --yes to confirm" << Qt::endl;
        return false;
    }
    context.out() << command << " erases data on terminal " << devId << ". Type the terminal's id to confirm: "
                  << Qt::flush;
    char line[256] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    return read && QString::fromLocal8Bit(line).trimmed() == devId;
}

// SET_WEB_SERVER_INFO exactly as it would be sent, for the operator to check before --yes.
QString serverAddressSummary(const QString &devId, const protocol::BuiltCommand &command)
{
    const QJsonObject &sent = command.parameters.json();
    return QStringLiteral("SET_WEB_SERVER_INFO for terminal %1: server %2, port %3\nparameters: %4")
        .arg(devId, sent.value(QLatin1String(protocol::ParameterKey::ServerIp)).toString())
        .arg(sent.value(QLatin1String(protocol::ParameterKey::ServerPort)).toInt())
        .arg(QString::fromUtf8(QJsonDocument(sent).toJson(QJsonDocument::Compact)));
}

int waitForJob(CliContext &context, storage::Connection &connection, qint64 jobId, int seconds, bool json)
{
    storage::JobRepository jobs(connection.database());
    QElapsedTimer timer;
    timer.start();
    std::optional<storage::JobRow> job = jobs.find(jobId);
    while (job && !storage::isFinal(job->status) && timer.elapsed() < qint64(seconds) * 1000) {
        QThread::msleep(200);
        job = jobs.find(jobId);
    }
    if (!job)
        return context.failure(QStringLiteral("job %1 disappeared").arg(jobId));
    if (json)
        printJson(context.out(), QJsonArray{jobToJson(*job, jobs.events(jobId))});
    else
        printJobDetails(context.out(), *job, jobs.events(jobId));
    if (!storage::isFinal(job->status)) {
        context.err() << "punchclock: no end state within " << seconds << " s; the job is still "
                      << storage::jobStatusName(job->status) << Qt::endl;
        return Failure;
    }
    // An OK the read-back showed was not applied is a failure too.
    return job->succeeded() && !job->failed() ? Success : Failure;
}

} // namespace

int runSend(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Queue one command for a terminal; prints its trans_id."));
    parser.addPositionalArgument(QStringLiteral("DEV_ID"), QStringLiteral("The terminal."));
    parser.addPositionalArgument(QStringLiteral("CMD_CODE"), QStringLiteral("GET_LOG_DATA, SET_USER_INFO, …"));
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("Parameters as JSON."), QStringLiteral("JSON"));
    const QCommandLineOption paramFile(QStringLiteral("param-file"), QStringLiteral("Parameters from a JSON file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption bin(QStringLiteral("bin"), QStringLiteral("A binary, referenced as BIN_1, BIN_2 … in order."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 QStringLiteral("Confirm a command that erases terminal data, or SET_WEB_SERVER_INFO."));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Wait for the end state (default 120 s)."));
    const QCommandLineOption waitSeconds(QStringLiteral("wait-seconds"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({param, paramFile, bin, yes, wait, waitSeconds, json});
    int exitCode = Success;
    if (!parseArguments(context, parser, withWaitSeconds(arguments), &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(QStringLiteral("send takes DEV_ID and CMD_CODE"));
    const QString devId = positional.at(0);
    const protocol::CommandCode code = protocol::commandCodeFromName(positional.at(1).toUpper().toLatin1());
    if (code == protocol::CommandCode::Unknown)
        return context.usageError(QStringLiteral("unknown command code '%1'").arg(positional.at(1)));
    if (parser.isSet(param) && parser.isSet(paramFile))
        return context.usageError(QStringLiteral("give --param or --param-file, not both"));

    QByteArray parameterText = parser.value(param).toUtf8();
    if (parser.isSet(paramFile)) {
        QFile file(parser.value(paramFile));
        if (!file.open(QIODevice::ReadOnly))
            return context.usageError(QStringLiteral("cannot read %1").arg(file.fileName()));
        parameterText = file.readAll();
    }
    QJsonObject parameters;
    if (!parameterText.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(parameterText, &error);
        if (!document.isObject())
            return context.usageError(QStringLiteral("the parameters are not a JSON object: %1").arg(error.errorString()));
        parameters = document.object();
    }
    QList<QByteArray> binaries;
    for (const QString &path : parser.values(bin)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.usageError(QStringLiteral("cannot read %1").arg(path));
        binaries << file.readAll();
    }

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    if (protocol::isDestructive(code) && !parser.isSet(yes)
        && !confirmDestructive(context, devId, positional.at(1).toUpper()))
        return Usage;
    // A wrong address cuts the terminal off until someone reaches its keypad: the exact address
    // and port are shown, and sent only with --yes. Invalid parameters are refused below.
    if (const protocol::BuiltCommand built = protocol::buildCommand(code, parameters, binaries);
        protocol::cutsOffOnMistake(code) && built.ok()) {
        if (!parser.isSet(yes)) {
            context.out() << serverAddressSummary(devId, built) << Qt::endl;
            context.err() << "punchclock: after its next restart the terminal talks only to this address; a wrong "
                             "one cuts it off until someone changes it at its keypad. Check it, then add --yes to send it"
                          << Qt::endl;
            return Usage;
        }
        context.err() << serverAddressSummary(devId, built) << Qt::endl;
    }

    const services::CommandService::Outcome outcome =
        services::CommandService(connection->database()).queue(devId, code, parameters, binaries, *actor);
    if (const int problem = reportProblems(context, outcome); problem != Success)
        return problem;
    warnOfNameCuts(context, connection->database(), outcome.jobIds);
    const qint64 jobId = outcome.jobIds.first();
    if (!parser.isSet(wait) && !parser.isSet(waitSeconds)) {
        context.out() << jobId << Qt::endl;
        return Success;
    }
    const int seconds = parser.isSet(waitSeconds) ? parser.value(waitSeconds).toInt() : defaultWaitSeconds;
    return waitForJob(context, *connection, jobId, seconds, parser.isSet(json));
}

} // namespace punchclock::cli
