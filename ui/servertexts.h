#pragma once

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// Words the server stores or returns in English (it has no tr(): house style), in the
// console's language: who queued a job, the notes in a job's timeline, why the server could
// not start. What is not recognised is shown as stored.
class ServerTexts
{
    Q_DECLARE_TR_FUNCTIONS(ServerTexts)

public:
    // JobRow::queuedBy: "the server" when empty, engine::CommandDispatcher::ClockSyncQueuedBy
    // and engine::StatusRefresh::QueuedBy in words, an operator's name as it is.
    static QString queuedBy(const QString &stored);
    // JobEvent::detail, e.g. "queued by console", "the terminal polled again without answering".
    static QString jobEventDetail(const QString &stored);
    // http::ServerHost::start()'s error, e.g. "Cannot listen on 0.0.0.0:8090: …".
    static QString serverError(const QString &stored);
};

} // namespace punchclock::ui
