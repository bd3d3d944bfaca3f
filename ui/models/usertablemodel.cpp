#include "usertablemodel.h"

#include "icons.h"
#include "usermessages.h"

#include <QImage>
#include <QLocale>

namespace punchclock::ui {

UserTableModel::UserTableModel(std::function<QByteArray(const QString &)> photoSource, QObject *parent)
    : QAbstractTableModel(parent)
    , m_photoSource(std::move(photoSource))
{
}

void UserTableModel::setUsers(QList<storage::UserRow> users)
{
    beginResetModel();
    m_users = std::move(users);
    QHash<QString, Thumbnail> kept;
    for (const storage::UserRow &user : std::as_const(m_users)) {
        const auto it = m_thumbnails.constFind(user.userId);
        if (it != m_thumbnails.constEnd() && it->updatedAt == user.updatedAt)
            kept.insert(user.userId, *it);
    }
    m_thumbnails = std::move(kept);
    endResetModel();
}

const storage::UserRow *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowOf(const QString &userId) const
{
    for (qsizetype row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).userId == userId)
            return int(row);
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::UserRow &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(user, index.column());
    case Qt::DecorationRole:
        if (index.column() == PhotoColumn && user.hasPhoto)
            return thumbnail(user);
        if (index.column() == CredentialsColumn && user.fingers > 0)
            return themedIcon("fingerprint");
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PhotoColumn)
            return user.hasPhoto ? tr("Photo stored") : tr("No photo");
        if (index.column() == TerminalsColumn && !user.terminals.isEmpty())
            return user.terminals.join(QLatin1Char('\n'));
        if (index.column() == PrivilegeColumn)
            return user.privilege;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TerminalsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UserIdRole:
        return user.userId;
    case DepartmentIdRole:
        return user.departmentId ? *user.departmentId : qint64(-1);
    case SortRole:
        switch (index.column()) {
        case PhotoColumn: return user.hasPhoto;
        case UserIdColumn: {
            // Numeric ids sort as numbers, others after them by text.
            bool numeric = false;
            const qlonglong value = user.userId.toLongLong(&numeric);
            return numeric ? QString::number(value).rightJustified(24, QLatin1Char('0')) : QString(QLatin1Char('~') + user.userId);
        }
        case CredentialsColumn: return user.fingers * 8 + int(user.face) * 4 + int(user.card) * 2 + int(user.password);
        case TerminalsColumn: return int(user.terminals.size());
        default: return display(user, index.column());
        }
    default:
        return {};
    }
}

QVariant UserTableModel::display(const storage::UserRow &user, int column) const
{
    switch (column) {
    case NameColumn: return user.name.isEmpty() ? tr("(no name)") : user.name;
    case UserIdColumn: return user.userId;
    case DepartmentColumn: return user.department;
    case PrivilegeColumn: return UserMessages::privilegeName(user.privilege);
    case CredentialsColumn: return UserMessages::credentialSummary(user);
    case TerminalsColumn: return QLocale().toString(user.terminals.size());
    default: return {};
    }
}

QPixmap UserTableModel::thumbnail(const storage::UserRow &user) const
{
    const auto it = m_thumbnails.constFind(user.userId);
    if (it != m_thumbnails.constEnd())
        return it->pixmap;
    QImage image;
    QPixmap pixmap;
    // A photo that does not decode is remembered as none, so that it is not read again.
    if (image.loadFromData(m_photoSource(user.userId)))
        pixmap = QPixmap::fromImage(
            image.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_thumbnails.insert(user.userId, {user.updatedAt, pixmap});
    return pixmap;
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhotoColumn: return tr("Photo");
    case NameColumn: return tr("Name");
    case UserIdColumn: return tr("User ID");
    case DepartmentColumn: return tr("Department");
    case PrivilegeColumn: return tr("Privilege");
    case CredentialsColumn: return tr("Credentials");
    case TerminalsColumn: return tr("Terminals");
    default: return {};
    }
}

} // namespace punchclock::ui
