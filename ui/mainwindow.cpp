#include "mainwindow.h"

#include "auditpage.h"
#include "commandbuilderdialog.h"
#include "consolelock.h"
#include "consoletray.h"
#include "dashboardpage.h"
#include "firstadministratordialog.h"
#include "databaseerrorbanner.h"
#include "icons.h"
#include "integrationspage.h"
#include "jobspage.h"
#include "navigationlist.h"
#include "operatoradmin.h"
#include "passworddialog.h"
#include "permissiontext.h"
#include "punchespage.h"
#include "quitconfirmation.h"
#include "reportspage.h"
#include "screenfit.h"
#include "serverhost.h"
#include "serverstatus.h"
#include "settingspage.h"
#include "terminalspage.h"
#include "userspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace punchclock::ui {

namespace {

constexpr int SearchKindRole = Qt::UserRole + 1;
constexpr int SearchIdRole = Qt::UserRole + 2;
constexpr int statusRefreshMs = 5000; // "online" turns into "offline" with time alone

} // namespace

MainWindow::MainWindow(ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new NavigationList)
    , m_pages(new QStackedWidget)
    , m_statusRead(context.reader(), this, [this](const ServerStatus::Counts &counts) { showStatus(counts); })
    , m_searchRead(context.reader(), this,
                   [this](const QList<ServerStatus::SearchEntry> &entries) { showSearchCompletions(entries); })
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Punchclock"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/punchclock.svg")));
    m_pages->setObjectName(QStringLiteral("pages"));

    addPage(PageId::Dashboard, new DashboardPage(context), themedIcon("dashboard-show"), tr("Dashboard"));
    addPage(PageId::Terminals, new TerminalsPage(context), themedIcon("network-server"), tr("Terminals"));
    addPage(PageId::Users, new UsersPage(context), themedIcon("system-users"), tr("Users"));
    addPage(PageId::Punches, new PunchesPage(context), themedIcon("chronometer"), tr("Punches"));
    addPage(PageId::Jobs, new JobsPage(context), themedIcon("view-task"), tr("Jobs"));
    addPage(PageId::Reports, new ReportsPage(context), themedIcon("office-chart-bar"), tr("Reports"));
    addPage(PageId::Integrations, new IntegrationsPage(context), themedIcon("network-connect"), tr("Integrations"));
    addPage(PageId::Settings, new SettingsPage(context), themedIcon("configure"), tr("Settings"));
    addPage(PageId::Audit, new AuditPage(context), themedIcon("view-history"), tr("Audit trail"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *body = new QSplitter;
    body->setObjectName(QStringLiteral("bodySplitter"));
    body->setChildrenCollapsible(false);
    body->addWidget(m_navigation);
    body->addWidget(m_pages);
    body->setStretchFactor(1, 1);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(createSearchBox());
    layout->addWidget(new DatabaseErrorBanner(context));
    layout->addWidget(body, 1);
    setCentralWidget(central);

    m_serverState = new QLabel;
    m_serverState->setObjectName(QStringLiteral("serverState"));
    m_serverState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_terminalState = new QLabel;
    m_terminalState->setObjectName(QStringLiteral("terminalState"));
    m_jobState = new QLabel;
    m_jobState->setObjectName(QStringLiteral("jobState"));
    m_signedIn = new QLabel;
    m_signedIn->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addWidget(m_serverState, 1);
    statusBar()->addPermanentWidget(m_terminalState);
    statusBar()->addPermanentWidget(m_jobState);
    statusBar()->addPermanentWidget(m_signedIn);

    m_lock = new ConsoleLock(context, this);
    createMenus();

    connect(&m_context, &ConsoleContext::pageRequested, this, &MainWindow::showPage);
    connect(&m_context, &ConsoleContext::jobRequested, this, [this] { showPage(PageId::Jobs); });
    connect(&m_context, &ConsoleContext::userRequested, this, [this] { showPage(PageId::Users); });
    connect(&m_context, &ConsoleContext::terminalRequested, this, [this] { showPage(PageId::Terminals); });
    connect(&m_context, &ConsoleContext::commandBuilderRequested, this, &MainWindow::openCommandBuilder);
    connect(&m_context, &ConsoleContext::serverStateChanged, this, &MainWindow::updateStatusBar);
    connect(&m_context, &ConsoleContext::terminalsChanged, this, &MainWindow::updateStatusBar);
    connect(&m_context, &ConsoleContext::jobsChanged, this, &MainWindow::updateStatusBar);
    connect(&m_context, &ConsoleContext::terminalsChanged, this, &MainWindow::updateSearchCompletions);
    connect(&m_context, &ConsoleContext::usersChanged, this, &MainWindow::updateSearchCompletions);
    connect(&m_context, &ConsoleContext::actorChanged, this, &MainWindow::showActor);
    connect(&m_context, &ConsoleContext::actorChanged, this, &MainWindow::updateSearchCompletions);
    connect(&m_context, &ConsoleContext::signInRequested, this, &MainWindow::signInAgain, Qt::QueuedConnection);
    m_statusTimer.setInterval(statusRefreshMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    m_statusTimer.start();

    updateStatusBar();
    showActor();
    updateSearchCompletions();
    m_navigation->setCurrentRow(0);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(PageId id, Page *page, const QIcon &icon, const QString &title)
{
    Q_ASSERT(m_pages->count() == int(id));
    page->setObjectName(QStringLiteral("page%1").arg(int(id)));
    m_pages->addWidget(page);
    m_navigation->addEntry(icon, title);
    const int row = int(id);
    m_navigation->setBadge(row, page->badge());
    connect(page, &Page::badgeChanged, this, [this, row](int count) { m_navigation->setBadge(row, count); });
}

Page *MainWindow::page(PageId id) const
{
    return qobject_cast<Page *>(m_pages->widget(int(id)));
}

PageId MainWindow::currentPage() const
{
    return PageId(m_pages->currentIndex());
}

void MainWindow::showPage(PageId id)
{
    if (m_navigation->item(int(id))->isHidden())
        return;
    m_navigation->setCurrentRow(int(id));
}

QWidget *MainWindow::createSearchBox()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Search users and terminals… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon("edit-find"), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(360);

    m_searchItems = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_searchItems, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &MainWindow::openSearchResult);

    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(m_search);
    return bar;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *lock = file->addAction(themedIcon("dialog-password"), tr("&Lock"), m_lock, &ConsoleLock::lock);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From any window of the console, the command builder's too.
    lock->setShortcutContext(Qt::ApplicationShortcut);
    m_changePassword = file->addAction(tr("Change my &password…"), this, &MainWindow::changeOwnPassword);
    m_changePassword->setObjectName(QStringLiteral("changeOwnPasswordAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction *action = go->addAction(m_navigation->item(row)->icon(), m_navigation->item(row)->text(), this,
                                        [this, row] { showPage(PageId(row)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_goActions.append(action);
    }
    go->addSeparator();
    QAction *search = go->addAction(tr("&Search…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    search->setShortcut(QKeySequence::Find);
    QAction *reload = go->addAction(themedIcon("view-refresh"), tr("&Reload"), this, [this] {
        if (Page *current = page(currentPage()))
            current->reload();
        updateStatusBar();
    });
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *commands = menuBar()->addMenu(tr("&Commands"));
    m_newCommand =
        commands->addAction(themedIcon("document-send"), tr("&New command…"), this, [this] { openCommandBuilder({}); });
    m_newCommand->setObjectName(QStringLiteral("newCommandAction"));
    m_newCommand->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Punchclock"), this, [this] {
        QMessageBox::about(this, tr("About Punchclock"),
                           tr("<h3>Punchclock %1</h3><p>Administration console and server for FK time-attendance "
                              "terminals.</p><p>Licensed under the GNU GPL version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateStatusBar()
{
    m_statusRead.request(&ServerStatus::readCounts);
}

void MainWindow::showStatus(const ServerStatus::Counts &counts)
{
    const ServerStatus status = ServerStatus::of(m_context, counts);
    m_serverState->setText(status.serverText);
    m_serverState->setToolTip(status.serverToolTip);
    m_terminalState->setText(status.terminalText);
    m_jobState->setText(status.jobText);
}

void MainWindow::showActor()
{
    const services::Actor &actor = m_context.actor();
    //: the status bar: %1 the operator's name, %2 their role ("administrator")
    m_signedIn->setText(tr("Signed in as %1 (%2)").arg(actor.name, PermissionText::roleName(actor.role)));
    m_signedIn->setToolTip(PermissionText::roleDescription(actor.role));
    m_newCommand->setEnabled(m_context.maySendCommands());
    // The whole trail names everyone's changes: only who may read it sees its page.
    const bool mayAudit = m_context.allows(services::Permission::ViewAuditTrail);
    m_navigation->item(int(PageId::Audit))->setHidden(!mayAudit);
    m_goActions.at(int(PageId::Audit))->setVisible(mayAudit);
    if (!mayAudit && currentPage() == PageId::Audit)
        showPage(PageId::Dashboard);
    // Only an operator account has a password of its own to change.
    m_changePassword->setEnabled(actor.kind == services::ActorKind::Operator && actor.operatorId != 0);
}

void MainWindow::signInAgain()
{
    // Data from before operator accounts has none: its first administrator is made now, or the
    // console leaves, as at a start.
    const bool needsFirstAdministrator = m_context.reader().wait(
        [](const QSqlDatabase &db) { return services::OperatorAdmin(db).needsFirstAdministrator(); });
    if (needsFirstAdministrator) {
        FirstAdministratorDialog first(m_context.reader(), this);
        if (first.exec() != QDialog::Accepted) {
            close();
            return;
        }
        if (first.actor()) {
            m_context.setActor(*first.actor());
            return;
        }
    }
    m_lock->lock();
}

void MainWindow::changeOwnPassword()
{
    PasswordDialog dialog(m_context.reader(), m_context.actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password is changed."), statusRefreshMs);
}

void MainWindow::updateSearchCompletions()
{
    m_searchRead.request([scope = m_context.departmentScope()](const QSqlDatabase &db) {
        return ServerStatus::readSearchEntries(db, scope);
    });
}

void MainWindow::showSearchCompletions(const QList<ServerStatus::SearchEntry> &entries)
{
    m_searchItems->clear();
    for (const ServerStatus::SearchEntry &entry : entries) {
        auto *item = new QStandardItem(entry.isUser ? themedIcon("im-user") : themedIcon("network-server"), entry.label);
        item->setData(entry.isUser, SearchKindRole);
        item->setData(entry.id, SearchIdRole);
        m_searchItems->appendRow(item);
    }
}

void MainWindow::openSearchResult(const QModelIndex &index)
{
    const QString id = index.data(SearchIdRole).toString();
    if (index.data(SearchKindRole).toBool())
        m_context.showUser(id);
    else
        m_context.showTerminal(id);
    QTimer::singleShot(0, m_search, &QLineEdit::clear);
}

void MainWindow::openCommandBuilder(const CommandDraft &draft)
{
    if (!m_context.maySendCommands()) {
        QMessageBox::information(this, tr("Commands"),
                                 PermissionText::notAllowed(m_context.actor(), services::Permission::ManageTerminals));
        return;
    }
    auto *dialog = new CommandBuilderDialog(m_context, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    // The status bar holds the address terminals must use: the window never reaches below the
    // screen, on the first start or after a larger screen was unplugged.
    const QRect available = ScreenFit::availableGeometry(this);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        setGeometry(ScreenFit::firstWindowGeometry(available));
    else if (!isMaximized() && !isFullScreen())
        setGeometry(ScreenFit::fittedGeometry(geometry(), available));
    if (auto *body = findChild<QSplitter *>(QStringLiteral("bodySplitter")))
        body->restoreState(settings.value(QStringLiteral("window/body")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting stops the terminal server: asked, unless the tray's Quit asked already.
    static constexpr char quitConfirmedProperty[] = "quitConfirmed";
    http::ServerHost *server = m_context.server();
    if (server && server->isRunning() && !property(quitConfirmedProperty).toBool()) {
        switch (QuitConfirmation::ask(this, QSystemTrayIcon::isSystemTrayAvailable())) {
        case QuitConfirmation::Choice::Cancel: event->ignore(); return;
        case QuitConfirmation::Choice::KeepRunning:
            event->ignore();
            ConsoleTray::keepRunning(this, [this] {
                setProperty(quitConfirmedProperty, true);
                close();
            });
            return;
        case QuitConfirmation::Choice::Quit: break;
        }
    }
    if (server)
        server->stop();
    // Once kept in the tray, closing the window no longer ends the console by itself.
    if (!QApplication::quitOnLastWindowClosed())
        QTimer::singleShot(0, qApp, &QApplication::quit);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *body = findChild<QSplitter *>(QStringLiteral("bodySplitter")))
        settings.setValue(QStringLiteral("window/body"), body->saveState());
    event->accept();
}

} // namespace punchclock::ui
