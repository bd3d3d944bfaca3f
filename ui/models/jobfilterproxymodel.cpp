#include "jobfilterproxymodel.h"

#include "jobrepository.h"
#include "jobtablemodel.h"
#include "statustone.h"

namespace punchclock::ui {

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void JobFilterProxyModel::setDevIdFilter(const QString &devId)
{
    if (devId == m_devId)
        return;
    m_devId = devId;
    invalidateFilter();
}

void JobFilterProxyModel::setCommandFilter(const QString &commandCode)
{
    if (commandCode == m_command)
        return;
    m_command = commandCode;
    invalidateFilter();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_devId.isEmpty() && index.data(JobTableModel::DevIdRole).toString() != m_devId)
        return false;
    if (!m_command.isEmpty() && index.data(JobTableModel::CommandCodeRole).toString() != m_command)
        return false;
    const auto status = storage::JobStatus(index.data(JobTableModel::StatusRole).toInt());
    const auto tone = StatusTone(index.data(JobTableModel::ToneRole).toInt());
    switch (m_status) {
    case StatusFilter::All: return true;
    case StatusFilter::Active: return !storage::isFinal(status);
    case StatusFilter::Failed: return tone == StatusTone::Bad;
    case StatusFilter::Done: return tone == StatusTone::Good;
    case StatusFilter::Cancelled: return status == storage::JobStatus::Cancelled;
    }
    return true;
}

} // namespace punchclock::ui
