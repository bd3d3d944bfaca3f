#include "reportspage.h"

#include "attendanceerrortext.h"
#include "consolecontext.h"
#include "datatableview.h"
#include "dayexplanationdialog.h"
#include "historydialog.h"
#include "icons.h"
#include "pageheader.h"
#include "payrollexportbutton.h"
#include "periodsdialog.h"
#include "permissiontext.h"
#include "previewchangenotice.h"
#include "reportbuilder.h"
#include "reportfile.h"
#include "reportfilterbar.h"
#include "reportrulesbutton.h"
#include "reporttablemodel.h"
#include "reporttexts.h"

#include "connection.h"
#include "reportchanges.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace punchclock::ui {

namespace reports = engine::reports;

ReportsPage::ReportsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_header(new PageHeader(tr("Reports"), this))
    , m_filters(new ReportFilterBar(this))
    , m_preview(new QPushButton(themedIcon("view-refresh"), tr("&Preview"), this))
    , m_export(new QToolButton(this))
    , m_payroll(new PayrollExportButton(context, this))
    , m_rules(new ReportRulesButton(context, this))
    , m_periodsButton(new QPushButton(themedIcon("view-certificate"), tr("Per&iods…"), this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_outOfDate(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(themedIcon("dialog-cancel"), tr("Cancel"), this))
    , m_progressTimer(new QTimer(this))
    , m_model(new ReportTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(QStringLiteral("reportTable"), this))
    , m_totals(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_changes(std::make_unique<PreviewChangeNotice>(context, m_outOfDate, [this] {
        // Exports build the report again instead of writing the preview out.
        m_previewCurrent = false;
    }))
    , m_choices(context.reader(), this, [this](Choices read) { presentChoices(read); })
{
    m_chooseSavePath = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, tr("Export report"), suggested, filter);
    };
    m_preview->setObjectName(QStringLiteral("previewReport"));
    m_preview->setDefault(true);
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_preview->setToolTip(tr("Calculate the report (Ctrl+Enter)"));
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    m_header->addAction(m_preview);

    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setText(tr("&Export"));
    m_export->setIcon(themedIcon("document-export"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    const auto addExport = [this, exportMenu](const QString &text, const char *name, Format format) {
        QAction *action = exportMenu->addAction(text, this, [this, format] { exportReport(format); });
        action->setObjectName(QLatin1String(name));
    };
    addExport(tr("&CSV…"), "exportCsv", Format::Csv);
    addExport(tr("E&xcel…"), "exportXlsx", Format::Xlsx);
    addExport(tr("P&DF…"), "exportPdf", Format::Pdf);
    m_export->setMenu(exportMenu);
    m_header->addAction(m_export);
    connect(m_payroll, &PayrollExportButton::exportRequested, this, &ReportsPage::exportPayroll);
    m_header->addAction(m_payroll);

    m_header->addAction(m_rules);
    m_periodsButton->setObjectName(QStringLiteral("periodsButton"));
    m_periodsButton->setToolTip(tr("Close a period once its results are signed off, reopen it, and see the punches "
                                   "that arrived after it was closed"));
    connect(m_periodsButton, &QPushButton::clicked, this, &ReportsPage::showPeriods);
    m_header->addAction(m_periodsButton);

    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_outOfDate->setObjectName(QStringLiteral("reportOutOfDate"));
    connect(m_outOfDate, &QLabel::linkActivated, this, &ReportsPage::preview);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop calculating or exporting (Esc)"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelTask);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_task && m_task->total > 0) {
            m_progress->setRange(0, m_task->total);
            m_progress->setValue(m_task->done);
        }
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setToolTip(tr("Double-click a day to see the punches it was calculated from"));
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { explainRow(m_proxy->mapToSource(index).row()); });
    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    m_totals->setObjectName(QStringLiteral("reportTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_outOfDate);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addWidget(m_notes);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);

    connect(&context, &ConsoleContext::attendanceChanged, this, [this] { m_changes->check(); });
    // Another operator signed in at the lock: what the last one previewed is not theirs to see.
    connect(&context, &ConsoleContext::actorChanged, this, [this] {
        reloadChoices();
        m_previewCurrent = false;
        m_model->setReport(reports::ReportTable{}, reports::ReportTexts{});
        m_totals->clear();
        m_notes->hide();
        m_changes->clear();
        m_header->setSummary(QString());
        showStatus(tr("Pick a report and a period, then Preview."));
    });
    connect(&context, &ConsoleContext::punchesChanged, this, [this] { m_changes->check(); });
    connect(&context, &ConsoleContext::usersChanged, this, &ReportsPage::reloadChoices);
    reloadChoices();
    showStatus(tr("Pick a report and a period, then Preview."));
}

ReportsPage::~ReportsPage()
{
    // The worker uses nothing of the page, but a thread must not outlive the application.
    if (m_task)
        m_task->cancelled = true;
    for (QThread *thread : findChildren<QThread *>())
        thread->wait();
}

void ReportsPage::reload()
{
    // The preview is of the choices as they are now: a department removed meanwhile is no more.
    m_previewWhenChosen = true;
    reloadChoices();
}

void ReportsPage::reloadChoices()
{
    m_choices.request([scope = context().departmentScope()](const QSqlDatabase &db) {
        return Choices{ReportFilterBar::readChoices(db), scope};
    });
}

void ReportsPage::presentChoices(const Choices &read)
{
    if (read.scope != context().departmentScope())
        return; // read for the operator before: the read for this one follows
    m_filters->setChoices(read.choices, read.scope);
    if (std::exchange(m_previewWhenChosen, false))
        preview();
}

reports::ReportRequest ReportsPage::scopedRequest() const
{
    // An account of some departments reports on their employees only; the builder refuses
    // a department or an employee outside them.
    reports::ReportRequest request = m_filters->request();
    request.departmentScope = context().departmentScope();
    return request;
}

void ReportsPage::preview()
{
    if (m_task)
        return;
    const reports::ReportRequest request = scopedRequest();
    const QString scope = m_filters->scopeText();
    const storage::DatabaseConfig config = context().connection().config();
    struct Outcome
    {
        std::optional<reports::ReportTable> table;
        reports::ReportError error = reports::ReportError::None;
        QString openError;
        storage::ReportChanges::Mark mark; // where the store stood before the calculation read it
    };
    auto outcome = std::make_shared<Outcome>();
    m_changes->previewStarted(request);
    runTask(tr("Calculating…"), [config, request, outcome](TaskState &) {
        const auto connection = storage::Connection::open(config, &outcome->openError);
        if (!connection)
            return;
        outcome->mark = storage::ReportChanges(connection->database()).mark();
        outcome->table = reports::ReportBuilder(connection->database()).build(request, &outcome->error);
    }, [this, outcome, scope, request] {
        if (!outcome->table) {
            showError(outcome->openError.isEmpty() ? AttendanceErrorText::text(outcome->error) : outcome->openError);
            return;
        }
        m_model->setReport(*outcome->table, ReportTexts::forTable(*outcome->table, scope));
        m_previewCurrent = true;
        m_previewed = request;
        m_changes->previewShown(outcome->mark);
        const int rows = m_model->rowCount();
        m_header->setSummary(tr("%1 · %2 · %n rows", nullptr, rows)
                                 .arg(m_model->texts().title, m_model->texts().period));
        m_totals->setText(m_model->totalsText());
        m_notes->setText(m_model->texts().notes.join(QLatin1Char('\n')));
        m_notes->setVisible(!m_model->texts().notes.isEmpty());
        m_table->fitColumnsToContents(std::max(160, m_table->viewport()->width() / 3));
        showStatus(rows == 0 ? tr("Nothing to report for this period and filter.")
                             : tr("Double-click a day to see the punches it was calculated from."));
    });
}

void ReportsPage::runTask(const QString &what, std::function<void(TaskState &)> work, std::function<void()> done)
{
    auto state = std::make_shared<TaskState>();
    m_task = state;
    m_error->hide();
    showStatus(what);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_progressTimer->start();
    for (QWidget *control : {static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_export),
                             static_cast<QWidget *>(m_payroll)})
        control->setEnabled(false);
    QThread *thread = QThread::create([state, work = std::move(work)] { work(*state); });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, state, done = std::move(done)] {
        if (m_task != state)
            return; // cancelled: the result is dropped
        finishTask();
        done();
        Q_EMIT workFinished();
    });
    thread->start(QThread::LowPriority);
}

