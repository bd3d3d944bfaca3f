#pragma once

#include "jobrepository.h"
#include "terminalrepository.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace punchclock::engine {

// Keeps each approved terminal's counts (users, fingers, faces, logs) known without anyone
// pressing Get status: at an idle poll, GET_DEVICE_STATUS is queued when the counts are missing
// (a terminal just approved) or older than the interval. Never more than one outstanding, and
// never more often than the interval, even when the terminal refuses it. Queued as
// QueuedBy, with an audit record as the system, inside the engine's write transaction.
class StatusRefresh
{
public:
    static constexpr char QueuedBy[] = "automatic status refresh";

    StatusRefresh(storage::JobRepository &jobs, storage::TerminalRepository &terminals);

    // False only when the store refused; `intervalMinutes` 0 turns the refresh off.
    bool queueIfDue(QSqlDatabase db, const QString &devId, int intervalMinutes, const QDateTime &nowUtc);

private:
    bool due(const QString &devId, int intervalMinutes, const QDateTime &nowUtc);

    storage::JobRepository &m_jobs;
    storage::TerminalRepository &m_terminals;
    // When each terminal's counts were last known or asked for (UTC), as last read: until the
    // interval has passed since, nothing can be due and the poll reads nothing. Another server
    // refreshing the same terminal only makes the truth later than this.
    QHash<QString, QDateTime> m_lastRefreshed;
};

} // namespace punchclock::engine
