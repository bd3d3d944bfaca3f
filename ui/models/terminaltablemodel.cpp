#include "terminaltablemodel.h"

#include "displayformat.h"

#include <QLocale>

namespace punchclock::ui {

TerminalTableModel::TerminalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TerminalTableModel::setTerminals(QList<storage::TerminalRow> terminals)
{
    beginResetModel();
    m_terminals = std::move(terminals);
    endResetModel();
}

const storage::TerminalRow *TerminalTableModel::terminalAt(int row) const
{
    return row >= 0 && row < m_terminals.size() ? &m_terminals.at(row) : nullptr;
}

int TerminalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terminals.size());
}

int TerminalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TerminalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::TerminalRow &terminal = m_terminals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(terminal, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastSeenColumn)
            return QLocale().toString(terminal.lastSeen.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ClockDriftColumn && terminal.clockDriftSeconds)
            return tr("Terminal clock %1 at the last poll (%2 s from this site's clock)")
                .arg(QLocale().toString(terminal.terminalClock, QLocale::ShortFormat))
                .arg(*terminal.clockDriftSeconds);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ClockDriftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DevIdRole:
        return terminal.devId;
    case ApprovalRole:
        return int(terminal.approval);
    default:
        return {};
    }
}

QVariant TerminalTableModel::display(const storage::TerminalRow &terminal, int column) const
{
    switch (column) {
    case NameColumn:
        return terminal.name.isEmpty() ? tr("(unnamed)") : terminal.name;
    case DevIdColumn:
        return terminal.devId;
    case ApprovalColumn:
        switch (terminal.approval) {
        case storage::Approval::Pending: return tr("Waiting for approval");
        case storage::Approval::Approved: return tr("Approved");
        case storage::Approval::Blocked: return tr("Blocked");
        }
        return {};
    case LastSeenColumn:
        return DisplayFormat::age(terminal.lastSeen);
    case AddressColumn:
        return terminal.remoteAddress;
    case LibraryColumn:
        return terminal.recordLibrary;
    case FirmwareColumn:
        return terminal.firmware;
    case ClockDriftColumn:
        return terminal.clockDriftSeconds ? DisplayFormat::clockDrift(*terminal.clockDriftSeconds) : QVariant();
    default:
        return {};
    }
}

QVariant TerminalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DevIdColumn: return tr("Device ID");
    case ApprovalColumn: return tr("Approval");
    case LastSeenColumn: return tr("Last seen");
    case AddressColumn: return tr("Address");
    case LibraryColumn: return tr("Record library");
    case FirmwareColumn: return tr("Firmware");
    case ClockDriftColumn: return tr("Clock drift");
    default: return {};
    }
}

} // namespace punchclock::ui
