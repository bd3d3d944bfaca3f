#include "terminalspage.h"

#include "consolecontext.h"
#include "datatableview.h"
#include "detailssplitter.h"
#include "historydialog.h"
#include "icons.h"
#include "keypadactivitydialog.h"
#include "jobrepository.h"
#include "pageheader.h"
#include "permissiontext.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "sitetimetext.h"
#include "terminaldetailspane.h"
#include "terminaltablemodel.h"

#include <algorithm>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

const QString splitterKey = QStringLiteral("terminals/splitter");
// Online turns offline by silence alone: refresh the states now and then.
constexpr int ageRefreshMs = 30 * 1000;

} // namespace

TerminalsPage::TerminalsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_commands(context, this)
    , m_banner(nullptr)
    , m_header(new PageHeader(tr("Terminals")))
    , m_autoApprove(new QLabel)
    , m_message(new QLabel)
    , m_model(new TerminalTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new DataTableView(QStringLiteral("terminalsTable")))
    , m_details(new TerminalDetailsPane)
    , m_splitter(new DetailsSplitter(QStringLiteral("terminalsSplitter"), splitterKey, this))
    , m_read(context.reader(), this, [this](Snapshot snapshot) { present(std::move(snapshot)); })
{
    setObjectName(QStringLiteral("terminalsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TerminalTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    const bool firstRun = !QSettings().contains(QStringLiteral("tables/terminalsTable/header"));
    m_view->setModel(m_proxy);
    if (firstRun) {
        // Until the operator arranges them: room for "Offline since 10:42" and names, numbers narrow.
        QHeaderView *header = m_view->horizontalHeader();
        header->resizeSection(TerminalTableModel::StatusColumn, 160);
        header->resizeSection(TerminalTableModel::NameColumn, 160);
        for (int column : {TerminalTableModel::UsersColumn, TerminalTableModel::FacesColumn,
                           TerminalTableModel::FingersColumn, TerminalTableModel::LogsColumn})
            header->resizeSection(column, std::max(60, header->sectionSizeHint(column))); // the header's text fits
    }
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(TerminalTableModel::NameColumn, Qt::AscendingOrder);

    m_autoApprove->setObjectName(QStringLiteral("autoApproveHint"));
    m_autoApprove->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->setObjectName(QStringLiteral("terminalsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->hide();
    m_banner = new TerminalJobBanner(context, m_message);

    m_splitter->setPanes(m_view, m_details, 900, 320);

    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("terminalsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buildActions();
    toolbar->addActions({m_approve, m_block});
    toolbar->addSeparator();
    toolbar->addActions(m_commandActions.mid(0, m_commandActions.size() - 2));
    auto *dangerButton = new QToolButton;
    dangerButton->setObjectName(QStringLiteral("dangerButton"));
    dangerButton->setMenu(m_danger);
    dangerButton->setPopupMode(QToolButton::InstantPopup);
    dangerButton->setIcon(themedIcon("dialog-warning"));
    dangerButton->setText(tr("Danger"));
    dangerButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(dangerButton);

    m_header->setObjectName(QStringLiteral("terminalsHeader"));
    m_sendCommand = new QAction(themedIcon("document-send"), tr("Send &command…"), this);
    m_sendCommand->setObjectName(QStringLiteral("sendCommand"));
    connect(m_sendCommand, &QAction::triggered, this, [this] {
        CommandDraft draft;
        if (const storage::TerminalRow *terminal = selectedTerminal())
            draft.devId = terminal->devId;
        this->context().openCommandBuilder(draft);
    });
    auto *sendButton = new QToolButton;
    sendButton->setObjectName(QStringLiteral("sendCommandButton"));
    sendButton->setDefaultAction(m_sendCommand);
    sendButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->addAction(sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(toolbar);
    layout->addWidget(m_autoApprove);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_view, &QWidget::customContextMenuRequested, this, &TerminalsPage::showContextMenu);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.toString() == TerminalDetailsPane::keypadActivityLink())
            showKeypadActivity();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TerminalsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TerminalsPage::updateActions);
    connect(m_autoApprove, &QLabel::linkActivated, this, [this] { this->context().showPage(PageId::Settings); });
    connect(m_message, &QLabel::linkActivated, this,
            [this](const QString &link) { this->context().showJob(link.section(QLatin1Char(':'), 1).toLongLong()); });
    connect(&context, &ConsoleContext::terminalsChanged, this, &TerminalsPage::reload);
    connect(&context, &ConsoleContext::jobsChanged, this, &TerminalsPage::reload);
    connect(&context, &ConsoleContext::settingsChanged, this, &TerminalsPage::reload);
    connect(&context, &ConsoleContext::terminalRequested, this, &TerminalsPage::selectTerminal);
    connect(&context, &ConsoleContext::actorChanged, this, &TerminalsPage::updateActions);
    m_ageTimer.setInterval(ageRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &TerminalsPage::reload);
    m_ageTimer.start();

    reload();
}

TerminalsPage::~TerminalsPage() = default;

QAction *TerminalsPage::addCommand(const QString &objectName, const QIcon &icon, const QString &text,
                                   TerminalCommands::Command command)
{
    return addCommand(objectName, icon, text, [this, command](const QList<storage::TerminalRow> &terminals) {
        return m_commands.forEach(terminals, command);
    });
}

QAction *TerminalsPage::addCommand(const QString &objectName, const QIcon &icon, const QString &text,
                                   TerminalCommands::CommandOnMany command)
{
    return addCommand(objectName, icon, text, [this, command](const QList<storage::TerminalRow> &terminals) {
        return (m_commands.*command)(terminals);
    });
}

QAction *TerminalsPage::addCommand(const QString &objectName, const QIcon &icon, const QString &text,
                                   const std::function<TerminalCommands::Result(const QList<storage::TerminalRow> &)> &act)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(objectName);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, act] {
        // Copies: the command's notices reload the model under them.
        const QList<storage::TerminalRow> terminals = selectedTerminals();
        if (!terminals.isEmpty())
            report(act(terminals));
    });
    addAction(action);
    return action;
}

