// The Dashboard's Attention items about terminals and failed jobs: DashboardPage's own, in a
// file of their own to keep the page's short.
#include "dashboardpage.h"

#include "displayformat.h"
#include "jobdescription.h"
#include "terminalhealth.h"

#include <QLocale>

#include <cstdlib>

namespace punchclock::ui {

namespace {

QString terminalTitle(const QString &name, const QString &devId)
{
    return name.isEmpty() ? devId : name;
}

} // namespace

QList<AttentionItem> DashboardPage::terminalAttention(const QList<storage::TerminalRow> &terminals,
                                                      const QDateTime &nowUtc)
{
    const QLocale locale;
    QList<AttentionItem> items;
    for (const storage::TerminalRow &terminal : terminals) {
        const QString title = terminalTitle(terminal.name, terminal.devId);
        switch (engine::TerminalHealth::stateOf(terminal, nowUtc)) {
        case engine::TerminalHealth::State::Pending:
            items.append(
                {AttentionItem::Kind::PendingTerminal, terminal.devId, 0,
                 tr("%1 (%2, %3) is waiting for your approval.").arg(title, terminal.devId, terminal.remoteAddress),
                 tr("First seen %1").arg(locale.toString(terminal.firstSeen.toLocalTime(), QLocale::ShortFormat)),
                 StatusTone::Waiting});
            break;
        case engine::TerminalHealth::State::Offline:
            items.append(
                {AttentionItem::Kind::OfflineTerminal, terminal.devId, 0,
                 tr("%1 is offline: last heard from %2.").arg(title, DisplayFormat::age(terminal.lastSeen, nowUtc)),
                 locale.toString(terminal.lastSeen.toLocalTime(), QLocale::LongFormat), StatusTone::Bad});
            break;
        case engine::TerminalHealth::State::Online:
            if (terminal.clockDriftSeconds && std::llabs(*terminal.clockDriftSeconds) > clockToleranceSeconds)
                items.append(
                    {AttentionItem::Kind::ClockOff, terminal.devId, 0,
                     tr("The clock of %1 is %2.").arg(title, DisplayFormat::clockDrift(*terminal.clockDriftSeconds)),
                     tr("Its punches carry the terminal's time: set its clock to this PC's."), StatusTone::Waiting});
            break;
        case engine::TerminalHealth::State::Blocked: break;
        }
    }
    return items;
}

QList<AttentionItem> DashboardPage::failedJobAttention(const QList<storage::FailedJob> &jobs)
{
    const QLocale locale;
    QList<AttentionItem> items;
    for (const storage::FailedJob &job : jobs) {
        const QString title = terminalTitle(job.terminalName, job.devId);
        const QString command = JobDescription::commandName(protocol::commandCodeFromName(job.commandCode.toLatin1()));
        const bool silent = job.status == storage::JobStatus::Timeout;
        // A failed job whose terminal said OK: the answer was there but could not be used.
        const bool unreadable = !silent && job.returnCode == QLatin1String("OK");
        // Words in the list, the protocol's codes in the tooltip.
        items.append(
            {AttentionItem::Kind::FailedJob, job.devId, job.id,
             silent ? tr("“%1” on %2 got no answer.").arg(command, title)
             : unreadable
                 ? tr("“%1” on %2 answered, but its answer could not be read.").arg(command, title)
                 : tr("“%1” on %2 failed: %3.").arg(command, title, JobDescription::returnCodeText(job.returnCode)),
             tr("Job %1, %2: %3 %4")
                 .arg(job.id)
                 .arg(locale.toString(job.endedAt.toLocalTime(), QLocale::ShortFormat), job.commandCode,
                      silent       ? storage::jobStatusName(job.status)
                      : unreadable ? QStringLiteral("%1 %2").arg(job.returnCode, job.summary)
                                   : job.returnCode),
             StatusTone::Bad});
    }
    return items;
}

} // namespace punchclock::ui
