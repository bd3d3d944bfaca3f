#pragma once

#include "copyschema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace punchclock::storage {

// Writes rows of one table in multi-row INSERTs, keeping every column (ids included): one
// round trip per batch rather than per row, which is what makes a PostgreSQL target fast. A
// batch is bounded in parameters (the engines' limits) and in bytes (photos, templates).
class BatchInserter
{
public:
    BatchInserter(QSqlDatabase db, const CopyTable &table);

    // Buffers the row; writes the buffer when it is full. False when the database refused.
    bool add(const QVariantList &row);
    bool flush();
    qint64 written() const { return m_written; }
    QString error() const { return m_error; }

private:
    QString insertSql(qsizetype rows) const;
    bool write(QSqlQuery &query);

    QSqlDatabase m_db;
    CopyTable m_table;
    qsizetype m_rowsPerStatement = 1;
    QList<QVariantList> m_pending;
    qint64 m_pendingBytes = 0;
    std::optional<QSqlQuery> m_fullBatch; // prepared once, for every full batch
    qint64 m_written = 0;
    QString m_error;
};

} // namespace punchclock::storage