QAction *TerminalsPage::addSingleCommand(const QString &objectName, const QIcon &icon, const QString &text,
                                         TerminalCommands::Command command)
{
    QAction *action = addCommand(objectName, icon, text, command);
    m_singleActions << action;
    return action;
}

void TerminalsPage::buildActions()
{
    m_approve = addCommand(QStringLiteral("approveTerminal"), themedIcon("dialog-ok-apply"), tr("&Approve"),
                           &TerminalCommands::approve);
    m_block = addCommand(QStringLiteral("blockTerminal"), themedIcon("dialog-cancel"), tr("&Block"),
                         TerminalCommands::CommandOnMany(&TerminalCommands::block));
    QAction *rename = addSingleCommand(QStringLiteral("renameTerminal"), themedIcon("edit-rename"), tr("Re&name…"),
                                 &TerminalCommands::rename);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    const auto withShortcut = [](QAction *action, const QKeySequence &shortcut) {
        action->setShortcut(shortcut);
        return action;
    };
    m_commandActions = {
        rename,
        withShortcut(addCommand(QStringLiteral("syncTime"), themedIcon("chronometer"), tr("Sync &time"),
                                &TerminalCommands::syncTime),
                     QKeySequence(Qt::CTRL | Qt::Key_T)),
        withShortcut(addCommand(QStringLiteral("getStatus"), themedIcon("state-information"), tr("Get &status"),
                                &TerminalCommands::getStatus),
                     QKeySequence(Qt::CTRL | Qt::Key_I)),
        withShortcut(addCommand(QStringLiteral("pullLogs"), themedIcon("document-import"), tr("Pull &logs…"),
                                TerminalCommands::CommandOnMany(&TerminalCommands::pullLogs)),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)),
        withShortcut(addCommand(QStringLiteral("pullUserList"), themedIcon("system-users"), tr("Pull &user list"),
                                &TerminalCommands::pullUserList),
                     QKeySequence(Qt::CTRL | Qt::Key_U)),
        m_downloadUsers = addCommand(QStringLiteral("downloadUsers"), themedIcon("im-user"), tr("&Download users…"),
                                     &TerminalCommands::downloadUsers),
        addCommand(QStringLiteral("restartTerminal"), themedIcon("system-reboot"), tr("&Restart"),
                   &TerminalCommands::restart),
        addSingleCommand(QStringLiteral("setServerAddress"), themedIcon("network-server"), tr("Set server a&ddress…"),
                   &TerminalCommands::setServerAddress),
        addSingleCommand(QStringLiteral("clearLogs"), themedIcon("edit-clear-history"), tr("Clear all &logs…"),
                   &TerminalCommands::clearLogs),
        addSingleCommand(QStringLiteral("clearEnrollments"), themedIcon("edit-delete"), tr("Clear all &enrollments…"),
                   &TerminalCommands::clearEnrollments),
    };
    m_pin = new QAction(themedIcon("security-high"), tr("&Pin to its address"), this);
    m_pin->setObjectName(QStringLiteral("pinTerminal"));
    m_pin->setCheckable(true);
    connect(m_pin, &QAction::triggered, this, [this](bool pin) {
        const storage::TerminalRow *selected = selectedTerminal();
        if (!selected)
            return;
        const storage::TerminalRow terminal = *selected;
        report(pin ? m_commands.pinAddress(terminal) : m_commands.unpinAddress(terminal));
        updateActions();
    });
    addAction(m_pin);
    m_history = new QAction(themedIcon("view-history"), tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("terminalHistory"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_history, &QAction::triggered, this, [this] {
        if (const storage::TerminalRow *terminal = selectedTerminal())
            HistoryDialog::showTerminal(this->context(), terminal->devId, terminal->name, this);
    });
    addAction(m_history);
    m_keypadActivity = new QAction(themedIcon("fingerprint"), tr("&Keypad activity…"), this);
    m_keypadActivity->setObjectName(QStringLiteral("terminalKeypadActivity"));
    connect(m_keypadActivity, &QAction::triggered, this, &TerminalsPage::showKeypadActivity);
    addAction(m_keypadActivity);
    m_danger = new QMenu(tr("&Danger"), this);
    m_danger->setObjectName(QStringLiteral("dangerMenu"));
    m_danger->setIcon(themedIcon("dialog-warning"));
    m_danger->setToolTipsVisible(true);
    m_danger->addActions(m_commandActions.mid(m_commandActions.size() - 2));
}

