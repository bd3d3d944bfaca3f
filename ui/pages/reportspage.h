#pragma once

#include "consolereader.h"
#include "dayresult.h"
#include "page.h"
#include "payrollwriter.h"
#include "reportfile.h"
#include "reportfilterbar.h"
#include "reportrequest.h"
#include "reporttable.h"

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;

namespace punchclock::ui {

class DataTableView;
class PageHeader;
class PayrollExportButton;
class PreviewChangeNotice;
class ReportRulesButton;
class ReportTableModel;

// Reports (ui-guide): report type, period presets, department and employee filters, a preview
// table and exports to CSV, Excel and PDF, and payroll exports of the same period and people
// with a payroll profile (PayrollExportButton). Reports are built and written in a thread of their
// own with progress and Cancel, so the window never freezes. A day row explains itself on
// double-click or Enter; an employee row opens that employee's timecard. The rules the
// calculation needs are edited from the Rules menu (ReportRulesButton); periods are closed
// and reopened under Periods. What the page reads besides (the filters' choices, whether the
// preview is out of date, a day's explanation) it reads on the console's reader.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    using Format = ReportFile::Format;
    explicit ReportsPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    void reload() override;

    // Where an export goes: asks with a file dialog (which confirms overwriting) by default;
    // tests answer without one. An empty path cancels.
    using SavePathChooser = std::function<QString(const QString &suggested, const QString &filter)>;
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    void preview();
    void exportReport(Format format);
    // One row per employee of the period and people chosen, laid out as `profile` says.
    void exportPayroll(engine::reports::PayrollWriter::Format format, const engine::reports::PayrollProfile &profile);
    bool isBusy() const { return m_task != nullptr; }
    void explainRow(int sourceRow);
    // Closed periods: close, reopen, punches that arrived after closing.
    void showPeriods();

Q_SIGNALS:
    // After a preview or an export finished (or failed, or was cancelled).
    void workFinished();

private:
    engine::reports::ReportRequest scopedRequest() const;
    // Where an export of `name` goes, in the folder of the last one (empty: cancelled).
    QString chooseExportPath(const QString &name, const QString &extension, const QString &filter);
    struct TaskState
    {
        std::atomic_bool cancelled{false};
        std::atomic_int done{0};
        std::atomic_int total{0};
    };

    // The departments and employees to choose from, read for the department scope `scope`.
    struct Choices
    {
        ReportFilterBar::Choices choices;
        std::optional<QSet<qint64>> scope;
    };
    void reloadChoices();
    void presentChoices(const Choices &read);
    // A day of a report row as calculated for its explanation, read on the console's reader.
    struct Explained
    {
        std::optional<engine::attendance::DayResult> day;
        engine::reports::ReportError error = engine::reports::ReportError::None;
    };
    void showExplanation(const QString &employee, const Explained &explained);
    void runTask(const QString &what, std::function<void(TaskState &)> work, std::function<void()> done);
    void finishTask();
    void cancelTask();
    void showError(const QString &message);
    void showStatus(const QString &message);

    PageHeader *m_header;
    ReportFilterBar *m_filters;
    QPushButton *m_preview;
    QToolButton *m_export;
    PayrollExportButton *m_payroll;
    ReportRulesButton *m_rules;
    QPushButton *m_periodsButton;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_outOfDate;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer *m_progressTimer;
    ReportTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_table;
    QLabel *m_totals;
    QLabel *m_notes; // who has no schedule: nothing was expected of them

    std::unique_ptr<PreviewChangeNotice> m_changes;
    std::shared_ptr<TaskState> m_task;
    bool m_previewCurrent = false;
    bool m_previewWhenChosen = false; // a reload previews once the choices are read
    engine::reports::ReportRequest m_previewed; // what the preview shows
    SavePathChooser m_chooseSavePath;
    RepeatedRead<Choices> m_choices;
};

} // namespace punchclock::ui
