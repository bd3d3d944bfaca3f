#include "commandservice.h"

#include "jobforcommand.h"
#include "servicecall.h"

#include "commandbuilder.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "walltime.h"

#include <QJsonArray>

namespace punchclock::services {

using protocol::CommandCode;
using Failure = CommandService::Outcome::Failure;

namespace {

// SET_USER_INFO jobs carry only the user id; the rest is read from the store at delivery.
protocol::BuiltCommand userReference(const QString &userId)
{
    protocol::BuiltCommand reference;
    reference.code = CommandCode::SetUserInfo;
    reference.parameters = protocol::BsCommFrame(QJsonObject{{QLatin1String(protocol::ParameterKey::UserId), userId}});
    return reference;
}

// Commands about one user's data need the right over that user's department; the others act on
// the terminal as a whole.
Permission permissionFor(CommandCode code)
{
    switch (code) {
    case CommandCode::GetEnrollData:
    case CommandCode::SetEnrollData:
    case CommandCode::DeleteUser:
    case CommandCode::SetUserName:
    case CommandCode::SetUserPrivilege:
    case CommandCode::SetUserInfo:
    case CommandCode::GetUserInfo:
    case CommandCode::EnableUser: return Permission::ManageUsers;
    default: return Permission::ManageTerminals;
    }
}

} // namespace

CommandService::CommandService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CommandService::~CommandService() = default;

CommandService::Outcome CommandService::queue(const QString &devId, CommandCode code, const QJsonObject &parameters,
                                              const QList<QByteArray> &binaries, const Actor &actor)
{
    Outcome outcome;
    outcome.command = protocol::buildCommand(code, parameters, binaries);
    if (!outcome.command.ok()) {
        outcome.failure = Failure::InvalidParameters;
        return outcome;
    }
    const QString userId =
        outcome.command.parameters.json().value(QLatin1String(protocol::ParameterKey::UserId)).toString();
    // What the operator saw of a user known only from a list lacks what the terminals hold.
    if (code == CommandCode::SetUserInfo && storage::UserRepository(m_db).exists(userId) && !sendable(userId, &outcome))
        return outcome;
    if (!begin(actor, {devId}, &outcome, permissionFor(code), userId))
        return outcome;
    std::optional<qint64> id;
    if (code == CommandCode::SetUserInfo) {
        // The operator gave the whole user: the store becomes exactly that, and is what is sent.
        const protocol::UserEnrollment user = protocol::UserEnrollment::parse(outcome.command.parameters);
        if (storage::UserRepository(m_db).replaceUser(user))
            id = enqueue(devId, userReference(user.userId), actor.name, {}, {}, true);
    } else if (code == CommandCode::SetFkName) {
        // The new name shows at once, with the command in one transaction; the terminal's next
        // poll reports the name it really took.
        if (renameInStore(devId, outcome.command.parameters.json().value(QLatin1String(protocol::ParameterKey::FkName)).toString()))
            id = enqueue(devId, outcome.command, actor.name, {});
    } else {
        id = enqueue(devId, outcome.command, actor.name, {});
    }
    if (id)
        outcome.jobIds << *id;
    else
        outcome.failure = Failure::Storage;
    return commit(outcome);
}

CommandService::Outcome CommandService::copyUser(const QString &userId, const QString &fromDevId,
                                                 const QStringList &toDevIds, const Actor &actor)
{
    Outcome outcome;
    outcome.command = protocol::Commands::getUserInfo(userId);
    if (!outcome.command.ok()) {
        outcome.failure = Failure::InvalidParameters;
        return outcome;
    }
    if (toDevIds.isEmpty()) {
        outcome.failure = Failure::NoTerminals;
        return outcome;
    }
    if (!begin(actor, QStringList{fromDevId} + toDevIds, &outcome, Permission::ManageUsers, userId))
        return outcome;
    storage::JobRepository jobs(m_db);
    outcome.operationId = jobs.createOperation(
        QStringLiteral("copy_user"),
        QStringLiteral("Copy user %1 from %2 to %3").arg(userId, fromDevId, toDevIds.join(QLatin1String(", "))), actor.name);
    const std::optional<qint64> fetch = enqueue(fromDevId, outcome.command, actor.name, outcome.operationId);
    if (!outcome.operationId || !fetch) {
        outcome.failure = Failure::Storage;
        return commit(outcome);
    }
    outcome.jobIds << *fetch;
    for (const QString &devId : toDevIds) {
        const std::optional<qint64> push =
            enqueue(devId, userReference(userId), actor.name, outcome.operationId, fetch, true, fromDevId);
        if (!push) {
            outcome.failure = Failure::Storage;
            break;
        }
        outcome.jobIds << *push;
    }
    return commit(outcome);
}

CommandService::Outcome CommandService::pushUser(const QString &userId, const QStringList &toDevIds,
                                                 const Actor &actor)
{
    Outcome outcome;
    outcome.subject = userId;
    const std::optional<protocol::UserEnrollment> user = storage::UserRepository(m_db).load(userId);
    if (!sendable(userId, &outcome) || !user) {
        if (outcome.ok())
            outcome.failure = Failure::UnknownUser;
        return outcome;
    }
    outcome.command = protocol::Commands::setUserInfo(*user);
    if (!outcome.command.ok()) {
        outcome.failure = Failure::InvalidParameters;
        return outcome;
    }
    if (toDevIds.isEmpty()) {
        outcome.failure = Failure::NoTerminals;
        return outcome;
    }
    if (!begin(actor, toDevIds, &outcome, Permission::ManageUsers, userId))
        return outcome;
    const protocol::BuiltCommand checked = std::exchange(outcome.command, userReference(userId));
    enqueueForEach(toDevIds, QStringLiteral("push_user"),
                   QStringLiteral("Send user %1 to %2").arg(userId, toDevIds.join(QLatin1String(", "))), actor.name, &outcome,
                   true);
    outcome.command.warnings = checked.warnings;
    return commit(outcome);
}

CommandService::Outcome CommandService::renameUser(const QString &userId, const QString &name, const Actor &actor)
{
    Outcome outcome;
    outcome.subject = userId;
    outcome.command = protocol::Commands::setUserName(userId, name);
    if (!outcome.command.ok()) {
        outcome.failure = Failure::InvalidParameters;
        return outcome;
    }
    storage::UserRepository users(m_db);
    if (!users.exists(userId)) {
        outcome.failure = Failure::UnknownUser;
        return outcome;
    }
    if (!begin(actor, {}, &outcome, Permission::ManageUsers, userId))
        return outcome;
    if (!users.setName(userId, name)) {
        outcome.failure = Failure::Storage;
        return commit(outcome);
    }
    enqueueForEach(users.holders(userId), QStringLiteral("rename_user"),
                   QStringLiteral("Rename user %1 to %2").arg(userId, name), actor.name, &outcome);
    return commit(outcome);
}

CommandService::Outcome CommandService::pullLogs(const QString &devId, const QDate &from, const Actor &actor)
{
    Outcome outcome;
    const QStringList devIds = targets(devId, &outcome);
    if (!outcome.ok() || !begin(actor, devIds, &outcome, Permission::ManageTerminals))
        return outcome;
    storage::TerminalRepository terminals(m_db);
    outcome.operationId = storage::JobRepository(m_db).createOperation(
        QStringLiteral("pull_logs"),
        from.isValid() ? QStringLiteral("Pull logs since %1").arg(from.toString(Qt::ISODate))
                       : QStringLiteral("Pull new logs"),
        actor.name);
    for (const QString &target : devIds) {
        const QDateTime begin = from.isValid() ? protocol::walltime::make(from, QTime(0, 0))
                                               : terminals.logsPulledUntil(target);
        outcome.command = protocol::Commands::getLogData(begin);
        const std::optional<qint64> id = outcome.command.ok()
            ? enqueue(target, outcome.command, actor.name, outcome.operationId)
            : std::nullopt;
        if (!id) {
            outcome.failure = outcome.command.ok() ? Failure::Storage : Failure::InvalidParameters;
            break;
        }
        outcome.jobIds << *id;
    }
    return commit(outcome);
}

CommandService::Outcome CommandService::syncTime(const QString &devId, const Actor &actor)
{
    Outcome outcome;
    const QStringList devIds = targets(devId, &outcome);
    if (!outcome.ok() || !begin(actor, devIds, &outcome, Permission::ManageTerminals))
        return outcome;
    // The time itself is stamped when each terminal receives the command.
    outcome.command = protocol::Commands::setTime(QDateTime::currentDateTime());
    enqueueForEach(devIds, QStringLiteral("sync_time"), QStringLiteral("Set terminal clocks"), actor.name, &outcome);
    return commit(outcome);
}

CommandService::CancelOutcome CommandService::cancel(qint64 jobId, const Actor &actor)
{
    storage::JobRepository jobs(m_db);
    const std::optional<storage::JobRow> job = jobs.find(jobId);
    if (!job)
        return CancelOutcome::NotFound;
    if (storage::isFinal(job->status))
        return CancelOutcome::AlreadyFinished;
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageTerminals))
        return call.finish().status == services::Outcome::Status::NotAllowed ? CancelOutcome::NotAllowed
                                                                             : CancelOutcome::Storage;
    const bool cancelled = jobs.transition(jobId, {storage::JobStatus::Wait, storage::JobStatus::Run},
                                           storage::JobStatus::Cancelled, QStringLiteral("cancelled by ") + actor.name);
    if (cancelled)
        call.record(QStringLiteral("job.cancel"), QStringLiteral("job"), QString::number(jobId),
                    {{QStringLiteral("cmd_code"), job->commandCode}, {QStringLiteral("terminal"), job->devId}}, {});
    if (!call.finish().ok())
        return CancelOutcome::Storage;
    return cancelled ? CancelOutcome::Cancelled : CancelOutcome::AlreadyFinished;
}

