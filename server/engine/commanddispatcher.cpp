#include "commanddispatcher.h"

#include "resultapplier.h"
#include "serversettings.h"
#include "siteclock.h"
#include "writecheck.h"

#include "commandbuilder.h"
#include "commandtraits.h"
#include "digitcredential.h"
#include "terminalrepository.h"
#include "userrepository.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommands, "punchclock.commands", QtInfoMsg)

namespace punchclock::engine {

using protocol::CommandCode;
using protocol::ResponseCode;
using storage::JobStatus;

namespace {

constexpr int clockSyncIntervalSeconds = 15 * 60;
// A job that cannot be built is skipped; a few in a row still leave the poll answered quickly.
constexpr int maxJobsTriedPerPoll = 8;

bool isResetFk(const storage::JobRow &job)
{
    return job.commandCode == QLatin1String(protocol::commandCodeName(CommandCode::ResetFk));
}

QString userIdOf(const storage::JobRow &job)
{
    return protocol::BsCommFrame::decode(job.parameters)
        .frame.json()
        .value(QLatin1String(protocol::ParameterKey::UserId))
        .toString();
}

std::optional<QByteArray> encoded(const protocol::BuiltCommand &built)
{
    return built.ok() ? std::optional<QByteArray>(built.parameters.encode()) : std::nullopt;
}

// SET_ENROLL_DATA with a password or card in the form the terminal sends them (with or without
// the trailing NUL); anything else as queued.
std::optional<QByteArray> enrollDataFor(const storage::JobRow &job, protocol::DigitForm form)
{
    const protocol::BsCommFrame frame = protocol::BsCommFrame::decode(job.parameters).frame;
    const QJsonObject json = frame.json();
    const int backupNumber = json.value(QLatin1String(protocol::ParameterKey::BackupNumber)).toInt(-1);
    if (!protocol::isDigitCredential(backupNumber))
        return job.parameters;
    const QByteArray data = frame.binaryFor(json.value(QLatin1String(protocol::ParameterKey::EnrollData)));
    return encoded(protocol::Commands::setEnrollData(userIdOf(job), backupNumber,
                                                     protocol::credentialDataFor(backupNumber, data, form)));
}

} // namespace

CommandDispatcher::CommandDispatcher(storage::JobRepository &jobs, storage::UserRepository &users,
                                     storage::TerminalRepository &terminals, ResultApplier &applier,
                                     SiteClock &siteClock)
    : m_jobs(jobs)
    , m_users(users)
    , m_terminals(terminals)
    , m_screen(terminals, users)
    , m_applier(applier)
    , m_siteClock(siteClock)
{
}

bool CommandDispatcher::answerPoll(const TerminalRequest &poll, const storage::TerminalStanding &terminal,
                                   std::optional<qint64> clockDriftSeconds, const ServerSettings &settings,
                                   TerminalReply *reply)
{
    const std::optional<bool> open = m_jobs.hasOpenJobs(poll.devId);
    if (!open || (*open && !endAbandoned(poll.devId)))
        return false;
    if (!*open && !clockSyncWanted(clockDriftSeconds, settings)) {
        reply->code = ResponseCode::ErrorNoCmd; // the common poll: one read
        return true;
    }
    if (!queueClockSyncIfDue(poll.devId, clockDriftSeconds, settings))
        return false;

    for (int attempt = 0; attempt < maxJobsTriedPerPoll; ++attempt) {
        const std::optional<storage::JobRow> job = m_jobs.nextDeliverable(poll.devId);
        if (!job)
            break;
        QString refusal = QStringLiteral("the parameters could not be built");
        QString note;
        const std::optional<QByteArray> parameters = parametersForDelivery(*job, terminal, &refusal, &note);
        if (!parameters) {
            qCWarning(lcCommands) << "job" << job->id << job->commandCode << "cancelled:" << refusal;
            if (!m_jobs.transition(job->id, {JobStatus::Wait}, JobStatus::Cancelled,
                                   QStringLiteral("ERROR_GET_PARAM: ") + refusal))
                return false;
            continue;
        }
        if (!m_jobs.markSent(job->id, *parameters, note))
            return false;
        reply->transId = job->transId();
        if (isResetFk(*job)) {
            // The terminal restarts at once and never reports back (protocol.md §6).
            if (!m_jobs.recordResult(job->id, {JobStatus::Run}, QLatin1String(protocol::ReturnCode::Ok), {},
                                     QStringLiteral(R"({"note":"restart sent; terminals do not confirm it"})"),
                                     QStringLiteral("sent; no result expected")))
                return false;
            if (terminal.resetAsCommandCode) {
                reply->code = ResponseCode::Ok;
                reply->commandCode = protocol::commandCodeName(CommandCode::ResetFk);
            } else {
                reply->code = ResponseCode::ResetFk;
            }
        } else {
            reply->code = ResponseCode::Ok;
            reply->commandCode = job->commandCode.toLatin1();
            reply->body = *parameters;
        }
        qCInfo(lcCommands) << "sent" << job->commandCode << "as transaction" << job->id << "to" << poll.devId;
        return true;
    }
    reply->code = ResponseCode::ErrorNoCmd;
    return true;
}

bool CommandDispatcher::endAbandoned(const QString &devId)
{
    // A terminal asks again only after it finished (or dropped) what it was given.
    bool ended = false;
    for (qint64 id : m_jobs.running(devId)) {
        if (m_unstoredResults.contains(id)) {
            const std::optional<storage::JobRow> job = m_jobs.find(id);
            if (!job || !endJobWithLostResult(*job))
                return false;
            ended = true;
            continue;
        }
        if (!m_jobs.transition(id, {JobStatus::Run}, JobStatus::Timeout,
                               QStringLiteral("the terminal polled again without answering")))
            return false;
        ended = true;
        // Some firmware says nothing at all to GET_USER_INFO for a user it does not hold (§6).
        const std::optional<storage::JobRow> job = m_jobs.find(id);
        if (job && job->readsBack && !concludeReadBack(*job, QLatin1String(protocol::ReturnCode::NotExist), {}))
            return false;
    }
    return !ended || cancelOrphans() >= 0;
}

bool CommandDispatcher::endJobWithLostResult(const storage::JobRow &job)
{
    if (protocol::isSafeToRepeat(protocol::commandCodeFromName(job.commandCode.toLatin1()))) {
        qCWarning(lcCommands) << "transaction" << job.id << job.commandCode << "sent again: its answer could not be stored";
        return m_jobs.transition(job.id, {JobStatus::Run}, JobStatus::Wait,
                                 QStringLiteral("its answer could not be stored; sent again"));
    }
    return m_jobs.transition(job.id, {JobStatus::Run}, JobStatus::Timeout,
                             QStringLiteral("the terminal answered, but the answer could not be stored; "
                                            "check the terminal before sending it again"));
}

void CommandDispatcher::resultNotStored(qint64 jobId)
{
    m_unstoredResults.insert(jobId);
}

bool CommandDispatcher::clockSyncWanted(std::optional<qint64> driftSeconds, const ServerSettings &settings)
{
    return settings.autoClockSync && driftSeconds && std::llabs(*driftSeconds) > settings.clockSyncThresholdSeconds;
}

bool CommandDispatcher::queueClockSyncIfDue(const QString &devId, std::optional<qint64> driftSeconds,
                                            const ServerSettings &settings)
{
    if (!clockSyncWanted(driftSeconds, settings))
        return true;
    storage::JobFilter recent;
    recent.devId = devId;
    recent.limit = 50;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-clockSyncIntervalSeconds);
    for (const storage::JobRow &job : m_jobs.list(recent)) {
        const bool setTime = job.commandCode == QLatin1String(protocol::commandCodeName(CommandCode::SetTime));
        if (setTime && (!storage::isFinal(job.status) || job.createdAt > cutoff))
            return true; // one is on its way, or was sent less than 15 minutes ago
    }
    storage::NewJob sync;
    sync.devId = devId;
    sync.commandCode = QString::fromLatin1(protocol::commandCodeName(CommandCode::SetTime));
    sync.queuedBy = QLatin1String(ClockSyncQueuedBy);
    qCInfo(lcCommands) << "clock of" << devId << "is off by" << *driftSeconds << "s; SET_TIME queued";
    return m_jobs.enqueue(sync).has_value();
}

