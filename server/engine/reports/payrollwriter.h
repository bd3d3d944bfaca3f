#pragma once

#include "payrollexport.h"

#include <QByteArray>
#include <QString>

namespace punchclock::engine::reports {

// Writes a payroll export as its profile lays it out, for a payroll program to import: the
// header row, then one row per employee, and nothing else (no title, no totals), so that the
// first line is the header and every other line an employee.
//
// CSV: UTF-8 with a byte-order mark, lines ended by CRLF, the profile's delimiter, fields quoted
// as RFC 4180 says when they hold the delimiter, a quote or a line break. Text that starts with
// =, +, -, @, a tab or a line break (names, headers) gets an apostrophe in front, so that no
// spreadsheet program runs it as a formula. Hours, dates and numbers as the profile says.
//
// Excel: one sheet, the header row frozen; text as text, dates as date cells in the profile's
// date format, numbers as numbers, hours as durations ([h]:mm) or, in decimal, as the rounded
// number the CSV shows (0.00 with the profile's places; Excel shows the decimal separator of
// the PC it runs on).
class PayrollWriter
{
public:
    enum class Format {
        Csv,
        Xlsx,
    };

    static QByteArray toCsv(const PayrollTable &table);
    // False with the reason in *error when the file cannot be written.
    static bool write(Format format, const PayrollTable &table, const QString &path, QString *error);

private:
    static bool writeCsv(const PayrollTable &table, const QString &path, QString *error);
    static bool writeXlsx(const PayrollTable &table, const QString &path, QString *error);
    static bool writeXlsxTo(const PayrollTable &table, const QString &path, QString *error);
};

} // namespace punchclock::engine::reports
