#include "rosterdownloaddialog.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "jobdescription.h"
#include "outcometext.h"
#include "terminalrepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

RosterDownloadDialog::RosterDownloadDialog(ConsoleContext &context, const QStringList &devIds, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("rosterDownloadDialog"));
    setWindowTitle(tr("Download users"));
    setMinimumWidth(480);

    auto *explanation = new QLabel(
        tr("Each terminal sends its list of users, then every user's name, privilege, card, password, photo and "
           "templates, a few users per poll. Stop asks for no more users; those already read are kept."),
        this);
    explanation->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("rosterStatus"));
    m_status->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("rosterProgressBar"));
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    m_buttons->setObjectName(QStringLiteral("rosterButtons"));
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("rosterStopButton"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("rosterCloseButton"));
    connect(m_stop, &QPushButton::clicked, this, &RosterDownloadDialog::stop);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);

    start(devIds);
    context.notifyChanged(ConsoleContext::Jobs);
    connect(&context, &ConsoleContext::jobsChanged, this, &RosterDownloadDialog::step);
    step();
}

void RosterDownloadDialog::start(const QStringList &devIds)
{
    struct Started
    {
        std::optional<storage::TerminalRow> terminal;
        services::Outcome outcome;
    };
    const services::Actor actor = m_context.actor();
    const QList<Started> started = m_context.reader().wait([&devIds, &actor](const QSqlDatabase &db) {
        const storage::TerminalRepository terminals(db);
        services::RosterDownload roster(db);
        QList<Started> all;
        for (const QString &devId : devIds)
            all << Started{terminals.find(devId), roster.start(actor, devId)};
        return all;
    });
    for (qsizetype i = 0; i < devIds.size(); ++i) {
        const Started &one = started.at(i);
        Download download;
        download.devId = devIds.at(i);
        download.title = one.terminal && !one.terminal->name.isEmpty() ? one.terminal->name : download.devId;
        if (one.outcome.ok())
            download.operationId = one.outcome.id;
        else
            download.failure = OutcomeText::general(one.outcome);
        m_downloads << download;
    }
}

QList<qint64> RosterDownloadDialog::operations() const
{
    QList<qint64> ids;
    for (const Download &download : m_downloads) {
        if (download.operationId)
            ids << download.operationId;
    }
    return ids;
}

QList<qint64> RosterDownloadDialog::operationOfEach() const
{
    QList<qint64> ids;
    for (const Download &download : m_downloads)
        ids << download.operationId;
    return ids;
}

bool RosterDownloadDialog::isFinished() const
{
    for (const Download &download : m_downloads) {
        if (!download.operationId)
            continue;
        const services::RosterDownload::Progress &progress = download.progress;
        // Stopped: done once the reads already sent are answered.
        if (!(progress.finished() || (m_stopped && !progress.listing && progress.outstanding() == 0)))
            return false;
    }
    return true;
}

void RosterDownloadDialog::step()
{
    if (m_stepping) {
        m_stepAgain = true; // heard while the step waited for the reader: step once more after it
        return;
    }
    m_stepping = true;
    bool queued = false;
    do {
        m_stepAgain = false;
        queued = advance() || queued;
    } while (m_stepAgain);
    showProgress();
    m_stepping = false;
    if (queued)
        m_context.notifyChanged(ConsoleContext::Jobs);
}

