#include "statusrefresh.h"

#include "auditrepository.h"
#include "protocolcodes.h"

#include <QJsonArray>

namespace punchclock::engine {

namespace {

QString statusCode()
{
    return QString::fromLatin1(protocol::commandCodeName(protocol::CommandCode::GetDeviceStatus));
}

} // namespace

StatusRefresh::StatusRefresh(storage::JobRepository &jobs, storage::TerminalRepository &terminals)
    : m_jobs(jobs)
    , m_terminals(terminals)
{}

bool StatusRefresh::queueIfDue(QSqlDatabase db, const QString &devId, int intervalMinutes, const QDateTime &nowUtc)
{
    if (intervalMinutes <= 0 || m_jobs.nextDeliverable(devId) || !due(devId, intervalMinutes, nowUtc))
        return true;
    storage::NewJob job;
    job.devId = devId;
    job.commandCode = statusCode();
    job.queuedBy = QLatin1String(QueuedBy);
    const std::optional<qint64> id = m_jobs.enqueue(job);
    if (!id)
        return false;
    storage::AuditEntry entry;
    entry.actorKind = QStringLiteral("system");
    entry.actor = QLatin1String(QueuedBy);
    entry.action = QStringLiteral("command.queue");
    entry.objectKind = QStringLiteral("terminal");
    entry.objectId = devId;
    entry.newValue = {{QStringLiteral("cmd_code"), statusCode()}, {QStringLiteral("jobs"), QJsonArray{*id}}};
    return storage::AuditRepository(db).append(&entry);
}

bool StatusRefresh::due(const QString &devId, int intervalMinutes, const QDateTime &nowUtc) const
{
    const QDateTime cutoff = nowUtc.addSecs(-qint64(intervalMinutes) * 60);
    const std::optional<storage::TerminalRow> terminal = m_terminals.find(devId);
    if (!terminal || (terminal->deviceStatusAt.isValid() && terminal->deviceStatusAt > cutoff))
        return false;
    storage::JobFilter last;
    last.devId = devId;
    last.commandCode = statusCode();
    last.limit = 1;
    last.withResult = false;
    const QList<storage::JobRow> jobs = m_jobs.list(last);
    // One under way, or asked within the interval (answered or refused): wait.
    return jobs.isEmpty() || (storage::isFinal(jobs.constFirst().status) && jobs.constFirst().createdAt <= cutoff);
}

} // namespace punchclock::engine
