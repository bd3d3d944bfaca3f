#include "reporttablemodel.h"

#include "reportcellformat.h"

#include "identifiers.h"

namespace punchclock::ui {

using engine::reports::CellKind;
using engine::reports::RowSource;

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setReport(const engine::reports::ReportTable &table, const engine::reports::ReportTexts &texts)
{
    beginResetModel();
    m_table = table;
    m_texts = texts;
    endResetModel();
}

void ReportTableModel::clear()
{
    setReport({}, {});
}

RowSource ReportTableModel::sourceAt(int row) const
{
    return m_table.sources.value(row);
}

QString ReportTableModel::totalsText() const
{
    QStringList parts;
    for (int col = 0; col < m_table.columns.size(); ++col) {
        const QVariant total = m_table.totals.value(col);
        if (!total.isValid() || m_table.columns.at(col).kind == CellKind::Text)
            continue;
        //: A report total in the preview: column name and its sum, "Worked 160:00"
        parts.append(tr("%1 %2").arg(m_texts.headers.value(col),
                                     ReportCellFormat::text(m_table.columns.at(col), total, m_texts)));
    }
    return parts.join(QStringLiteral(" · "));
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &column = m_table.columns.at(index.column());
    const QVariant value = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportCellFormat::text(column, value, m_texts);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(ReportCellFormat::alignment(column.kind));
    case Qt::ToolTipRole:
        // Long names and remarks elide in the table; the whole text is a hover away.
        return column.kind == CellKind::Text ? QVariant(ReportCellFormat::text(column, value, m_texts)) : QVariant();
    case SortRole:
        // A night's departure at 06:02 +1 sorts after an evening's 23:00.
        if (column.kind == engine::reports::CellKind::Time && value.isValid()) {
            const auto time = value.value<engine::reports::DayTime>();
            return qint64(time.dayOffset) * 86400 + time.time.msecsSinceStartOfDay() / 1000;
        }
        if (column.id == engine::reports::ColumnId::UserId)
            return protocol::userIdSortKey(value.toString());
        return value;
    case UserIdRole:
        return m_table.sources.value(index.row()).userId;
    case DateRole:
        return m_table.sources.value(index.row()).date;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_texts.headers.value(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(ReportCellFormat::alignment(m_table.columns.at(section).kind));
    return {};
}

} // namespace punchclock::ui
