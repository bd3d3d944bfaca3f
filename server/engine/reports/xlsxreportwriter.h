#pragma once

#include "reporttable.h"

#include <QString>

namespace punchclock::engine::reports {

// Writes the report as an Excel workbook (libxlsxwriter): the title, period and scope on top,
// the header row frozen below them, dates, times and durations as real date / time / [h]:mm
// cells so that Excel can add them up, and a totals row of SUM formulas. Returns false and
// says why in `error` (the library's own words) when the file cannot be written.
bool writeXlsx(const ReportTable &table, const ReportTexts &texts, const QString &path, QString *error);

} // namespace punchclock::engine::reports
