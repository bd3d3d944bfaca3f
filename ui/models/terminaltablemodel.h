#pragma once

#include "terminalrepository.h"

#include <QAbstractTableModel>

namespace punchclock::ui {

class TerminalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DevIdColumn,
        ApprovalColumn,
        LastSeenColumn,
        AddressColumn,
        LibraryColumn,
        FirmwareColumn,
        ClockDriftColumn,
        ColumnCount
    };

    enum Role {
        DevIdRole = Qt::UserRole + 1,
        ApprovalRole,
    };

    explicit TerminalTableModel(QObject *parent = nullptr);

    void setTerminals(QList<storage::TerminalRow> terminals);
    const storage::TerminalRow *terminalAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::TerminalRow &terminal, int column) const;

    QList<storage::TerminalRow> m_terminals;
};

} // namespace punchclock::ui
