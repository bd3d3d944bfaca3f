#pragma once

#include <QString>
#include <QStringList>

namespace punchclock::engine::reports {

// The pieces of a CSV file meant for spreadsheet programs, shared by every CSV the console
// writes (reports, punches).
namespace csv {

// RFC 4180: quoted when the field holds the delimiter, a quote or a line break; quotes doubled.
// Payroll programs may want another delimiter than the comma (';' where the comma is the
// decimal separator, a tab).
QString field(const QString &text, QChar delimiter = QLatin1Char(','));

// One line: fields joined by the delimiter, ended by CRLF.
QString line(const QStringList &fields, QChar delimiter = QLatin1Char(','));

// A spreadsheet program runs a cell that starts with =, +, -, @, a tab or a line break as a
// formula, so a name such as "=HYPERLINK(…)" typed on a terminal would run on the payroll
// clerk's PC. An apostrophe in front, as OWASP recommends, makes the cell show as text. Only
// for free text (names): numbers, dates and durations are written in fixed forms, and a
// negative duration must stay a number.
QString spreadsheetSafe(const QString &text);

// Before the first line, so that spreadsheet programs read UTF-8 names right.
inline constexpr char byteOrderMark[] = "\xEF\xBB\xBF";

} // namespace csv

} // namespace punchclock::engine::reports
