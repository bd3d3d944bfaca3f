#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <mutex>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace punchclock::storage {
class Connection;
}

namespace punchclock::ui {

class ReaderThread;

// Where the console's database work runs: the pages' reads, and what the operator's actions
// and dialogs read and change. On PostgreSQL the database may be across a network, and each
// round trip on the GUI thread would freeze the window for its whole latency: there the work
// runs on a thread of the console's own (the reader's), with a connection of its own, and its
// results come back to the GUI thread as events. A SQLite file is on this PC and a statement
// takes microseconds: there the work runs at once on the GUI thread's connection, which keeps a
// page's data current the moment its reload returns.
class ConsoleReader : public QObject
{
    Q_OBJECT

public:
    enum class Mode { OnGuiThread, OnReaderThread };

    ConsoleReader(storage::Connection &guiConnection, Mode mode, QObject *parent = nullptr);
    ~ConsoleReader() override;

    static Mode modeFor(const storage::Connection &connection);
    Mode mode() const { return m_mode; }

    // Runs `work` with the reader's connection, then `show` with its result on the GUI thread,
    // unless `receiver` is gone by then. Reads run one at a time, in the order asked. A read
    // that fails gives what the repositories give then (an empty list), as on the GUI thread,
    // and readFailed() says why, for the database banner.
    template <typename Result>
    void read(QObject *receiver, std::function<Result(const QSqlDatabase &)> work,
              std::function<void(Result)> show)
    {
        if (m_mode == Mode::OnGuiThread) {
            show(work(guiDatabase()));
            return;
        }
        auto result = std::make_shared<Result>();
        run([work = std::move(work), result](const QSqlDatabase &db) { *result = work(db); },
            [receiver = QPointer<QObject>(receiver), show = std::move(show), result] {
                if (receiver)
                    show(std::move(*result));
            });
    }

    // Runs `work` on the reader's thread after the reads asked before, and returns its result,
    // keeping the window painting meanwhile: a local event loop that holds the operator's input
    // back (Qt delivers it once this returns). Should the application quit meanwhile, it blocks
    // until `work` is done: the caller always has its result. For what the calling code needs before it goes on:
    // a change through a service, the rows a dialog opens with. `work` may use what the caller
    // holds, since the caller waits, but no widget. Reads shown meanwhile would change models
    // under the caller: their results are shown after this returns.
    template <typename Work>
    auto wait(Work work) -> decltype(work(std::declval<const QSqlDatabase &>()))
    {
        using Result = decltype(work(std::declval<const QSqlDatabase &>()));
        if (m_mode == Mode::OnGuiThread)
            return work(guiDatabase());
        std::optional<Result> result;
        waitFor([&work, &result](const QSqlDatabase &db) { result.emplace(work(db)); });
        return std::move(*result);
    }

    // On the reader's thread: listens for the database's change notices (PostgreSQL) on the
    // reader's connection, and again each time it opens it again, so that the GUI thread's
    // connection has no part in it; tablesChanged() reports them. Nothing on the GUI thread.
    void listenForChanges();
    // Whether the reader's connection listens now.
    bool hearsChanges() const;
    // Before the next work, the reader makes sure its connection still answers and opens it
    // again if not (a PostgreSQL server restarted while nothing was read: its change notices
    // would be lost on the old session).
    void checkConnection();

    // `done` once every read asked before has been shown.
    void afterQueuedReads(std::function<void()> done);
    // How many reads failed on the reader's thread so far: compared before and after a retry's
    // reloads, it tells whether the database reads again.
    quint64 failedReads() const { return m_failures.load(); }

Q_SIGNALS:
    // A read on the reader's thread failed: the driver's words. (Reads on the GUI thread are
    // noticed there, by storage::lastQueryFailureOnThisThread.)
    void readFailed(const QString &message);
    // Tables other connections committed changes to (listenForChanges()).
    void tablesChanged(const QSet<QString> &tables);

private:
    QSqlDatabase guiDatabase() const;
    // `work` on the reader's thread, then `deliver` on this one.
    void run(std::function<void(const QSqlDatabase &)> work, std::function<void()> deliver);
    void waitFor(std::function<void(const QSqlDatabase &)> work);
    // Shows the reads that arrived while the GUI thread waited, in order.
    void showHeld();

    storage::Connection &m_guiConnection;
    Mode m_mode;
    std::unique_ptr<ReaderThread> m_thread;
    // Reads that failed on the reader's thread, ever.
    std::atomic<quint64> m_failures = 0;
    int m_waits = 0; // wait() calls under way, nested
    QList<std::function<void()>> m_held;
};

// A read a page makes again and again: its reload. A request while the last one still waits
// for the reader replaces it, so that a flood of changes costs one read at a time rather than
// a queue, and the page ends up showing data read after its last request.
template <typename Result>
class RepeatedRead
{
public:
    RepeatedRead(ConsoleReader &reader, QObject *receiver, std::function<void(Result)> show)
        : m_reader(reader)
        , m_receiver(receiver)
        , m_show(std::move(show))
    {
    }

    void request(std::function<Result(const QSqlDatabase &)> work)
    {
        const bool alreadyWaiting = m_waiting->exchange(std::move(work));
        if (alreadyWaiting)
            return;
        m_reader.read<Result>(
            m_receiver, [waiting = m_waiting](const QSqlDatabase &db) { return waiting->take()(db); }, m_show);
    }

private:
    // The newest work not yet started, shared with the reader's thread.
    class Waiting
    {
    public:
        // Whether some work was waiting already.
        bool exchange(std::function<Result(const QSqlDatabase &)> work)
        {
            std::lock_guard lock(m_mutex);
            const bool was = bool(m_work);
            m_work = std::move(work);
            return was;
        }
        std::function<Result(const QSqlDatabase &)> take()
        {
            std::lock_guard lock(m_mutex);
            return std::exchange(m_work, nullptr);
        }

    private:
        std::mutex m_mutex;
        std::function<Result(const QSqlDatabase &)> m_work;
    };

    ConsoleReader &m_reader;
    QObject *m_receiver;
    std::function<void(Result)> m_show;
    std::shared_ptr<Waiting> m_waiting = std::make_shared<Waiting>();
};

} // namespace punchclock::ui
