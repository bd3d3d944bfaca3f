#pragma once

#include "reporttable.h"

#include <QAbstractTableModel>

namespace punchclock::ui {

// A finished report as a table: the cells in the user's words (ReportCellFormat), the raw
// values under SortRole so that durations and dates sort as such, and where each row came
// from for explain-on-click. The totals are not a row (sorting would move them): totalsText().
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        UserIdRole,
        DateRole, // the row's day; invalid on per-employee rows
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const engine::reports::ReportTable &table, const engine::reports::ReportTexts &texts);
    void clear();
    const engine::reports::ReportTable &report() const { return m_table; }
    const engine::reports::ReportTexts &texts() const { return m_texts; }
    engine::reports::RowSource sourceAt(int row) const;
    // "Worked 160:00 · Late 0:25 · …" for the columns that add up; empty without totals.
    QString totalsText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    engine::reports::ReportTable m_table;
    engine::reports::ReportTexts m_texts;
};

} // namespace punchclock::ui
