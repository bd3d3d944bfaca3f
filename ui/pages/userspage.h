#pragma once

#include "commandservice.h"
#include "consolereader.h"
#include "departmentrepository.h"
#include "page.h"
#include "terminalrepository.h"
#include "userdetailspane.h"
#include "userrepository.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace punchclock::ui {

class DataTableView;
class DetailsSplitter;
class PageHeader;
class UserBulkActions;
class UserEditActions;
class UserFilterProxyModel;
class UserPrivacyActions;
class UserStatusActions;
class UserTableModel;
class UserTerminalActions;

// Users (issue 4): who is stored, with what credentials, on which terminals; add, edit,
// rename, change privilege, push, remove, copy, fetch, import a credential file, and disable a
// leaver or enable them again. Every action queues jobs through a service and says what was
// queued.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~UsersPage() override;

    void reload() override;
    QString currentUserId() const;
    bool selectUser(const QString &userId);

private:
    QAction *addPageAction(const QString &text, const char *objectName, const char *icon, const QKeySequence &shortcut,
                           const std::function<void()> &run);
    const storage::UserRow *currentUser() const;
    // The selected rows, in the table's order; several make the actions act on all of them.
    QList<storage::UserRow> selectedUsers() const;
    // `single` for one selected user, `bulk` on the selection when there are several.
    std::function<void()> oneOrMany(const std::function<void()> &single,
                                    void (UserBulkActions::*bulk)(const QList<storage::UserRow> &));
    // With several selected: what acts on all of them is enabled, what needs one person is not.
    void updateBulkActions(int selected);
    void editUser();
    // The command builder, preset to send the current user to the first terminal holding it.
    void openCommandBuilder();
    void updateActions();
    // What a reload reads, on the console's reader.
    struct Snapshot
    {
        std::optional<QSet<qint64>> departmentScope; // the account's, when it was read
        quint64 request = 0;                         // which reload() asked for it
        QList<storage::TerminalRow> terminals;
        QList<storage::UserRow> users; // those the account may see
        QList<storage::DepartmentRow> departments;
    };
    static Snapshot read(const QSqlDatabase &db, const std::optional<QSet<qint64>> &departmentScope);
    void present(Snapshot snapshot);
    // The selected user's details: read on the reader, shown unless the selection moved on.
    void showDetails();
    void presentDetails(UserDetails details);
    // The one user selected; null for none, or several.
    const storage::UserRow *detailedUser() const;
    QHash<QString, QString> terminalNames() const; // dev_id → name
    void presentDepartments(const QList<storage::DepartmentRow> &departments);
    // Tells what was queued (with a way to open the first job) or why nothing was.
    void report(const services::CommandService::Outcome &outcome, const QString &queuedText);
    void reportError(const QString &error);
    void reportDone(const QString &text);
    void setStatus(const QString &text, bool error);
    // The terminal to read the current user from: `devId`, else the first holding it.
    QString fetchSource(const QString &devId) const;

    PageHeader *m_header;
    QLineEdit *m_search;
    QComboBox *m_departmentFilter;
    QComboBox *m_statusFilter;
    DataTableView *m_table;
    UserTableModel *m_model;
    UserFilterProxyModel *m_proxy;
    UserDetailsPane *m_details;
    UserTerminalActions *m_terminalActions;
    UserEditActions *m_editActions;
    UserPrivacyActions *m_privacyActions;
    UserStatusActions *m_statusActions;
    UserBulkActions *m_bulkActions;
    DetailsSplitter *m_splitter;
    QLabel *m_status;
    QPushButton *m_openJob;
    qint64 m_lastJobId = 0;
    QList<storage::TerminalRow> m_terminals;
    quint64 m_requests = 0; // reloads asked for
    quint64 m_shown = 0;    // the reload whose snapshot the page shows
    // Asked for by selectUser() while a reload that may bring them was on its way.
    QString m_selectWhenRead;
    QList<QAction *> m_userActions; // change the selected user: need a user the operator may change
    QAction *m_add = nullptr;
    QPushButton *m_addButton = nullptr;
    QAction *m_sendCommand = nullptr;
    QAction *m_disable = nullptr; // shown for an enabled user, m_enable for a disabled one
    QAction *m_enable = nullptr;
    QAction *m_history = nullptr;      // the user's history: whoever may see them
    QAction *m_exportPerson = nullptr; // personal data: the administrators'
    QAction *m_erasePerson = nullptr;
    QList<QAction *> m_severalActions; // act on every selected user
    QAction *m_setSchedule = nullptr;
    RepeatedRead<Snapshot> m_read;
    RepeatedRead<UserDetails> m_detailsRead;
};

} // namespace punchclock::ui
