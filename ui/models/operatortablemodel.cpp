#include "operatortablemodel.h"

#include "permissiontext.h"

#include <QLocale>

#include <algorithm>

namespace punchclock::ui {

OperatorTableModel::OperatorTableModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void OperatorTableModel::setAccounts(OperatorAccounts accounts)
{
    const bool renamed = accounts.departmentNames != m_departmentNames;
    m_departmentNames = std::move(accounts.departmentNames);
    replaceRows(
        m_operators, std::move(accounts.operators), [](const storage::OperatorRow &row) { return row.id; },
        [](const storage::OperatorRow &a, const storage::OperatorRow &b) {
            return a.name == b.name && a.role == b.role && a.allDepartments == b.allDepartments &&
                   a.departments == b.departments && a.disabled == b.disabled && a.createdBy == b.createdBy &&
                   a.createdAt == b.createdAt;
        });
    if (renamed && !m_operators.isEmpty())
        Q_EMIT dataChanged(index(0, DepartmentsColumn), index(rowCount() - 1, DepartmentsColumn));
}

const storage::OperatorRow *OperatorTableModel::operatorAt(int row) const
{
    return row >= 0 && row < m_operators.size() ? &m_operators.at(row) : nullptr;
}

int OperatorTableModel::rowOf(qint64 id) const
{
    return rowWhere([id](const storage::OperatorRow &account) { return account.id == id; });
}

int OperatorTableModel::rowOfName(const QString &name) const
{
    const QString wanted = name.trimmed();
    return rowWhere([&wanted](const storage::OperatorRow &account) {
        return account.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

int OperatorTableModel::rowWhere(const std::function<bool(const storage::OperatorRow &)> &matches) const
{
    const auto found = std::find_if(m_operators.cbegin(), m_operators.cend(), matches);
    return found == m_operators.cend() ? -1 : int(found - m_operators.cbegin());
}

int OperatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperatorTableModel::departmentsText(const storage::OperatorRow &account) const
{
    if (account.allDepartments)
        return tr("All");
    QStringList names;
    for (qint64 id : account.departments)
        names << m_departmentNames.value(id, QString::number(id));
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names.join(QStringLiteral(", "));
}

QVariant OperatorTableModel::data(const QModelIndex &index, int role) const
{
    const storage::OperatorRow *account = index.isValid() ? operatorAt(index.row()) : nullptr;
    if (!account || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (Column(index.column())) {
    case NameColumn: return account->name;
    case RoleColumn: {
        const services::Role accountRole = services::roleFromName(account->role).value_or(services::Role::Viewer);
        return role == Qt::ToolTipRole ? PermissionText::roleDescription(accountRole)
                                       : PermissionText::roleName(accountRole);
    }
    case DepartmentsColumn: return departmentsText(*account);
    case StateColumn: return account->disabled ? tr("Disabled") : tr("Active");
    case CreatedByColumn: return account->createdBy;
    case CreatedAtColumn:
        return QLocale().toString(account->createdAt.toLocalTime(),
                                  role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case DepartmentsColumn: return tr("Departments");
    case StateColumn: return tr("State");
    case CreatedByColumn: return tr("Created by");
    case CreatedAtColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

} // namespace punchclock::ui
