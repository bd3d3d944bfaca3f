#pragma once

#include "connection.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <chrono>
#include <functional>

namespace punchclock::storage {

// Runs a check at once and then every interval, in a thread of its own with a connection opened
// there (a connection belongs to the thread that opened it), so that work which may wait for
// the write lock never stalls the window or the server. The daily backup and the daily purge
// of old biometrics use it. When the connection cannot be opened (the database is locked by a
// migration, PostgreSQL is still starting), it is tried again after `openRetry`, doubling up to
// the interval, rather than at the next check: a daily job checked hourly would otherwise
// wait an hour for a start that lost a race.
class PeriodicWorker
{
public:
    using Check = std::function<void(QSqlDatabase)>;

    PeriodicWorker(DatabaseConfig database, const QString &threadName);
    ~PeriodicWorker();
    PeriodicWorker(const PeriodicWorker &) = delete;
    PeriodicWorker &operator=(const PeriodicWorker &) = delete;

    // `check` runs in the worker's thread.
    void start(std::chrono::milliseconds interval, Check check,
               std::chrono::milliseconds openRetry = std::chrono::seconds(5));
    // Closes the connection in its thread and joins it.
    void stop();

private:
    DatabaseConfig m_database;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace punchclock::storage
