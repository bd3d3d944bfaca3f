#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace punchclock::storage {

// A checksum of a table's rows, read in primary-key order, that SQLite and PostgreSQL give
// alike for the same data: every value is normalised by what it holds (NULL, integer, text,
// bytes) rather than by how a driver hands it over (int or qlonglong, a typed NULL), and
// length-prefixed so that no two rows run together. Computed in C++ while the rows are read:
// the engines' own hash functions differ.
class RowChecksum
{
public:
    RowChecksum();

    // `blobColumns[i]`: column i holds bytes; text a driver returns there counts as its UTF-8.
    void addRow(const QVariantList &row, const QList<bool> &blobColumns);
    qint64 rows() const { return m_rows; }
    // SHA-256 over the rows so far, hex.
    QString hex() const;

    // The value as it is hashed and written: QByteArray for a blob column, qlonglong for an
    // integer, QString for text, an invalid QVariant for NULL.
    static QVariant normalised(const QVariant &value, bool blob);

private:
    mutable QCryptographicHash m_hash;
    qint64 m_rows = 0;
};

} // namespace punchclock::storage
