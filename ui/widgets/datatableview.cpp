#include "datatableview.h"

#include "elidingheaderview.h"
#include "screenfit.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QSettings>
#include <QToolTip>

#include <algorithm>

namespace punchclock::ui {

DataTableView::DataTableView(const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setHorizontalHeader(new ElidingHeaderView(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    // A header elided by a narrowed column (Spanish, Chinese) shows whole as a tooltip.
    horizontalHeader()->viewport()->installEventFilter(this);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &DataTableView::saveHeaderState);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &DataTableView::saveHeaderState);
    // A restored state may apply its widths only once the model has the columns.
    connect(horizontalHeader(), &QHeaderView::sectionCountChanged, this,
            [this] { ScreenFit::clampColumnWidths(horizontalHeader(), ScreenFit::maximumColumnWidth(this)); });
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state))
        ScreenFit::clampColumnWidths(horizontalHeader(), ScreenFit::maximumColumnWidth(this));
    else
        fitHeaderTexts();
    m_headerRestored = true;
}

void DataTableView::fitHeaderTexts()
{
    QHeaderView *header = horizontalHeader();
    const int maximum = ScreenFit::maximumColumnWidth(this);
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(
            section, std::min(maximum, std::max(header->sectionSize(section), header->sectionSizeHint(section))));
}

bool DataTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != horizontalHeader()->viewport() || event->type() != QEvent::ToolTip || !model())
        return QTableView::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int section = horizontalHeader()->logicalIndexAt(help->pos());
    if (section < 0)
        return QTableView::eventFilter(watched, event);
    const QVariant tip = model()->headerData(section, Qt::Horizontal, Qt::ToolTipRole);
    QToolTip::showText(help->globalPos(),
                       tip.isValid() ? tip.toString() : model()->headerData(section, Qt::Horizontal).toString(), this);
    return true;
}

void DataTableView::fitColumnsToContents(int maximumWidth)
{
    resizeColumnsToContents();
    ScreenFit::clampColumnWidths(horizontalHeader(), std::min(maximumWidth, ScreenFit::maximumColumnWidth(this)));
}

QString DataTableView::settingsKey() const
{
    return QStringLiteral("tables/") + objectName() + QStringLiteral("/header");
}

void DataTableView::saveHeaderState() const
{
    if (m_headerRestored && !objectName().isEmpty())
        QSettings().setValue(settingsKey(), horizontalHeader()->saveState());
}

QString DataTableView::selectedRowsAsText() const
{
    if (!model() || !selectionModel())
        return {};
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!isColumnHidden(logical))
            columns << logical;
    }
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });

    const auto clean = [](QString text) { return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList cells;
    for (int column : columns)
        cells << clean(model()->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char('\t'));
    for (const QModelIndex &row : rows) {
        cells.clear();
        for (int column : columns)
            cells << clean(model()->index(row.row(), column).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedRowsAsText());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace punchclock::ui