std::optional<QByteArray> CommandDispatcher::parametersForDelivery(const storage::JobRow &job,
                                                                  const storage::TerminalStanding &terminal,
                                                                  QString *refusal, QString *note)
{
    const CommandCode code = protocol::commandCodeFromName(job.commandCode.toLatin1());
    if (code == CommandCode::SetTime) {
        // Stamped now, not when queued: a time set from the queue would arrive late.
        return encoded(protocol::Commands::setTime(m_siteClock.now()));
    }
    if (code == CommandCode::SetEnrollData) {
        const protocol::BsCommFrame frame = protocol::BsCommFrame::decode(job.parameters).frame;
        const QJsonObject json = frame.json();
        const TemplateVerdict verdict =
            m_screen.judge(userIdOf(job), json.value(QLatin1String(protocol::ParameterKey::BackupNumber)).toInt(-1),
                           frame.binaryFor(json.value(QLatin1String(protocol::ParameterKey::EnrollData))), job.devId);
        if (!verdict.sent()) {
            *refusal = verdict.message;
            return std::nullopt;
        }
        *note = verdict.message;
        return enrollDataFor(job, terminal.digitForm);
    }
    if (code == CommandCode::SetUserInfo && job.buildAtDelivery)
        return userForDelivery(job, terminal.digitForm, refusal, note);
    return job.parameters;
}

