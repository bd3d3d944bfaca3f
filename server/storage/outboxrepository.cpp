#include "outboxrepository.h"

#include "sqlsupport.h"

namespace punchclock::storage {

namespace {

constexpr qsizetype IdsPerStatement = 500;

const QString selectRows = QStringLiteral("SELECT id, destination_id, event, subject_id, status, attempts, last_error, "
                                          "created_at, delivered_at FROM outbox ");

OutboxRow rowFrom(const QSqlQuery &query)
{
    OutboxRow row;
    row.id = query.value(0).toLongLong();
    row.destinationId = query.value(1).toLongLong();
    row.event = outboxEventFromName(query.value(2).toString()).value_or(OutboxEvent::Punch);
    row.subjectId = query.value(3).toLongLong();
    row.status = outboxStatusFromName(query.value(4).toString()).value_or(OutboxStatus::Pending);
    row.attempts = query.value(5).toInt();
    row.lastError = query.value(6).toString();
    row.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    if (!query.value(8).isNull())
        row.deliveredAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return row;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace

QString outboxEventName(OutboxEvent event)
{
    switch (event) {
    case OutboxEvent::Punch: return QStringLiteral("punch");
    case OutboxEvent::Correction: return QStringLiteral("correction");
    case OutboxEvent::UserChange: return QStringLiteral("user");
    }
    return {};
}

std::optional<OutboxEvent> outboxEventFromName(const QString &name)
{
    for (const OutboxEvent event : {OutboxEvent::Punch, OutboxEvent::Correction, OutboxEvent::UserChange}) {
        if (outboxEventName(event) == name)
            return event;
    }
    return std::nullopt;
}

QString outboxStatusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending: return QStringLiteral("pending");
    case OutboxStatus::Delivered: return QStringLiteral("delivered");
    case OutboxStatus::Failed: return QStringLiteral("failed");
    case OutboxStatus::Parked: return QStringLiteral("parked");
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromName(const QString &name)
{
    for (const OutboxStatus status :
         {OutboxStatus::Pending, OutboxStatus::Delivered, OutboxStatus::Failed, OutboxStatus::Parked}) {
        if (outboxStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool OutboxRepository::queuePunches(const QList<qint64> &punchIds)
{
    return queue(QStringLiteral("punch"), QStringLiteral("sends_punches"), punchIds);
}

bool OutboxRepository::queueCorrection(qint64 correctionId)
{
    return queue(QStringLiteral("correction"), QStringLiteral("sends_corrections"), {correctionId});
}

bool OutboxRepository::queueUserChange(qint64 auditId)
{
    return queue(QStringLiteral("user"), QStringLiteral("sends_user_changes"), {auditId});
}

bool OutboxRepository::queue(const QString &event, const QString &sendsColumn, const QList<qint64> &subjectIds)
{
    // One statement per chunk whatever the number of destinations: when nothing is sent
    // anywhere, the realtime path pays a join with an empty table.
    const QString now = utcNowText();
    for (qsizetype first = 0; first < subjectIds.size(); first += IdsPerStatement) {
        const QList<qint64> chunk = subjectIds.mid(first, IdsPerStatement);
        QVariantList values;
        for (const qint64 id : chunk)
            values << id;
        values << event << now;
        // The casts tell PostgreSQL the type of a parameter it cannot infer in VALUES.
        const QStringList rows(chunk.size(), QStringLiteral("(CAST(? AS BIGINT))"));
        QSqlQuery query(m_db);
        if (!exec(query,
                  QStringLiteral("WITH subjects (id) AS (VALUES %1) "
                                 "INSERT INTO outbox (destination_id, event, subject_id, created_at) "
                                 "SELECT d.id, ?, s.id, ? FROM integration_destinations d CROSS JOIN subjects s "
                                 "WHERE d.%2 = 1 ORDER BY s.id, d.id "
                                 "ON CONFLICT (destination_id, event, subject_id) DO NOTHING")
                      .arg(rows.join(QLatin1Char(',')), sendsColumn),
                  values))
            return false;
    }
    return true;
}

QList<OutboxRow> OutboxRepository::nextPending(qint64 destinationId, int limit) const
{
    QList<OutboxRow> rows;
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("WHERE destination_id = ? AND status = 'pending' ORDER BY id LIMIT ?"),
              {destinationId, limit}))
        return rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

bool OutboxRepository::markDelivered(const QList<qint64> &ids)
{
    // Only a pending one: a replay or a retry may have set it anew while it was on its way.
    return updateEach(
        QStringLiteral("UPDATE outbox SET status = 'delivered', attempts = attempts + 1, last_error = '', "
                       "delivered_at = ? WHERE status = 'pending' AND id IN (%1)"),
        utcNowText(), ids);
}

bool OutboxRepository::markUndeliverable(qint64 id, OutboxStatus status, const QString &reason)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ? "
                               "WHERE status = 'pending' AND id = ?"),
                {outboxStatusName(status), reason, id});
}

bool OutboxRepository::markAttempted(const QList<qint64> &ids, const QString &reason)
{
    return updateEach(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                                     "WHERE status = 'pending' AND id IN (%1)"),
                      reason, ids);
}

bool OutboxRepository::updateEach(const QString &sql, const QVariant &value, const QList<qint64> &ids)
{
    for (qsizetype first = 0; first < ids.size(); first += IdsPerStatement) {
        const QList<qint64> chunk = ids.mid(first, IdsPerStatement);
        QVariantList values{value};
        for (const qint64 id : chunk)
            values << id;
        QSqlQuery query(m_db);
        if (!exec(query, sql.arg(placeholders(chunk.size())), values))
            return false;
    }
    return true;
}

std::optional<qint64> OutboxRepository::retry(qint64 destinationId, const QList<OutboxStatus> &statuses)
{
    if (statuses.isEmpty())
        return 0;
    QVariantList values{destinationId};
    for (const OutboxStatus status : statuses)
        values << outboxStatusName(status);
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("UPDATE outbox SET status = 'pending', attempts = 0, delivered_at = NULL "
                             "WHERE destination_id = ? AND status IN (%1)")
                  .arg(placeholders(statuses.size())),
              values))
        return std::nullopt;
    return query.numRowsAffected();
}

