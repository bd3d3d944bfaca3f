#pragma once

#include "copyschema.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

namespace punchclock::storage {

// Reads a table's rows in key order, a batch at a time, so that memory stays bounded however
// many punches there are: SQLite steps one forward-only statement, PostgreSQL fetches from a
// cursor (its driver would otherwise fetch the whole result). Runs inside the caller's
// transaction, which the cursor needs and which makes every table one snapshot.
class TableReader
{
public:
    using Batch = std::function<bool(const QList<QVariantList> &rows)>;

    TableReader(QSqlDatabase db, const CopyTable &table);

    // Hands every row to `batch` in batches of up to `batchRows`; false when the database
    // failed (error() says why) or `batch` returned false.
    bool read(int batchRows, const Batch &batch);
    QString error() const { return m_error; }

private:
    bool readCursor(int batchRows, const Batch &batch);
    bool readSqlite(int batchRows, const Batch &batch);

    QSqlDatabase m_db;
    CopyTable m_table;
    QString m_error;
};

} // namespace punchclock::storage
