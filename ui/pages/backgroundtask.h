#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace punchclock::ui {

// Runs `work` (a backup, a restore: seconds on a large database) in a thread of its own so the
// window never freezes, then `done` with its result in `receiver`'s thread. The work opens its
// own database connection, since a connection belongs to the thread that opened it.
template <typename Result>
void runInBackground(QObject *receiver, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, receiver, [result, done = std::move(done)] { done(*result); });
    thread->start();
}

} // namespace punchclock::ui
