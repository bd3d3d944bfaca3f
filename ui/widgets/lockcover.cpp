#include "lockcover.h"

#include "icons.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

constexpr int iconSide = 64;

} // namespace

LockCover::LockCover(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("lockCover"));
    setAutoFillBackground(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(themedIcon("dialog-password").pixmap(iconSide, iconSide));
    auto *text = new QLabel(tr("Locked"), this);
    text->setProperty("role", QStringLiteral("pageSummary"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch();
    setGeometry(window->rect());
    window->installEventFilter(this);
    raise();
    show();
}

bool LockCover::eventFilter(QObject *watched, QEvent *event)
{
    // Above whatever the window adds or resizes while locked (a status bar message, a new row).
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace punchclock::ui