void ReportsPage::finishTask()
{
    m_task.reset();
    m_progressTimer->stop();
    m_progress->hide();
    m_cancel->hide();
    m_preview->setEnabled(true);
    m_export->setEnabled(true);
    m_payroll->setEnabled(true);
}

void ReportsPage::cancelTask()
{
    if (!m_task)
        return;
    m_task->cancelled = true;
    finishTask();
    showStatus(tr("Cancelled."));
    Q_EMIT workFinished();
}

void ReportsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    showStatus({});
}

void ReportsPage::showStatus(const QString &message)
{
    m_status->setText(message);
}

void ReportsPage::showPeriods()
{
    auto *dialog = new PeriodsDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReportsPage::explainRow(int sourceRow)
{
    const reports::RowSource source = m_model->sourceAt(sourceRow);
    if (source.userId.isEmpty())
        return;
    if (!source.date.isValid()) {
        // A per-employee row: that employee's days, one row each.
        m_filters->showTimecardOf(source.userId);
        preview();
        return;
    }
    QString employee = source.userId;
    const reports::ReportTable &report = m_model->report();
    for (int column = 0; column < report.columns.size(); ++column) {
        const QString name = report.rows.at(sourceRow).value(column).toString();
        if (report.columns.at(column).id == reports::ColumnId::Name && !name.isEmpty())
            employee = name;
    }
    context().reader().read<Explained>(
        this,
        [source](const QSqlDatabase &db) {
            Explained explained;
            explained.day = reports::ReportBuilder(db).explain(source.userId, source.date, &explained.error);
            return explained;
        },
        [this, employee](const Explained &explained) { showExplanation(employee, explained); });
}

void ReportsPage::showExplanation(const QString &employee, const Explained &explained)
{
    if (!explained.day) {
        showError(AttendanceErrorText::text(explained.error));
        return;
    }
    auto *dialog = new DayExplanationDialog(employee, *explained.day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool mayCorrect = context().roleAllows(services::Permission::CorrectPunches);
    dialog->setCorrectionAllowed(
        mayCorrect,
        mayCorrect ? QString() : PermissionText::notAllowed(context().actor(), services::Permission::CorrectPunches));
    connect(dialog, &DayExplanationDialog::correctionRequested, m_rules, &ReportRulesButton::correctDay);
    connect(dialog, &DayExplanationDialog::historyRequested, this,
            [this, dialog, employee](const QString &userId, QDate date, const QDateTime &from, const QDateTime &to) {
                HistoryDialog::showDay(this->context(), userId, employee == userId ? QString() : employee, date, dialog,
                                       from, to);
            });
    dialog->open();
}

} // namespace punchclock::ui
