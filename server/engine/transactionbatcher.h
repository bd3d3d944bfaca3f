#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <vector>

namespace punchclock::storage {
class WriteTransaction;
}

namespace punchclock::engine {

// Group commit: writes queued while the event loop was busy go into one transaction, so one
// fsync (synchronous=FULL) covers many requests. `done` runs only after the COMMIT returned,
// which is what lets the server answer OK only for data that is on disk.
//
// A failing write is rolled back alone and reported; the others still commit. The batch first
// runs without savepoints, since writes almost never fail and on PostgreSQL each savepoint costs
// two round trips, as much as the write itself. Only when one fails is the whole transaction
// rolled back and the batch run again with a savepoint per write. Work must therefore be safe to
// run twice: it may keep state for the transaction, but must drop it on retryingWithSavepoints().
class TransactionBatcher : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<bool(QSqlDatabase &db)>;
    using Done = std::function<void(bool stored)>;

    explicit TransactionBatcher(QSqlDatabase db, QObject *parent = nullptr);

    void enqueue(Work work, Done done);
    // Runs first in every transaction of a flush (both attempts); its failure fails the batch.
    // The engine takes its row locks there in one order, so that two servers never wait for
    // each other.
    void setFirstInTransaction(std::function<bool(QSqlDatabase &db)> first) { m_first = std::move(first); }
    // Commits everything queued now; also called on shutdown.
    void flush();

Q_SIGNALS:
    // After every flush, committed or not.
    void flushed(bool committed, int writes);
    // A write of the batch failed: everything it wrote was rolled back, and the batch runs
    // again, each write in its own savepoint.
    void retryingWithSavepoints();

private:
    struct Item
    {
        Work work;
        Done done;
    };

    // Every item's result (all false when BEGIN or COMMIT failed), or an empty vector when
    // one write failed and the transaction was rolled back.
    std::vector<char> runOptimistically(std::vector<Item> &batch);
    bool begin(const storage::WriteTransaction &transaction);
    bool commit(storage::WriteTransaction &transaction);
    std::vector<char> runEachInSavepoint(std::vector<Item> &batch, bool *stored);
    bool runInSavepoint(Item &item);
    bool run(QSqlQuery &query, const QString &sql);

    QSqlDatabase m_db;
    QSqlQuery m_savepoint;
    QSqlQuery m_rollbackToSavepoint;
    QSqlQuery m_releaseSavepoint;
    bool m_prepared;
    std::function<bool(QSqlDatabase &db)> m_first;
    std::vector<Item> m_queue;
    bool m_flushScheduled = false;
};

} // namespace punchclock::engine
