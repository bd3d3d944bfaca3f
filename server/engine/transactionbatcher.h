#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <vector>

namespace punchclock::engine {

// Group commit: writes queued while the event loop was busy go into one transaction, so one
// fsync (synchronous=FULL) covers many requests. Each write runs in its own savepoint: a failing
// write is rolled back alone and reported, the others still commit. `done` runs only after the
// COMMIT returned, which is what lets the server answer OK only for data that is on disk.
class TransactionBatcher : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<bool(QSqlDatabase &db)>;
    using Done = std::function<void(bool stored)>;

    explicit TransactionBatcher(QSqlDatabase db, QObject *parent = nullptr);

    void enqueue(Work work, Done done);
    // Commits everything queued now; also called on shutdown.
    void flush();

Q_SIGNALS:
    // After every flush, committed or not.
    void flushed(bool committed, int writes);

private:
    struct Item
    {
        Work work;
        Done done;
    };

    bool runInSavepoint(Item &item);
    bool run(QSqlQuery &query, const QString &sql);

    QSqlDatabase m_db;
    QSqlQuery m_savepoint;
    QSqlQuery m_rollbackToSavepoint;
    QSqlQuery m_releaseSavepoint;
    bool m_prepared;
    std::vector<Item> m_queue;
    bool m_flushScheduled = false;
};

} // namespace punchclock::engine