void TerminalsPage::updateActions()
{
    const storage::TerminalRow *terminal = selectedTerminal();
    const bool mayReadKeypad = context().allows(services::Permission::ViewKeypadActivity);
    m_details->setKeypadActivityShown(mayReadKeypad);
    m_details->setSiteZone(m_siteZone);
    m_details->showTerminal(terminal, terminal ? m_proxy->mapToSource(m_view->currentIndex())
                                                     .siblingAtColumn(TerminalTableModel::QueuedJobsColumn)
                                                     .data(TerminalTableModel::SortRole)
                                                     .toInt()
                                               : 0);
    // The service refuses what the role may not do; the page says so before anyone tries.
    const bool mayManage = context().allows(services::Permission::ManageTerminals);
    const QString denied =
        mayManage ? QString() : PermissionText::notAllowed(context().actor(), services::Permission::ManageTerminals);
    const QList<storage::TerminalRow> selected = selectedTerminals();
    const auto anyIs = [&selected](bool wanted, storage::Approval approval) {
        return std::any_of(selected.cbegin(), selected.cend(), [&](const storage::TerminalRow &row) {
            return (row.approval == approval) == wanted;
        });
    };
    m_approve->setEnabled(mayManage && anyIs(false, storage::Approval::Approved));
    m_block->setEnabled(mayManage && anyIs(false, storage::Approval::Blocked));
    for (QAction *action : {m_approve, m_block})
        action->setToolTip(mayManage ? action->text().remove(QLatin1Char('&')) : denied);
    const bool approved = !selected.isEmpty() && !anyIs(false, storage::Approval::Approved);
    QString why = denied;
    if (mayManage && selected.isEmpty())
        why = tr("Select a terminal first.");
    else if (mayManage && !approved)
        why = tr("Approve the terminal first: terminals that are not approved are sent no commands.");
    for (QAction *action : std::as_const(m_commandActions)) {
        action->setEnabled(mayManage && approved);
        action->setToolTip(why.isEmpty() ? action->text().remove(QLatin1Char('&')) : why);
    }
    // The users read have no department yet: only an account of every department may read them.
    if (!context().allows(services::Permission::ManageUsers)) {
        m_downloadUsers->setEnabled(false);
        m_downloadUsers->setToolTip(PermissionText::notAllowed(context().actor(), services::Permission::ManageUsers));
    }
    m_danger->setEnabled(mayManage && approved);
    // A pinned terminal is served only from its address: a copy of its dev_id elsewhere is refused.
    m_pin->setEnabled(mayManage && terminal && !terminal->remoteAddress.isEmpty());
    m_pin->setChecked(terminal && terminal->pinned);
    m_pin->setToolTip(!mayManage ? denied
                      : terminal && !terminal->remoteAddress.isEmpty()
                          ? tr("Refuse requests with this terminal's ID from any address but %1").arg(terminal->remoteAddress)
                          : tr("The terminal has not talked to this server yet."));
    const bool mayReadHistory = mayManage || context().allows(services::Permission::ViewAuditTrail);
    m_history->setEnabled(terminal && mayReadHistory);
    m_history->setToolTip(mayReadHistory ? tr("Who approved, blocked or pinned this terminal, and who sent it commands")
                                         : denied);
    m_keypadActivity->setEnabled(terminal && mayReadKeypad);
    m_keypadActivity->setToolTip(mayReadKeypad
                                     ? tr("What managers did at this terminal's keypad: enrolments, deletions, settings")
                                     : PermissionText::notAllowed(context().actor(),
                                                                  services::Permission::ViewKeypadActivity));
    const bool maySend = mayManage || context().allows(services::Permission::ManageUsers);
    m_sendCommand->setEnabled(maySend);
    m_sendCommand->setToolTip(maySend ? tr("Open the command builder for the selected terminal") : denied);
    if (selected.size() < 2)
        return;
    // These act on one terminal at a time; the others act on every selected one.
    for (QAction *action : m_singleActions + QList<QAction *>{m_pin, m_history, m_keypadActivity, m_sendCommand}) {
        action->setEnabled(false);
        action->setToolTip(tr("Select one terminal: this acts on one at a time."));
    }
}

