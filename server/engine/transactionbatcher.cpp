#include "transactionbatcher.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBatch, "punchclock.batch", QtInfoMsg)

namespace punchclock::engine {

TransactionBatcher::TransactionBatcher(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_savepoint(db)
    , m_rollbackToSavepoint(db)
    , m_releaseSavepoint(db)
{
    m_savepoint.prepare(QStringLiteral("SAVEPOINT batch_item"));
    m_rollbackToSavepoint.prepare(QStringLiteral("ROLLBACK TO SAVEPOINT batch_item"));
    m_releaseSavepoint.prepare(QStringLiteral("RELEASE SAVEPOINT batch_item"));
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
    if (!m_savepoint.exec())
        return false;
    const bool ok = item.work(m_db);
    if (!ok)
        m_rollbackToSavepoint.exec();
    m_releaseSavepoint.exec();
    return ok;
}

void TransactionBatcher::flush()
{
    m_flushScheduled = false;
    if (m_queue.empty())
        return;
    std::vector<Item> batch;
    batch.swap(m_queue);

    std::vector<char> results(batch.size(), 0);
    bool stored = m_db.transaction();
    if (stored) {
        for (size_t i = 0; i < batch.size(); ++i)
            results[i] = runInSavepoint(batch[i]);
        stored = m_db.commit();
        if (!stored) {
            qCWarning(lcBatch) << "commit failed:" << m_db.lastError().text();
            m_db.rollback();
        }
    } else {
        qCWarning(lcBatch) << "cannot begin a transaction:" << m_db.lastError().text();
    }

    for (size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].done)
            batch[i].done(stored && results[i]);
    }
    Q_EMIT flushed(stored, int(batch.size()));
}

} // namespace punchclock::engine
