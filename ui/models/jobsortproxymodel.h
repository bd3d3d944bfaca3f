#pragma once

#include <QSortFilterProxyModel>

namespace punchclock::ui {

// The Jobs page's proxy over JobTableModel: sorts by JobTableModel::SortRole so that ids and
// times sort as numbers and times. It filters nothing: the model's filters are part of each
// read (JobTableModel::setFilter), so that a page it reads is a page of matching jobs.
class JobSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobSortProxyModel(QObject *parent = nullptr);
};

} // namespace punchclock::ui
