#include "punchtablemodel.h"

#include <QLocale>
#include <QStringList>

namespace punchclock::ui {

PunchTableModel::PunchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PunchTableModel::setPunches(QList<storage::PunchRow> punches)
{
    beginResetModel();
    m_punches = std::move(punches);
    endResetModel();
}

int PunchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_punches.size());
}

int PunchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PunchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::PunchRow &punch = m_punches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(punch, index.column());
    case PunchIdRole:
        return punch.id;
    case FlagsRole:
        return punch.flags;
    default:
        return {};
    }
}

QVariant PunchTableModel::display(const storage::PunchRow &punch, int column) const
{
    switch (column) {
    case TimeColumn:
        // Terminal wall clock: shown as recorded, never converted.
        return QString(QLocale().toString(punch.ioTime.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                       + punch.ioTime.time().toString(QStringLiteral("HH:mm:ss")));
    case UserColumn:
        return punch.userId;
    case TerminalColumn:
        return punch.devId;
    case DirectionColumn:
        if (punch.direction == QLatin1String("in"))
            return tr("In");
        if (punch.direction == QLatin1String("out"))
            return tr("Out");
        return QString();
    case VerifyColumn:
        return punch.verifyMethods;
    case FlagsColumn: {
        QStringList notes;
        if (punch.flags & storage::FromPendingTerminal)
            notes << tr("terminal not approved");
        if (punch.flags & storage::ImplausibleTime)
            notes << tr("implausible clock");
        return notes.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QVariant PunchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case TerminalColumn: return tr("Terminal");
    case DirectionColumn: return tr("In/Out");
    case VerifyColumn: return tr("Verified by");
    case FlagsColumn: return tr("Review");
    default: return {};
    }
}

} // namespace punchclock::ui
