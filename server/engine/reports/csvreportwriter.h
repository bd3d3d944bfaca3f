#pragma once

#include "reporttable.h"

#include <QByteArray>
#include <QString>

namespace punchclock::engine::reports {

// CSV for spreadsheet programs: UTF-8 with a byte-order mark, RFC 4180 (comma, CRLF, quotes
// doubled), the header row from ReportTexts, then the rows and a totals row labelled
// ReportTexts::totalsLabel. Dates ISO (2026-11-24) whatever the language, for other programs
// to read; times hh:mm, "06:02 +1" for the next day; status codes in words. Text
// that starts with =, +, -, @, a tab or a line break gets an apostrophe in front, so that no
// spreadsheet program runs it as a formula.
//
// Durations are hours and minutes, h:mm with as many hours as it takes ("32:00", a minus sign
// for negative), not days: spreadsheet programs read them as a duration in days (32:00 is
// 1.333), which adds up correctly; a column shown as a time of day needs the format [h]:mm to
// show more than 24 hours. Excel export writes them as durations already formatted so.
class CsvReportWriter
{
public:
    static QByteArray toCsv(const ReportTable &table, const ReportTexts &texts);
    // False with a reason in error when the file cannot be written.
    static bool write(const ReportTable &table, const ReportTexts &texts, const QString &path, QString *error);
};

} // namespace punchclock::engine::reports
