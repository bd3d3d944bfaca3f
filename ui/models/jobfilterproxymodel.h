#pragma once

#include <QSortFilterProxyModel>

namespace punchclock::ui {

// The Jobs page's filters over JobTableModel: by state, terminal and command; sorts by
// JobTableModel::SortRole so that ids and times sort as numbers and times.
class JobFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter {
        All,
        Active,    // WAIT, RUN
        Failed,    // TIMEOUT, or RESULT that is not a success
        Done,      // RESULT OK
        Cancelled,
    };

    explicit JobFilterProxyModel(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    // Empty: every terminal / every command.
    void setDevIdFilter(const QString &devId);
    QString devIdFilter() const { return m_devId; }
    void setCommandFilter(const QString &commandCode);
    QString commandFilter() const { return m_command; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QString m_devId;
    QString m_command;
};

} // namespace punchclock::ui
