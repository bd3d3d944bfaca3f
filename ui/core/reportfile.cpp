#include "reportfile.h"

#include "csvreportwriter.h"
#include "xlsxreportwriter.h"

namespace punchclock::ui {

std::optional<ReportFile::Format> ReportFile::formatNamed(const QString &name)
{
    for (const Format format : {Format::Csv, Format::Xlsx, Format::Pdf}) {
        if (name == extension(format))
            return format;
    }
    return std::nullopt;
}

QString ReportFile::extension(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

QString ReportFile::fileFilter(Format format)
{
    switch (format) {
    case Format::Csv: return tr("CSV files (*.csv)");
    case Format::Xlsx: return tr("Excel workbooks (*.xlsx)");
    case Format::Pdf: return tr("PDF documents (*.pdf)");
    }
    return {};
}

bool ReportFile::write(Format format, const engine::reports::ReportTable &table,
                       const engine::reports::ReportTexts &texts, const QString &path, QString *error,
                       const PdfWriter &pdfWriter, const Progress &progress)
{
    switch (format) {
    case Format::Csv: return engine::reports::CsvReportWriter::write(table, texts, path, error);
    case Format::Xlsx: return engine::reports::writeXlsx(table, texts, path, error);
    case Format::Pdf:
        if (pdfWriter)
            return pdfWriter(table, texts, path, error, progress);
        // The command line of punchclock-server refuses a PDF before it builds the report.
        *error = QStringLiteral("this program draws no PDF");
        return false;
    }
    return false;
}

} // namespace punchclock::ui
