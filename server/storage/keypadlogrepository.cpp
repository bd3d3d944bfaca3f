#include "keypadlogrepository.h"

#include "walltime.h"

#include <QHash>

namespace punchclock::storage {

namespace {

const QString insertRecord = QStringLiteral(
    "INSERT INTO keypad_log (dev_id, logged_at, kind, manager_id, user_id, manager_verify, target_backup, "
    "record, occurrence, job_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (dev_id, record, occurrence) DO NOTHING");

QVariant decodedOnly(const protocol::AdminLogRecord &record, const QVariant &value)
{
    return record.decoded ? value : QVariant();
}

KeypadLogRow rowFrom(const QSqlQuery &query)
{
    KeypadLogRow row;
    row.id = query.value(0).toLongLong();
    row.devId = query.value(1).toString();
    row.decoded = !query.value(3).isNull();
    row.loggedAt = protocol::walltime::fromStorage(query.value(2).toString());
    row.kind = query.value(3).toInt();
    row.managerId = query.value(4).toString();
    row.managerName = query.value(5).toString();
    row.userId = query.value(6).toString();
    row.userName = query.value(7).toString();
    row.managerVerify = query.value(8).toInt();
    row.target = query.value(9).toInt();
    row.record = query.value(10).toByteArray();
    row.receivedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    row.receivedAt.setTimeSpec(Qt::UTC);
    return row;
}

} // namespace

KeypadLogRepository::KeypadLogRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(std::move(db))
{}

KeypadLogRepository::ImportCount
KeypadLogRepository::import(const QString &devId, const QList<protocol::AdminLogRecord> &records, qint64 jobId)
{
    ImportCount count;
    const QString now = utcNowText();
    QHash<QByteArray, int> seen;
    for (const protocol::AdminLogRecord &record : records) {
        const int occurrence = ++seen[record.raw];
        StatementCache::Handle insert =
            m_statements.run(insertRecord, {devId, decodedOnly(record, protocol::walltime::toStorage(record.time)),
                                            decodedOnly(record, record.kind), record.managerId, record.userId,
                                            decodedOnly(record, record.managerVerify),
                                            decodedOnly(record, record.target), record.raw, occurrence, jobId, now});
        if (!insert.ok()) {
            count.ok = false;
            return count;
        }
        if (insert.numRowsAffected() > 0)
            ++count.imported;
        else
            ++count.duplicates;
    }
    return count;
}

QList<KeypadLogRow> KeypadLogRepository::list(const KeypadLogFilter &filter, bool *ok) const
{
    QString sql = QStringLiteral(
        "SELECT k.id, k.dev_id, k.logged_at, k.kind, k.manager_id, COALESCE(m.name, ''), k.user_id, "
        "COALESCE(u.name, ''), k.manager_verify, k.target_backup, k.record, k.received_at FROM keypad_log k "
        "LEFT JOIN users m ON k.manager_id <> '' AND m.user_id = k.manager_id "
        "LEFT JOIN users u ON k.user_id <> '' AND u.user_id = k.user_id WHERE 1 = 1");
    QVariantList values;
    if (!filter.devId.isEmpty()) {
        sql += QStringLiteral(" AND k.dev_id = ?");
        values << filter.devId;
    }
    // Stored times ("2026-03-26 17:36:00") compare as text against a bare date.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND (k.logged_at IS NULL OR k.logged_at >= ?)");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND (k.logged_at IS NULL OR k.logged_at < ?)");
        values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY CASE WHEN k.logged_at IS NULL THEN 1 ELSE 0 END, k.logged_at DESC, k.id DESC");

    QList<KeypadLogRow> rows;
    QSqlQuery query(m_db);
    const bool done = exec(query, sql, values);
    while (done && query.next())
        rows.append(rowFrom(query));
    if (ok)
        *ok = done;
    return rows;
}

} // namespace punchclock::storage