bool RosterDownloadDialog::advance()
{
    struct Advanced
    {
        services::Outcome outcome;
        services::RosterDownload::Progress progress;
    };
    const QList<qint64> operations = operationOfEach();
    const bool advancing = !m_stopped;
    const services::Actor actor = m_context.actor();
    const QList<Advanced> advanced = m_context.reader().wait([&](const QSqlDatabase &db) {
        services::RosterDownload roster(db);
        QList<Advanced> all;
        for (qint64 operationId : operations) {
            Advanced one;
            if (operationId && advancing)
                one.outcome = roster.advance(actor, operationId);
            if (operationId)
                one.progress = roster.progress(operationId);
            all << one;
        }
        return all;
    });
    bool queued = false;
    for (qsizetype i = 0; i < m_downloads.size(); ++i) {
        Download &download = m_downloads[i];
        if (!download.operationId)
            continue;
        if (!advanced.at(i).outcome.ok())
            download.failure = OutcomeText::general(advanced.at(i).outcome);
        queued = queued || advanced.at(i).progress.queued != download.progress.queued;
        download.progress = advanced.at(i).progress;
    }
    return queued;
}

void RosterDownloadDialog::stop()
{
    m_stopped = true;
    const QList<qint64> operations = operationOfEach();
    const services::Actor actor = m_context.actor();
    const QList<services::Outcome> cancelled = m_context.reader().wait([&operations, &actor](const QSqlDatabase &db) {
        services::RosterDownload roster(db);
        QList<services::Outcome> all;
        for (qint64 operationId : operations)
            all << (operationId ? roster.cancel(actor, operationId) : services::Outcome());
        return all;
    });
    for (qsizetype i = 0; i < m_downloads.size(); ++i) {
        if (!cancelled.at(i).ok())
            m_downloads[i].failure = OutcomeText::general(cancelled.at(i));
    }
    m_context.notifyChanged(ConsoleContext::Jobs);
    step();
}

void RosterDownloadDialog::reject()
{
    if (!isFinished() && !m_stopped)
        stop();
    QDialog::reject();
}

void RosterDownloadDialog::showProgress()
{
    QStringList lines;
    int total = 0;
    int done = 0;
    for (const Download &download : std::as_const(m_downloads)) {
        lines << progressLine(download);
        total += int(download.progress.listed.size());
        done += download.progress.fetched + int(download.progress.failures.size()) + download.progress.cancelled;
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(total ? done : 0);
    const bool finished = isFinished();
    m_stop->setEnabled(!finished && !m_stopped);
    if (!finished)
        return;
    QStringList summary;
    for (const Download &download : std::as_const(m_downloads))
        summary << summaryLine(download);
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_summary->show();
    m_bar->setValue(m_bar->maximum());
}

QString RosterDownloadDialog::progressLine(const Download &download) const
{
    const services::RosterDownload::Progress &progress = download.progress;
    if (!download.operationId)
        return tr("%1: %2").arg(download.title, download.failure);
    if (progress.listFailed)
        return tr("%1: the list of users failed: %2")
            .arg(download.title, JobDescription::statusText(*progress.listJob));
    if (progress.listing)
        return tr("%1: waiting for the list of users…").arg(download.title);
    return tr("%1: %2 of %3 users")
        .arg(download.title)
        .arg(progress.fetched + progress.failures.size() + progress.cancelled)
        .arg(progress.listed.size());
}

QString RosterDownloadDialog::summaryLine(const Download &download) const
{
    const services::RosterDownload::Progress &progress = download.progress;
    if (!download.operationId || progress.listFailed)
        return progressLine(download);
    QStringList parts{
        tr("%1: users fetched: %2 of %3").arg(download.title).arg(progress.fetched).arg(progress.listed.size())};
    if (!progress.failures.isEmpty()) {
        QStringList reasons;
        for (const storage::JobRow &job : progress.failures)
            reasons << tr("user %1 (%2)").arg(services::RosterDownload::userIdOf(job), JobDescription::statusText(job));
        parts << tr("failed: %1").arg(reasons.join(QLatin1String(", ")));
    }
    const int notFetched = progress.cancelled + progress.notAsked();
    if (notFetched > 0)
        parts << tr("not fetched, stopped: %1").arg(notFetched);
    if (!download.failure.isEmpty())
        parts << download.failure;
    return parts.join(QLatin1String("; ")) + QLatin1Char('.');
}

} // namespace punchclock::ui
