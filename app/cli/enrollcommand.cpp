// `punchclock enroll USER_ID --device D --finger N|--face [--wait S]`: remote enrollment
// (SET_COMMAND enter_enroll, protocol.md §6) through EnrollmentService.

#include "commandactions.h"
#include "commands.h"
#include "output.h"
#include "permissionmessages.h"

#include "enrollmentservice.h"
#include "fingers.h"
#include "jobrepository.h"

#include <QElapsedTimer>
#include <QDateTime>
#include <QThread>

#include <algorithm>

namespace punchclock::cli {

namespace {

// Exit statuses beside Success (enrolled, or queued without --wait), Failure and Usage.
enum EnrollExit {
    TimedOut = 3, // no template in time (or none yet when --wait ran out)
    Refused = 4,  // the terminal refused, or cannot enroll this kind
};

using services::EnrollmentError;
using storage::EnrollmentState;

constexpr int PollMs = 250;
constexpr qint64 ProgressEveryMs = 10000;

QString fingerText(int backupNumber)
{
    static const char *const digits[] = {"thumb", "index finger", "middle finger", "ring finger", "little finger"};
    return QStringLiteral("the %1 %2 3 times")
        .arg(protocol::isRightHand(backupNumber) ? QStringLiteral("right") : QStringLiteral("left"),
             QLatin1String(digits[int(protocol::digitOf(backupNumber))]));
}

QString whatToDo(int backupNumber)
{
    return protocol::isFingerBackupNumber(backupNumber) ? QStringLiteral("place ") + fingerText(backupNumber)
                                                        : QStringLiteral("look at the camera");
}

int refusedToStart(CliContext &context, const services::Outcome &outcome, int backupNumber)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return failed(context, outcome);
    switch (outcome.error<EnrollmentError>()) {
    case EnrollmentError::NotAFingerOrFace:
        return context.usageError(QStringLiteral("backup number %1 is not a finger or face").arg(backupNumber));
    case EnrollmentError::TerminalNotApproved:
        context.err() << "punchclock: terminal " << outcome.subject << " is not approved" << Qt::endl;
        break;
    case EnrollmentError::KindUnknown:
        context.err() << "punchclock: terminal " << outcome.subject
                      << " has not said what it can enroll (no supported_enroll_data in its polls)" << Qt::endl;
        break;
    case EnrollmentError::KindNotSupported:
        context.err() << "punchclock: terminal " << outcome.subject << " cannot enroll "
                      << services::EnrollmentService::supportName(backupNumber) << Qt::endl;
        break;
    case EnrollmentError::NotWaiting: break;
    }
    return Refused;
}

// Follows the request until it ends or `waitSeconds` pass, saying each step once.
int follow(CliContext &context, services::EnrollmentService &service, const QSqlDatabase &db, qint64 requestId,
           int waitSeconds)
{
    QElapsedTimer waited;
    waited.start();
    bool announcedDelivery = false;
    qint64 lastProgress = -ProgressEveryMs; // the first line at once
    while (true) {
        const std::optional<storage::EnrollmentRequest> request = service.status(requestId);
        if (!request)
            return context.failure(QStringLiteral("the enrollment request %1 cannot be read").arg(requestId));
        switch (request->state) {
        case EnrollmentState::Enrolled:
            context.out() << "Enrolled at " << request->devId << ": " << request->templateSize.value_or(0)
                          << " byte template" << Qt::endl;
            return Success;
        case EnrollmentState::Refused:
            context.err() << "punchclock: terminal " << request->devId << " refused the enrollment: " << request->reason
                          << Qt::endl;
            return Refused;
        case EnrollmentState::TimedOut:
            context.err() << "punchclock: timed out: nothing was enrolled at " << request->devId << Qt::endl;
            return TimedOut;
        case EnrollmentState::Cancelled:
            context.err() << "punchclock: the enrollment was cancelled" << Qt::endl;
            return Failure;
        case EnrollmentState::Waiting: break;
        }
        if (!announcedDelivery && request->jobId) {
            const std::optional<storage::JobRow> job = storage::JobRepository(db).find(*request->jobId);
            if (job && job->status != storage::JobStatus::Wait) {
                context.err() << "The terminal opened its enrollment screen" << Qt::endl;
                announcedDelivery = true;
            }
        }
        if (waited.elapsed() - lastProgress >= ProgressEveryMs) {
            lastProgress = waited.elapsed();
            context.err() << "Still waiting: "
                          << std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(request->deadline))
                          << " s left" << Qt::endl;
        }
        if (waited.elapsed() >= qint64(waitSeconds) * 1000) {
            context.err() << "punchclock: no template within " << waitSeconds << " s; request " << requestId
                          << " is still waiting until " << request->deadline.toLocalTime().toString(Qt::ISODate)
                          << Qt::endl;
            return TimedOut;
        }
        QThread::msleep(PollMs);
    }
}

} // namespace

int runEnroll(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "enroll USER_ID --device D --finger N|--face [--wait S]\n"
        "Opens the terminal's enrollment screen for the user: fingers 0-9 (0 left little finger ... 4 left thumb,\n"
        "5 right thumb ... 9 right little finger) or the face. With --wait, follows it until enrolled, timed\n"
        "out or refused. Exit status: 0 enrolled (or queued, without --wait), 1 failure, 2 usage,\n"
        "3 timed out, 4 refused."));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("The terminal."), QStringLiteral("D"));
    const QCommandLineOption finger(QStringLiteral("finger"), QStringLiteral("Finger 0-9."), QStringLiteral("N"));
    const QCommandLineOption face(QStringLiteral("face"), QStringLiteral("The face (backup number 12)."));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Follow the outcome up to S seconds."),
                                  QStringLiteral("S"));
    parser.addOptions({device, finger, face, wait});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("use 'punchclock enroll USER_ID --device D --finger N|--face'"));
    if (!parser.isSet(device) || parser.value(device).isEmpty())
        return context.usageError(QStringLiteral("--device: which terminal?"));
    if (parser.isSet(finger) == parser.isSet(face))
        return context.usageError(QStringLiteral("give either --finger N or --face"));
    int backupNumber = 12;
    if (parser.isSet(finger)) {
        bool ok = false;
        backupNumber = parser.value(finger).toInt(&ok);
        if (!ok || !protocol::isFingerBackupNumber(backupNumber))
            return context.usageError(QStringLiteral("--finger: a number from 0 to 9"));
    }
    int waitSeconds = -1;
    if (parser.isSet(wait)) {
        bool ok = false;
        waitSeconds = parser.value(wait).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > 3600)
            return context.usageError(QStringLiteral("--wait: seconds from 0 to 3600"));
    }
    const QString userId = parser.positionalArguments().first();
    const QString devId = parser.value(device);

    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        services::EnrollmentService service(db);
        const services::EnrollmentService::Result started = service.start(actor, userId, backupNumber, devId);
        if (started.outcome.status == services::Outcome::Status::NotFound)
            return context.failure(QStringLiteral("no user or terminal '%1' in the store").arg(started.outcome.subject));
        if (!started.outcome.ok())
            return refusedToStart(context, started.outcome, backupNumber);
        context.err() << "Enrollment request " << started.outcome.id << " (job " << started.request->jobId.value_or(0)
                      << "): waiting for user " << userId << " at " << devId << ": " << whatToDo(backupNumber)
                      << Qt::endl;
        if (waitSeconds < 0)
            return int(Success);
        return follow(context, service, db, started.outcome.id, waitSeconds);
    });
}

} // namespace punchclock::cli
