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
    if (intervalMinutes <= 0 || !due(devId, intervalMinutes, nowUtc) || m_jobs.nextDeliverable(devId))
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

bool StatusRefresh::due(const QString &devId, int intervalMinutes, const QDateTime &nowUtc)
{
    const QDateTime cutoff = nowUtc.addSecs(-qint64(intervalMinutes) * 60);
    const auto known = m_lastRefreshed.constFind(devId);
    if (known != m_lastRefreshed.constEnd() && *known > cutoff)
        return false;
    const std::optional<storage::TerminalRow> terminal = m_terminals.find(devId);
    if (!terminal)
        return false;
    if (terminal->deviceStatusAt.isValid() && terminal->deviceStatusAt > cutoff) {
        m_lastRefreshed.insert(devId, terminal->deviceStatusAt);
        return false;
    }
    storage::JobFilter last;
    last.devId = devId;
    last.commandCode = statusCode();
    last.limit = 1;
    last.withResult = false;
    const QList<storage::JobRow> jobs = m_jobs.list(last);
    if (jobs.isEmpty())
        return true;
    // One under way, or asked within the interval (answered or refused): wait.
    const storage::JobRow &newest = jobs.constFirst();
    if (storage::isFinal(newest.status) && newest.createdAt > cutoff)
        m_lastRefreshed.insert(devId, newest.createdAt);
    return storage::isFinal(newest.status) && newest.createdAt <= cutoff;
}

} // namespace punchclock::engine
