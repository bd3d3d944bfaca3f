#include "tablereader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace punchclock::storage {

namespace {

const QString cursorName = QStringLiteral("punchclock_copy_rows");

QVariantList rowOf(const QSqlQuery &query, int columns)
{
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row << query.value(i);
    return row;
}

} // namespace

TableReader::TableReader(QSqlDatabase db, const CopyTable &table)
    : m_db(std::move(db))
    , m_table(table)
{
}

bool TableReader::read(int batchRows, const Batch &batch)
{
    return CopySchema::isPostgres(m_db) ? readCursor(batchRows, batch) : readSqlite(batchRows, batch);
}

bool TableReader::readSqlite(int batchRows, const Batch &batch)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(CopySchema::selectSql(m_db, m_table))) {
        m_error = query.lastError().text();
        return false;
    }
    const int columns = int(m_table.columns.size());
    QList<QVariantList> rows;
    while (query.next()) {
        rows << rowOf(query, columns);
        if (rows.size() >= batchRows) {
            if (!batch(rows))
                return false;
            rows.clear();
        }
    }
    if (query.lastError().isValid()) {
        m_error = query.lastError().text();
        return false;
    }
    return rows.isEmpty() || batch(rows);
}

bool TableReader::readCursor(int batchRows, const Batch &batch)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2")
                        .arg(cursorName, CopySchema::selectSql(m_db, m_table)))) {
        m_error = query.lastError().text();
        return false;
    }
    const int columns = int(m_table.columns.size());
    const QString fetch = QStringLiteral("FETCH FORWARD %1 FROM %2").arg(batchRows).arg(cursorName);
    bool ok = true;
    for (;;) {
        if (!query.exec(fetch)) {
            m_error = query.lastError().text();
            ok = false;
            break;
        }
        QList<QVariantList> rows;
        while (query.next())
            rows << rowOf(query, columns);
        if (rows.isEmpty())
            break;
        if (!batch(rows)) {
            ok = false;
            break;
        }
    }
    // A failed statement aborts the transaction, which closes the cursor with it.
    if (ok)
        query.exec(QStringLiteral("CLOSE ") + cursorName);
    return ok;
}

} // namespace punchclock::storage
