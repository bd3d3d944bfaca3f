#include "reportspage.h"

#include "attendanceerrortext.h"
#include "consolecontext.h"
#include "pdfreportwriter.h"
#include "reportfile.h"
#include "reportfilterbar.h"
#include "reporttablemodel.h"
#include "reporttexts.h"

#include "connection.h"
#include "payrollexport.h"
#include "payrollwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

// The Reports page's exports: reports in every format, and payroll exports.
namespace punchclock::ui {

namespace reports = engine::reports;

void ReportsPage::exportReport(Format format)
{
    if (m_task)
        return;
    const reports::ReportRequest request = scopedRequest();
    //: Suggested export file name: report title, first and last day
    const QString name = tr("%1 %2 to %3")
                             .arg(ReportTexts::title(request.kind), request.from.toString(Qt::ISODate),
                                  request.to.toString(Qt::ISODate));
    const QString path = chooseExportPath(name, ReportFile::extension(format), ReportFile::fileFilter(format));
    if (path.isEmpty())
        return;

    // What is previewed is what is exported; otherwise the report is built first.
    std::optional<reports::ReportTable> table;
    std::optional<reports::ReportTexts> texts;
    if (m_previewCurrent && m_previewed.kind == request.kind && m_previewed.from == request.from &&
        m_previewed.to == request.to && m_previewed.departmentId == request.departmentId &&
        m_previewed.userId == request.userId && m_previewed.departmentScope == request.departmentScope) {
        table = m_model->report();
        texts = m_model->texts();
    }
    const QString scope = m_filters->scopeText();
    const storage::DatabaseConfig config = context().connection().config();
    struct Outcome
    {
        bool ok = false;
        QString error;
        reports::ReportError buildError = reports::ReportError::None;
    };
    auto outcome = std::make_shared<Outcome>();
    runTask(
        tr("Exporting…"),
        [table, texts, config, request, scope, format, path, outcome](TaskState &state) {
            reports::ReportTable exported;
            reports::ReportTexts words;
            if (table) {
                exported = *table;
                words = *texts;
            } else {
                const auto connection = storage::Connection::open(config, &outcome->error);
                if (!connection)
                    return;
                const auto built = reports::ReportBuilder(connection->database()).build(request, &outcome->buildError);
                if (!built)
                    return;
                exported = *built;
                // QCoreApplication::translate() is thread-safe.
                words = ReportTexts::forTable(exported, scope);
            }
            const auto progress = [&state](int done, int total) {
                state.done = done;
                state.total = total;
                return !state.cancelled;
            };
            outcome->ok =
                ReportFile::write(format, exported, words, path, &outcome->error, PdfReportWriter::write, progress);
            if (state.cancelled && outcome->ok)
                QFile::remove(path);
        },
        [this, outcome, path] {
            if (outcome->buildError != reports::ReportError::None)
                showError(AttendanceErrorText::text(outcome->buildError));
            else if (!outcome->ok)
                showError(tr("The report could not be exported: %1").arg(outcome->error));
            else
                showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        });
}

QString ReportsPage::chooseExportPath(const QString &name, const QString &extension, const QString &filter)
{
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("reports/exportFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    QString path = m_chooseSavePath(QDir(folder).filePath(name + QLatin1Char('.') + extension), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    settings.setValue(QStringLiteral("reports/exportFolder"), QFileInfo(path).absolutePath());
    return path;
}

void ReportsPage::exportPayroll(reports::PayrollWriter::Format format, const reports::PayrollProfile &profile)
{
    if (m_task)
        return;
    const reports::ReportRequest request = scopedRequest();
    const Format file = format == reports::PayrollWriter::Format::Xlsx ? Format::Xlsx : Format::Csv;
    //: Suggested payroll export file name: the profile's name, first and last day
    const QString name = tr("Payroll %1 %2 to %3")
                             .arg(profile.name, request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
    const QString path = chooseExportPath(name, ReportFile::extension(file), ReportFile::fileFilter(file));
    if (path.isEmpty())
        return;
    const storage::DatabaseConfig config = context().connection().config();
    struct Outcome
    {
        bool ok = false;
        int employees = 0;
        QString error;
        reports::ReportError buildError = reports::ReportError::None;
    };
    auto outcome = std::make_shared<Outcome>();
    runTask(
        tr("Exporting payroll…"),
        [config, request, profile, format, path, outcome](TaskState &state) {
            const auto connection = storage::Connection::open(config, &outcome->error);
            if (!connection)
                return;
            const auto table =
                reports::PayrollExport::build(connection->database(), request, profile, &outcome->buildError);
            if (!table || state.cancelled)
                return;
            outcome->employees = int(table->rows.size());
            outcome->ok = reports::PayrollWriter::write(format, *table, path, &outcome->error);
            if (state.cancelled && outcome->ok)
                QFile::remove(path);
        },
        [this, outcome, path] {
            if (outcome->buildError != reports::ReportError::None)
                showError(AttendanceErrorText::text(outcome->buildError));
            else if (!outcome->ok)
                showError(tr("The payroll export could not be written: %1").arg(outcome->error));
            else
                showStatus(tr("%n employee(s) exported to %1", nullptr, outcome->employees)
                               .arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace punchclock::ui