std::optional<QByteArray> CommandDispatcher::userForDelivery(const storage::JobRow &job, protocol::DigitForm form,
                                                             QString *refusal, QString *note)
{
    // SET_USER_INFO replaces the whole user on the terminal: what is sent must be the whole user.
    const QString userId = userIdOf(job);
    if (m_users.isIncomplete(userId)) {
        *refusal = QStringLiteral("user %1 is known only from a terminal's list; read it first (GET_USER_INFO)")
                       .arg(userId);
        return std::nullopt;
    }
    const QString &source = job.buildFromDevId;
    if (!source.isEmpty() && !m_users.holders(userId).contains(source)) {
        *refusal = QStringLiteral("terminal %1, the copy's source, no longer holds user %2").arg(source, userId);
        return std::nullopt;
    }
    std::optional<protocol::UserEnrollment> user = source.isEmpty() ? m_users.load(userId)
                                                                     : m_users.loadAsHeldBy(userId, source);
    if (!user) {
        *refusal = QStringLiteral("user %1 is not in the store").arg(userId);
        return std::nullopt;
    }
    // Name, privilege, card, password and photo still go when a template cannot.
    *note = m_screen.screen(&*user, job.devId).join(QStringLiteral("; "));
    for (protocol::Credential &credential : user->credentials)
        credential.data = protocol::credentialDataFor(credential.backupNumber, credential.data, form);
    return encoded(protocol::Commands::setUserInfo(*user));
}

