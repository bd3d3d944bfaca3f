#pragma once

#include "storewrite.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

enum class OutboxEvent { Punch, Correction, UserChange };
enum class OutboxStatus { Pending, Delivered, Failed, Parked };

QString outboxEventName(OutboxEvent event); // "punch", "correction", "user"
std::optional<OutboxEvent> outboxEventFromName(const QString &name);
QString outboxStatusName(OutboxStatus status); // "pending", "delivered", "failed", "parked"
std::optional<OutboxStatus> outboxStatusFromName(const QString &name);

// One event queued for one destination (outbox, migration 016).
struct OutboxRow
{
    qint64 id = 0;
    qint64 destinationId = 0;
    OutboxEvent event = OutboxEvent::Punch;
    qint64 subjectId = 0; // the punch's, the correction's or the audit record's id
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime deliveredAt;
};

struct OutboxBacklog
{
    qint64 pending = 0;
    qint64 delivered = 0;
    qint64 failed = 0;
    qint64 parked = 0;
    QDateTime oldestPending; // when the oldest pending event was queued; invalid: none
};

class OutboxRepository
{
public:
    explicit OutboxRepository(QSqlDatabase db);

    // The queue writers, called in the transaction that stores the subject so that both are
    // kept or neither: one row per destination that sends such events (paused ones included,
    // so that nothing is missed while they are).
    PUNCHCLOCK_STORE_WRITE bool queuePunches(const QList<qint64> &punchIds);
    PUNCHCLOCK_STORE_WRITE bool queueCorrection(qint64 correctionId);
    PUNCHCLOCK_STORE_WRITE bool queueUserChange(qint64 auditId);

    // A destination's next pending events, oldest first.
    QList<OutboxRow> nextPending(qint64 destinationId, int limit) const;
    PUNCHCLOCK_STORE_WRITE bool markDelivered(const QList<qint64> &ids);
    // Refused for good (Failed) or held for a person (Parked), with the reason.
    PUNCHCLOCK_STORE_WRITE bool markUndeliverable(qint64 id, OutboxStatus status, const QString &reason);
    // A try that may succeed later: counted, the reason kept, still pending.
    PUNCHCLOCK_STORE_WRITE bool markAttempted(const QList<qint64> &ids, const QString &reason);

    // Sets a destination's events of these statuses pending again: how many, nullopt on failure.
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> retry(qint64 destinationId, const QList<OutboxStatus> &statuses);
    // Queues again everything the destination sends from `from` on (punches and corrections by
    // their time, user changes by when they were made), also what happened before it existed.
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> replay(qint64 destinationId, QDate from);

    OutboxBacklog backlog(qint64 destinationId) const;
    // A destination's events, newest first, before `beforeId` (0: from the newest).
    QList<OutboxRow> records(qint64 destinationId, std::optional<OutboxStatus> status, qint64 beforeId,
                             int limit) const;

private:
    // `sql` with one value and "IN (%1)" for the ids, run on the ids in chunks.
    bool updateEach(const QString &sql, const QVariant &value, const QList<qint64> &ids);
    bool queue(const QString &event, const QString &sendsColumn, const QList<qint64> &subjectIds);

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
