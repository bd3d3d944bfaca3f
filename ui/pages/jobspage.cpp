#include "jobspage.h"

#include "permissiontext.h"

#include "consolecontext.h"
#include "datatableview.h"
#include "detailssplitter.h"
#include "icons.h"
#include "jobdescription.h"
#include "jobdetailspane.h"
#include "jobsortproxymodel.h"
#include "jobtablemodel.h"
#include "pageheader.h"
#include "sitecalendar.h"
#include "terminalcommands.h"

#include "commanddispatcher.h"
#include "commandservice.h"
#include "statusrefresh.h"
#include "jobrepository.h"
#include "terminalrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

constexpr int AgeRefreshMs = 30 * 1000;
const QString splitterKey = QStringLiteral("jobsPage/splitter");
const QString showRoutineKey = QStringLiteral("jobsPage/showRoutine");

using storage::JobOutcome;

} // namespace

JobsPage::JobsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new JobTableModel(context.reader(), this))
    , m_proxy(new JobSortProxyModel(this))
    , m_header(new PageHeader(tr("Jobs"), this))
    , m_statusFilter(new QComboBox(this))
    , m_terminalFilter(new QComboBox(this))
    , m_commandFilter(new QComboBox(this))
    , m_showRoutine(new QCheckBox(tr("Show &routine jobs"), this))
    , m_table(new DataTableView(QStringLiteral("jobsTable"), this))
    , m_details(new JobDetailsPane(this))
    , m_splitter(new DetailsSplitter(QStringLiteral("jobsSplitter"), splitterKey, this))
    , m_read(context.reader(), this, [this](Snapshot snapshot) { present(std::move(snapshot)); })
    , m_events(context.reader(), this, [this](JobEvents events) { showEvents(events); })
{
    m_header->setObjectName(QStringLiteral("jobsHeader"));
    m_newCommand = new QPushButton(themedIcon("list-add"), tr("&New command…"), this);
    m_newCommand->setObjectName(QStringLiteral("newCommand"));
    m_header->addAction(m_newCommand);
    connect(m_newCommand, &QPushButton::clicked, this, [this] {
        // To the terminal the list is narrowed to, if it is.
        CommandDraft draft;
        draft.devId = m_terminalFilter->currentData().toString();
        this->context().openCommandBuilder(draft);
    });

    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All jobs"));
    m_statusFilter->addItem(tr("Queued or sent"), int(JobOutcome::Active));
    m_statusFilter->addItem(tr("Failed or no answer"), int(JobOutcome::Failed));
    m_statusFilter->addItem(tr("Done"), int(JobOutcome::Done));
    m_statusFilter->addItem(tr("Cancelled"), int(JobOutcome::Cancelled));
    m_terminalFilter->setObjectName(QStringLiteral("terminalFilter"));
    m_commandFilter->setObjectName(QStringLiteral("commandFilter"));
    m_commandFilter->addItem(tr("All commands"), QString());
    for (const protocol::CommandCode command : protocol::knownCommandCodes())
        m_commandFilter->addItem(JobDescription::commandName(command), QString::fromLatin1(protocol::commandCodeName(command)));
    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Show:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto *terminalLabel = new QLabel(tr("&Terminal:"), this);
    terminalLabel->setBuddy(m_terminalFilter);
    auto *commandLabel = new QLabel(tr("C&ommand:"), this);
    commandLabel->setBuddy(m_commandFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(terminalLabel);
    filters->addWidget(m_terminalFilter);
    filters->addWidget(commandLabel);
    filters->addWidget(m_commandFilter);
    m_showRoutine->setObjectName(QStringLiteral("showRoutineJobs"));
    m_showRoutine->setToolTip(tr("Automatic clock syncs and status refreshes that went well. Those that fail are "
                                 "always shown."));
    m_showRoutine->setChecked(QSettings().value(showRoutineKey).toBool());
    filters->addWidget(m_showRoutine);
    filters->addStretch();

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    if (!QSettings().contains(QStringLiteral("tables/jobsTable/header")))
        m_table->sortByColumn(JobTableModel::TransIdColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Short, fixed-form columns and the terminal's name fit their text, so that rows can be
    // told apart; the command in words takes the rest. What must elide keeps both ends: terminals
    // named alike differ at the end ("Simulated SIM0001").
    for (int column : {JobTableModel::StatusColumn, JobTableModel::TerminalColumn, JobTableModel::QueuedByColumn,
                       JobTableModel::ChangedColumn, JobTableModel::TransIdColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(JobTableModel::CommandColumn, QHeaderView::Stretch);
    addTableActions();

    m_splitter->setPanes(m_table, m_details, 720, 360);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_newCommand, m_statusFilter);
    setTabOrder(m_statusFilter, m_terminalFilter);
    setTabOrder(m_terminalFilter, m_commandFilter);
    setTabOrder(m_commandFilter, m_table);

    for (QComboBox *filter : {m_statusFilter, m_terminalFilter, m_commandFilter})
        connect(filter, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilters);
    connect(m_showRoutine, &QCheckBox::toggled, this, [this](bool shown) {
        QSettings().setValue(showRoutineKey, shown);
        applyFilters();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsPage::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row()
            && topLeft.column() <= JobTableModel::StatusColumn)
            showDetails();
    });
    connect(m_details, &JobDetailsPane::cancelRequested, this, &JobsPage::cancelJob);
    connect(m_details, &JobDetailsPane::retryRequested, this, &JobsPage::retryJob);
    connect(m_details, &JobDetailsPane::editRequested, this, &JobsPage::editJob);
    connect(&context, &ConsoleContext::jobsChanged, this, &JobsPage::reload);
    connect(&context, &ConsoleContext::terminalsChanged, this, &JobsPage::reload);
    connect(&context, &ConsoleContext::jobRequested, this, &JobsPage::selectJob);
    connect(&context, &ConsoleContext::actorChanged, this, &JobsPage::updatePermissions);
    updatePermissions();
    m_ageTimer.setInterval(AgeRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, m_model, &JobTableModel::refreshAges);
    m_ageTimer.start();
    applyFilters();
    reload();
}

void JobsPage::addTableActions()
{
    auto *send = new QAction(themedIcon("document-send"), tr("Send &command to this terminal…"), this);
    send->setObjectName(QStringLiteral("sendCommandToTerminal"));
    connect(send, &QAction::triggered, this, [this] {
        CommandDraft draft;
        draft.devId = m_table->currentIndex().data(JobTableModel::DevIdRole).toString();
        context().openCommandBuilder(draft);
    });
    auto *edit = new QAction(themedIcon("document-edit"), tr("&Edit and send again…"), this);
    edit->setObjectName(QStringLiteral("editJobAction"));
    connect(edit, &QAction::triggered, this, [this] {
        if (const std::optional<qint64> id = selectedJobId())
            editJob(*id);
    });
    m_table->addActions({send, edit});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto enable = [send, edit, this] {
        const bool chosen = selectedJobId().has_value() && context().maySendCommands();
        send->setEnabled(chosen);
        edit->setEnabled(chosen);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, enable);
    connect(&context(), &ConsoleContext::actorChanged, this, enable);
    enable();
}

void JobsPage::updatePermissions()
{
    const bool may = context().maySendCommands();
    const QString why =
        may ? QString() : PermissionText::notAllowed(context().actor(), services::Permission::ManageTerminals);
    m_newCommand->setEnabled(may);
    m_newCommand->setToolTip(why);
    m_details->setActionsAllowed(may, why);
}

void JobsPage::reload()
{
    m_read.request(&JobsPage::read);
    m_model->refresh();
    showDetails();
}

JobsPage::Snapshot JobsPage::read(const QSqlDatabase &db)
{
    Snapshot snapshot;
    snapshot.terminals = storage::TerminalRepository(db).list();
    // Counted in the database: the table holds only the pages scrolled to. "Today" is the
    // site's, as on the dashboard.
    const storage::JobRepository jobs(db);
    snapshot.active = std::max(0, jobs.countActive());
    snapshot.failedToday = std::max(0, jobs.countFailedSince(engine::SiteCalendar::startOfToday(db)));
    snapshot.failedLastDay = std::max(0, jobs.countFailedSince(QDateTime::currentDateTimeUtc().addSecs(-24 * 3600)));
    return snapshot;
}

void JobsPage::present(Snapshot snapshot)
{
    QHash<QString, QString> names;
    for (const storage::TerminalRow &terminal : std::as_const(snapshot.terminals))
        names.insert(terminal.devId, terminal.name);
    m_model->setTerminalNames(names);
    updateFilterChoices(snapshot.terminals);
    m_header->setSummary(tr("%1 · %2").arg(tr("%n running", nullptr, snapshot.active),
                                           tr("%n failed today", nullptr, snapshot.failedToday)));
    setBadge(snapshot.failedLastDay);
}

void JobsPage::updateFilterChoices(const QList<storage::TerminalRow> &terminals)
{
    const QString current = m_terminalFilter->currentData().toString();
    const QSignalBlocker blocker(m_terminalFilter);
    m_terminalFilter->clear();
    m_terminalFilter->addItem(tr("All terminals"), QString());
    for (const storage::TerminalRow &terminal : terminals)
        m_terminalFilter->addItem(terminal.name.isEmpty() ? terminal.devId : tr("%1 (%2)").arg(terminal.name, terminal.devId),
                                  terminal.devId);
    m_terminalFilter->setCurrentIndex(std::max(0, m_terminalFilter->findData(current)));
}

void JobsPage::applyFilters()
{
    const QVariant outcome = m_statusFilter->currentData();
    m_model->setHiddenWhenDone(m_showRoutine->isChecked()
                                   ? QStringList()
                                   : QStringList{QLatin1String(engine::CommandDispatcher::ClockSyncQueuedBy),
                                                 QLatin1String(engine::StatusRefresh::QueuedBy)});
    m_model->setFilter(m_terminalFilter->currentData().toString(), m_commandFilter->currentData().toString(),
                       outcome.isValid() ? std::optional(JobOutcome(outcome.toInt())) : std::nullopt);
    showDetails();
}

std::optional<qint64> JobsPage::selectedJobId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(JobTableModel::JobIdRole).toLongLong();
}

bool JobsPage::selectJob(qint64 jobId)
{
    m_model->loadUntil(jobId, [this, jobId](bool found) {
        if (found)
            showJob(jobId);
        else
            showPastFilters(jobId);
    });
    return selectedJobId() == jobId;
}

void JobsPage::showPastFilters(qint64 jobId)
{
    // Hidden by the filters, or no such job at all: then the filters stay as they are.
    if (!m_model->isFiltered())
        return;
    context().reader().read<bool>(
        this, [jobId](const QSqlDatabase &db) { return storage::JobRepository(db).exists(jobId); },
        [this, jobId](bool exists) {
            if (!exists)
                return;
            for (QComboBox *filter : {m_statusFilter, m_terminalFilter, m_commandFilter}) {
                const QSignalBlocker blocker(filter);
                filter->setCurrentIndex(0);
            }
            const QSignalBlocker blocker(m_showRoutine);
            m_showRoutine->setChecked(true);
            applyFilters();
            m_model->loadUntil(jobId, [this, jobId](bool found) {
                if (found)
                    showJob(jobId);
            });
        });
}

void JobsPage::showJob(qint64 jobId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(jobId), 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void JobsPage::showDetails()
{
    const std::optional<qint64> id = selectedJobId();
    if (!id || !m_model->jobAt(m_model->rowOf(*id))) {
        m_details->setJob(std::nullopt, {}, {});
        return;
    }
    m_events.request([jobId = *id](const QSqlDatabase &db) {
        return JobEvents{jobId, storage::JobRepository(db).events(jobId)};
    });
}

void JobsPage::showEvents(const JobEvents &events)
{
    // Another job was selected meanwhile: its own events are on their way.
    const int row = selectedJobId() == events.jobId ? m_model->rowOf(events.jobId) : -1;
    const storage::JobRow *job = m_model->jobAt(row);
    if (!job)
        return;
    const QString name = m_model->index(row, JobTableModel::TerminalColumn).data().toString();
    m_details->setJob(*job, events.events, name);
}

void JobsPage::cancelJob(qint64 jobId)
{
    using Outcome = services::CommandService::CancelOutcome;
    const services::Actor actor = context().actor();
    const Outcome outcome = context().reader().wait(
        [jobId, &actor](const QSqlDatabase &db) { return services::CommandService(db).cancel(jobId, actor); });
    context().notifyChanged(ConsoleContext::Jobs);
    switch (outcome) {
    case Outcome::Cancelled: return;
    case Outcome::AlreadyFinished:
        QMessageBox::information(this, tr("Cancel job"), tr("The job had already finished; nothing was cancelled."));
        return;
    case Outcome::NotFound:
        QMessageBox::warning(this, tr("Cancel job"), tr("The job no longer exists."));
        return;
    case Outcome::NotAllowed:
        QMessageBox::warning(this, tr("Cancel job"), PermissionText::denied(services::Permission::ManageTerminals));
        return;
    case Outcome::Storage:
        QMessageBox::warning(this, tr("Cancel job"), tr("The database refused the change; the job was not cancelled."));
        return;
    }
}

void JobsPage::retryJob(qint64 jobId)
{
    // The Dashboard's Retry, with the same words.
    const TerminalCommands::Result result = TerminalCommands(context(), this).retry(jobId);
    if (!result.failure.isEmpty() || result.jobIds.isEmpty()) {
        QMessageBox::warning(this, tr("Retry"), result.failure);
        return;
    }
    selectJob(result.jobIds.first());
}

void JobsPage::editJob(qint64 jobId)
{
    context().reader().read<std::optional<storage::JobRow>>(
        this, [jobId](const QSqlDatabase &db) { return storage::JobRepository(db).find(jobId); },
        [this](const std::optional<storage::JobRow> &job) {
            if (!job) {
                QMessageBox::warning(this, tr("Edit and send again"), tr("The job no longer exists."));
                return;
            }
            CommandDraft draft;
            draft.devId = job->devId;
            draft.code = protocol::commandCodeFromName(job->commandCode.toLatin1());
            draft.parameters = JobDescription::editableParameters(job->parameters);
            context().openCommandBuilder(draft);
        });
}

} // namespace punchclock::ui
