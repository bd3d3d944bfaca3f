#include "screenfit.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace punchclock::ui {

namespace {

// Where a window's content may go on `available`: the title bar above it, a thin border around.
QRect clientArea(const QRect &available)
{
    const int border = ScreenFit::FrameAllowance.width() / 2;
    return available.adjusted(border, ScreenFit::FrameAllowance.height() - border, -border, -border);
}

} // namespace

QRect ScreenFit::availableGeometry(const QWidget *widget)
{
    const QScreen *screen = widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(QPoint(), PreferredWindowSize + FrameAllowance);
}

QSize ScreenFit::firstWindowSize(const QSize &available)
{
    return PreferredWindowSize.boundedTo(available - FrameAllowance);
}

QRect ScreenFit::firstWindowGeometry(const QRect &available)
{
    QRect first(QPoint(), firstWindowSize(available.size()));
    first.moveCenter(clientArea(available).center());
    return first;
}

QRect ScreenFit::fittedGeometry(const QRect &geometry, const QRect &available)
{
    const QRect room = clientArea(available);
    QRect fitted(geometry.topLeft(), geometry.size().boundedTo(room.size()));
    fitted.moveLeft(std::clamp(fitted.left(), room.left(), room.right() - fitted.width() + 1));
    fitted.moveTop(std::clamp(fitted.top(), room.top(), room.bottom() - fitted.height() + 1));
    return fitted;
}

int ScreenFit::maximumColumnWidth(const QWidget *view)
{
    return std::max(MinimumColumnCap, availableGeometry(view).width() / 3);
}

void ScreenFit::clampColumnWidths(QHeaderView *header, int maximumWidth)
{
    for (int section = 0; section < header->count(); ++section) {
        if (header->sectionSize(section) > maximumWidth)
            header->resizeSection(section, maximumWidth);
    }
}

void ScreenFit::growToContents(QWidget *window)
{
    // A window not shown yet gets its size from its content when it is shown.
    if (!window || !window->isWindow() || !window->isVisible())
        return;
    if (QLayout *layout = window->layout())
        layout->activate();
    const int width = window->width();
    const int needed =
        std::max(window->hasHeightForWidth() ? window->heightForWidth(width) : window->sizeHint().height(),
                 window->minimumSizeHint().height());
    const int room = availableGeometry(window).height() - FrameAllowance.height();
    if (window->height() < needed)
        window->resize(width, std::min(needed, std::max(room, window->height())));
}

} // namespace punchclock::ui
