#include "mainwindow.h"

#include "jobtablemodel.h"
#include "punchtablemodel.h"
#include "terminaltablemodel.h"

#include "commandservice.h"
#include "connection.h"
#include "jobrepository.h"
#include "punchrepository.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

// Refreshing on a timer also picks up changes made by another process (the CLI).
constexpr int refreshIntervalMs = 2000;

QTableView *createTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QStringList lanAddresses()
{
    QStringList addresses;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            addresses << address.toString();
    }
    return addresses;
}

} // namespace

MainWindow::MainWindow(storage::Connection &connection, http::ServerHost *server, const QString &serverError,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_server(server)
    , m_terminals(new TerminalTableModel(this))
    , m_punches(new PunchTableModel(this))
    , m_jobs(new JobTableModel(this))
{
    setWindowTitle(tr("Punchclock"));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("pages"));
    tabs->addTab(createTerminalsPage(), tr("&Terminals"));
    tabs->addTab(createPunchesPage(), tr("&Punches"));
    tabs->addTab(createJobsPage(), tr("&Jobs"));
    setCentralWidget(tabs);

    m_serverState = new QLabel;
    m_serverState->setObjectName(QStringLiteral("serverState"));
    statusBar()->addWidget(m_serverState, 1);
    showServerState(serverError);

    if (m_server) {
        connect(m_server, &http::ServerHost::punchesStored, this, &MainWindow::refresh);
        connect(m_server, &http::ServerHost::terminalsChanged, this, &MainWindow::refresh);
        connect(m_server, &http::ServerHost::jobsChanged, this, &MainWindow::refresh);
    }
    m_refreshTimer.setInterval(refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    m_refreshTimer.start();
    refresh();
    resize(1100, 650);
}

QWidget *MainWindow::createTerminalsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *buttons = new QHBoxLayout;
    m_approveButton = new QPushButton(tr("&Approve"));
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_blockButton = new QPushButton(tr("&Block"));
    m_blockButton->setObjectName(QStringLiteral("blockButton"));
    m_autoApprove = new QCheckBox(tr("Approve &new terminals automatically"));
    m_autoApprove->setObjectName(QStringLiteral("autoApproveCheck"));
    m_autoApprove->setToolTip(tr("When off, a terminal heard for the first time waits for your approval: its punches "
                                 "are kept but marked, and it is sent no command."));
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_blockButton);
    buttons->addStretch();
    buttons->addWidget(m_autoApprove);
    layout->addLayout(buttons);
    m_terminalView = createTable(m_terminals, QStringLiteral("terminalView"));
    // Few rows: sizing to contents stays cheap and nothing gets cut off.
    m_terminalView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_terminalView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_terminalView);

    connect(m_approveButton, &QPushButton::clicked, this, [this] { setSelectedApproval(true); });
    connect(m_blockButton, &QPushButton::clicked, this, [this] { setSelectedApproval(false); });
    connect(m_autoApprove, &QCheckBox::toggled, this, &MainWindow::setAutoApproval);
    connect(m_terminalView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_terminals, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    return page;
}

QWidget *MainWindow::createPunchesPage()
{
    QTableView *view = createTable(m_punches, QStringLiteral("punchView"));
    // Sized once from the first rows, not on every refresh of up to 500 rows.
    connect(m_punches, &QAbstractItemModel::modelReset, view, [view, sized = false]() mutable {
        if (!sized && view->model()->rowCount() > 0) {
            view->resizeColumnsToContents();
            sized = true;
        }
    });
    return view;
}

QWidget *MainWindow::createJobsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *buttons = new QHBoxLayout;
    m_cancelJobButton = new QPushButton(tr("&Cancel job"));
    m_cancelJobButton->setObjectName(QStringLiteral("cancelJobButton"));
    buttons->addWidget(m_cancelJobButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_jobView = createTable(m_jobs, QStringLiteral("jobView"));
    m_jobView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_jobView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_jobView);
    connect(m_cancelJobButton, &QPushButton::clicked, this, &MainWindow::cancelSelectedJob);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    return page;
}

