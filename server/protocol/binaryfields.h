#pragma once

#include <QByteArray>
#include <QString>
#include <QtEndian>

// Little-endian field access for the fixed-size record layouts.
namespace punchclock::protocol::binary {

inline quint8 u8(const char *record, int offset)
{
    return quint8(record[offset]);
}

inline quint16 u16(const char *record, int offset)
{
    return qFromLittleEndian<quint16>(record + offset);
}

inline quint32 u32(const char *record, int offset)
{
    return qFromLittleEndian<quint32>(record + offset);
}

inline QString asciiId(const char *record, int offset, int width)
{
    int length = 0;
    while (length < width && record[offset + length] != '\0')
        ++length;
    return QString::fromLatin1(record + offset, length);
}

inline void putU8(QByteArray &record, int offset, quint32 value)
{
    record[offset] = char(value & 0xffu);
}

inline void putU16(QByteArray &record, int offset, quint32 value)
{
    qToLittleEndian(quint16(value), record.data() + offset);
}

inline void putU32(QByteArray &record, int offset, quint32 value)
{
    qToLittleEndian(value, record.data() + offset);
}

inline void putAsciiId(QByteArray &record, int offset, int width, const QString &id)
{
    const QByteArray latin = id.toLatin1().left(width);
    for (int i = 0; i < latin.size(); ++i)
        record[offset + i] = latin.at(i);
}

} // namespace punchclock::protocol::binary
