#pragma once

#include "consolereader.h"
#include "destinationtablemodel.h"
#include "integrationactions.h"
#include "page.h"

#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;

namespace punchclock::ui {

class DataTableView;
class DestinationDetailsPane;
class DetailsSplitter;
class OutboxEventModel;
class PageHeader;

// The systems punches are delivered to (docs/integrations.md): one row per destination with
// its state and backlog, the selected one's recent events below, and what the command line's
// `integrations` does: add, edit, remove, pause and resume, send again what failed or was
// parked, try now, replay from a day. Everyone who sees Settings sees it; only who may change
// the settings (an administrator) changes anything, the others see why. While shown it reads
// again every 2 s, so that a delivery shows as it happens.
class IntegrationsPage : public Page
{
    Q_OBJECT

public:
    explicit IntegrationsPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~IntegrationsPage() override;

    void reload() override;
    DestinationTableModel *model() const { return m_model; }
    OutboxEventModel *events() const { return m_events; }
    DestinationDetailsPane *details() const { return m_details; }
    // The destination of the current row; null when none is selected.
    const DestinationTableModel::Destination *selectedDestination() const;
    bool selectDestination(qint64 destinationId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // An action on the selected destination, its result shown on the page.
    QAction *makeAction(const char *name, const char *icon, const QString &text,
                        const std::function<IntegrationActions::Result(const IntegrationActions::Destination &)> &act);
    void buildActions();
    void updateActions();
    void showSelected();
    // What a reload reads, on the console's reader.
    static QList<DestinationTableModel::Destination> read(const QSqlDatabase &db);
    void present(QList<DestinationTableModel::Destination> destinations);
    void report(const IntegrationActions::Result &result);

    IntegrationActions m_actions;
    PageHeader *m_header;
    QPushButton *m_addButton;
    QLabel *m_readOnly;
    QLabel *m_message;
    DestinationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_table;
    OutboxEventModel *m_events;
    DestinationDetailsPane *m_details;
    DetailsSplitter *m_splitter;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_sendAgain = nullptr;
    QAction *m_sendFailed = nullptr;
    QAction *m_sendParked = nullptr;
    QAction *m_tryNow = nullptr;
    QAction *m_replay = nullptr;
    QMenu *m_sendAgainMenu = nullptr;
    qint64 m_toSelect = 0; // a destination just added, selected once read
    QTimer m_tick;
    RepeatedRead<QList<DestinationTableModel::Destination>> m_read;
};

} // namespace punchclock::ui
