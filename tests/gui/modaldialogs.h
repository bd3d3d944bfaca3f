#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace punchclock::test {

// Runs `handle` on the next modal dialog of type Dialog once it shows: exec() blocks the
// caller, so it is looked for from the event loop. A dialog still open afterwards is rejected,
// so that a failed check ends the test instead of hanging it.
template <typename Dialog>
void whenModalShows(std::function<void(Dialog *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle = std::move(handle)] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        handle(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

} // namespace punchclock::test