void MainWindow::cancelSelectedJob()
{
    const storage::JobRow *job = m_jobs->jobAt(m_jobView->currentIndex().row());
    if (!job)
        return;
    using Outcome = engine::CommandService::CancelOutcome;
    const qint64 id = job->id;
    const Outcome outcome = engine::CommandService(m_connection.database()).cancel(id, tr("console"));
    if (outcome == Outcome::Storage)
        QMessageBox::warning(this, tr("Job not cancelled"),
                             tr("Job %1 could not be cancelled. The database may be busy; try again.").arg(id));
    else if (outcome == Outcome::AlreadyFinished)
        QMessageBox::information(this, tr("Job already ended"), tr("Job %1 had already ended.").arg(id));
    refresh();
}

void MainWindow::refresh()
{
    const QString selected = m_terminalView->currentIndex().data(TerminalTableModel::DevIdRole).toString();
    m_terminals->setTerminals(storage::TerminalRepository(m_connection.database()).list());
    for (int row = 0; row < m_terminals->rowCount(); ++row) {
        if (m_terminals->terminalAt(row)->devId == selected)
            m_terminalView->selectRow(row);
    }

    {
        const QSignalBlocker blocker(m_autoApprove);
        m_autoApprove->setChecked(engine::ServerSettings::load(storage::SettingsRepository(m_connection.database()))
                                      .autoApproveTerminals);
    }

    storage::PunchRepository punches(m_connection.database());
    const qint64 total = punches.count({});
    storage::PunchFilter latest;
    latest.limit = RecentPunchLimit;
    latest.offset = int(std::max<qint64>(0, total - RecentPunchLimit));
    m_punches->setPunches(punches.query(latest));

    const QVariant selectedJob = m_jobView->currentIndex().data(JobTableModel::JobIdRole);
    storage::JobFilter recentJobs;
    recentJobs.limit = RecentJobLimit;
    m_jobs->setJobs(storage::JobRepository(m_connection.database()).list(recentJobs));
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        if (selectedJob.isValid() && m_jobs->jobAt(row)->id == selectedJob.toLongLong())
            m_jobView->selectRow(row);
    }
}

void MainWindow::setSelectedApproval(bool approve)
{
    const storage::TerminalRow *terminal = m_terminals->terminalAt(m_terminalView->currentIndex().row());
    if (!terminal)
        return;
    const QString devId = terminal->devId;
    storage::TerminalRepository repository(m_connection.database());
    if (!repository.setApproval(devId, approve ? storage::Approval::Approved : storage::Approval::Blocked)) {
        QMessageBox::warning(this, tr("Terminal not changed"),
                             tr("The terminal %1 could not be updated. The database may be busy; try again.")
                                 .arg(devId));
        return;
    }
    refresh();
}

void MainWindow::setAutoApproval(bool enabled)
{
    if (!storage::SettingsRepository(m_connection.database())
             .setValue(QLatin1String(engine::ServerSettings::AutoApproveKey),
                       enabled ? QStringLiteral("1") : QStringLiteral("0"))) {
        QMessageBox::warning(this, tr("Setting not saved"),
                             tr("The approval setting could not be saved. The database may be busy; try again."));
        const QSignalBlocker blocker(m_autoApprove);
        m_autoApprove->setChecked(!enabled);
    }
}

void MainWindow::updateActions()
{
    const storage::TerminalRow *terminal = m_terminals->terminalAt(m_terminalView->currentIndex().row());
    m_approveButton->setEnabled(terminal && terminal->approval != storage::Approval::Approved);
    m_blockButton->setEnabled(terminal && terminal->approval != storage::Approval::Blocked);
    if (m_jobView) {
        const storage::JobRow *job = m_jobs->jobAt(m_jobView->currentIndex().row());
        m_cancelJobButton->setEnabled(job && !storage::isFinal(job->status));
    }
}

void MainWindow::showServerState(const QString &serverError)
{
    if (!m_server || !m_server->isRunning()) {
        m_serverState->setText(tr("Server stopped: %1").arg(serverError));
        return;
    }
    const QHostAddress bound = m_server->address();
    const bool everyInterface = bound == QHostAddress(QHostAddress::Any) || bound == QHostAddress(QHostAddress::AnyIPv4)
        || bound == QHostAddress(QHostAddress::AnyIPv6);
    const QStringList addresses = everyInterface ? lanAddresses() : QStringList{bound.toString()};
    m_serverState->setText(addresses.isEmpty()
                               ? tr("Server listening on port %1").arg(m_server->port())
                               : tr("Server listening on %1, port %2")
                                     .arg(addresses.join(QLatin1String(", ")))
                                     .arg(m_server->port()));
}

} // namespace punchclock::ui
