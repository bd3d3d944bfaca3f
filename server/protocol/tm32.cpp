#include "tm32.h"

#include "walltime.h"

namespace punchclock::protocol::tm32 {

namespace {

quint32 bits(quint32 word, int shift, int width)
{
    return (word >> shift) & ((1u << width) - 1u);
}

QDateTime fromFields(int year, quint32 word, int second)
{
    return walltime::make(QDate(year, int(bits(word, 12, 4)), int(bits(word, 16, 5))),
                          QTime(int(bits(word, 21, 5)), int(bits(word, 26, 6)), second));
}

quint32 dayAndTime(const QDateTime &wallTime)
{
    const QDate date = wallTime.date();
    const QTime time = wallTime.time();
    return (quint32(date.month()) << 12) | (quint32(date.day()) << 16) | (quint32(time.hour()) << 21)
        | (quint32(time.minute()) << 26);
}

} // namespace

QDateTime decode(quint32 word, int second)
{
    return fromFields(1900 + int(bits(word, 2, 10)), word, second);
}

quint32 encode(const QDateTime &wallTime, int valid)
{
    return (quint32(valid) & 3u) | (quint32(wallTime.date().year() - 1900) & 0x3ffu) << 2
        | dayAndTime(wallTime);
}

QDateTime decodeFullYear(quint32 word, int second)
{
    return fromFields(int(bits(word, 0, 12)), word, second);
}

quint32 encodeFullYear(const QDateTime &wallTime)
{
    return (quint32(wallTime.date().year()) & 0xfffu) | dayAndTime(wallTime);
}

QDateTime decodeYear1900(quint32 word)
{
    return fromFields(1900 + int(bits(word, 0, 12)), word, 0);
}

quint32 encodeYear1900(const QDateTime &wallTime)
{
    return (quint32(wallTime.date().year() - 1900) & 0xfffu) | dayAndTime(wallTime);
}

} // namespace punchclock::protocol::tm32