std::optional<qint64> OutboxRepository::replay(qint64 destinationId, QDate from)
{
    // Punches by their wall-clock time ("YYYY-MM-DD hh:mm:ss"), corrections and audit records by
    // when they were made (UTC): text comparison from the date's first second.
    const QString since = from.toString(Qt::ISODate);
    const QString now = utcNowText();
    struct Source
    {
        QString event;
        QString sendsColumn;
        QString subjects;
    };
    const QList<Source> sources{
        {QStringLiteral("punch"), QStringLiteral("sends_punches"),
         QStringLiteral("SELECT id FROM punches WHERE io_time >= ?")},
        {QStringLiteral("correction"), QStringLiteral("sends_corrections"),
         QStringLiteral("SELECT id FROM punch_corrections WHERE changed_at >= ?")},
        {QStringLiteral("user"), QStringLiteral("sends_user_changes"),
         QStringLiteral("SELECT id FROM audit_log WHERE object_kind = 'user' AND at >= ?")},
    };
    qint64 queued = 0;
    for (const Source &source : sources) {
        QSqlQuery query(m_db);
        if (!exec(query,
                  QStringLiteral("INSERT INTO outbox (destination_id, event, subject_id, created_at) "
                                 "SELECT d.id, ?, s.id, ? FROM integration_destinations d CROSS JOIN (%1) s "
                                 "WHERE d.id = ? AND d.%2 = 1 ORDER BY s.id "
                                 "ON CONFLICT (destination_id, event, subject_id) DO UPDATE SET status = 'pending', "
                                 "attempts = 0, last_error = '', delivered_at = NULL")
                      .arg(source.subjects, source.sendsColumn),
                  {source.event, now, since, destinationId}))
            return std::nullopt;
        queued += query.numRowsAffected();
    }
    return queued;
}

OutboxBacklog OutboxRepository::backlog(qint64 destinationId) const
{
    OutboxBacklog backlog;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT status, COUNT(*), MIN(created_at) FROM outbox WHERE destination_id = ? "
                             "GROUP BY status"),
              {destinationId}))
        return backlog;
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        switch (outboxStatusFromName(query.value(0).toString()).value_or(OutboxStatus::Pending)) {
        case OutboxStatus::Pending:
            backlog.pending = count;
            backlog.oldestPending = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
            break;
        case OutboxStatus::Delivered: backlog.delivered = count; break;
        case OutboxStatus::Failed: backlog.failed = count; break;
        case OutboxStatus::Parked: backlog.parked = count; break;
        }
    }
    return backlog;
}

QList<OutboxRow> OutboxRepository::records(qint64 destinationId, std::optional<OutboxStatus> status, qint64 beforeId,
                                           int limit) const
{
    QString sql = selectRows + QStringLiteral("WHERE destination_id = ?");
    QVariantList values{destinationId};
    if (status) {
        sql += QStringLiteral(" AND status = ?");
        values << outboxStatusName(*status);
    }
    if (beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        values << beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << limit;
    QList<OutboxRow> rows;
    QSqlQuery query(m_db);
    if (!exec(query, sql, values))
        return rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

} // namespace punchclock::storage
