#pragma once

#include "reporttable.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
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

    // Called after each page of a PDF with (pages done, pages in all); returning false stops
    // and removes the file.
    using Progress = std::function<bool(int done, int total)>;
    // Draws a PDF: PdfReportWriter::write (QtGui), which the console links and the GUI-free
    // punchclock-server does not; so the caller says whether it has one.
    using PdfWriter = std::function<bool(const engine::reports::ReportTable &, const engine::reports::ReportTexts &,
                                         const QString &path, QString *error, const Progress &)>;

    // Any thread. CSV and Excel are written here, a PDF by pdfWriter (refused without one).
    static bool write(Format format, const engine::reports::ReportTable &table,
                      const engine::reports::ReportTexts &texts, const QString &path, QString *error,
                      const PdfWriter &pdfWriter, const Progress &progress = {});
};

} // namespace punchclock::ui
