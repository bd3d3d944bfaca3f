#pragma once

#include "pdfreportwriter.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace punchclock::ui {

// The files a report is exported to, for the Reports page and `punchclock report` alike, so
// that both write the same file for the same format.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)

public:
    enum class Format {
        Csv,
        Xlsx,
        Pdf,
    };

    // "csv", "xlsx" or "pdf", as the command line and the file names spell them.
    static std::optional<Format> formatNamed(const QString &name);
    static QString extension(Format format);
    // For a file dialog: "Excel workbooks (*.xlsx)".
    static QString fileFilter(Format format);

    // Any thread. The progress is reported for a PDF (page by page); returning false from it
    // stops the PDF and removes the file.
    static bool write(Format format, const engine::reports::ReportTable &table,
                      const engine::reports::ReportTexts &texts, const QString &path, QString *error,
                      const PdfReportWriter::Progress &progress = {});
};

} // namespace punchclock::ui
