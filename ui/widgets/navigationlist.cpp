#include "navigationlist.h"

#include "statustone.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace punchclock::ui {

namespace {

constexpr int BadgeRole = Qt::UserRole + 1;
constexpr int TitleRole = Qt::UserRole + 2;

// Draws the entry as usual, then the count in a small rounded pill at the right edge.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(BadgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = QString::number(count);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + 10);
        const QRect pill(option.rect.right() - width - 8, option.rect.center().y() - height / 2, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(toneColor(StatusTone::Bad));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += 40; // room for the badge
        size.setHeight(std::max(size.height(), 32));
        return size;
    }
};

} // namespace

NavigationList::NavigationList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setItemDelegate(new BadgeDelegate(this));
    setIconSize(QSize(22, 22));
    setUniformItemSizes(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void NavigationList::addEntry(const QIcon &icon, const QString &title)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(TitleRole, title);
}

void NavigationList::setBadge(int row, int count)
{
    QListWidgetItem *entry = item(row);
    if (!entry)
        return;
    entry->setData(BadgeRole, count);
    const QString title = entry->data(TitleRole).toString();
    entry->setData(Qt::AccessibleTextRole,
                   count > 0 ? tr("%1, %n need attention", nullptr, count).arg(title) : title);
}

int NavigationList::badge(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(BadgeRole).toInt() : 0;
}

QSize NavigationList::sizeHint() const
{
    return QSize(std::max(190, sizeHintForColumn(0) + 2 * frameWidth() + 4), QListWidget::sizeHint().height());
}

} // namespace punchclock::ui
