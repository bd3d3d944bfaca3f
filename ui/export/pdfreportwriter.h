#pragma once

#include "reportfile.h"
#include "reporttable.h"

#include <QCoreApplication>

namespace punchclock::ui {

// Writes the report as a PDF (QPdfWriter): A4, landscape when the table is wide; the title,
// period and scope on the first page; the column headers repeated on every page; "Page 2 of
// 5" at the foot of each; the totals row last. When the table is too wide even across, names and
// other words are elided, never ids, figures, dates or times. Text goes through Qt's font fallback, so a
// Chinese name is drawn with a CJK font (scripts/install-deps.sh installs one) and can be
// searched and copied out of the file.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    using Progress = ReportFile::Progress;

    static bool write(const engine::reports::ReportTable &table, const engine::reports::ReportTexts &texts,
                      const QString &path, QString *error, const Progress &progress = {});
};

inline bool writePdf(const engine::reports::ReportTable &table, const engine::reports::ReportTexts &texts,
                     const QString &path, QString *error)
{
    return PdfReportWriter::write(table, texts, path, error);
}

} // namespace punchclock::ui
