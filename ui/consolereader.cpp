#include "consolereader.h"

#include "changenotices.h"
#include "connection.h"
#include "sqlsupport.h"

#include <QEventLoop>
#include <QSemaphore>
#include <QThread>

namespace punchclock::ui {

// The reader's thread and its connection. The connection is opened at the first read, on the
// thread, since a connection belongs to the thread that opened it; after a read that failed it
// is checked, and opened again if the PostgreSQL server went away in between.
class ReaderThread
{
public:
    explicit ReaderThread(storage::DatabaseConfig config)
        : m_config(std::move(config))
    {
        m_thread.setObjectName(QStringLiteral("punchclock-console-reader"));
        m_anchor.moveToThread(&m_thread);
        m_thread.start();
    }

    ~ReaderThread()
    {
        // Reads still queued are dropped: nobody waits for them once the console closes.
        m_stopping = true;
        QMetaObject::invokeMethod(
            &m_anchor,
            [this] {
                m_listener.reset();
                m_connection.reset();
                m_anchor.moveToThread(nullptr);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    // Runs `work` on the thread with its connection (an invalid one when it cannot be opened),
    // then hands `deliver` the failure, if any: the connection's, or a statement's.
    void post(std::function<void(const QSqlDatabase &)> work, std::function<void(const QString &failure)> deliver)
    {
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, work = std::move(work), deliver = std::move(deliver)] {
                if (m_stopping)
                    return;
                QString failure = connect();
                const quint64 before = storage::lastQueryFailureOnThisThread().serial;
                work(m_connection ? m_connection->database() : QSqlDatabase());
                const storage::QueryFailure after = storage::lastQueryFailureOnThisThread();
                if (failure.isEmpty() && after.serial != before)
                    failure = after.message;
                m_lastFailed = !failure.isEmpty();
                deliver(failure);
            },
            Qt::QueuedConnection);
    }

    // From now on, listens for the database's change notices on the thread's connection
    // (PostgreSQL), again whenever it is opened again, and hands `heard` what changed (on the
    // thread).
    void listenForChanges(std::function<void(const QSet<QString> &tables)> heard)
    {
        post(
            [this, heard = std::move(heard)](const QSqlDatabase &) {
                m_heard = heard;
                if (m_connection)
                    hearChanges(false);
            },
            [](const QString &) {});
    }
    bool hearsChanges() const { return m_hearing; }
    void checkConnection() { m_checkConnection = true; }

private:
    QString connect()
    {
        QString error;
        bool newSession = false;
        if (!m_connection) {
            m_connection = storage::Connection::open(m_config, &error);
            if (!m_connection)
                return error;
            newSession = true;
        } else if ((m_lastFailed || m_checkConnection.exchange(false)) &&
                   !m_connection->ensureConnected(&error, &newSession)) {
            m_hearing = false;
            return error;
        }
        hearChanges(newSession);
        return {};
    }

    // Once the thread has a connection: listens, and listens again on a new session.
    void hearChanges(bool newSession)
    {
        if (!m_heard)
            return;
        if (!m_listener) {
            m_listener = std::make_unique<storage::ChangeListener>(m_connection->database());
            QObject::connect(m_listener.get(), &storage::ChangeListener::tablesChanged, m_listener.get(), m_heard);
            m_hearing = m_listener->listen();
        } else if (newSession || !m_hearing) {
            // A new session listens on nothing; a LISTEN that failed is tried again.
            m_hearing = m_listener->listenAgain();
        }
    }

    const storage::DatabaseConfig m_config;
    QThread m_thread;
    QObject m_anchor; // lives in m_thread: what reads are posted to
    std::atomic<bool> m_stopping = false;
    std::atomic<bool> m_hearing = false;
    std::atomic<bool> m_checkConnection = false;
    // Touched on m_thread only.
    std::unique_ptr<storage::Connection> m_connection;
    std::unique_ptr<storage::ChangeListener> m_listener;
    std::function<void(const QSet<QString> &)> m_heard;
    bool m_lastFailed = false;
};

ConsoleReader::ConsoleReader(storage::Connection &guiConnection, Mode mode, QObject *parent)
    : QObject(parent)
    , m_guiConnection(guiConnection)
    , m_mode(mode)
{
    if (m_mode == Mode::OnReaderThread)
        m_thread = std::make_unique<ReaderThread>(guiConnection.config());
}

// The thread goes first: what it runs uses this object's members to the end.
ConsoleReader::~ConsoleReader()
{
    m_thread.reset();
}

ConsoleReader::Mode ConsoleReader::modeFor(const storage::Connection &connection)
{
    return connection.config().isPostgres() ? Mode::OnReaderThread : Mode::OnGuiThread;
}

QSqlDatabase ConsoleReader::guiDatabase() const
{
    return m_guiConnection.database();
}

void ConsoleReader::run(std::function<void(const QSqlDatabase &)> work, std::function<void()> deliver)
{
    m_thread->post(std::move(work), [this, deliver = std::move(deliver)](const QString &failure) {
        if (!failure.isEmpty())
            ++m_failures;
        // This object outlives the thread (its destructor stops it), so it is there to post to;
        // what is posted and not yet delivered when it goes is dropped with it.
        QMetaObject::invokeMethod(
            this,
            [this, deliver, failure] {
                m_held.append([this, deliver, failure] {
                    deliver();
                    if (!failure.isEmpty())
                        Q_EMIT readFailed(failure);
                });
                if (m_waits == 0)
                    showHeld();
            },
            Qt::QueuedConnection);
    });
}

void ConsoleReader::showHeld()
{
    while (m_waits == 0 && !m_held.isEmpty())
        m_held.takeFirst()();
}

void ConsoleReader::waitFor(std::function<void(const QSqlDatabase &)> work)
{
    // Shared with the reader's thread and with the event that ends the loop, which may come
    // after this function returned.
    struct Waiting
    {
        QSemaphore done; // released on the reader's thread once `work` returned
        QString failure;
        QEventLoop *loop = nullptr;
    };
    const auto waiting = std::make_shared<Waiting>();
    QEventLoop loop;
    waiting->loop = &loop;
    m_thread->post(std::move(work), [this, waiting](const QString &failure) {
        if (!failure.isEmpty())
            ++m_failures;
        waiting->failure = failure;
        waiting->done.release();
        QMetaObject::invokeMethod(
            this,
            [waiting] {
                if (waiting->loop)
                    waiting->loop->quit();
            },
            Qt::QueuedConnection);
    });
    ++m_waits;
    if (!waiting->done.tryAcquire()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        // Also when the application quits, which ends every loop early: the work then still
        // finishes on the reader's thread, and the caller gets its result.
        waiting->done.acquire();
    }
    waiting->loop = nullptr;
    --m_waits;
    if (!waiting->failure.isEmpty())
        Q_EMIT readFailed(waiting->failure);
    // The caller goes on with what it holds first; the reads held back are shown after.
    if (m_waits == 0 && !m_held.isEmpty())
        QMetaObject::invokeMethod(this, &ConsoleReader::showHeld, Qt::QueuedConnection);
}

void ConsoleReader::listenForChanges()
{
    if (m_mode == Mode::OnReaderThread)
        m_thread->listenForChanges([this](const QSet<QString> &tables) { Q_EMIT tablesChanged(tables); });
}

void ConsoleReader::checkConnection()
{
    if (m_mode == Mode::OnReaderThread)
        m_thread->checkConnection();
}

bool ConsoleReader::hearsChanges() const
{
    return m_mode == Mode::OnReaderThread && m_thread->hearsChanges();
}

void ConsoleReader::afterQueuedReads(std::function<void()> done)
{
    if (m_mode == Mode::OnGuiThread) {
        done(); // reads on the GUI thread are over already
        return;
    }
    run([](const QSqlDatabase &) {}, std::move(done));
}

} // namespace punchclock::ui
