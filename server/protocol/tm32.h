#pragma once

#include <QDateTime>
#include <QtGlobal>

// Date words of the binary record layouts (protocol.md §8), all little-endian.
namespace punchclock::protocol::tm32 {

// "tm32": Valid:2 · Year-1900:10 · Month:4 · Day:5 · Hour:5 · Minute:6; seconds travel apart.
QDateTime decode(quint32 word, int second);
quint32 encode(const QDateTime &wallTime, int valid);

// HS100/HS200 date word: full Year:12 · Month:4 · Day:5 · Hour:5 · Minute:6.
QDateTime decodeFullYear(quint32 word, int second);
quint32 encodeFullYear(const QDateTime &wallTime);

// Administrator-log date word (protocol.md §8.3): Year-1900:12 · Month:4 · Day:5 · Hour:5 ·
// Minute:6, no seconds.
QDateTime decodeYear1900(quint32 word);
quint32 encodeYear1900(const QDateTime &wallTime);

} // namespace punchclock::protocol::tm32
