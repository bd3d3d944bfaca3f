#include "elidingheaderview.h"

#include <QStyleOptionHeader>

namespace punchclock::ui {

ElidingHeaderView::ElidingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    // As QTableView sets up its own header: a click sorts.
    setSectionsClickable(true);
}

QString ElidingHeaderView::shownText(int logicalIndex) const
{
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    return option.text;
}

void ElidingHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = fontMetrics().elidedText(option->text, Qt::ElideRight, labelRoom(*option, logicalIndex));
}

int ElidingHeaderView::labelRoom(const QStyleOptionHeader &option, int logicalIndex) const
{
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, &option, this);
    int room = sectionSize(logicalIndex) - 2 * margin;
    if (option.sortIndicator != QStyleOptionHeader::None)
        room -= style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option, this) + margin;
    if (!option.icon.isNull())
        room -= style()->pixelMetric(QStyle::PM_SmallIconSize, &option, this) + margin;
    return room;
}

} // namespace punchclock::ui
