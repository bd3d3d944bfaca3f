#pragma once

#include "terminalrepository.h"
#include "userrepository.h"
#include "userstatusrepository.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace punchclock::ui {

// What the details pane shows of one user beyond the table's row, read on the console's reader.
struct UserDetails
{
    storage::UserRow user; // the row they were read for
    QByteArray photo;
    std::optional<storage::UserStatusChange> lastStatusChange; // read for a disabled user only
    QList<storage::CredentialInfo> credentials;
    QList<storage::CredentialChange> history;

    static UserDetails read(const QSqlDatabase &db, const storage::UserRow &user);
};

// The Users page's details (ui-guide): photo and fields, the credentials per backup number
// with where and when each came, the terminals holding the user with per-terminal actions,
// and the history of credential changes.
class UserDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit UserDetailsPane(QWidget *parent = nullptr);

    // Null shows the empty state.
    void showUser(const UserDetails *details, const QList<storage::TerminalRow> &terminals);
    QString selectedTerminal() const;
    // Whose details are shown; empty for none.
    QString shownUserId() const { return m_userId; }
    // Whether the operator may change the user shown; when not, `why` says so.
    void setActionsAllowed(bool allowed, const QString &why);

Q_SIGNALS:
    void removeFromTerminalRequested(const QString &devId);
    void fetchFromTerminalRequested(const QString &devId);
    void enrollRequested();

private:
    void updateMembershipButtons();

    QString m_userId;
    bool m_actionsAllowed = true;
    QStackedWidget *m_stack;
    QLabel *m_photo;
    QLabel *m_name;
    QLabel *m_fields;
    QTableWidget *m_credentials;
    QTableWidget *m_membership;
    QPushButton *m_removeFromTerminal;
    QPushButton *m_fetchFromTerminal;
    QPushButton *m_enroll;
    QTableWidget *m_history;
};

} // namespace punchclock::ui
