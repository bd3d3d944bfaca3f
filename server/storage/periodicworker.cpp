#include "periodicworker.h"

#include "sqlsupport.h"

#include <QTimer>

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

    void begin(std::chrono::milliseconds interval)
    {
        m_timer.start(interval);
        tick();
    }

    void end()
    {
        m_timer.stop();
        m_connection.reset();
    }

private:
    void tick()
    {
        if (!m_connection) {
            QString error;
            m_connection = Connection::open(m_database, &error);
            if (!m_connection) {
                qCWarning(lcStorage) << QThread::currentThread()->objectName() << "cannot open the database:" << error;
                return;
            }
        }
        m_check(m_connection->database());
    }

    DatabaseConfig m_database;
    PeriodicWorker::Check m_check;
    std::unique_ptr<Connection> m_connection;
    QTimer m_timer{this}; // a child, so that it moves to the worker's thread with it
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

void PeriodicWorker::start(std::chrono::milliseconds interval, Check check)
{
    if (m_worker)
        return;
    auto *worker = new Worker(m_database, std::move(check));
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
    QMetaObject::invokeMethod(worker, [worker, interval] { worker->begin(interval); });
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
