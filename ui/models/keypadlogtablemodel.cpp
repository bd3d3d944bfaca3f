#include "keypadlogtablemodel.h"

#include "keypadactivitytext.h"

#include "walltime.h"

#include <QLocale>

namespace punchclock::ui {

KeypadLogTableModel::KeypadLogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void KeypadLogTableModel::setRows(QList<storage::KeypadLogRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const storage::KeypadLogRow *KeypadLogTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int KeypadLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeypadLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeypadLogTableModel::data(const QModelIndex &index, int role) const
{
    const storage::KeypadLogRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == KindRole)
        return row->decoded ? QVariant(row->kind) : QVariant();
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        // The terminal's wall clock, shown as it is: it has no zone to convert from.
        case TimeColumn: return row->decoded ? QLocale().toString(row->loggedAt, QLocale::ShortFormat) : tr("unknown");
        case ManagerColumn: return KeypadActivityText::manager(*row);
        case ActionColumn: return KeypadActivityText::action(*row);
        case UserColumn: return KeypadActivityText::person(row->userId, row->userName);
        case ColumnCount: break;
        }
    }
    if (role == SortRole) {
        switch (column) {
        // Records without a time sort before the oldest.
        case TimeColumn: return row->decoded ? protocol::walltime::toStorage(row->loggedAt) : QString();
        case ManagerColumn: return KeypadActivityText::manager(*row);
        case ActionColumn: return KeypadActivityText::action(*row);
        case UserColumn: return KeypadActivityText::person(row->userId, row->userName);
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case TimeColumn:
            return tr("On the terminal's clock; downloaded %1")
                .arg(QLocale().toString(row->receivedAt.toLocalTime(), QLocale::ShortFormat));
        case ManagerColumn: {
            const QString how = KeypadActivityText::verifiedWith(*row);
            return how.isEmpty() ? QVariant() : tr("Identified at the keypad by %1").arg(how);
        }
        case ActionColumn: return tr("Record as the terminal sent it: %1").arg(KeypadActivityText::recordHex(*row));
        case UserColumn:
        case ColumnCount: break;
        }
    }
    return {};
}

QVariant KeypadLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case ManagerColumn: return tr("Manager");
    case ActionColumn: return tr("Action");
    case UserColumn: return tr("User concerned");
    case ColumnCount: break;
    }
    return {};
}

} // namespace punchclock::ui
