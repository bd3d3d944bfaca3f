#include "dashboardpage.h"

#include "arrivalschart.h"
#include "attentionlist.h"
#include "consolecontext.h"
#include "dashboardnotices.h"
#include "dashboardqueries.h"
#include "dashboardtile.h"
#include "datatableview.h"
#include "gettingstartedpanel.h"
#include "icons.h"
#include "lanaddresses.h"
#include "latenesschart.h"
#include "pageheader.h"
#include "permissiontext.h"
#include "portholder.h"
#include "punchrepository.h"
#include "recentpunchmodel.h"
#include "serverhost.h"
#include "simulatorlauncher.h"
#include "sitecalendar.h"
#include "sitetimetext.h"
#include "terminalhealth.h"
#include "terminalrepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

// Coalesces a burst of change signals (a pull of 10,000 logs) into one reload.
constexpr int reloadDelayMs = 300;
// Terminals go offline by silence, which no signal announces.
constexpr int ageRefreshMs = 30 * 1000;

} // namespace

DashboardPage::DashboardPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_commands(context, this)
    , m_header(new PageHeader(tr("Dashboard")))
    , m_views(new QStackedWidget)
    , m_gettingStarted(new GettingStartedPanel)
    , m_stopSimulator(new QPushButton(themedIcon("dialog-cancel"), tr("Stop simulated &terminal")))
    , m_simulator(context.simulator() ? context.simulator() : new SimulatorLauncher(this))
    , m_read(context.reader(), this, [this](const Snapshot &snapshot) { present(snapshot); })
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_header->setObjectName(QStringLiteral("dashboardHeader"));
    m_views->setObjectName(QStringLiteral("dashboardViews"));
    m_overview = buildOverview();
    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("dashboardCharts"));
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(new ArrivalsChart(context));
    chartsLayout->addWidget(new LatenessChart(context));
    addChartsRow(charts);
    m_views->addWidget(m_overview);
    m_views->addWidget(m_gettingStarted);

    auto *refresh = new QPushButton(themedIcon("view-refresh"), tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    refresh->setToolTip(tr("Read everything again (F5)"));
    m_header->addAction(refresh);
    // In the header, not in the getting-started panel: once the simulated terminal has
    // registered, the dashboard shows the overview instead.
    m_stopSimulator->setObjectName(QStringLiteral("stopSimulator"));
    m_stopSimulator->setToolTip(
        tr("Stops the pretend terminal %1 running on this PC").arg(SimulatorLauncher::deviceId()));
    m_stopSimulator->hide();
    m_header->addAction(m_stopSimulator);

    m_setupNotices = new AttentionList;
    m_setupNotices->setObjectName(QStringLiteral("setupNotices"));
    m_setupNotices->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_setupNotices->hide();
    connect(m_setupNotices, &AttentionList::backupSettingsRequested, this,
            [&context] { context.showPage(PageId::Settings); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_setupNotices);
    layout->addWidget(m_views, 1);

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(reloadDelayMs);
    m_ageTimer.setInterval(ageRefreshMs);
    connect(&m_reloadSoon, &QTimer::timeout, this, &DashboardPage::reload);
    connect(&m_ageTimer, &QTimer::timeout, this, &DashboardPage::reload);
    connect(refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    for (auto signal : {&ConsoleContext::terminalsChanged, &ConsoleContext::punchesChanged,
                        &ConsoleContext::usersChanged, &ConsoleContext::jobsChanged, &ConsoleContext::settingsChanged})
        connect(&context, signal, this, &DashboardPage::scheduleReload);
    connect(&context, &ConsoleContext::serverStateChanged, this, &DashboardPage::reloadGettingStarted);
    connect(&context, &ConsoleContext::serverStateChanged, this, &DashboardPage::followServer);
    connect(&context, &ConsoleContext::serverStateChanged, this, &DashboardPage::noteListening);
    connect(&context, &ConsoleContext::actorChanged, this, &DashboardPage::updateAttentionActions);
    connect(&context, &ConsoleContext::actorChanged, this, &DashboardPage::reload);

    connect(m_gettingStarted, &GettingStartedPanel::startSimulatorRequested, this, &DashboardPage::startSimulator);
    connect(m_stopSimulator, &QPushButton::clicked, this, &DashboardPage::stopSimulator);
    connect(m_simulator, &SimulatorLauncher::started, this, &DashboardPage::showSimulatorRunning);
    connect(m_simulator, &SimulatorLauncher::failed, this, [this](const QString &reason) {
        m_gettingStarted->setSimulatorStatus(reason, false);
        showMessage(reason.toHtmlEscaped(), true);
    });
    connect(m_simulator, &SimulatorLauncher::stopped, m_stopSimulator, &QWidget::hide);

    m_ageTimer.start();
    noteListening();
    updateAttentionActions();
    reload();
    // Started by the first-run wizard before this page existed.
    if (m_simulator->isRunning())
        showSimulatorRunning();
}

QWidget *DashboardPage::buildOverview()
{
    m_punchesToday = new DashboardTile(QStringLiteral("punchesTodayTile"), tr("Punches today"));
    m_inNow = new DashboardTile(QStringLiteral("inNowTile"), tr("In now"));
    m_online = new DashboardTile(QStringLiteral("terminalsOnlineTile"), tr("Terminals online"));
    m_attention = new DashboardTile(QStringLiteral("attentionTile"), tr("Attention needed"));
    auto *tiles = new QHBoxLayout;
    for (DashboardTile *tile : {m_punchesToday, m_inNow, m_online, m_attention})
        tiles->addWidget(tile);

    m_chartsRow = new QVBoxLayout;
    m_chartsRow->setContentsMargins(0, 0, 0, 0);

    m_feed = new RecentPunchModel(this);
    m_feed->setPhotoSource([this](const qint64 &punchId, std::function<void(const QByteArray &)> deliver) {
        context().reader().read<QByteArray>(
            m_feed, [punchId](const QSqlDatabase &db) { return storage::PunchRepository(db).photo(punchId); },
            std::move(deliver));
    });
    m_feedView = new DataTableView(QStringLiteral("punchFeed"));
    m_feedView->setModel(m_feed);
    m_feedView->setSortingEnabled(false);
    m_feedView->setIconSize(QSize(RecentPunchModel::thumbnailSize, RecentPunchModel::thumbnailSize));
    m_feedView->verticalHeader()->setDefaultSectionSize(RecentPunchModel::thumbnailSize + 4);
    m_feedView->horizontalHeader()->setStretchLastSection(true);
    connect(m_feedView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const storage::RecentPunch *punch = m_feed->punchAt(index.row()))
            context().showUser(punch->userId);
    });
    auto *feedBox = new QGroupBox(tr("Latest punches"));
    (new QVBoxLayout(feedBox))->addWidget(m_feedView);

    m_attentionList = new AttentionList;
    auto *attentionBox = new QGroupBox(tr("Needs attention"));
    (new QVBoxLayout(attentionBox))->addWidget(m_attentionList);
    connect(m_attentionList, &AttentionList::approveRequested, this,
            [this](const QString &devId) { act(devId, &TerminalCommands::approve); });
    connect(m_attentionList, &AttentionList::blockRequested, this,
            [this](const QString &devId) { act(devId, &TerminalCommands::block); });
    connect(m_attentionList, &AttentionList::syncTimeRequested, this,
            [this](const QString &devId) { act(devId, &TerminalCommands::syncTime); });
    connect(m_attentionList, &AttentionList::retryRequested, this,
            [this](qint64 jobId) { report(m_commands.retry(jobId)); });
    connect(m_attentionList, &AttentionList::terminalRequested, &context(), &ConsoleContext::showTerminal);
    connect(m_attentionList, &AttentionList::jobRequested, &context(), &ConsoleContext::showJob);
    connect(m_attentionList, &AttentionList::pinRequested, this, &DashboardPage::pin);
    connect(m_attentionList, &AttentionList::seenRequested, this, [this](const QString &devId, const QDateTime &at) {
        DashboardNotices::markSeen(devId, at, QDateTime::currentDateTimeUtc());
        reload();
    });
    connect(m_attentionList, &AttentionList::waitingTerminalsRequested, this,
            [this] { context().showPage(PageId::Terminals); });
    connect(m_attentionList, &AttentionList::backupSettingsRequested, this,
            [this] { context().showPage(PageId::Settings); });
    connect(m_attentionList, &AttentionList::usersRequested, this, [this](const QStringList &userIds) {
        if (userIds.size() == 1)
            context().showUser(userIds.constFirst());
        else
            context().showPage(PageId::Users);
    });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->addWidget(feedBox);
    splitter->addWidget(attentionBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->hide();
    connect(m_message, &QLabel::linkActivated, this, [this](const QString &link) {
        context().showJob(link.section(QLatin1Char(':'), 1).toLongLong());
    });

    auto *overview = new QWidget;
    overview->setObjectName(QStringLiteral("dashboardOverview"));
    auto *layout = new QVBoxLayout(overview);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addLayout(m_chartsRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    return overview;
}

void DashboardPage::addChartsRow(QWidget *charts)
{
    m_chartsRow->addWidget(charts);
}

void DashboardPage::scheduleReload()
{
    if (!m_reloadSoon.isActive())
        m_reloadSoon.start();
}

void DashboardPage::reload()
{
    m_reloadSoon.stop();
    m_read.request([request = readRequest()](const QSqlDatabase &db) { return read(db, request); });
}

DashboardPage::ReadRequest DashboardPage::readRequest() const
{
    ReadRequest request;
    request.database = context().connection().config();
    request.departmentScope = context().departmentScope();
    const http::ServerHost *server = context().server();
    request.hasServer = server != nullptr;
    request.serverRunning = server && server->isRunning();
    request.serverPort = server ? server->port() : 0;
    request.listeningSince = m_listeningSince;
    return request;
}

DashboardPage::Snapshot DashboardPage::read(const QSqlDatabase &db, const ReadRequest &request)
{
    Snapshot snapshot;
    snapshot.departmentScope = request.departmentScope;
    snapshot.nowUtc = QDateTime::currentDateTimeUtc();
    snapshot.terminals = storage::TerminalRepository(db).list();
    snapshot.installation = installationNotices(db, request, snapshot.nowUtc, snapshot.terminals.isEmpty());
    if (snapshot.terminals.isEmpty())
        return snapshot;
    const QDate today = engine::SiteCalendar::today(db);
    // An account of some departments sees their employees' punches and presence only.
    const storage::DashboardQueries queries(db, request.departmentScope);
    snapshot.punchesToday = queries.punchesOn(today);
    snapshot.presentToday = queries.presentOn(today).size();
    snapshot.failedJobs = queries.failedJobsSince(snapshot.nowUtc.addDays(-failedJobDays));
    snapshot.refusedRegistrations = DashboardNotices::refusedRegistrations(db, snapshot.nowUtc);
    snapshot.biometricRetention = DashboardNotices::biometricRetention(db, snapshot.nowUtc);
    snapshot.siteZone = SiteTimeText::siteZone(db);
    snapshot.latestPunches = queries.latestPunches(feedLength);
    return snapshot;
}

void DashboardPage::present(const Snapshot &snapshot)
{
    // Read for the operator before the one signed in now: a read for this one is on its way.
    if (snapshot.departmentScope != context().departmentScope())
        return;
    const bool noTerminal = snapshot.terminals.isEmpty();
    m_setupNotices->setItems(noTerminal ? snapshot.installation : QList<AttentionItem>());
    m_setupNotices->setVisible(noTerminal && !snapshot.installation.isEmpty());
    if (noTerminal) {
        m_header->setSummary(tr("No terminal has contacted this PC yet."));
        m_views->setCurrentWidget(m_gettingStarted);
        reloadGettingStarted();
        setBadge(0);
        return;
    }
    m_views->setCurrentWidget(m_overview);
    presentTiles(snapshot);

    QList<AttentionItem> items = terminalAttention(snapshot.terminals, snapshot.nowUtc);
    items += DashboardNotices::addressChanges(snapshot.terminals, snapshot.nowUtc);
    items += snapshot.refusedRegistrations;
    items += failedJobAttention(snapshot.failedJobs);
    items += snapshot.biometricRetention;
    items += snapshot.installation;
    m_attentionList->setItems(items);
    m_attention->setValue(QLocale().toString(items.size()),
                          tr("What the Needs attention list shows; a terminal waiting for approval is one of them."));
    setBadge(int(items.size()));
    if (items.isEmpty())
        m_header->setSummary(tr("Everything is fine."));
    else if (items.size() == 1)
        m_header->setSummary(tr("One thing needs your attention."));
    else
        m_header->setSummary(tr("%n things need your attention.", nullptr, int(items.size())));

    m_feed->setSiteZone(snapshot.siteZone);
    m_feed->setPunches(snapshot.latestPunches);
}

void DashboardPage::presentTiles(const Snapshot &snapshot)
{
    const QLocale locale;
    // One rule for every tile, said in each tooltip: a terminal waiting for approval may be
    // someone's test device, so it counts for nothing until it is approved (then its punches do).
    const QString pendingRule = tr("Terminals waiting for approval count for no tile until you approve them.");
    m_punchesToday->setValue(locale.toString(snapshot.punchesToday),
                             tr("Punches stamped today on approved terminals. %1").arg(pendingRule));
    m_inNow->setValue(locale.toString(snapshot.presentToday),
                      tr("People whose last punch today, on an approved terminal, was an entry. %1").arg(pendingRule));

    int approved = 0;
    int online = 0;
    for (const storage::TerminalRow &terminal : snapshot.terminals) {
        if (terminal.approval != storage::Approval::Approved)
            continue;
        ++approved;
        online += engine::TerminalHealth::isOnline(terminal, snapshot.nowUtc) ? 1 : 0;
    }
    m_online->setValue(tr("%1/%2").arg(locale.toString(online), locale.toString(approved)),
                       tr("Approved terminals heard from within three of their poll intervals. %1").arg(pendingRule));
}

void DashboardPage::reloadGettingStarted()
{
    const http::ServerHost *server = context().server();
    if (server && server->isRunning())
        m_gettingStarted->setServer(reachableAddresses(server->address()), server->port());
    else
        m_gettingStarted->setServerNotRunning(context().serverError());
}

QList<AttentionItem> DashboardPage::installationNotices(const QSqlDatabase &db, const ReadRequest &request,
                                                        const QDateTime &nowUtc, bool noTerminal)
{
    QList<AttentionItem> items = DashboardNotices::staleBackup(db, request.database, nowUtc);
    if (request.hasServer && !request.serverRunning) {
        const quint16 port = DashboardNotices::configuredPort(db);
        items += DashboardNotices::portHeld(port, PortHolder::find(port));
    } else if (request.hasServer && noTerminal) {
        items += DashboardNotices::firewallHint(request.serverPort, request.listeningSince, nowUtc,
                                                DashboardNotices::installedFirewallTool());
    }
    return items;
}

void DashboardPage::noteListening()
{
    const http::ServerHost *server = context().server();
    if (!server || !server->isRunning())
        m_listeningSince = {};
    else if (!m_listeningSince.isValid())
        m_listeningSince = QDateTime::currentDateTimeUtc();
}

void DashboardPage::act(const QString &devId, TerminalCommands::Command command)
{
    // A terminal gone meanwhile is still named: the service says it is no longer there.
    storage::TerminalRow terminal = terminalAsStored(devId);
    terminal.devId = devId;
    report((m_commands.*command)(terminal));
}

void DashboardPage::pin(const QString &devId, const QString &address)
{
    storage::TerminalRow terminal = terminalAsStored(devId);
    terminal.devId = devId;
    terminal.remoteAddress = address;
    report(m_commands.pinAddress(terminal));
}

storage::TerminalRow DashboardPage::terminalAsStored(const QString &devId) const
{
    return context()
        .reader()
        .wait([&devId](const QSqlDatabase &db) { return storage::TerminalRepository(db).find(devId); })
        .value_or(storage::TerminalRow());
}

void DashboardPage::report(const TerminalCommands::Result &result)
{
    if (TerminalCommands::show(result, m_message))
        reload();
}

void DashboardPage::updateAttentionActions()
{
    const bool mayManage = context().allows(services::Permission::ManageTerminals);
    m_attentionList->setActionsAllowed(
        mayManage,
        mayManage ? QString() : PermissionText::notAllowed(context().actor(), services::Permission::ManageTerminals));
}

void DashboardPage::showMessage(const QString &html, bool error)
{
    m_message->setProperty("role", error ? QStringLiteral("fieldError") : QString());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(html);
    m_message->show();
}

void DashboardPage::startSimulator()
{
    const http::ServerHost *server = context().server();
    if (!server || !server->isRunning()) {
        m_gettingStarted->setSimulatorStatus(tr("Start the server first: the simulated terminal talks to it."), false);
        return;
    }
    m_gettingStarted->setSimulatorStatus(tr("Starting the simulated terminal…"), true);
    m_simulator->start(server->address(), server->port());
}

void DashboardPage::stopSimulator()
{
    m_simulator->stop();
    m_gettingStarted->setSimulatorStatus(tr("The simulated terminal %1 is stopped.").arg(SimulatorLauncher::deviceId()),
                                         false);
}

void DashboardPage::showSimulatorRunning()
{
    m_gettingStarted->setSimulatorStatus(
        tr("The simulated terminal %1 is running; it appears here within a few seconds.")
            .arg(SimulatorLauncher::deviceId()),
        true);
    m_stopSimulator->show();
}

void DashboardPage::followServer()
{
    const http::ServerHost *server = context().server();
    if (server && server->isRunning())
        m_simulator->follow(server->address(), server->port());
}

} // namespace punchclock::ui
