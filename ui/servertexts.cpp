#include "servertexts.h"

#include "commanddispatcher.h"
#include "statusrefresh.h"

#include <QRegularExpression>

namespace punchclock::ui {

namespace {

// The storage's and the engine's wording (jobrepository.cpp, commanddispatcher.cpp,
// commandservice.cpp, serverhost.cpp); tst_servertexts holds them to it.
const QString queuedByPrefix = QStringLiteral("queued by ");
const QString cancelledByPrefix = QStringLiteral("cancelled by ");

} // namespace

QString ServerTexts::queuedBy(const QString &stored)
{
    if (stored.isEmpty())
        return tr("the server");
    if (stored == QLatin1String(engine::CommandDispatcher::ClockSyncQueuedBy))
        return tr("automatic clock sync");
    if (stored == QLatin1String(engine::StatusRefresh::QueuedBy))
        return tr("automatic status refresh");
    return stored;
}

QString ServerTexts::jobEventDetail(const QString &stored)
{
    if (stored.startsWith(queuedByPrefix))
        //: A job's timeline: %1 who queued it (an operator, "automatic clock sync")
        return tr("queued by %1").arg(queuedBy(stored.mid(queuedByPrefix.size())));
    if (stored.startsWith(cancelledByPrefix))
        //: A job's timeline: %1 the operator who cancelled it
        return tr("cancelled by %1").arg(stored.mid(cancelledByPrefix.size()));
    if (stored == QLatin1String("the terminal polled again without answering"))
        return tr("the terminal polled again without answering");
    return stored;
}

QString ServerTexts::serverError(const QString &stored)
{
    static const QRegularExpression cannotListen(QStringLiteral("^Cannot listen on (.+):(\\d+): (.*)$"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = cannotListen.match(stored);
    if (!match.hasMatch())
        return stored;
    //: %1 an address, %2 a port, %3 why, in the system's words
    return tr("Cannot listen on %1:%2: %3").arg(match.captured(1), match.captured(2), match.captured(3));
}

} // namespace punchclock::ui