void TerminalsPage::showContextMenu(const QPoint &position)
{
    // From the keyboard (the Menu key) the position may be off any row: the current one counts.
    if (!m_view->indexAt(position).isValid() && !m_view->currentIndex().isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("terminalsContextMenu"));
    menu.setToolTipsVisible(true);
    menu.addActions({m_approve, m_block});
    menu.addSeparator();
    menu.addActions(m_commandActions.mid(0, m_commandActions.size() - 2));
    menu.addAction(m_sendCommand);
    menu.addSeparator();
    menu.addAction(m_pin);
    menu.addAction(m_history);
    menu.addAction(m_keypadActivity);
    menu.addSeparator();
    menu.addMenu(m_danger);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TerminalsPage::showKeypadActivity()
{
    if (const storage::TerminalRow *terminal = selectedTerminal())
        KeypadActivityDialog::showFor(context(), *terminal, this);
}

void TerminalsPage::reload()
{
    m_read.request(&TerminalsPage::read);
}

TerminalsPage::Snapshot TerminalsPage::read(const QSqlDatabase &db)
{
    Snapshot snapshot;
    snapshot.terminals = storage::TerminalRepository(db).list();
    snapshot.openJobs = storage::JobRepository(db).openJobsByTerminal();
    const engine::ServerSettings settings = engine::ServerSettings::load(storage::SettingsRepository(db));
    snapshot.siteZone = SiteTimeText::siteZone(settings);
    snapshot.autoApprove = settings.autoApproveTerminals;
    return snapshot;
}

void TerminalsPage::present(Snapshot snapshot)
{
    int pending = 0;
    int online = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const storage::TerminalRow &terminal : std::as_const(snapshot.terminals)) {
        pending += terminal.approval == storage::Approval::Pending ? 1 : 0;
        online += engine::TerminalHealth::stateOf(terminal, now) == engine::TerminalHealth::State::Online ? 1 : 0;
    }
    const int total = int(snapshot.terminals.size());
    m_model->setTerminals(std::move(snapshot.terminals), snapshot.openJobs, now);
    setBadge(pending);
    if (total == 0)
        m_header->setSummary(tr("No terminal has contacted this PC yet: see the Dashboard for how to connect one."));
    else if (pending > 0)
        m_header->setSummary(tr("%1 of %2 online, %n waiting for approval", nullptr, pending).arg(online).arg(total));
    else
        m_header->setSummary(tr("%1 of %2 online").arg(online).arg(total));
    m_autoApprove->setText(snapshot.autoApprove
                               ? tr("New terminals are approved automatically. <a href=\"settings\">Change in Settings</a>")
                               : tr("New terminals wait for your approval. <a href=\"settings\">Change in Settings</a>"));
    m_siteZone = snapshot.siteZone;
    // The model updated its rows in place: the view kept the selection and where it was scrolled.
    updateActions();
}

const storage::TerminalRow *TerminalsPage::selectedTerminal() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->terminalAt(m_proxy->mapToSource(current).row()) : nullptr;
}

QList<storage::TerminalRow> TerminalsPage::selectedTerminals() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<storage::TerminalRow> terminals;
    for (int row : std::as_const(rows)) {
        if (const storage::TerminalRow *terminal = m_model->terminalAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            terminals << *terminal;
    }
    return terminals;
}

bool TerminalsPage::selectTerminal(const QString &devId)
{
    const int row = m_model->rowOf(devId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TerminalTableModel::NameColumn));
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

void TerminalsPage::report(const TerminalCommands::Result &result)
{
    if (m_banner->show(result))
        reload();
}

} // namespace punchclock::ui
