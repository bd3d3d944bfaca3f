#pragma once

#include "consolereader.h"
#include "page.h"

#include "jobrepository.h"
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
    // Whether it is selected on return: on a SQLite file at once; across a network it is once
    // its rows arrive.
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
    // What a reload reads besides the rows, on the console's reader.
    struct Snapshot
    {
        QList<storage::TerminalRow> terminals;
        int active = 0;
        int failedToday = 0;
        int failedLastDay = 0;
    };
    static Snapshot read(const QSqlDatabase &db);
    void present(Snapshot snapshot);
    // The job is not among the rows: the filters are cleared if they hide it.
    void showPastFilters(qint64 jobId);
    void showJob(qint64 jobId);
    // The selected job's timeline, read on the console's reader.
    struct JobEvents
    {
        qint64 jobId = 0;
        QList<storage::JobEvent> events;
    };
    void showDetails();
    void showEvents(const JobEvents &events);
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
    RepeatedRead<Snapshot> m_read;
    RepeatedRead<JobEvents> m_events;
};

} // namespace punchclock::ui
