#pragma once

#include "page.h"

#include "terminalrepository.h"

#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace punchclock::ui {

class DataTableView;
class DetailsSplitter;
class JobDetailsPane;
class JobSortProxyModel;
class JobTableModel;
class PageHeader;

// Every command and its trans_status, live (WAIT → RUN → RESULT / TIMEOUT / CANCELLED), in
// words and colour; a details pane with the timeline, parameters, return code and result; cancel,
// retry, "edit and send again", and the command builder for new ones.
class JobsPage : public Page
{
    Q_OBJECT

public:
    explicit JobsPage(ConsoleContext &context, QWidget *parent = nullptr);

    void reload() override;
    // Selects the job, loading it when it is older than the list and clearing filters that hide it.
    bool selectJob(qint64 jobId);
    std::optional<qint64> selectedJobId() const;

    JobTableModel *model() const { return m_model; }
    JobSortProxyModel *proxy() const { return m_proxy; }

public Q_SLOTS:
    void cancelJob(qint64 jobId);
    void retryJob(qint64 jobId);
    void editJob(qint64 jobId);

private:
    // The table's context menu: a command to the selected job's terminal, edit and send again.
    void addTableActions();
    void updateFilterChoices(const QList<storage::TerminalRow> &terminals);
    void applyFilters();
    void showDetails();
    void updateSummary();
    // What the operator's role allows: commands, cancel, retry.
    void updatePermissions();

    JobTableModel *m_model;
    JobSortProxyModel *m_proxy;
    PageHeader *m_header;
    QPushButton *m_newCommand = nullptr;
    QComboBox *m_statusFilter;
    QComboBox *m_terminalFilter;
    QComboBox *m_commandFilter;
    QCheckBox *m_showRoutine;
    DataTableView *m_table;
    JobDetailsPane *m_details;
    DetailsSplitter *m_splitter;
    QTimer m_ageTimer;
};

} // namespace punchclock::ui
