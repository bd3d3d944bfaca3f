#pragma once

#include "keypadlogrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace punchclock::ui {

// A terminal's keypad activity (its administrator log), newest first, in words
// (KeypadActivityText); the record's bytes and how the manager identified in tooltips.
class KeypadLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ManagerColumn, ActionColumn, UserColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KindRole };

    explicit KeypadLogTableModel(QObject *parent = nullptr);

    void setRows(QList<storage::KeypadLogRow> rows);
    const storage::KeypadLogRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::KeypadLogRow> m_rows;
};

} // namespace punchclock::ui
