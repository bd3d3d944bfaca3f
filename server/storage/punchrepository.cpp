#include "punchrepository.h"

#include "outboxrepository.h"
#include "sqlitelogimporter.h"
#include "sqlsupport.h"
#include "walltime.h"

#include <QHash>
#include <QSqlError>

namespace punchclock::storage {

namespace {

// The WHERE clause for a filter, with its bound values in order.
QString whereClause(const PunchFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (!filter.devId.isEmpty()) {
        conditions << QStringLiteral("p.dev_id = ?");
        values->append(filter.devId);
    }
    if (!filter.userId.isEmpty()) {
        conditions << QStringLiteral("p.user_id = ?");
        values->append(filter.userId);
    }
    // io_time is "YYYY-MM-DD hh:mm:ss": date bounds compare as text and use the index.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("p.io_time >= ?");
        values->append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("p.io_time < ?");
        values->append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

// A punch from a pending terminal counts once the terminal is approved
// (TerminalRepository::setApproval); every other one from its arrival.
QVariant countedAtFor(int flags, const QString &now)
{
    return (flags & FromPendingTerminal) ? QVariant() : QVariant(now);
}

} // namespace

PunchRow punchRowFrom(const QSqlQuery &query)
{
    PunchRow row;
    row.id = query.value(0).toLongLong();
    row.devId = query.value(1).toString();
    row.userId = query.value(2).toString();
    row.ioTime = protocol::walltime::fromStorage(query.value(3).toString());
    row.verifyMode = quint32(query.value(4).toLongLong());
    row.verifyMethods = query.value(5).toString();
    row.ioModeRaw = quint32(query.value(6).toLongLong());
    row.ioMode = query.value(7).toInt();
    row.direction = query.value(8).toString();
    row.workCode = query.value(9).toInt();
    row.source = query.value(10).toString();
    row.flags = query.value(11).toInt();
    row.receivedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    row.resendCount = query.value(13).toInt();
    row.hasPhoto = query.value(14).toBool();
    return row;
}

PunchRepository::PunchRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(db)
{
}

PunchRepository::InsertOutcome PunchRepository::insert(const NewPunch &punch)
{
    const std::optional<QList<InsertOutcome>> outcomes = insertMany({punch});
    return outcomes ? outcomes->constFirst() : InsertOutcome::Failed;
}

std::optional<QList<PunchRepository::InsertOutcome>> PunchRepository::insertMany(const QList<NewPunch> &punches)
{
    auto keyOf = [](const QString &devId, const QString &userId, const QString &ioTime) -> QString {
        return devId + QChar(0x1f) + userId + QChar(0x1f) + ioTime;
    };
    // PostgreSQL refuses to update one row twice in a statement: a punch repeated in the list
    // goes in once, carrying its repeats in resend_count.
    QList<InsertOutcome> outcomes(punches.size(), InsertOutcome::Duplicate);
    QHash<QString, qsizetype> firstOf;
    QList<qsizetype> distinct;
    QHash<qsizetype, int> repeats;
    for (qsizetype i = 0; i < punches.size(); ++i) {
        const NewPunch &punch = punches.at(i);
        const QString key =
            keyOf(punch.devId, punch.record.userId, protocol::walltime::toStorage(punch.record.ioTime));
        const auto first = firstOf.constFind(key);
        if (first == firstOf.constEnd()) {
            firstOf.insert(key, i);
            distinct.append(i);
        } else {
            ++repeats[*first];
        }
    }

    const QString now = utcNowText();
    QHash<qsizetype, qint64> insertedIds;
    qsizetype next = 0;
    for (const qsizetype rows : multiRowSizes(distinct.size())) {
        QVariantList values;
        for (const qsizetype end = next + rows; next < end; ++next) {
            const NewPunch &punch = punches.at(distinct.at(next));
            const protocol::LogRecord &record = punch.record;
            values << punch.devId << record.userId << protocol::walltime::toStorage(record.ioTime)
                   << qint64(record.verifyModeRaw) << protocol::verifyMethodsText(record.verifyMethods)
                   << qint64(record.ioMode.raw) << record.ioMode.mode << protocol::directionName(record.ioMode.direction)
                   << record.workCode << punch.source << punch.flags << now << countedAtFor(punch.flags, now)
                   << repeats.value(distinct.at(next));
        }
        const QStringList tuples(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // A new row comes back with resend_count equal to its repeats; a known one with more.
        StatementCache::Handle inserted = m_statements.run(
            QStringLiteral(
                "INSERT INTO punches (dev_id, user_id, io_time, verify_mode, verify_methods, io_mode_raw, io_mode, "
                "direction, work_code, source, flags, received_at, counted_at, resend_count) VALUES %1 "
                "ON CONFLICT (user_id, io_time, dev_id) DO UPDATE "
                "SET resend_count = punches.resend_count + excluded.resend_count + 1 "
                "RETURNING id, resend_count, dev_id, user_id, io_time")
                .arg(tuples.join(QStringLiteral(", "))),
            values);
        if (!inserted.ok())
            return std::nullopt;
        int returned = 0;
        while (inserted.next()) {
            ++returned;
            const qsizetype index = firstOf.value(keyOf(inserted.value(2).toString(), inserted.value(3).toString(),
                                                        inserted.value(4).toString()),
                                                  -1);
            if (index < 0)
                return std::nullopt;
            if (inserted.value(1).toInt() == repeats.value(index)) {
                outcomes[index] = InsertOutcome::Inserted;
                insertedIds.insert(index, inserted.value(0).toLongLong());
            }
        }
        if (returned != rows)
            return std::nullopt;
    }

    for (auto it = insertedIds.cbegin(); it != insertedIds.cend(); ++it) {
        const QByteArray &photo = punches.at(it.key()).record.photo;
        if (!photo.isEmpty()
            && !m_statements.run(QStringLiteral("INSERT INTO punch_photos (punch_id, image) VALUES (?, ?)"),
                                 {it.value(), photo})
                    .ok())
            return std::nullopt;
    }
    if (!OutboxRepository(m_db).queuePunches(insertedIds.values()))
        return std::nullopt;
    return outcomes;
}

PunchRepository::ImportCount PunchRepository::importPulled(const QString &devId,
                                                          const QList<protocol::LogRecord> &records,
                                                          const std::function<int(const protocol::LogRecord &)> &flagsFor)
{
    // Many rows per statement: a pull brings up to hundreds of thousands of logs, and the cost
    // of one statement is mostly Qt's, not SQLite's.
    constexpr int rowsPerStatement = 100;
    constexpr int columns = 12;
    auto statement = [](qsizetype rows) {
        const QStringList values(rows, QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,'pull')"));
        return QStringLiteral("INSERT INTO punches (dev_id, user_id, io_time, verify_mode, verify_methods, "
                              "io_mode_raw, io_mode, direction, work_code, flags, received_at, counted_at, source) "
                              "VALUES %1 "
                              "ON CONFLICT (user_id, io_time, dev_id) DO NOTHING RETURNING id")
            .arg(values.join(QLatin1Char(',')));
    };

    if (SqliteLogImporter::available(m_db))
        return SqliteLogImporter(m_db).import(devId, records, flagsFor);
    QHash<quint32, QString> verifyTexts; // a terminal uses a handful of verify codes

    ImportCount count;
    const QString now = utcNowText();
    QSqlQuery full(m_db);
    if (!full.prepare(statement(rowsPerStatement))) {
        count.ok = false;
        return count;
    }
    for (qsizetype first = 0; first < records.size(); first += rowsPerStatement) {
        const qsizetype rows = std::min<qsizetype>(rowsPerStatement, records.size() - first);
        QSqlQuery partial(m_db);
        QSqlQuery &query = rows == rowsPerStatement ? full : partial;
        if (rows != rowsPerStatement && !partial.prepare(statement(rows))) {
            count.ok = false;
            return count;
        }
        for (qsizetype row = 0; row < rows; ++row) {
            const protocol::LogRecord &record = records.at(first + row);
            auto verifyText = verifyTexts.find(record.verifyModeRaw);
            if (verifyText == verifyTexts.end())
                verifyText = verifyTexts.insert(record.verifyModeRaw, protocol::verifyMethodsText(record.verifyMethods));
            const int base = int(row) * columns;
            query.bindValue(base, bindable(devId));
            query.bindValue(base + 1, bindable(record.userId));
            query.bindValue(base + 2, bindable(protocol::walltime::toStorage(record.ioTime)));
            query.bindValue(base + 3, qint64(record.verifyModeRaw));
            query.bindValue(base + 4, bindable(*verifyText));
            query.bindValue(base + 5, qint64(record.ioMode.raw));
            query.bindValue(base + 6, record.ioMode.mode);
            query.bindValue(base + 7, bindable(protocol::directionName(record.ioMode.direction)));
            query.bindValue(base + 8, record.workCode);
            const int flags = flagsFor(record);
            query.bindValue(base + 9, flags);
            query.bindValue(base + 10, now);
            query.bindValue(base + 11, countedAtFor(flags, now));
        }
        if (!query.exec()) {
            qCWarning(lcStorage) << "import of pulled logs failed:" << query.lastError().text();
            count.ok = false;
            return count;
        }
        int inserted = 0;
        QList<qint64> insertedIds;
        while (query.next()) {
            ++inserted;
            insertedIds.append(query.value(0).toLongLong());
        }
        if (!OutboxRepository(m_db).queuePunches(insertedIds)) {
            count.ok = false;
            return count;
        }
        count.imported += inserted;
        count.duplicates += int(rows) - inserted;
    }
    return count;
}

QList<PunchRow> PunchRepository::query(const PunchFilter &filter) const
{
    QVariantList values;
    QString sql = QStringLiteral(
        "SELECT p.id, p.dev_id, p.user_id, p.io_time, p.verify_mode, p.verify_methods, p.io_mode_raw, "
        "p.io_mode, p.direction, p.work_code, p.source, p.flags, p.received_at, p.resend_count, "
        "EXISTS (SELECT 1 FROM punch_photos ph WHERE ph.punch_id = p.id) FROM punches p")
        + whereClause(filter, &values) + QStringLiteral(" ORDER BY p.io_time, p.id");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }
    QList<PunchRow> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, sql, values))
        return rows;
    while (query.next())
        rows.append(punchRowFrom(query));
    return rows;
}

qint64 PunchRepository::count(const PunchFilter &filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM punches p") + whereClause(filter, &values);
    QSqlQuery query(m_db);
    if (!exec(query, sql, values) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QByteArray PunchRepository::photo(qint64 punchId) const
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT image FROM punch_photos WHERE punch_id = ?"), {punchId}) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

std::optional<int> PunchRepository::removePhotosOf(const QString &userId)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("DELETE FROM punch_photos WHERE punch_id IN (SELECT id FROM punches WHERE user_id = ?)"),
              {userId}))
        return std::nullopt;
    return query.numRowsAffected();
}

} // namespace punchclock::storage
