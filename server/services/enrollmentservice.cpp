#include "enrollmentservice.h"

#include "jobforcommand.h"
#include "servicecall.h"

#include "codetables.h"
#include "commandbuilder.h"
#include "jobrepository.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "userrepository.h"
#include "writetransaction.h"

namespace punchclock::services {

namespace {

using storage::EnrollmentState;

QJsonObject requestValues(const storage::EnrollmentRequest &request)
{
    return {{QStringLiteral("backup_number"), request.backupNumber},
            {QStringLiteral("terminal"), request.devId},
            {QStringLiteral("state"), storage::enrollmentStateName(request.state)}};
}

// Why a waiting request cannot be enrolled any more, from its command's fate; empty while it can.
QString commandFailure(const storage::JobRow &job)
{
    switch (job.status) {
    case storage::JobStatus::Result: return job.returnCode == QLatin1String("OK") ? QString() : job.returnCode;
    case storage::JobStatus::Cancelled:
    case storage::JobStatus::Timeout: return storage::jobStatusName(job.status);
    case storage::JobStatus::Wait:
    case storage::JobStatus::Run: break;
    }
    return {};
}

} // namespace

EnrollmentService::EnrollmentService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString EnrollmentService::supportName(int backupNumber)
{
    switch (protocol::credentialKind(backupNumber)) {
    case protocol::CredentialKind::Fingerprint: return QStringLiteral("FP");
    case protocol::CredentialKind::Face: return QStringLiteral("FACE");
    case protocol::CredentialKind::Password: return QStringLiteral("PASSWORD");
    case protocol::CredentialKind::Card: return QStringLiteral("IDCARD");
    case protocol::CredentialKind::Palm: return QStringLiteral("PV");
    case protocol::CredentialKind::Vein: return QStringLiteral("VEIN");
    case protocol::CredentialKind::Photo:
    case protocol::CredentialKind::Invalid: break;
    }
    return {};
}

bool EnrollmentService::supports(const storage::TerminalRow &terminal, int backupNumber)
{
    const QString name = supportName(backupNumber);
    return !name.isEmpty() && terminal.supportedEnrollData.contains(name, Qt::CaseInsensitive);
}

QList<storage::TerminalRow> EnrollmentService::terminalsFor(const QString &userId, int backupNumber) const
{
    const QString last = storage::EnrollmentRequestRepository(m_db).lastTerminalOf(userId);
    QList<storage::TerminalRow> terminals;
    for (const storage::TerminalRow &terminal : storage::TerminalRepository(m_db).list()) {
        if (terminal.approval != storage::Approval::Approved || !supports(terminal, backupNumber))
            continue;
        if (terminal.devId == last)
            terminals.prepend(terminal);
        else
            terminals.append(terminal);
    }
    return terminals;
}

EnrollmentService::Result EnrollmentService::start(const Actor &actor, const QString &userId, int backupNumber,
                                                   const QString &devId)
{
    Result result;
    ServiceCall call(m_db, actor);
    if (!storage::UserRepository(m_db).load(userId)) {
        result.outcome = call.refuse(Outcome::notFound(userId));
        return result;
    }
    if (!call.allowedForUser(Permission::ManageUsers, userId)) {
        result.outcome = call.finish();
        return result;
    }
    const std::optional<storage::TerminalRow> terminal = storage::TerminalRepository(m_db).find(devId);
    if (!terminal) {
        result.outcome = call.refuse(Outcome::notFound(devId));
        return result;
    }
    const protocol::BuiltCommand command = protocol::Commands::enterEnroll(userId, backupNumber);
    EnrollmentError refusal{};
    if (!command.ok() || supportName(backupNumber).isEmpty())
        refusal = EnrollmentError::NotAFingerOrFace;
    else if (terminal->approval != storage::Approval::Approved)
        refusal = EnrollmentError::TerminalNotApproved;
    else if (terminal->supportedEnrollData.isEmpty())
        refusal = EnrollmentError::KindUnknown;
    else if (!supports(*terminal, backupNumber))
        refusal = EnrollmentError::KindNotSupported;
    if (refusal != EnrollmentError{}) {
        Outcome refused = Outcome::refused(refusal);
        refused.subject = devId;
        result.outcome = call.refuse(refused);
        return result;
    }

    const std::optional<qint64> jobId =
        storage::JobRepository(m_db).enqueue(jobForCommand(devId, command, actor.name));

    storage::EnrollmentRequest request;
    request.userId = userId;
    request.backupNumber = backupNumber;
    request.devId = devId;
    request.jobId = jobId;
    request.requestedBy = actor.name;
    request.requestedAt = QDateTime::currentDateTimeUtc();
    const int timeout = engine::ServerSettings::load(storage::SettingsRepository(m_db)).enrollTimeoutSeconds;
    request.deadline = request.requestedAt.addSecs(timeout);
    const std::optional<qint64> id = jobId ? storage::EnrollmentRequestRepository(m_db).create(request) : std::nullopt;
    if (!id) {
        result.outcome = call.refuseStorage();
        return result;
    }
    request.id = *id;
    QJsonObject values = requestValues(request);
    values.insert(QStringLiteral("job"), *jobId);
    values.insert(QStringLiteral("deadline"), request.deadline.toString(Qt::ISODate));
    call.record(QStringLiteral("user.enroll_remote"), QStringLiteral("user"), userId, {}, values);
    result.outcome = call.finish();
    if (result.outcome.ok()) {
        result.outcome.id = *id;
        result.request = request;
    }
    return result;
}

Outcome EnrollmentService::cancel(const Actor &actor, qint64 requestId)
{
    ServiceCall call(m_db, actor);
    storage::EnrollmentRequestRepository requests(m_db);
    const std::optional<storage::EnrollmentRequest> request = requests.find(requestId);
    if (!request)
        return call.refuse(Outcome::notFound(QString::number(requestId)));
    if (!call.allowedForUser(Permission::ManageUsers, request->userId))
        return call.finish();
    if (request->state != EnrollmentState::Waiting)
        return call.refuse(Outcome::refused(EnrollmentError::NotWaiting));
    // The command itself is withdrawn while the terminal has not fetched it yet.
    if (request->jobId) {
        storage::JobRepository jobs(m_db);
        const std::optional<storage::JobRow> job = jobs.find(*request->jobId);
        if (job && job->status == storage::JobStatus::Wait
            && !jobs.transition(*request->jobId, {storage::JobStatus::Wait}, storage::JobStatus::Cancelled,
                                QStringLiteral("enrollment cancelled by ") + actor.name))
            return call.refuseStorage();
    }
    if (!requests.finish(requestId, EnrollmentState::Cancelled, QString(), QDateTime::currentDateTimeUtc()))
        return call.refuseStorage();
    storage::EnrollmentRequest after = *request;
    after.state = EnrollmentState::Cancelled;
    call.record(QStringLiteral("user.enroll_remote_cancel"), QStringLiteral("user"), request->userId,
                requestValues(*request), requestValues(after));
    Outcome outcome = call.finish();
    if (outcome.ok())
        outcome.id = requestId;
    return outcome;
}

std::optional<storage::EnrollmentRequest> EnrollmentService::status(qint64 requestId)
{
    storage::EnrollmentRequestRepository requests(m_db);
    std::optional<storage::EnrollmentRequest> request = requests.find(requestId);
    if (!request || request->state != EnrollmentState::Waiting)
        return request;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<storage::JobRow> job =
        request->jobId ? storage::JobRepository(m_db).find(*request->jobId) : std::nullopt;
    const QString failure = job ? commandFailure(*job) : QString();
    std::optional<EnrollmentState> settled;
    if (!failure.isEmpty())
        settled = EnrollmentState::Refused;
    else if (now > request->deadline)
        settled = EnrollmentState::TimedOut;
    if (!settled)
        return request;
    // The engine may match the template in the same moment: whichever writes first wins. A
    // command the terminal never fetched is withdrawn, so that no screen opens later for nobody.
    storage::WriteTransaction transaction(m_db);
    if (transaction.isActive() && requests.finish(requestId, *settled, failure, now)) {
        if (job && job->status == storage::JobStatus::Wait)
            storage::JobRepository(m_db).transition(job->id, {storage::JobStatus::Wait}, storage::JobStatus::Cancelled,
                                                    QStringLiteral("enrollment timed out"));
        transaction.commit();
    }
    return requests.find(requestId);
}

} // namespace punchclock::services
