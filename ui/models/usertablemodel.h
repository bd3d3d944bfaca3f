#pragma once

#include "keyedtablemodel.h"
#include "thumbnailcache.h"
#include "userrepository.h"

#include <QHash>

#include <functional>

namespace punchclock::ui {

// The store's users, one row each (ui-guide "Users"): photo, name, id, department,
// privilege, credentials, terminals, and whether they are disabled (a leaver). Refills update
// rows in place, keyed by user id.
class UserTableModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column {
        PhotoColumn,
        NameColumn,
        UserIdColumn,
        DepartmentColumn,
        PrivilegeColumn,
        CredentialsColumn,
        TerminalsColumn,
        StatusColumn, // enabled, or disabled: refused at the terminals, nothing expected in the reports
        ColumnCount
    };

    enum Role {
        UserIdRole = Qt::UserRole + 1,
        DepartmentIdRole, // -1 without a department
        EnabledRole,      // bool
        SortRole,
    };

    static constexpr int ThumbnailSize = 32;

    // Photos are asked of `photoFetch` only for the rows shown, and decoded once; a cell changes
    // when its photo comes.
    explicit UserTableModel(PhotoFetch<QString> photoFetch, QObject *parent = nullptr);
    explicit UserTableModel(std::function<QByteArray(const QString &userId)> photoSource, QObject *parent = nullptr);

    void setUsers(QList<storage::UserRow> users);
    // Names by dev_id for the Terminals column; a terminal without one shows its dev_id.
    void setTerminalNames(const QHash<QString, QString> &names);
    const storage::UserRow *userAt(int row) const;
    int rowOf(const QString &userId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::UserRow &user, int column) const;
    void photoArrived(const QString &userId);
    QString terminalName(const QString &devId) const;
    QString terminalsText(const storage::UserRow &user) const;
    QString terminalsToolTip(const storage::UserRow &user) const;
    // The terminals holding the user, in the order of their names.
    QStringList sortedDevIds(const storage::UserRow &user) const;
    QStringList sortedTerminalNames(const storage::UserRow &user) const;

    QList<storage::UserRow> m_users;
    QHash<QString, QString> m_terminalNames;
    // Versioned by the row's updatedAt: a newer row may carry a new photo.
    mutable ThumbnailCache<QString> m_thumbnails;
};

} // namespace punchclock::ui
