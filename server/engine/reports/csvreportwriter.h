#pragma once

#include "reporttable.h"

#include <QByteArray>
#include <QString>

namespace punchclock::engine::reports {

// CSV for spreadsheet programs: UTF-8 with a byte-order mark, RFC 4180 (comma, CRLF, quotes
// doubled), the header row from ReportTexts, then the rows and a totals row labelled
// ReportTexts::totalsLabel. Dates ISO (2026-11-24), times hh:mm, durations h:mm (minus sign
// for negative), status codes in words.
class CsvReportWriter
{
public:
    static QByteArray toCsv(const ReportTable &table, const ReportTexts &texts);
    // False with a reason in error when the file cannot be written.
    static bool write(const ReportTable &table, const ReportTexts &texts, const QString &path, QString *error);
};

} // namespace punchclock::engine::reports
