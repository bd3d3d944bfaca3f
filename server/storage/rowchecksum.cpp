#include "rowchecksum.h"

#include <QtEndian>

namespace punchclock::storage {

RowChecksum::RowChecksum()
    : m_hash(QCryptographicHash::Sha256)
{
}

QVariant RowChecksum::normalised(const QVariant &value, bool blob)
{
    if (value.isNull())
        return {};
    if (blob)
        return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong: // QPSQL's type for an identity column
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toLongLong();
    case QMetaType::QByteArray:
        return value.toByteArray();
    default:
        return value.toString();
    }
}

void RowChecksum::addRow(const QVariantList &row, const QList<bool> &blobColumns)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QVariant value = normalised(row.at(i), blobColumns.value(i));
        QByteArray bytes;
        char tag = 'N';
        switch (value.typeId()) {
        case QMetaType::UnknownType: break;
        case QMetaType::LongLong:
            tag = 'I';
            bytes = QByteArray::number(value.toLongLong());
            break;
        case QMetaType::QByteArray:
            tag = 'B';
            bytes = value.toByteArray();
            break;
        default:
            tag = 'T';
            bytes = value.toString().toUtf8();
        }
        const quint64 length = qToBigEndian(quint64(bytes.size()));
        m_hash.addData(QByteArrayView(&tag, 1));
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
        m_hash.addData(bytes);
    }
    ++m_rows;
}

QString RowChecksum::hex() const
{
    // result() keeps the hash open for further rows.
    return QString::fromLatin1(m_hash.result().toHex());
}

} // namespace punchclock::storage
