#include "transactionbatcher.h"

#include "writetransaction.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBatch, "punchclock.batch", QtInfoMsg)

namespace punchclock::engine {

namespace {

const QString savepointSql = QStringLiteral("SAVEPOINT batch_item");
const QString rollbackToSavepointSql = QStringLiteral("ROLLBACK TO SAVEPOINT batch_item");
const QString releaseSavepointSql = QStringLiteral("RELEASE SAVEPOINT batch_item");

} // namespace

TransactionBatcher::TransactionBatcher(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_savepoint(db)
    , m_rollbackToSavepoint(db)
    , m_releaseSavepoint(db)
    // SQLite runs these prepared once, as every punch passes here; PostgreSQL refuses to prepare
    // transaction control, so there each runs as a plain statement.
    , m_prepared(db.driverName() == QLatin1String("QSQLITE"))
{
    if (m_prepared) {
        m_savepoint.prepare(savepointSql);
        m_rollbackToSavepoint.prepare(rollbackToSavepointSql);
        m_releaseSavepoint.prepare(releaseSavepointSql);
    }
}

bool TransactionBatcher::run(QSqlQuery &query, const QString &sql)
{
    return m_prepared ? query.exec() : query.exec(sql);
}

void TransactionBatcher::enqueue(Work work, Done done)
{
    m_queue.push_back({std::move(work), std::move(done)});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        // Queued behind the requests already waiting in the event loop: they join this batch.
        QTimer::singleShot(0, this, &TransactionBatcher::flush);
    }
}

bool TransactionBatcher::runInSavepoint(Item &item)
{
    if (!run(m_savepoint, savepointSql))
        return false;
    const bool ok = item.work(m_db);
    if (!ok)
        run(m_rollbackToSavepoint, rollbackToSavepointSql);
    run(m_releaseSavepoint, releaseSavepointSql);
    return ok;
}

// The write lock up front: the CLI or the console may be writing a moment, and a transaction
// that began as a reader could not wait for them. Then what must come first (row locks).
bool TransactionBatcher::begin(const storage::WriteTransaction &transaction)
{
    if (!transaction.isActive()) {
        qCWarning(lcBatch) << "cannot begin a transaction:" << transaction.error();
        return false;
    }
    return !m_first || m_first(m_db);
}

bool TransactionBatcher::commit(storage::WriteTransaction &transaction)
{
    if (transaction.commit())
        return true;
    qCWarning(lcBatch) << "commit failed:" << transaction.error();
    return false;
}

std::vector<char> TransactionBatcher::runOptimistically(std::vector<Item> &batch)
{
    storage::WriteTransaction transaction(m_db);
    if (!begin(transaction))
        return std::vector<char>(batch.size(), 0);
    for (Item &item : batch) {
        // On PostgreSQL nothing after a failed statement would run anyway.
        if (!item.work(m_db))
            return {}; // rolled back by the destructor
    }
    return std::vector<char>(batch.size(), commit(transaction) ? 1 : 0);
}

std::vector<char> TransactionBatcher::runEachInSavepoint(std::vector<Item> &batch, bool *stored)
{
    std::vector<char> results(batch.size(), 0);
    storage::WriteTransaction transaction(m_db);
    *stored = begin(transaction);
    if (!*stored)
        return results;
    for (size_t i = 0; i < batch.size(); ++i)
        results[i] = runInSavepoint(batch[i]);
    *stored = commit(transaction);
    return results;
}

void TransactionBatcher::flush()
{
    m_flushScheduled = false;
    if (m_queue.empty())
        return;
    std::vector<Item> batch;
    batch.swap(m_queue);

    std::vector<char> results = runOptimistically(batch);
    bool stored = !results.empty() && results.front();
    if (results.empty()) {
        Q_EMIT retryingWithSavepoints();
        results = runEachInSavepoint(batch, &stored);
    }

    for (size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].done)
            batch[i].done(stored && results[i]);
    }
    Q_EMIT flushed(stored, int(batch.size()));
}

} // namespace punchclock::engine
