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
// of old biometrics use it; the connection is opened again at the next check when opening it
// failed.
class PeriodicWorker
{
public:
    using Check = std::function<void(QSqlDatabase)>;

    PeriodicWorker(DatabaseConfig database, const QString &threadName);
    ~PeriodicWorker();
    PeriodicWorker(const PeriodicWorker &) = delete;
    PeriodicWorker &operator=(const PeriodicWorker &) = delete;

    // `check` runs in the worker's thread.
    void start(std::chrono::milliseconds interval, Check check);
    // Closes the connection in its thread and joins it.
    void stop();

private:
    DatabaseConfig m_database;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace punchclock::storage
