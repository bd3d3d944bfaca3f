#include "batchinserter.h"

#include "rowchecksum.h"

#include <QSqlError>

namespace punchclock::storage {

namespace {

// Far below SQLite's 32766 and PostgreSQL's 65535 bound parameters per statement.
constexpr qsizetype ParametersPerStatement = 4000;
// A batch of photos is written before it grows past this.
constexpr qint64 BytesPerStatement = 4 * 1024 * 1024;

qint64 sizeOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().size();
    if (value.typeId() == QMetaType::QString)
        return value.toString().size() * 2;
    return 8;
}

} // namespace

BatchInserter::BatchInserter(QSqlDatabase db, const CopyTable &table)
    : m_db(std::move(db))
    , m_table(table)
    , m_rowsPerStatement(qMax<qsizetype>(1, ParametersPerStatement / qMax<qsizetype>(1, table.columns.size())))
{
}

QString BatchInserter::insertSql(qsizetype rows) const
{
    QStringList marks(m_table.columns.size(), QStringLiteral("?"));
    const QString oneRow = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table.name, m_table.columns.join(QStringLiteral(", ")),
             QStringList(rows, oneRow).join(QLatin1Char(',')));
}

bool BatchInserter::add(const QVariantList &row)
{
    QVariantList values;
    values.reserve(row.size());
    for (qsizetype i = 0; i < row.size(); ++i) {
        values << RowChecksum::normalised(row.at(i), m_table.blobColumns.value(i));
        m_pendingBytes += sizeOf(values.last());
    }
    m_pending << values;
    if (m_pending.size() >= m_rowsPerStatement || m_pendingBytes >= BytesPerStatement)
        return flush();
    return true;
}

bool BatchInserter::flush()
{
    if (m_pending.isEmpty())
        return true;
    if (m_pending.size() == m_rowsPerStatement) {
        if (!m_fullBatch) {
            m_fullBatch.emplace(m_db);
            if (!m_fullBatch->prepare(insertSql(m_rowsPerStatement))) {
                m_error = m_fullBatch->lastError().text();
                return false;
            }
        }
        return write(*m_fullBatch);
    }
    QSqlQuery query(m_db);
    if (!query.prepare(insertSql(m_pending.size()))) {
        m_error = query.lastError().text();
        return false;
    }
    return write(query);
}

bool BatchInserter::write(QSqlQuery &query)
{
    int position = 0;
    for (const QVariantList &row : std::as_const(m_pending)) {
        for (const QVariant &value : row)
            query.bindValue(position++, value);
    }
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    m_written += m_pending.size();
    m_pending.clear();
    m_pendingBytes = 0;
    return true;
}

} // namespace punchclock::storage