CommandService::Outcome CommandService::retry(qint64 jobId, const Actor &actor)
{
    Outcome outcome;
    const std::optional<storage::JobRow> job = storage::JobRepository(m_db).find(jobId);
    if (!job) {
        outcome.failure = Failure::Storage;
        return outcome;
    }
    if (!begin(actor, {job->devId}, &outcome, permissionFor(protocol::commandCodeFromName(job->commandCode.toLatin1())),
               protocol::BsCommFrame::decode(job->parameters).frame.json().value(QLatin1String(protocol::ParameterKey::UserId)).toString()))
        return outcome;
    storage::NewJob again;
    again.devId = job->devId;
    again.commandCode = job->commandCode;
    again.parameters = job->parameters;
    again.buildAtDelivery = job->buildAtDelivery;
    again.buildFromDevId = job->buildFromDevId;
    if (job->buildAtDelivery) {
        // Once sent, the job holds the whole user as delivered; the new job refers to the store again.
        const QString userId = protocol::BsCommFrame::decode(job->parameters)
                                   .frame.json()
                                   .value(QLatin1String(protocol::ParameterKey::UserId))
                                   .toString();
        again.parameters = userReference(userId).parameters.encode();
    }
    again.queuedBy = actor.name;
    if (const std::optional<qint64> id = storage::JobRepository(m_db).enqueue(again))
        outcome.jobIds << *id;
    else
        outcome.failure = Failure::Storage;
    return commit(outcome);
}

