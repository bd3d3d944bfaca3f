#include "periodicworker.h"

#include "sqlsupport.h"

#include <QTimer>

#include <algorithm>
#include <memory>

namespace punchclock::storage {

namespace {

// Lives in the worker's thread, with the connection it opened there.
class Worker : public QObject
{
public:
    Worker(DatabaseConfig database, PeriodicWorker::Check check)
        : m_database(std::move(database))
        , m_check(std::move(check))
    {
        m_timer.callOnTimeout(this, &Worker::tick);
    }

    void begin(std::chrono::milliseconds interval, std::chrono::milliseconds openRetry)
    {
        m_openRetry = openRetry;
        m_retry.setSingleShot(true);
        m_retry.callOnTimeout(this, &Worker::tick);
        m_timer.start(interval);
        tick();
    }

    void end()
    {
        m_timer.stop();
        m_retry.stop();
        m_connection.reset();
    }

private:
    void tick()
    {
        if (!m_connection) {
            QString error;
            m_connection = Connection::open(m_database, &error);
            if (!m_connection) {
                if (m_failedOpens++ == 0)
                    qCWarning(lcStorage) << QThread::currentThread()->objectName()
                                         << "cannot open the database, trying again:" << error;
                const auto delay = std::min(m_openRetry * (1 << std::min(m_failedOpens - 1, 16)),
                                            std::chrono::milliseconds(m_timer.interval()));
                m_retry.start(delay);
                return;
            }
            if (m_failedOpens > 0)
                qCInfo(lcStorage) << QThread::currentThread()->objectName() << "opened the database after"
                                  << m_failedOpens << "failed attempts";
            m_failedOpens = 0;
        }
        m_check(m_connection->database());
    }

    DatabaseConfig m_database;
    PeriodicWorker::Check m_check;
    std::unique_ptr<Connection> m_connection;
    QTimer m_timer{this}; // a child, so that it moves to the worker's thread with it
    QTimer m_retry{this};
    std::chrono::milliseconds m_openRetry{0};
    int m_failedOpens = 0;
};

} // namespace

PeriodicWorker::PeriodicWorker(DatabaseConfig database, const QString &threadName)
    : m_database(std::move(database))
{
    m_thread.setObjectName(threadName);
}

PeriodicWorker::~PeriodicWorker()
{
    stop();
}

void PeriodicWorker::start(std::chrono::milliseconds interval, Check check, std::chrono::milliseconds openRetry)
{
    if (m_worker)
        return;
    auto *worker = new Worker(m_database, std::move(check));
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
    QMetaObject::invokeMethod(worker, [worker, interval, openRetry] { worker->begin(interval, openRetry); });
}

void PeriodicWorker::stop()
{
    if (!m_worker)
        return;
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->end(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

} // namespace punchclock::storage
