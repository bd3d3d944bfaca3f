#pragma once

#include "storewrite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

// A system punches are delivered to (integration_destinations, migration 016).
struct DestinationRow
{
    qint64 id = 0;
    QString name;
    QString kind; // "webhook", "erpnext"
    QString url;
    QJsonObject options;  // the kind's settings, none secret
    QString sealedSecret; // services::SecretBox's text; empty: no secret
    bool sendsPunches = true;
    bool sendsCorrections = false;
    bool sendsUserChanges = false;
    bool enabled = true;
    QDateTime createdAt;
    // Delivery state: consecutive failures that may pass, when to try again, why.
    int failures = 0;
    QDateTime nextAttemptAt; // invalid: at once
    QString lastError;
    QDateTime lastDeliveredAt;
    QString leaseOwner; // the worker delivering it now ("host:pid:…"), or empty
};

class DestinationRepository
{
public:
    explicit DestinationRepository(QSqlDatabase db);

    QList<DestinationRow> list() const; // by name
    std::optional<DestinationRow> find(qint64 id) const;
    std::optional<DestinationRow> findByName(const QString &name) const;

    // The new id, or nullopt (a name already taken, the database refused).
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> insert(const DestinationRow &row);
    // Name, URL, options, secret, events and enabled; the delivery state is left alone.
    PUNCHCLOCK_STORE_WRITE bool update(const DestinationRow &row);
    // With its queue.
    PUNCHCLOCK_STORE_WRITE bool remove(qint64 id);

    // The delivery state after a round: an answer clears the failures (and notes the time
    // when something was delivered), a failure that may pass counts and waits until `retryAt`.
    // Written by the worker, not an operator's change.
    PUNCHCLOCK_STORE_WRITE bool recordAnswered(qint64 id, bool delivered);
    PUNCHCLOCK_STORE_WRITE bool recordFailure(qint64 id, const QString &error, const QDateTime &retryAt);
    // An operator's "try now": the wait is over, the count starts again.
    PUNCHCLOCK_STORE_WRITE bool clearWait(qint64 id);

    // Takes or renews the right to deliver this destination's queue until `until`: true when
    // nobody else holds it (or their lease ran out). One worker at a time keeps the order.
    PUNCHCLOCK_STORE_WRITE bool takeLease(qint64 id, const QString &owner, const QDateTime &until);
    PUNCHCLOCK_STORE_WRITE bool releaseLease(qint64 id, const QString &owner);
    // Takes the lease from a worker known to be gone (a process of this machine that no longer
    // runs), whatever its time: true when `staleOwner` still held it.
    PUNCHCLOCK_STORE_WRITE bool takeLeaseFrom(qint64 id, const QString &staleOwner, const QString &owner,
                                              const QDateTime &until);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