QStringList CommandService::targets(const QString &devId, Outcome *outcome) const
{
    if (!devId.isEmpty())
        return knownTerminals({devId}, outcome) ? QStringList{devId} : QStringList{};
    QStringList approved;
    for (const storage::TerminalRow &terminal : storage::TerminalRepository(m_db).list()) {
        if (terminal.approval == storage::Approval::Approved)
            approved << terminal.devId;
    }
    if (approved.isEmpty())
        outcome->failure = Failure::NoTerminals;
    return approved;
}

bool CommandService::renameInStore(const QString &devId, const QString &name)
{
    storage::TerminalRepository terminals(m_db);
    const std::optional<storage::TerminalRow> before = terminals.find(devId);
    if (!before || !terminals.setName(devId, name))
        return false;
    if (before->name != name)
        m_call->record(QStringLiteral("terminal.rename"), QStringLiteral("terminal"), devId,
                       {{QStringLiteral("name"), before->name}}, {{QStringLiteral("name"), name}});
    return true;
}

bool CommandService::begin(const Actor &actor, const QStringList &devIds, Outcome *outcome, Permission permission,
                           const QString &userId)
{
    if (!knownTerminals(devIds, outcome))
        return false;
    // The write lock before anything is read for the jobs (the last pull, the terminals): the
    // server writes all the time, and a transaction that began as a reader could not wait for it.
    m_call = std::make_unique<ServiceCall>(m_db, actor);
    const bool allowed = userId.isEmpty() || permission != Permission::ManageUsers
        ? m_call->allowed(permission)
        : m_call->allowedForUser(permission, userId);
    if (!allowed) {
        const services::Outcome denied = m_call->finish();
        m_call.reset();
        outcome->failure = denied.status == services::Outcome::Status::NotAllowed ? Failure::NotAllowed : Failure::Storage;
        outcome->permission = denied.permission;
        outcome->department = denied.department;
        return false;
    }
    m_auditUser = userId;
    m_auditTerminals = devIds;
    return true;
}