bool CommandDispatcher::acceptResult(const TerminalRequest &result, const storage::TerminalStanding &terminal,
                                     const ServerSettings &settings, TerminalReply *reply)
{
    reply->code = ResponseCode::Ok;
    bool numeric = false;
    const qint64 id = result.transId.toLongLong(&numeric);
    const std::optional<storage::JobRow> job = numeric ? m_jobs.find(id) : std::nullopt;
    if (!job || job->devId != result.devId) {
        // As the vendor server does: acknowledge, so the terminal does not retry for ever.
        qCWarning(lcCommands) << "result for unknown transaction" << result.transId << "from" << result.devId;
        return true;
    }
    switch (job->status) {
    case JobStatus::Cancelled:
        reply->code = ResponseCode::ErrorCanceled;
        return true;
    case JobStatus::Result:
        qCInfo(lcCommands) << "duplicate result for transaction" << id << "ignored";
        return true;
    case JobStatus::Wait:
        qCWarning(lcCommands) << "result for transaction" << id << "that was never sent; ignored";
        return true;
    case JobStatus::Run:
    case JobStatus::Timeout:
        break;
    }

    const QString returnCode = QString::fromLatin1(result.commandReturnCode.trimmed());
    ResultApplier::Outcome outcome;
    if (returnCode == QLatin1String(protocol::ReturnCode::Ok)) {
        outcome = m_applier.apply(*job, result.body, protocol::recordLibraryFromName(terminal.recordLibrary),
                                  m_siteClock.now());
        if (!outcome.stored)
            return false;
        const bool checked = isCheckedWrite(protocol::commandCodeFromName(job->commandCode.toLatin1()));
        if (checked && settings.readBackWrites && job->status == JobStatus::Run
            && !outcome.summary.contains(QLatin1String("error")))
            return startReadBack(*job);
    }
    if (!job->deliveryNote.isEmpty())
        outcome.summary.insert(QStringLiteral("templates"), job->deliveryNote);
    const QString detail = job->status == JobStatus::Timeout ? QStringLiteral("%1, after the timeout").arg(returnCode)
                                                            : returnCode;
    const QString summary = outcome.summary.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(outcome.summary).toJson(QJsonDocument::Compact));
    if (!m_jobs.recordResult(id, {JobStatus::Run, JobStatus::Timeout}, returnCode, result.body, summary, detail))
        return false;
    qCInfo(lcCommands) << "transaction" << id << job->commandCode << "from" << result.devId << "ended" << returnCode
                       << summary;
    if (job->readsBack && !concludeReadBack(*job, returnCode, result.body))
        return false;
    return returnCode == QLatin1String(protocol::ReturnCode::Ok) || cancelOrphans() >= 0;
}

bool CommandDispatcher::startReadBack(const storage::JobRow &job)
{
    storage::NewJob readBack;
    readBack.devId = job.devId;
    readBack.commandCode = QString::fromLatin1(protocol::commandCodeName(CommandCode::GetUserInfo));
    readBack.parameters = protocol::Commands::getUserInfo(userIdOf(job)).parameters.encode();
    readBack.queuedBy = QStringLiteral("read-back of transaction %1").arg(job.id);
    readBack.readsBack = job.id;
    qCInfo(lcCommands) << "transaction" << job.id << job.commandCode << "answered OK; reading the user back";
    // The trail stays WAIT → RUN → RESULT: the answer is recorded with the read-back's verdict.
    return m_jobs.enqueue(readBack).has_value();
}

bool CommandDispatcher::concludeReadBack(const storage::JobRow &readBack, const QString &returnCode,
                                         const QByteArray &body)
{
    const std::optional<storage::JobRow> write = m_jobs.find(*readBack.readsBack);
    if (!write || write->status != JobStatus::Run)
        return true; // it timed out meanwhile, or was cancelled
    if (returnCode == QLatin1String(protocol::ReturnCode::NotExist))
        return finishWrite(*write, std::nullopt);
    const protocol::BsCommFrame frame = protocol::BsCommFrame::decode(body).frame;
    const protocol::UserEnrollment held = returnCode == QLatin1String(protocol::ReturnCode::Ok)
        ? protocol::UserEnrollment::parse(frame)
        : protocol::UserEnrollment{};
    if (returnCode != QLatin1String(protocol::ReturnCode::Ok) || !held.ok()) {
        return m_jobs.transition(write->id, {JobStatus::Run}, JobStatus::Timeout,
                                 QStringLiteral("the terminal said OK, but reading the user back failed (%1); "
                                                "check the terminal")
                                     .arg(returnCode));
    }
    return finishWrite(*write, held, frame.json().contains(QLatin1String(protocol::ParameterKey::EnableFlag)));
}

