#include "terminaljobbanner.h"

#include "consolecontext.h"
#include "jobdescription.h"
#include "jobrepository.h"
#include "terminalrepository.h"

#include <QLabel>

namespace punchclock::ui {

TerminalJobBanner::TerminalJobBanner(ConsoleContext &context, QLabel *label)
    : QObject(label)
    , m_context(context)
    , m_label(label)
    , m_read(context.reader(), this, [this](Followed followed) { present(followed); })
{
    connect(&context, &ConsoleContext::jobsChanged, this, &TerminalJobBanner::follow);
}

bool TerminalJobBanner::show(const TerminalCommands::Result &result)
{
    if (result.cancelled)
        return false;
    m_result = result;
    const bool failed = !result.failure.isEmpty();
    QStringList parts{result.failure, result.done};
    parts.removeAll(QString());
    showText(parts.join(QLatin1Char(' ')), failed);
    follow();
    return true;
}

void TerminalJobBanner::follow()
{
    if (m_result.jobIds.isEmpty())
        return;
    m_read.request([jobIds = m_result.jobIds](const QSqlDatabase &db) { return read(db, jobIds); });
}

TerminalJobBanner::Followed TerminalJobBanner::read(const QSqlDatabase &db, const QList<qint64> &jobIds)
{
    const storage::JobRepository jobs(db);
    const storage::TerminalRepository terminals(db);
    Followed followed;
    followed.jobIds = jobIds;
    for (qint64 id : jobIds) {
        // Without the answer itself: a log pull's runs to megabytes, its summary says what it did.
        storage::JobFilter filter;
        filter.fromId = id;
        filter.beforeId = id + 1;
        filter.withResult = false;
        const QList<storage::JobRow> found = jobs.list(filter);
        if (found.isEmpty())
            continue;
        if (!storage::isFinal(found.constFirst().status))
            return followed;
        const QString devId = found.constFirst().devId;
        if (!followed.terminals.contains(devId)) {
            if (const std::optional<storage::TerminalRow> terminal = terminals.find(devId))
                followed.terminals.insert(devId, *terminal);
        }
        followed.jobs.append(found.constFirst());
    }
    followed.ended = true;
    return followed;
}

void TerminalJobBanner::present(const Followed &followed)
{
    // Another action's jobs are followed now, or these ended and were shown already.
    if (!followed.ended || followed.jobIds != m_result.jobIds)
        return;
    bool failed = false;
    const QString ended = outcome(followed, &failed);
    if (ended.isEmpty())
        return;
    showText(ended, failed);
    m_result.jobIds.clear(); // nothing left to follow
}

QString TerminalJobBanner::outcome(const Followed &followed, bool *failed) const
{
    QStringList done;
    QStringList problems;
    for (const storage::JobRow &job : followed.jobs) {
        const auto terminal = followed.terminals.constFind(job.devId);
        const QString title =
            terminal != followed.terminals.constEnd() ? TerminalCommands::titleOf(*terminal) : job.devId;
        const QString command = JobDescription::commandText(job);
        if (job.failed() || job.status == storage::JobStatus::Cancelled) {
            problems << tr("Failed: %1 on %2: %3.").arg(command, title, JobDescription::statusText(job));
            continue;
        }
        const QString result = JobDescription::resultText(job);
        done << (result.isEmpty() ? tr("Done: %1 on %2.").arg(command, title)
                                  : tr("Done: %1 on %2: %3.").arg(command, title, result));
    }
    *failed = !problems.isEmpty() || !m_result.failure.isEmpty();
    QStringList parts{m_result.failure};
    parts << problems << done;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

void TerminalJobBanner::showText(const QString &text, bool failed)
{
    TerminalCommands::showText(m_label, text, failed, m_result.jobIds.isEmpty() ? 0 : m_result.jobIds.constFirst());
}

} // namespace punchclock::ui