void CommandService::enqueueForEach(const QStringList &devIds, const QString &kind, const QString &description,
                                    const QString &queuedBy, Outcome *outcome, bool buildAtDelivery)
{
    outcome->operationId = storage::JobRepository(m_db).createOperation(kind, description, queuedBy);
    if (!outcome->operationId) {
        outcome->failure = Failure::Storage;
        return;
    }
    for (const QString &devId : devIds) {
        const std::optional<qint64> id =
            enqueue(devId, outcome->command, queuedBy, outcome->operationId, {}, buildAtDelivery);
        if (!id) {
            outcome->failure = Failure::Storage;
            return;
        }
        outcome->jobIds << *id;
    }
}

bool CommandService::sendable(const QString &userId, Outcome *outcome) const
{
    const storage::UserRepository users(m_db);
    if (!users.exists(userId))
        outcome->failure = Failure::UnknownUser;
    else if (users.isIncomplete(userId))
        outcome->failure = Failure::IncompleteUser;
    outcome->subject = userId;
    return outcome->ok();
}

bool CommandService::knownTerminals(const QStringList &devIds, Outcome *outcome) const
{
    storage::TerminalRepository terminals(m_db);
    for (const QString &devId : devIds) {
        if (!terminals.standing(devId)) {
            outcome->failure = Failure::UnknownTerminal;
            outcome->subject = devId;
            return false;
        }
    }
    return true;
}

std::optional<qint64> CommandService::enqueue(const QString &devId, const protocol::BuiltCommand &command,
                                              const QString &queuedBy, std::optional<qint64> operationId,
                                              std::optional<qint64> dependsOn, bool buildAtDelivery,
                                              const QString &buildFromDevId)
{
    storage::NewJob job = jobForCommand(devId, command, queuedBy, operationId);
    job.buildAtDelivery = buildAtDelivery;
    job.buildFromDevId = buildFromDevId;
    job.dependsOn = dependsOn;
    return storage::JobRepository(m_db).enqueue(job);
}

CommandService::Outcome CommandService::commit(Outcome outcome)
{
    const std::unique_ptr<ServiceCall> call = std::move(m_call);
    if (outcome.ok() && call) {
        QJsonArray jobs;
        for (qint64 id : std::as_const(outcome.jobIds))
            jobs.append(id);
        QJsonObject queued{{QStringLiteral("cmd_code"), QLatin1String(protocol::commandCodeName(outcome.command.code))},
                           {QStringLiteral("jobs"), jobs}};
        if (outcome.operationId)
            queued.insert(QStringLiteral("operation"), *outcome.operationId);
        if (!m_auditTerminals.isEmpty())
            queued.insert(QStringLiteral("terminals"), QJsonArray::fromStringList(m_auditTerminals));
        call->record(QStringLiteral("command.queue"), m_auditUser.isEmpty() ? QStringLiteral("terminal") : QStringLiteral("user"),
                     m_auditUser.isEmpty() ? m_auditTerminals.join(QLatin1Char(',')) : m_auditUser, {}, queued);
        if (call->finish().ok())
            return outcome;
    } else if (call) {
        call->fail(services::Outcome::storage());
        call->finish();
    }
    if (outcome.ok())
        outcome.failure = Failure::Storage;
    outcome.jobIds.clear();
    outcome.operationId.reset();
    return outcome;
}

} // namespace punchclock::services
