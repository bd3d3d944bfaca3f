#include "destinationdetailspane.h"

#include "datatableview.h"
#include "integrationtext.h"
#include "outboxeventmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DestinationDetailsPane::DestinationDetailsPane(OutboxEventModel *events, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_empty(new QLabel(tr("Select a destination to see what it sends and its recent events."), this))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_form(new QFormLayout)
    , m_url(valueLabel("destinationUrlText", m_content))
    , m_receives(valueLabel("destinationReceivesText", m_content))
    , m_settings(valueLabel("destinationSettingsText", m_content))
    , m_backlog(valueLabel("destinationBacklogText", m_content))
    , m_lastError(valueLabel("destinationLastError", m_content))
    , m_filter(new QComboBox(m_content))
    , m_table(new DataTableView(QStringLiteral("integrationEventsTable"), m_content))
{
    setObjectName(QStringLiteral("destinationDetails"));
    m_empty->setObjectName(QStringLiteral("destinationDetailsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("destinationTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_lastError->setProperty("role", QStringLiteral("fieldError"));

    m_form->addRow(tr("Address:"), m_url);
    m_form->addRow(tr("Receives:"), m_receives);
    m_form->addRow(tr("Sends:"), m_settings);
    m_form->addRow(tr("Events:"), m_backlog);
    m_form->addRow(tr("Last error:"), m_lastError);

    m_filter->setObjectName(QStringLiteral("eventStatusFilter"));
    m_filter->addItem(tr("All events"));
    for (const storage::OutboxStatus status : {storage::OutboxStatus::Pending, storage::OutboxStatus::Delivered,
                                               storage::OutboxStatus::Failed, storage::OutboxStatus::Parked})
        m_filter->addItem(IntegrationText::statusName(status), int(status));
    auto *filterLabel = new QLabel(tr("&Show:"), m_content);
    filterLabel->setBuddy(m_filter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter);
    filters->addStretch();

    const bool firstRun = !QSettings().contains(QStringLiteral("tables/integrationEventsTable/header"));
    m_table->setModel(m_events);
    m_table->setSortingEnabled(false); // newest first, as they are read
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (firstRun) {
        for (int column : {OutboxEventModel::SubjectColumn, OutboxEventModel::StatusColumn,
                           OutboxEventModel::TriesColumn, OutboxEventModel::QueuedColumn})
            m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->setAccessibleName(tr("Events of the selected destination"));

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_title);
    content->addLayout(m_form);
    content->addLayout(filters);
    content->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_content, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DestinationDetailsPane::showEvents);
    setDestination(nullptr);
}

void DestinationDetailsPane::setDestination(const DestinationTableModel::Destination *destination)
{
    m_empty->setVisible(!destination);
    m_content->setVisible(destination != nullptr);
    const qint64 id = destination ? destination->row.id : 0;
    if (id != m_destinationId) {
        m_destinationId = id;
        showEvents();
    }
    if (!destination)
        return;
    const storage::DestinationRow &row = destination->row;
    const storage::OutboxBacklog &backlog = destination->backlog;
    const QLocale locale;
    m_title->setText(tr("%1 (%2)").arg(row.name, IntegrationText::kindName(row.kind)));
    m_url->setText(row.url);
    m_receives->setText(IntegrationText::receives(row));
    m_settings->setText(IntegrationText::settings(row));
    //: the counts of a destination's events by status
    QString counts = tr("%1 pending, %2 delivered, %3 failed, %4 parked")
                         .arg(locale.toString(backlog.pending), locale.toString(backlog.delivered),
                              locale.toString(backlog.failed), locale.toString(backlog.parked));
    if (backlog.oldestPending.isValid())
        //: %1 the counts by status, %2 when the oldest pending event was queued
        counts = tr("%1; the oldest pending was queued at %2")
                     .arg(counts, locale.toString(backlog.oldestPending.toLocalTime(), QLocale::ShortFormat));
    m_backlog->setText(counts);
    QString problem = row.lastError;
    if (!problem.isEmpty() && row.failures > 0 && row.nextAttemptAt.isValid())
        //: %1 the error; %2 when the next attempt is; %n failures in a row
        problem = tr("%1 (%n failure(s) in a row; next try at %2)", nullptr, row.failures)
                      .arg(row.lastError, locale.toString(row.nextAttemptAt.toLocalTime(), QLocale::ShortFormat));
    m_lastError->setText(problem);
    m_form->setRowVisible(m_lastError, !problem.isEmpty());
}

std::optional<storage::OutboxStatus> DestinationDetailsPane::statusFilter() const
{
    const QVariant status = m_filter->currentData();
    return status.isValid() ? std::optional(storage::OutboxStatus(status.toInt())) : std::nullopt;
}

void DestinationDetailsPane::setStatusFilter(std::optional<storage::OutboxStatus> status)
{
    m_filter->setCurrentIndex(status ? m_filter->findData(int(*status)) : 0);
}

void DestinationDetailsPane::showEvents()
{
    m_events->show(m_destinationId, statusFilter());
}

} // namespace punchclock::ui
