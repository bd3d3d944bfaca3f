#include "jobdetailspane.h"

#include "icons.h"
#include "jobdescription.h"
#include "servertexts.h"
#include "statustone.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

QString stepText(storage::JobStatus status)
{
    switch (status) {
    case storage::JobStatus::Wait: return JobDetailsPane::tr("Queued");
    case storage::JobStatus::Run: return JobDetailsPane::tr("Sent to terminal");
    case storage::JobStatus::Result: return JobDetailsPane::tr("Answered");
    case storage::JobStatus::Timeout: return JobDetailsPane::tr("No answer");
    case storage::JobStatus::Cancelled: return JobDetailsPane::tr("Cancelled");
    }
    return {};
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

JobDetailsPane::JobDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(tr("Select a job to see its timeline, parameters and result."), this))
    , m_content(new QWidget(this))
    , m_command(valueLabel(QStringLiteral("jobCommand"), m_content))
    , m_status(valueLabel(QStringLiteral("jobStatus"), m_content))
    , m_terminal(valueLabel(QStringLiteral("jobTerminal"), m_content))
    , m_queuedBy(valueLabel(QStringLiteral("jobQueuedBy"), m_content))
    , m_returnCode(valueLabel(QStringLiteral("jobReturnCode"), m_content))
    , m_result(valueLabel(QStringLiteral("jobResult"), m_content))
    , m_timeline(new QTreeWidget(m_content))
    , m_parameters(new QPlainTextEdit(m_content))
    , m_parametersNote(valueLabel(QStringLiteral("jobParametersNote"), m_content))
    , m_cancel(new QPushButton(themedIcon("dialog-cancel"), tr("&Cancel job"), m_content))
    , m_retry(new QPushButton(themedIcon("view-refresh"), tr("&Retry"), m_content))
    , m_edit(new QPushButton(themedIcon("document-edit"), tr("&Edit and send again…"), m_content))
{
    setObjectName(QStringLiteral("jobDetails"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_command->setProperty("role", QStringLiteral("pageTitle"));
    m_timeline->setObjectName(QStringLiteral("jobTimeline"));
    m_timeline->setHeaderLabels({tr("Step"), tr("Time"), tr("Detail")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setMaximumHeight(m_timeline->fontMetrics().height() * 8);
    m_parameters->setObjectName(QStringLiteral("jobParameters"));
    m_parameters->setReadOnly(true);
    m_parameters->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_retry->setObjectName(QStringLiteral("retryJob"));
    m_edit->setObjectName(QStringLiteral("editJob"));

    auto *facts = new QFormLayout;
    facts->addRow(tr("Status:"), m_status);
    facts->addRow(tr("Terminal:"), m_terminal);
    facts->addRow(tr("Queued by:"), m_queuedBy);
    facts->addRow(tr("Return code:"), m_returnCode);
    facts->addRow(tr("Result:"), m_result);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_cancel);
    actions->addWidget(m_retry);
    actions->addWidget(m_edit);
    actions->addStretch();
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_command);
    content->addLayout(facts);
    content->addLayout(actions);
    content->addWidget(new QLabel(tr("Timeline"), m_content));
    content->addWidget(m_timeline);
    content->addWidget(new QLabel(tr("Parameters"), m_content));
    content->addWidget(m_parameters, 1);
    content->addWidget(m_parametersNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_content);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            Q_EMIT cancelRequested(m_job->id);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_job)
            Q_EMIT retryRequested(m_job->id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_job)
            Q_EMIT editRequested(m_job->id);
    });
    setJob(std::nullopt, {}, {});
}

std::optional<qint64> JobDetailsPane::jobId() const
{
    return m_job ? std::optional<qint64>(m_job->id) : std::nullopt;
}

void JobDetailsPane::setJob(const std::optional<storage::JobRow> &job, const QList<storage::JobEvent> &events,
                            const QString &terminalName)
{
    m_job = job;
    m_empty->setVisible(!job);
    m_content->setVisible(job.has_value());
    if (!job) {
        updateActions();
        return;
    }
    const StatusTone tone = JobDescription::statusTone(*job);
    m_command->setText(JobDescription::commandText(*job));
    m_status->setText(JobDescription::statusText(*job));
    m_status->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(toneColor(tone).name()));
    m_status->setToolTip(QStringLiteral("%1 %2").arg(storage::jobStatusName(job->status), job->returnCode).trimmed());
    m_terminal->setText(terminalName == job->devId ? job->devId : tr("%1 (%2)").arg(terminalName, job->devId));
    m_queuedBy->setText(ServerTexts::queuedBy(job->queuedBy));
    m_returnCode->setText(job->returnCode.isEmpty()
                              ? tr("none yet")
                              : tr("%1 (%2)").arg(JobDescription::returnCodeText(job->returnCode), job->returnCode));
    const QString result = JobDescription::resultText(*job);
    m_result->setText(result.isEmpty() ? tr("none yet") : result);

    m_timeline->clear();
    for (const storage::JobEvent &event : events) {
        auto *item = new QTreeWidgetItem(m_timeline, {stepText(event.status),
                                                      QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat),
                                                      ServerTexts::jobEventDetail(event.detail)});
        item->setToolTip(0, storage::jobStatusName(event.status));
        item->setToolTip(1, QLocale().toString(event.at.toLocalTime(), QLocale::LongFormat));
    }

    const QJsonObject parameters = JobDescription::parametersJson(job->parameters);
    m_parameters->setPlainText(parameters.isEmpty()
                                   ? tr("(no parameters)")
                                   : QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Indented)));
    const bool builtLater = job->buildAtDelivery && job->status == storage::JobStatus::Wait;
    const QString builtFrom =
        job->buildFromDevId.isEmpty()
            ? tr("The whole user is read from the store when the terminal receives it.")
            : tr("The user is read from the store when the terminal receives it, with the credentials terminal %1 "
                 "holds.")
                  .arg(job->buildFromDevId);
    m_parametersNote->setText(builtLater ? builtFrom : QString());
    m_parametersNote->setVisible(builtLater);

    updateActions();
}

void JobDetailsPane::setActionsAllowed(bool allowed, const QString &why)
{
    m_actionsAllowed = allowed;
    for (QPushButton *button : {m_cancel, m_retry, m_edit})
        button->setToolTip(why);
    updateActions();
}

void JobDetailsPane::updateActions()
{
    // Without a job the buttons are hidden; they are disabled too, so nothing can press one
    // before the selected job's details have been read.
    m_cancel->setEnabled(m_job && m_actionsAllowed && !storage::isFinal(m_job->status));
    m_retry->setEnabled(m_job && m_actionsAllowed && storage::isFinal(m_job->status));
    m_edit->setEnabled(m_job && m_actionsAllowed &&
                       protocol::commandCodeFromName(m_job->commandCode.toLatin1()) != protocol::CommandCode::Unknown);
}

} // namespace punchclock::ui
