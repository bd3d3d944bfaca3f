#pragma once

#include <QSystemTrayIcon>

#include <functional>

class QWidget;

namespace punchclock::ui {

// The console kept running without its window: an icon in the system tray whose menu opens
// the window again or quits. Where there is no tray, the window is minimised instead.
class ConsoleTray : public QSystemTrayIcon
{
    Q_OBJECT

public:
    // Hides `window` to the tray (creating the icon once), or minimises it without a tray;
    // `quit` is what the tray's Quit does.
    static void keepRunning(QWidget *window, std::function<void()> quit);

private:
    ConsoleTray(QWidget *window, std::function<void()> quit);
    void open();

    QWidget *m_window;
};

} // namespace punchclock::ui
