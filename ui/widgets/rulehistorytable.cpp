#include "rulehistorytable.h"

#include "effectivedatepicker.h"
#include "reportcellformat.h"

#include <QHeaderView>

namespace punchclock::ui {

RuleHistoryTable::RuleHistoryTable(const QString &whatHeader, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("From"), whatHeader, tr("Changed by")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(From, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ChangedBy, QHeaderView::ResizeToContents);
}

void RuleHistoryTable::setEntries(const QList<Entry> &entries, QDate today)
{
    int inForce = -1;
    for (int row = 0; row < entries.size(); ++row) {
        if (!entries.at(row).from.isValid() || entries.at(row).from <= today)
            inForce = row;
    }
    setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &entry = entries.at(row);
        const QString who = entry.changedBy.isEmpty() ? QStringLiteral("—") : entry.changedBy;
        const QStringList cells{EffectiveDatePicker::text(entry.from), entry.what, who};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            QFont font = item->font();
            font.setBold(row == inForce);
            item->setFont(font);
            item->setToolTip(column == What && !entry.details.isEmpty() ? entry.details : cells.at(column));
            setItem(row, column, item);
        }
        item(row, From)->setData(Qt::UserRole, entry.from);
        if (entry.changedAt.isValid())
            //: Tooltip of who changed a rule: name and when
            item(row, ChangedBy)
                ->setToolTip(tr("%1, %2").arg(who, ReportCellFormat::dateTime(entry.changedAt.toLocalTime())));
    }
    if (inForce >= 0) {
        //: Tooltip of the version of a rule that applies today: %1 its first day
        item(inForce, From)->setToolTip(tr("%1 (in force today)").arg(item(inForce, From)->text()));
    }
}

} // namespace punchclock::ui