bool CommandDispatcher::finishWrite(const storage::JobRow &write, const std::optional<protocol::UserEnrollment> &held,
                                    bool enabledReported)
{
    const WriteCheck check = checkWrite(protocol::commandCodeFromName(write.commandCode.toLatin1()),
                                        write.parameters, held, enabledReported);
    // The read-back stored the user as the terminal has it; one it does not hold is not its user.
    if (!held && !m_users.removeMembership(write.devId, userIdOf(write)))
        return false;
    // A name cut to the terminal's length is that terminal's limit, not the user's name: the store
    // keeps the whole name for the other terminals and for later pushes.
    if (check.nameLimit
        && !(m_terminals.setNameLimit(write.devId, *check.nameLimit)
             && m_users.setName(userIdOf(write), protocol::BsCommFrame::decode(write.parameters)
                                                     .frame.json()
                                                     .value(QLatin1String(protocol::ParameterKey::UserName))
                                                     .toString())))
        return false;
    QJsonObject summary = QJsonDocument::fromJson(write.summary.toUtf8()).object();
    if (!write.deliveryNote.isEmpty())
        summary.insert(QStringLiteral("templates"), write.deliveryNote);
    if (!check.applied())
        summary.insert(QStringLiteral("not_applied"), check.message());
    if (!check.unchecked.isEmpty())
        summary.insert(QStringLiteral("unchecked"), check.unchecked);
    const QString summaryText =
        summary.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    const QString detail = check.applied() ? QStringLiteral("OK, read back as sent") : check.message();
    if (!check.applied())
        qCWarning(lcCommands) << "transaction" << write.id << write.commandCode << "to" << write.devId << detail;
    return m_jobs.recordResult(write.id, {JobStatus::Run}, QLatin1String(protocol::ReturnCode::Ok), {}, summaryText,
                               detail)
        && cancelOrphans() >= 0;
}

int CommandDispatcher::expire(int timeoutSeconds)
{
    int changed = 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-timeoutSeconds);
    for (qint64 id : m_jobs.runningSince(cutoff)) {
        // A write answered OK whose read-back never came back did get an answer.
        const QString detail = m_jobs.hasReadBack(id)
            ? QStringLiteral("answered OK, but not read back within %1 s; check the terminal").arg(timeoutSeconds)
            : QStringLiteral("no answer within %1 s").arg(timeoutSeconds);
        if (m_jobs.transition(id, {JobStatus::Run}, JobStatus::Timeout, detail))
            ++changed;
    }
    // Answers that could not be stored are remembered only while their job is still RUN.
    for (auto it = m_unstoredResults.begin(); it != m_unstoredResults.end();) {
        const std::optional<storage::JobRow> job = m_jobs.find(*it);
        it = job && job->status == JobStatus::Run ? std::next(it) : m_unstoredResults.erase(it);
    }
    const int cancelled = cancelOrphans();
    return cancelled < 0 ? -1 : changed + cancelled;
}

int CommandDispatcher::cancelOrphans()
{
    int cancelled = 0;
    // Cancelling one may orphan the next in a chain: repeat until nothing changes.
    for (QList<qint64> orphans = m_jobs.orphaned(); !orphans.isEmpty(); orphans = m_jobs.orphaned()) {
        for (qint64 id : orphans) {
            if (!m_jobs.transition(id, {JobStatus::Wait}, JobStatus::Cancelled,
                                   QStringLiteral("the job it depends on did not succeed")))
                return -1;
            ++cancelled;
        }
    }
    return cancelled;
}

} // namespace punchclock::engine
