#pragma once

#include "reporttable.h"

#include <QString>

namespace punchclock::engine::reports {

// Writes the report as an Excel workbook (libxlsxwriter): the title, period and scope on top,
// the header row frozen below them, dates, times and durations as real date / time / [h]:mm
// cells so that Excel can add them up, and a totals row of SUM formulas. Returns false and
// says why in `error` (the library's own words) when the file cannot be written.
// Dates read as texts.dateFormat says (the console's language), converted to Excel's letters.
bool writeXlsx(const ReportTable &table, const ReportTexts &texts, const QString &path, QString *error);

// A QLocale date format ("d MMM yyyy", "yyyy/M/d", "d 'de' MMMM") in Excel's number format
// letters ("d mmm yyyy", "yyyy/m/d", "d \"de\" mmmm").
QString excelDateFormat(const QString &qtFormat);

} // namespace punchclock::engine::reports
