#include "userspage.h"

#include "commandparameters.h"
#include "consolecontext.h"
#include "datatableview.h"
#include "departmentsdialog.h"
#include "detailssplitter.h"
#include "icons.h"
#include "namecuts.h"
#include "pageheader.h"
#include "permissiontext.h"
#include "rosterdownloadbutton.h"
#include "userbulkactions.h"
#include "userdetailspane.h"
#include "usereditactions.h"
#include "userfilterproxymodel.h"
#include "usermessages.h"
#include "userprivacyactions.h"
#include "userrepository.h"
#include "userstatusactions.h"
#include "usertablemodel.h"
#include "userterminalactions.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

const QString SplitterKey = QStringLiteral("usersPage/splitter");

} // namespace

UsersPage::UsersPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_read(context.reader(), this, [this](Snapshot snapshot) { present(std::move(snapshot)); })
    , m_detailsRead(context.reader(), this, [this](UserDetails details) { presentDetails(std::move(details)); })
{
    setObjectName(QStringLiteral("usersPage"));
    m_terminalActions = new UserTerminalActions(context, this);
    m_editActions = new UserEditActions(context, this);
    m_privacyActions = new UserPrivacyActions(context, this);
    m_statusActions = new UserStatusActions(context, this);
    m_bulkActions = new UserBulkActions(context, this);
    m_header = new PageHeader(tr("Users"), this);
    m_header->setObjectName(QStringLiteral("usersHeader"));
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("usersToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_add = addPageAction(tr("&Add user…"), "addUserAction", "list-add", QKeySequence::New,
                          [this] { m_editActions->add(); });
    m_addButton = new QPushButton(m_add->icon(), tr("&Add user…"), this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { m_editActions->add(); });
    m_header->addAction(m_addButton);
    m_header->addAction(new RosterDownloadButton(context, this)); // shown while there is no user

    m_userActions = {
        addPageAction(tr("&Edit…"), "editUserAction", "document-edit", QKeySequence(Qt::CTRL | Qt::Key_E),
                      [this] { editUser(); }),
        addPageAction(tr("Re&name…"), "renameUserAction", "edit-rename", QKeySequence(Qt::Key_F2),
                      [this] {
                          if (const storage::UserRow *user = currentUser())
                              m_editActions->rename(*user);
                      }),
        addPageAction(tr("&Privilege…"), "privilegeAction", "user-identity",
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                      [this] {
                          if (const storage::UserRow *user = currentUser())
                              m_editActions->changePrivilege(*user);
                      }),
        addPageAction(tr("&Send to terminals…"), "pushUserAction", "cloud-upload",
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                      oneOrMany([this] { m_terminalActions->push(currentUserId()); }, &UserBulkActions::push)),
        addPageAction(tr("&Copy between terminals…"), "copyUserAction", "edit-copy",
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                      oneOrMany([this] { m_terminalActions->copy(currentUserId()); }, &UserBulkActions::copy)),
        addPageAction(tr("&Remove from terminals…"), "removeUserAction", "edit-delete", QKeySequence::Delete,
                      oneOrMany([this] { m_terminalActions->removeFromTerminals(currentUserId()); },
                                &UserBulkActions::removeFromTerminals)),
        addPageAction(tr("&Import credential file…"), "importCredentialAction", "document-open",
                      QKeySequence(Qt::CTRL | Qt::Key_I),
                      [this] { m_terminalActions->importCredential(currentUserId()); }),
        addPageAction(tr("Enr&oll…"), "enrollUserAction", "fingerprint", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                      [this] { m_terminalActions->enroll(currentUserId()); }),
    };
    // A leaver: refused at every terminal, templates kept; re-hiring is one Enable.
    m_disable = addPageAction(tr("Disa&ble…"), "disableUserAction", "dialog-cancel", QKeySequence(), oneOrMany([this] {
        if (const storage::UserRow *user = currentUser())
            m_statusActions->disable(*user);
    }, &UserBulkActions::disable));
    m_enable = addPageAction(tr("Ena&ble"), "enableUserAction", "dialog-ok-apply", QKeySequence(), [this] {
        if (const storage::UserRow *user = currentUser())
            m_statusActions->enable(*user);
    });
    m_userActions << m_disable << m_enable;
    m_userActions.append(addPageAction(tr("&Fetch from terminal…"), "fetchUserAction", "view-refresh",
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                       [this] { m_terminalActions->fetch(currentUserId(), fetchSource({})); }));
    m_sendCommand = addPageAction(tr("Send co&mmand…"), "sendCommandAction", "document-send", QKeySequence(),
                                  [this] { openCommandBuilder(); });
    m_history = addPageAction(tr("&History…"), "userHistoryAction", "view-history", QKeySequence(Qt::CTRL | Qt::Key_H),
                              [this] {
                                  if (const storage::UserRow *user = currentUser())
                                      m_privacyActions->showHistory(*user);
                              });
    m_exportPerson = addPageAction(tr("E&xport personal data…"), "exportPersonAction", "document-export",
                                   QKeySequence(), oneOrMany([this] {
                                       if (const storage::UserRow *user = currentUser())
                                           m_privacyActions->exportData(*user);
                                   }, &UserBulkActions::exportData));
    m_erasePerson = addPageAction(tr("Erase personal data…"), "erasePersonAction", "edit-clear-history",
                                  QKeySequence(), [this] {
                                      if (const storage::UserRow *user = currentUser())
                                          m_privacyActions->erase(*user, terminalNames());
                                  });
    QAction *setDepartment = addPageAction(tr("Set de&partment…"), "setDepartmentAction", "system-users", QKeySequence(),
                                           oneOrMany({}, &UserBulkActions::setDepartment));
    m_setSchedule = addPageAction(tr("Set sc&hedule…"), "setScheduleAction", "view-calendar-timeline", QKeySequence(),
                                  oneOrMany({}, &UserBulkActions::setSchedule));
    m_severalActions = {m_userActions.at(3), m_userActions.at(4), m_userActions.at(5), m_disable,
                        setDepartment,       m_setSchedule,       m_exportPerson};
    toolbar->addActions(m_userActions.mid(0, m_userActions.size() - 1));
    toolbar->addAction(m_sendCommand);
    toolbar->addActions({m_userActions.constLast(), setDepartment, m_setSchedule});

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search name or user ID"));
    m_search->setClearButtonEnabled(true);
    m_departmentFilter = new QComboBox(this);
    m_departmentFilter->setObjectName(QStringLiteral("departmentFilter"));
    m_departmentFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_departmentFilter);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All users"), int(UserFilterProxyModel::Status::Any));
    m_statusFilter->addItem(tr("Enabled"), int(UserFilterProxyModel::Status::Enabled));
    m_statusFilter->addItem(tr("Disabled (leavers)"), int(UserFilterProxyModel::Status::Disabled));
    auto *statusLabel = new QLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(departmentLabel);
    filters->addWidget(m_departmentFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    auto *departments = new QPushButton(tr("Departmen&ts…"), this);
    departments->setObjectName(QStringLiteral("departmentsButton"));
    connect(departments, &QPushButton::clicked, this, [this] { DepartmentsDialog(this->context(), this).exec(); });
    filters->addWidget(departments);

    m_model = new UserTableModel(
        [this](const QString &userId, std::function<void(const QByteArray &)> deliver) {
            this->context().reader().read<QByteArray>(
                m_model, [userId](const QSqlDatabase &db) { return storage::UserRepository(db).photo(userId); },
                std::move(deliver));
        },
        this);
    m_proxy = new UserFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = new DataTableView(QStringLiteral("usersTable"), this);
    m_table->setModel(m_proxy);
    if (!QSettings().contains(QStringLiteral("tables/usersTable/header"))) {
        const QList<QPair<int, int>> widths{{UserTableModel::PhotoColumn, UserTableModel::ThumbnailSize + 16},
                                           {UserTableModel::NameColumn, 140},
                                           {UserTableModel::UserIdColumn, 70},
                                           {UserTableModel::DepartmentColumn, 110},
                                           {UserTableModel::PrivilegeColumn, 80},
                                           {UserTableModel::CredentialsColumn, 160}};
        for (const auto &[column, width] : widths)
            m_table->horizontalHeader()->resizeSection(column, width);
    }
    m_table->setIconSize(QSize(UserTableModel::ThumbnailSize, UserTableModel::ThumbnailSize));
    m_table->verticalHeader()->setDefaultSectionSize(UserTableModel::ThumbnailSize + 4);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(m_userActions.mid(0, m_userActions.size() - 1));
    m_table->addAction(m_sendCommand);
    m_table->addActions({m_userActions.constLast(), setDepartment, m_setSchedule});
    auto *privacySeparator = new QAction(this);
    privacySeparator->setSeparator(true);
    m_table->addActions({privacySeparator, m_history, m_exportPerson, m_erasePerson});
    m_table->sortByColumn(UserTableModel::NameColumn, Qt::AscendingOrder);

    m_details = new UserDetailsPane(this);
    m_splitter = new DetailsSplitter(QStringLiteral("usersSplitter"), SplitterKey, this);
    // Every column of the table fits beside the details at 1366×768.
    m_splitter->setPanes(m_table, m_details, 860, 380);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("userStatus"));
    m_status->setWordWrap(true);
    m_openJob = new QPushButton(tr("&Open job"), this);
    m_openJob->setObjectName(QStringLiteral("openJobButton"));
    m_openJob->hide();
    connect(m_openJob, &QPushButton::clicked, this, [this] { this->context().showJob(m_lastJobId); });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_openJob);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusRow);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &UserFilterProxyModel::setSearchText);
    connect(m_departmentFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDepartment(m_departmentFilter->currentData().toLongLong()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(UserFilterProxyModel::Status(m_statusFilter->currentData().toInt()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] { editUser(); });
    connect(m_editActions, &UserEditActions::added, this, [this](const QString &userId, const QString &text) {
        reload();
        selectUser(userId);
        reportDone(text);
    });
    connect(m_details, &UserDetailsPane::removeFromTerminalRequested, this,
            [this](const QString &devId) { m_terminalActions->removeFromTerminal(currentUserId(), devId); });
    connect(m_details, &UserDetailsPane::fetchFromTerminalRequested, this,
            [this](const QString &devId) { m_terminalActions->fetch(currentUserId(), devId); });
    connect(m_details, &UserDetailsPane::enrollRequested, this, [this] { m_terminalActions->enroll(currentUserId()); });
    for (UserActions *actions : std::initializer_list<UserActions *>{m_editActions, m_terminalActions, m_privacyActions,
                                                                     m_statusActions, m_bulkActions}) {
        connect(actions, &UserActions::queued, this, &UsersPage::report);
        connect(actions, &UserActions::failed, this, &UsersPage::reportError);
        connect(actions, &UserActions::done, this, &UsersPage::reportDone);
    }
    connect(&context, &ConsoleContext::usersChanged, this, &UsersPage::reload);
    connect(&context, &ConsoleContext::terminalsChanged, this, &UsersPage::reload);
    connect(&context, &ConsoleContext::userRequested, this, &UsersPage::selectUser);
    connect(&context, &ConsoleContext::actorChanged, this, &UsersPage::reload);
    setTabOrder(m_search, m_departmentFilter);
    setTabOrder(m_departmentFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    reload();
}

UsersPage::~UsersPage() = default;

QAction *UsersPage::addPageAction(const QString &text, const char *objectName, const char *icon,
                                  const QKeySequence &shortcut, const std::function<void()> &run)
{
    auto *action = new QAction(themedIcon(icon), text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    action->setToolTip(shortcut.isEmpty() ? plain
                                          : tr("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    action->setData(action->toolTip());
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    return action;
}

void UsersPage::reload()
{
    const quint64 request = ++m_requests;
    m_read.request([scope = context().departmentScope(), request](const QSqlDatabase &db) {
        Snapshot snapshot = read(db, scope);
        snapshot.request = request;
        return snapshot;
    });
}

UsersPage::Snapshot UsersPage::read(const QSqlDatabase &db, const std::optional<QSet<qint64>> &departmentScope)
{
    Snapshot snapshot;
    snapshot.departmentScope = departmentScope;
    snapshot.terminals = storage::TerminalRepository(db).list();
    snapshot.users = storage::UserRepository(db).list();
    // An account of some departments sees their employees only.
    if (departmentScope) {
        snapshot.users.removeIf([&departmentScope](const storage::UserRow &row) {
            return !row.departmentId || !departmentScope->contains(*row.departmentId);
        });
    }
    snapshot.departments = storage::DepartmentRepository(db).list();
    return snapshot;
}

void UsersPage::present(Snapshot snapshot)
{
    // Read for the operator before the one signed in now: a read for this one is on its way.
    if (snapshot.departmentScope != context().departmentScope())
        return;
    m_shown = snapshot.request;
    m_terminals = std::move(snapshot.terminals);
    QHash<QString, QString> names;
    for (const storage::TerminalRow &terminal : std::as_const(m_terminals))
        names.insert(terminal.devId, terminal.name);
    m_model->setTerminalNames(names);
    const QList<storage::UserRow> &rows = snapshot.users;
    const auto unassigned = std::count_if(rows.cbegin(), rows.cend(),
                                          [](const storage::UserRow &row) { return row.terminals.isEmpty(); });
    m_header->setSummary(rows.isEmpty()
                             ? tr("No users yet: they arrive when someone enrolls on a terminal, or add one here.")
                             : tr("%1 · %2").arg(tr("%n user(s)", nullptr, int(rows.size())),
                                                 tr("%n on no terminal", nullptr, int(unassigned))));
    // Rows change in place: the view keeps its selection and scroll position, the filters stay.
    m_model->setUsers(std::move(snapshot.users));
    presentDepartments(snapshot.departments);
    showDetails();
    updateActions();
    if (m_shown == m_requests && !m_selectWhenRead.isEmpty())
        selectUser(std::exchange(m_selectWhenRead, QString()));
}

void UsersPage::presentDepartments(const QList<storage::DepartmentRow> &departments)
{
    const qint64 current = m_departmentFilter->currentData().isValid() ? m_departmentFilter->currentData().toLongLong()
                                                                        : UserFilterProxyModel::AnyDepartment;
    const QSignalBlocker blocker(m_departmentFilter);
    m_departmentFilter->clear();
    const std::optional<QSet<qint64>> scope = context().departmentScope();
    m_departmentFilter->addItem(scope ? tr("All my departments") : tr("All departments"),
                                UserFilterProxyModel::AnyDepartment);
    if (!scope)
        m_departmentFilter->addItem(tr("No department"), UserFilterProxyModel::NoDepartment);
    for (const storage::DepartmentRow &department : departments) {
        if (!scope || scope->contains(department.id))
            m_departmentFilter->addItem(department.name, department.id);
    }
    const int index = m_departmentFilter->findData(current);
    m_departmentFilter->setCurrentIndex(qMax(0, index));
    m_proxy->setDepartment(m_departmentFilter->currentData().toLongLong());
}

QString UsersPage::currentUserId() const
{
    return m_table->currentIndex().data(UserTableModel::UserIdRole).toString();
}

bool UsersPage::selectUser(const QString &userId)
{
    const int sourceRow = m_model->rowOf(userId);
    if (sourceRow < 0) {
        // A user just added is in the reload on its way: selected when it comes.
        m_selectWhenRead = m_shown < m_requests ? userId : QString();
        return false;
    }
    m_selectWhenRead.clear();
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, UserTableModel::NameColumn));
    if (!index.isValid()) {
        // Hidden by the filters: the operator asked for this user, so show it.
        m_search->clear();
        m_departmentFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, UserTableModel::NameColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showDetails();
    return true;
}

void UsersPage::updateActions()
{
    using services::Permission;
    const storage::UserRow *user = currentUser();
    // The user's department decides; the service checks it again when the change is made.
    const bool mayChange = user && context().allows(Permission::ManageUsers, user->departmentId);
    const QString why = user && !mayChange
                            ? PermissionText::notAllowed(context().actor(), Permission::ManageUsers, user->department)
                            : QString();
    for (QAction *action : std::as_const(m_userActions)) {
        action->setEnabled(mayChange);
        // The tooltip with the shortcut is kept in the action's data.
        action->setToolTip(why.isEmpty() ? action->data().toString() : why);
    }
    m_details->setActionsAllowed(mayChange, why);
    m_disable->setVisible(!user || user->enabled);
    m_enable->setVisible(user && !user->enabled);
    m_sendCommand->setEnabled(user && context().maySendCommands());
    m_history->setEnabled(user && context().allows(Permission::ViewReports, user->departmentId));
    for (const auto &[action, permission] : {std::pair{m_exportPerson, Permission::ExportPersonalData},
                                             std::pair{m_erasePerson, Permission::ErasePersonalData}}) {
        const bool allowed = context().allows(permission);
        action->setEnabled(user && allowed);
        action->setToolTip(allowed ? action->data().toString() : PermissionText::notAllowed(context().actor(), permission));
    }
    const bool mayAdd = context().roleAllows(Permission::ManageUsers);
    m_add->setEnabled(mayAdd);
    m_addButton->setEnabled(mayAdd);
    m_addButton->setToolTip(mayAdd ? QString()
                                   : PermissionText::notAllowed(context().actor(), Permission::ManageUsers));
    updateBulkActions(int(m_table->selectionModel()->selectedRows().size()));
}

void UsersPage::updateBulkActions(int selected)
{
    using services::Permission;
    // The role decides here; each person's department is checked by the service, person by person.
    const auto permissionOf = [this](QAction *action) {
        if (action == m_setSchedule)
            return Permission::ChangeSchedules;
        return action == m_exportPerson ? Permission::ExportPersonalData : Permission::ManageUsers;
    };
    if (selected <= 1) {
        // Department and schedule work for one as for several.
        for (QAction *action : {m_severalActions.at(4), m_setSchedule})
            action->setEnabled(selected == 1 && context().roleAllows(permissionOf(action)));
        return;
    }
    for (QAction *action : actions())
        action->setEnabled(m_severalActions.contains(action) && context().roleAllows(permissionOf(action)));
    m_add->setEnabled(context().roleAllows(Permission::ManageUsers));
    m_disable->setVisible(true);
    m_enable->setVisible(false);
    m_details->setActionsAllowed(false, tr("%n users selected", nullptr, selected));
}

QHash<QString, QString> UsersPage::terminalNames() const
{
    QHash<QString, QString> names;
    for (const storage::TerminalRow &terminal : m_terminals)
        names.insert(terminal.devId, terminal.name.isEmpty() ? terminal.devId : terminal.name);
    return names;
}

void UsersPage::showDetails()
{
    const storage::UserRow *user = detailedUser();
    if (!user) {
        m_details->showUser(nullptr, m_terminals);
        return;
    }
    // Another person: at once what their row tells, so that the pane never shows the one before
    // beside this one's actions while the rest is read.
    if (user->userId != m_details->shownUserId()) {
        UserDetails row;
        row.user = *user;
        m_details->showUser(&row, m_terminals);
    }
    m_detailsRead.request([user = *user](const QSqlDatabase &db) { return UserDetails::read(db, user); });
}

void UsersPage::presentDetails(UserDetails details)
{
    const storage::UserRow *user = detailedUser();
    // The selection moved on while they were read: the new one's details are on their way.
    if (!user || user->userId != details.user.userId)
        return;
    m_details->showUser(&details, m_terminals);
}

const storage::UserRow *UsersPage::detailedUser() const
{
    // The details are one person's: none while several are selected.
    if (m_table->selectionModel()->selectedRows().size() > 1)
        return nullptr;
    return m_model->userAt(m_proxy->mapToSource(m_table->currentIndex()).row());
}

void UsersPage::report(const services::CommandService::Outcome &outcome, const QString &queuedText)
{
    if (!outcome.ok()) {
        reportError(UserMessages::failure(outcome));
        return;
    }
    QString text = queuedText;
    for (const auto &warning : outcome.command.warnings) {
        if (warning.first == protocol::ParameterWarning::NameMayBeTruncated)
            text = tr("%1 Some terminals show only the first %n characters of a name.", nullptr,
                      protocol::SafeUserNameLength)
                       .arg(text);
    }
    const QList<services::NameCut> cuts = context().reader().wait(
        [&jobIds = outcome.jobIds](const QSqlDatabase &db) { return services::knownNameCuts(db, jobIds); });
    for (const services::NameCut &cut : cuts)
        text = tr("%1 %2 will keep only \"%3\".").arg(text, cut.terminal, cut.kept);
    setStatus(text, false);
    m_lastJobId = outcome.jobIds.isEmpty() ? 0 : outcome.jobIds.first();
    m_openJob->setVisible(m_lastJobId != 0);
    context().notifyChanged(ConsoleContext::Users | ConsoleContext::Jobs);
}

void UsersPage::reportError(const QString &error)
{
    setStatus(error, true);
}

void UsersPage::reportDone(const QString &text)
{
    setStatus(text, false);
}

void UsersPage::setStatus(const QString &text, bool error)
{
    m_status->setProperty("role", error ? QVariant(QStringLiteral("fieldError")) : QVariant());
    m_status->setText(text);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_openJob->hide();
}

QString UsersPage::fetchSource(const QString &devId) const
{
    const storage::UserRow *user = currentUser();
    return !devId.isEmpty() || !user || user->terminals.isEmpty() ? devId : user->terminals.first();
}

void UsersPage::editUser()
{
    const QString userId = currentUserId();
    // A double-click opens the editor only for whom the Edit action is there.
    if (!userId.isEmpty() && m_userActions.constFirst()->isEnabled())
        m_editActions->edit(userId);
}

const storage::UserRow *UsersPage::currentUser() const
{
    return m_model->userAt(m_model->rowOf(currentUserId()));
}

QList<storage::UserRow> UsersPage::selectedUsers() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<storage::UserRow> users;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const storage::UserRow *user = m_model->userAt(m_proxy->mapToSource(row).row()))
            users.append(*user);
    }
    return users;
}

std::function<void()> UsersPage::oneOrMany(const std::function<void()> &single,
                                           void (UserBulkActions::*bulk)(const QList<storage::UserRow> &))
{
    return [this, single, bulk] {
        const QList<storage::UserRow> users = selectedUsers();
        if (users.size() > 1 || (!single && users.size() == 1))
            std::invoke(bulk, m_bulkActions, users);
        else if (single)
            single();
    };
}

void UsersPage::openCommandBuilder()
{
    // Sending the user as stored is what an operator most often wants; the list offers the rest.
    CommandDraft draft;
    draft.code = protocol::CommandCode::SetUserInfo;
    if (const storage::UserRow *user = currentUser()) {
        draft.devId = user->terminals.value(0);
        draft.parameters.insert(QLatin1String(protocol::ParameterKey::UserId), user->userId);
    }
    context().openCommandBuilder(draft);
}

} // namespace punchclock::ui
