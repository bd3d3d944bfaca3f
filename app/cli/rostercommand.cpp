// `punchclock users download DEV_ID [--wait S]`: a terminal's whole roster through
// services::RosterDownload, followed (and its reads queued a few at a time) until it ends.

#include "commandactions.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "permissionmessages.h"

#include "rosterdownload.h"

#include <QElapsedTimer>
#include <QThread>

namespace punchclock::cli {

namespace {

// Exit statuses beside Success (every user fetched), Failure and Usage.
enum RosterExit {
    TimedOut = 3,   // --wait ran out: the rest was not asked for; what arrived is kept
    SomeFailed = 4, // the terminal did not give some users: listed on standard output
};

constexpr int PollMs = 250;
constexpr int DefaultWaitSeconds = 600;

QString failureText(const storage::JobRow &job)
{
    if (job.status == storage::JobStatus::Timeout)
        return QStringLiteral("no answer");
    return job.returnCode.isEmpty() ? QStringLiteral("answer unreadable") : job.returnCode;
}

int summarize(CliContext &context, const services::RosterDownload::Progress &progress, bool stopped)
{
    context.out() << "Fetched " << progress.fetched << " of " << progress.listed.size() << " users from "
                  << progress.devId << Qt::endl;
    for (const storage::JobRow &job : progress.failures)
        context.out() << "user " << services::RosterDownload::userIdOf(job) << ": " << failureText(job) << Qt::endl;
    const int notFetched = progress.cancelled + progress.notAsked();
    if (notFetched > 0)
        context.out() << notFetched << " not fetched: stopped" << Qt::endl;
    if (stopped)
        return TimedOut;
    return progress.failures.isEmpty() ? int(Success) : int(SomeFailed);
}

// Queues the reads as earlier ones end and says how far it got, until the end or `waitSeconds`.
int follow(CliContext &context, const QSqlDatabase &db, const services::Actor &actor, qint64 operationId,
           int waitSeconds)
{
    services::RosterDownload roster(db);
    QElapsedTimer waited;
    waited.start();
    int said = -1;
    bool stopped = false;
    while (true) {
        if (!stopped) {
            const services::Outcome advanced = roster.advance(actor, operationId);
            if (!advanced.ok())
                return failed(context, advanced);
        }
        const services::RosterDownload::Progress progress = roster.progress(operationId);
        if (progress.listFailed)
            return context.failure(QStringLiteral("terminal %1 did not give its list of users (job %2: %3)")
                                       .arg(progress.devId)
                                       .arg(progress.listJob->id)
                                       .arg(failureText(*progress.listJob)));
        const int done = progress.fetched + int(progress.failures.size()) + progress.cancelled;
        if (!progress.listing && done != said) {
            context.err() << done << " of " << progress.listed.size() << " users" << Qt::endl;
            said = done;
        }
        if (progress.finished() || (stopped && !progress.listing && progress.outstanding() == 0))
            return summarize(context, progress, stopped);
        if (!stopped && waited.elapsed() >= qint64(waitSeconds) * 1000) {
            context.err() << "punchclock: not done within " << waitSeconds
                          << " s: no more users are asked for; waiting for those already sent" << Qt::endl;
            const services::Outcome cancelled = roster.cancel(actor, operationId);
            if (!cancelled.ok())
                return failed(context, cancelled);
            stopped = true;
            if (progress.listing)
                return TimedOut;
        }
        QThread::msleep(PollMs);
    }
}

} // namespace

int runUsersDownload(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "users download DEV_ID [--wait S]\n"
        "Reads the terminal's list of users, then every listed user whole (name, privilege, card, password,\n"
        "photo, templates), a few at a time; a server (serve, or the console) must be running. Exit status:\n"
        "0 every user fetched, 1 failure, 2 usage, 3 not done within --wait (what arrived is kept),\n"
        "4 some users not given by the terminal (listed)."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  QStringLiteral("Stop asking after S seconds (1-86400; default 600)."),
                                  QStringLiteral("S"));
    parser.addOption(wait);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("use 'punchclock users download DEV_ID [--wait S]'"));
    OptionReader reader(parser);
    const int waitSeconds = reader.number(wait, 1, 86400).value_or(DefaultWaitSeconds);
    if (!reader.ok())
        return context.usageError(reader.problem());
    const QString devId = parser.positionalArguments().first();
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        const services::Outcome started = services::RosterDownload(db).start(actor, devId);
        if (started.status == services::Outcome::Status::NotFound)
            return context.failure(QStringLiteral("no terminal '%1' in the store").arg(devId));
        if (!started.ok())
            return failed(context, started);
        context.err() << "Operation " << started.id << ": downloading the users of " << devId << Qt::endl;
        return follow(context, db, actor, started.id, waitSeconds);
    });
}

} // namespace punchclock::cli
