#include "jobsortproxymodel.h"

#include "jobtablemodel.h"

namespace punchclock::ui {

JobSortProxyModel::JobSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

} // namespace punchclock::ui
