#include "consoletray.h"

#include <QApplication>
#include <QMenu>
#include <QWidget>

namespace punchclock::ui {

ConsoleTray::ConsoleTray(QWidget *window, std::function<void()> quit)
    : QSystemTrayIcon(QApplication::windowIcon(), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("consoleTray"));
    setToolTip(tr("Punchclock: the terminal server is running"));
    auto *menu = new QMenu(window);
    menu->setObjectName(QStringLiteral("consoleTrayMenu"));
    menu->addAction(tr("&Open Punchclock"), this, &ConsoleTray::open);
    menu->addAction(tr("&Quit and stop the server"), this, std::move(quit));
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            open();
    });
}

void ConsoleTray::keepRunning(QWidget *window, std::function<void()> quit)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        window->showMinimized();
        return;
    }
    auto *tray = window->findChild<ConsoleTray *>();
    if (!tray)
        tray = new ConsoleTray(window, std::move(quit));
    // Hidden, the window is no longer the last one open: the console goes on until Quit.
    QApplication::setQuitOnLastWindowClosed(false);
    tray->show();
    window->hide();
}

void ConsoleTray::open()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace punchclock::ui
