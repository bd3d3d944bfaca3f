#include "userfilterproxymodel.h"

#include "usertablemodel.h"

namespace punchclock::ui {

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void UserFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void UserFilterProxyModel::setDepartment(qint64 departmentId)
{
    if (departmentId == m_department)
        return;
    m_department = departmentId;
    invalidateRowsFilter();
}

void UserFilterProxyModel::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, UserTableModel::NameColumn, sourceParent);
    if (m_department != AnyDepartment && name.data(UserTableModel::DepartmentIdRole).toLongLong() != m_department)
        return false;
    if (m_status != Status::Any && name.data(UserTableModel::EnabledRole).toBool() != (m_status == Status::Enabled))
        return false;
    if (m_search.isEmpty())
        return true;
    return name.data().toString().contains(m_search, Qt::CaseInsensitive)
        || name.data(UserTableModel::UserIdRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace punchclock::ui
