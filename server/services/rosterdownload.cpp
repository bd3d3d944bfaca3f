#include "rosterdownload.h"

#include "jobforcommand.h"
#include "servicecall.h"

#include "bscommframe.h"
#include "commandbuilder.h"
#include "commandresults.h"
#include "recordlibrary.h"
#include "terminalrepository.h"

#include <QJsonArray>
#include <QSet>

namespace punchclock::services {

namespace {

const QString Kind = QStringLiteral("download_users");

std::optional<qint64> enqueue(const QSqlDatabase &db, const QString &devId, const protocol::BuiltCommand &command,
                              const Actor &actor, std::optional<qint64> operationId)
{
    return storage::JobRepository(db).enqueue(jobForCommand(devId, command, actor.name, operationId));
}

// HS100/HS200 list a user once per enrolled item: each user once, in the terminal's order.
QStringList listedUsers(const QSqlDatabase &db, const storage::JobRow &listJob)
{
    const std::optional<storage::TerminalRow> terminal = storage::TerminalRepository(db).find(listJob.devId);
    const protocol::UserIdListResult list = protocol::decodeUserIdListResult(
        listJob.result, protocol::recordLibraryFromName(terminal ? terminal->recordLibrary : QString()));
    QStringList users;
    QSet<QString> seen;
    for (const protocol::UserIdRecord &record : list.users) {
        if (!seen.contains(record.userId)) {
            seen.insert(record.userId);
            users << record.userId;
        }
    }
    return users;
}

QList<storage::JobRow> jobsOf(const QSqlDatabase &db, qint64 operationId)
{
    storage::JobFilter filter;
    filter.operationId = operationId;
    filter.limit = -1;
    filter.withResult = false;
    return storage::JobRepository(db).list(filter);
}

} // namespace

QString RosterDownload::userIdOf(const storage::JobRow &job)
{
    return protocol::BsCommFrame::decode(job.parameters)
        .frame.json()
        .value(QLatin1String(protocol::ParameterKey::UserId))
        .toString();
}

RosterDownload::RosterDownload(QSqlDatabase db)
    : m_db(std::move(db))
{}

Outcome RosterDownload::start(const Actor &actor, const QString &devId)
{
    if (!storage::TerminalRepository(m_db).standing(devId))
        return Outcome::notFound(devId);
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageUsers))
        return call.finish();
    const std::optional<qint64> operation = storage::JobRepository(m_db).createOperation(
        Kind, QStringLiteral("Download users from %1").arg(devId), actor.name);
    const std::optional<qint64> list =
        operation ? enqueue(m_db, devId, protocol::Commands::getUserIdList(), actor, operation) : std::nullopt;
    if (!list)
        return call.refuseStorage();
    call.record(QStringLiteral("roster.download"), QStringLiteral("terminal"), devId, {},
                {{QStringLiteral("operation"), *operation}, {QStringLiteral("jobs"), QJsonArray{*list}}});
    Outcome outcome = call.finish();
    if (outcome.ok())
        outcome.id = *operation;
    return outcome;
}

Outcome RosterDownload::advance(const Actor &actor, qint64 operationId)
{
    const Progress now = progress(operationId);
    if (!now.found)
        return Outcome::notFound(QString::number(operationId));
    const int room = std::min(InFlight - now.outstanding(), now.notAsked());
    if (now.listing || now.listFailed || room <= 0)
        return {};
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageUsers))
        return call.finish();
    QJsonArray jobs;
    const QStringList next = now.listed.mid(now.queued, room);
    for (const QString &userId : next) {
        const std::optional<qint64> id =
            enqueue(m_db, now.devId, protocol::Commands::getUserInfo(userId), actor, operationId);
        if (!id)
            return call.refuseStorage();
        jobs.append(*id);
    }
    call.record(QStringLiteral("command.queue"), QStringLiteral("terminal"), now.devId, {},
                {{QStringLiteral("cmd_code"), QStringLiteral("GET_USER_INFO")},
                 {QStringLiteral("operation"), operationId},
                 {QStringLiteral("users"), QJsonArray::fromStringList(next)},
                 {QStringLiteral("jobs"), jobs}});
    return call.finish();
}

Outcome RosterDownload::cancel(const Actor &actor, qint64 operationId)
{
    const QList<storage::JobRow> jobs = jobsOf(m_db, operationId);
    if (jobs.isEmpty())
        return Outcome::notFound(QString::number(operationId));
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageUsers))
        return call.finish();
    storage::JobRepository repository(m_db);
    QJsonArray cancelled;
    for (const storage::JobRow &job : jobs) {
        if (job.status == storage::JobStatus::Wait &&
            repository.transition(job.id, {storage::JobStatus::Wait}, storage::JobStatus::Cancelled,
                                  QStringLiteral("cancelled by ") + actor.name))
            cancelled.append(job.id);
    }
    call.record(QStringLiteral("roster.cancel"), QStringLiteral("terminal"), jobs.constFirst().devId, {},
                {{QStringLiteral("operation"), operationId}, {QStringLiteral("jobs"), cancelled}});
    return call.finish();
}

RosterDownload::Progress RosterDownload::progress(qint64 operationId) const
{
    Progress progress;
    for (const storage::JobRow &job : jobsOf(m_db, operationId)) {
        progress.found = true;
        progress.devId = job.devId;
        if (job.commandCode == QLatin1String(protocol::commandCodeName(protocol::CommandCode::GetUserIdList))) {
            progress.listJob = job;
            continue;
        }
        ++progress.queued;
        if (job.status == storage::JobStatus::Cancelled)
            ++progress.cancelled;
        else if (job.failed())
            progress.failures << job;
        else if (job.status == storage::JobStatus::Result)
            ++progress.fetched;
    }
    if (!progress.listJob)
        return progress;
    const storage::JobRow &list = *progress.listJob;
    progress.listing = !storage::isFinal(list.status);
    progress.listFailed = list.failed() || list.status == storage::JobStatus::Cancelled;
    if (!progress.listing && !progress.listFailed) {
        const std::optional<storage::JobRow> withResult = storage::JobRepository(m_db).find(list.id);
        progress.listed = withResult ? listedUsers(m_db, *withResult) : QStringList{};
    }
    // Newest first from the repository: the failures in the order they were asked.
    std::reverse(progress.failures.begin(), progress.failures.end());
    return progress;
}

} // namespace punchclock::services
