#include "usertablemodel.h"

#include "icons.h"
#include "identifiers.h"
#include "statustone.h"
#include "usermessages.h"

#include <algorithm>
#include <tuple>

namespace punchclock::ui {

namespace {

// Up to this many terminals are named in the Terminals column; more are counted.
constexpr int listedTerminals = 2;

bool sameUser(const storage::UserRow &a, const storage::UserRow &b)
{
    const auto fields = [](const storage::UserRow &u) {
        return std::tie(u.userId, u.name, u.privilege, u.enabled, u.hasPhoto, u.fingers, u.face, u.card, u.password,
                        u.terminals, u.updatedAt, u.departmentId, u.department);
    };
    return fields(a) == fields(b);
}

} // namespace

UserTableModel::UserTableModel(PhotoFetch<QString> photoFetch, QObject *parent)
    : KeyedTableModel(parent)
    , m_thumbnails(ThumbnailSize, [this](const QString &userId) { photoArrived(userId); })
{
    m_thumbnails.setFetch(std::move(photoFetch));
}

UserTableModel::UserTableModel(std::function<QByteArray(const QString &)> photoSource, QObject *parent)
    : UserTableModel(photoFetchOf(std::move(photoSource)), parent)
{
}

void UserTableModel::setUsers(QList<storage::UserRow> users)
{
    // A photo decoded for an older version of the row may have been replaced since.
    QHash<QString, QDateTime> versions;
    for (const storage::UserRow &user : std::as_const(users))
        versions.insert(user.userId, user.updatedAt);
    m_thumbnails.keep(versions);
    replaceRows(m_users, std::move(users), [](const storage::UserRow &user) { return user.userId; }, &sameUser);
}

void UserTableModel::setTerminalNames(const QHash<QString, QString> &names)
{
    if (names == m_terminalNames)
        return;
    m_terminalNames = names;
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, TerminalsColumn), index(rowCount() - 1, TerminalsColumn));
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
            return m_thumbnails.thumbnail(user.userId, user.updatedAt);
        if (index.column() == CredentialsColumn && user.incomplete)
            return toneIcon(StatusTone::Waiting);
        if (index.column() == CredentialsColumn && user.fingers > 0)
            return themedIcon("fingerprint");
        if (index.column() == StatusColumn)
            return toneIcon(user.enabled ? StatusTone::Good : StatusTone::Inactive);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PhotoColumn)
            return user.hasPhoto ? tr("Photo stored") : tr("No photo");
        if (index.column() == TerminalsColumn && !user.terminals.isEmpty())
            return terminalsToolTip(user);
        if (index.column() == PrivilegeColumn)
            return user.privilege;
        if (index.column() == CredentialsColumn && user.incomplete)
            return tr("Known only from a terminal's user list: fetch it from that terminal before sending it to "
                      "another one, or its fingerprints there would be lost.");
        if (index.column() == StatusColumn && !user.enabled)
            return tr("Refused at the terminals; the reports expect no work of them. Enable lets them punch again.");
        return {};
    case UserIdRole:
        return user.userId;
    case DepartmentIdRole:
        return user.departmentId ? *user.departmentId : qint64(-1);
    case EnabledRole:
        return user.enabled;
    case SortRole:
        switch (index.column()) {
        case PhotoColumn: return user.hasPhoto;
        case UserIdColumn: return protocol::userIdSortKey(user.userId);
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
    case CredentialsColumn: return user.incomplete ? tr("Not fetched yet") : UserMessages::credentialSummary(user);
    case TerminalsColumn: return terminalsText(user);
    case StatusColumn: return user.enabled ? tr("Enabled") : tr("Disabled");
    default: return {};
    }
}

QString UserTableModel::terminalName(const QString &devId) const
{
    const QString name = m_terminalNames.value(devId);
    return name.isEmpty() ? devId : name;
}

QString UserTableModel::terminalsText(const storage::UserRow &user) const
{
    if (user.terminals.isEmpty())
        return tr("None");
    const QStringList names = sortedTerminalNames(user);
    return names.size() <= listedTerminals ? names.join(tr(", ")) : tr("%n terminals", nullptr, int(names.size()));
}

QString UserTableModel::terminalsToolTip(const storage::UserRow &user) const
{
    QStringList lines;
    for (const QString &devId : sortedDevIds(user)) {
        const QString name = m_terminalNames.value(devId);
        lines << (name.isEmpty() ? devId : tr("%1 (%2)").arg(name, devId));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList UserTableModel::sortedDevIds(const storage::UserRow &user) const
{
    QStringList devIds = user.terminals;
    std::sort(devIds.begin(), devIds.end(), [this](const QString &a, const QString &b) {
        return terminalName(a).localeAwareCompare(terminalName(b)) < 0;
    });
    return devIds;
}

QStringList UserTableModel::sortedTerminalNames(const storage::UserRow &user) const
{
    QStringList names;
    for (const QString &devId : sortedDevIds(user))
        names << terminalName(devId);
    return names;
}

void UserTableModel::photoArrived(const QString &userId)
{
    const int row = rowOf(userId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, PhotoColumn), index(row, PhotoColumn), {Qt::DecorationRole});
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
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace punchclock::ui
