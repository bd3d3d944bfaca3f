#pragma once

#include <QRect>
#include <QSize>

class QHeaderView;
class QWidget;

namespace punchclock::ui {

// What keeps the console on the screens people have (1280×720, 1366×768): the first window
// sized to the available area, restored geometry and column widths clamped to it, and windows
// that grow with their content instead of squeezing it.
class ScreenFit
{
public:
    // The window manager's frame and title bar (width: both borders; height: title bar and the
    // bottom border), which the available area must also hold.
    static constexpr QSize FrameAllowance{16, 40};
    static constexpr QSize PreferredWindowSize{1280, 800};

    // The available area (without panels) of the screen `widget` is on, or of the primary screen.
    static QRect availableGeometry(const QWidget *widget);
    // The first window's size: PreferredWindowSize where it fits, else what the frame leaves.
    static QSize firstWindowSize(const QSize &available);
    // Where the first window goes: firstWindowSize, centred below the title bar.
    static QRect firstWindowGeometry(const QRect &available);
    // `geometry` (the window's content) shrunk to fit `available` with its frame, moved inside.
    static QRect fittedGeometry(const QRect &geometry, const QRect &available);

    // The widest a table column may be, restored or fitted: a third of the screen, at least
    // MinimumColumnCap. A 300-character name elides instead of pushing every other column away.
    static constexpr int MinimumColumnCap = 160;
    static int maximumColumnWidth(const QWidget *view);
    static void clampColumnWidths(QHeaderView *header, int maximumWidth);

    // A window whose content grew (an error shown, rows revealed) grows as far as the screen allows,
    // rather than squeezing its fields; word-wrapped labels get the height their width needs.
    static void growToContents(QWidget *window);
};

} // namespace punchclock::ui
