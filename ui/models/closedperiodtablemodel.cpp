#include "closedperiodtablemodel.h"

#include "reportcellformat.h"
#include "reporttexts.h"
#include "statustone.h"

namespace punchclock::ui {

namespace {

bool samePeriod(const storage::ClosedPeriodRow &a, const storage::ClosedPeriodRow &b)
{
    return a.from == b.from && a.to == b.to && a.closedAt == b.closedAt && a.closedBy == b.closedBy &&
           a.closeReason == b.closeReason && a.reopenedAt == b.reopenedAt && a.reopenedBy == b.reopenedBy &&
           a.reopenReason == b.reopenReason;
}

QString momentText(const QDateTime &utc)
{
    return utc.isValid() ? ReportCellFormat::dateTime(utc.toLocalTime()) : QString();
}

} // namespace

ClosedPeriodTableModel::ClosedPeriodTableModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void ClosedPeriodTableModel::setPeriods(QList<storage::ClosedPeriodRow> periods)
{
    replaceRows(
        m_periods, std::move(periods), [](const storage::ClosedPeriodRow &period) { return period.id; }, &samePeriod);
}

const storage::ClosedPeriodRow *ClosedPeriodTableModel::periodAt(int row) const
{
    return row >= 0 && row < m_periods.size() ? &m_periods.at(row) : nullptr;
}

int ClosedPeriodTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_periods.size(); ++row) {
        if (m_periods.at(row).id == id)
            return row;
    }
    return -1;
}

QString ClosedPeriodTableModel::stateText(const storage::ClosedPeriodRow &period)
{
    return period.closed() ? tr("Closed") : tr("Reopened");
}

int ClosedPeriodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int ClosedPeriodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClosedPeriodTableModel::display(const storage::ClosedPeriodRow &period, int column) const
{
    switch (Column(column)) {
    case FromColumn: return ReportTexts::date(period.from);
    case ToColumn: return ReportTexts::date(period.to);
    case StateColumn: return stateText(period);
    case ClosedByColumn: return period.closedBy;
    case ClosedAtColumn: return momentText(period.closedAt);
    case CloseReasonColumn: return period.closeReason;
    case ReopenedByColumn: return period.reopenedBy;
    case ReopenedAtColumn: return momentText(period.reopenedAt);
    case ReopenReasonColumn: return period.reopenReason;
    case ColumnCount: break;
    }
    return {};
}

QVariant ClosedPeriodTableModel::sortValue(const storage::ClosedPeriodRow &period, int column) const
{
    switch (Column(column)) {
    case FromColumn: return period.from;
    case ToColumn: return period.to;
    case ClosedAtColumn: return period.closedAt;
    case ReopenedAtColumn: return period.reopenedAt;
    default: return display(period, column);
    }
}

QVariant ClosedPeriodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ClosedPeriodRow &period = m_periods.at(index.row());
    const StatusTone tone = period.closed() ? StatusTone::Good : StatusTone::Inactive;
    switch (role) {
    case Qt::DisplayRole: return display(period, index.column());
    case Qt::ToolTipRole: {
        const QString text = display(period, index.column()).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::DecorationRole: return index.column() == StateColumn ? QVariant(toneIcon(tone)) : QVariant();
    case Qt::ForegroundRole: return index.column() == StateColumn ? QVariant(toneColor(tone)) : QVariant();
    case IdRole: return period.id;
    case SortRole: return sortValue(period, index.column());
    default: return {};
    }
}

QVariant ClosedPeriodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case StateColumn: return tr("State");
    case ClosedByColumn: return tr("Closed by");
    case ClosedAtColumn: return tr("Closed on");
    case CloseReasonColumn: return tr("Why closed");
    case ReopenedByColumn: return tr("Reopened by");
    case ReopenedAtColumn: return tr("Reopened on");
    case ReopenReasonColumn: return tr("Why reopened");
    case ColumnCount: break;
    }
    return {};
}

} // namespace punchclock::ui
