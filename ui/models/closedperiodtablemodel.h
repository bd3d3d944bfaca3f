#pragma once

#include "closedperiodrepository.h"
#include "keyedtablemodel.h"

namespace punchclock::ui {

// Every close of a period ever made, newest first: its days, whether it is still closed, and
// who closed and reopened it, when and why. Refills update rows in place (KeyedTableModel),
// keyed by the close's id, so the selection stays.
class ClosedPeriodTableModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column {
        FromColumn,
        ToColumn,
        StateColumn,
        ClosedByColumn,
        ClosedAtColumn,
        CloseReasonColumn,
        ReopenedByColumn,
        ReopenedAtColumn,
        ReopenReasonColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // dates and times as such, for a proxy
    };

    explicit ClosedPeriodTableModel(QObject *parent = nullptr);

    void setPeriods(QList<storage::ClosedPeriodRow> periods);
    const storage::ClosedPeriodRow *periodAt(int row) const;
    int rowOf(qint64 id) const;

    static QString stateText(const storage::ClosedPeriodRow &period); // "Closed", "Reopened"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::ClosedPeriodRow &period, int column) const;
    QVariant sortValue(const storage::ClosedPeriodRow &period, int column) const;

    QList<storage::ClosedPeriodRow> m_periods;
};

} // namespace punchclock::ui
