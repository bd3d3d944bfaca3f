#pragma once

#include "destinationtablemodel.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;

namespace punchclock::ui {

class DataTableView;
class OutboxEventModel;

// The selected destination on the Integrations page: where it sends, what and how, its backlog
// and why its last attempt failed, and its recent events, newest first, of the status chosen.
class DestinationDetailsPane : public QWidget
{
    Q_OBJECT

public:
    // `events` shows the destination's events; the pane tells it which.
    DestinationDetailsPane(OutboxEventModel *events, QWidget *parent = nullptr);

    // Null shows the empty state. The events are read again when another destination is shown.
    void setDestination(const DestinationTableModel::Destination *destination);
    std::optional<storage::OutboxStatus> statusFilter() const;
    void setStatusFilter(std::optional<storage::OutboxStatus> status);
    DataTableView *eventsTable() const { return m_table; }

private:
    void showEvents();

    OutboxEventModel *m_events;
    qint64 m_destinationId = 0;
    QLabel *m_empty;
    QWidget *m_content;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_url;
    QLabel *m_receives;
    QLabel *m_settings;
    QLabel *m_backlog;
    QLabel *m_lastError;
    QComboBox *m_filter;
    DataTableView *m_table;
};

} // namespace punchclock::ui
