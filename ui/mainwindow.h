#pragma once

#include <QMainWindow>
#include <QTimer>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace punchclock::storage {
class Connection;
}
namespace punchclock::http {
class ServerHost;
}

namespace punchclock::ui {

class JobTableModel;
class PunchTableModel;
class TerminalTableModel;

// The console's first window: terminals (with approval) and the latest punches, kept live.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `server` may be null when it could not start; `serverError` then says why.
    MainWindow(storage::Connection &connection, http::ServerHost *server, const QString &serverError,
               QWidget *parent = nullptr);

    TerminalTableModel *terminalModel() const { return m_terminals; }
    PunchTableModel *punchModel() const { return m_punches; }
    JobTableModel *jobModel() const { return m_jobs; }

public Q_SLOTS:
    void refresh();

private:
    QWidget *createTerminalsPage();
    QWidget *createPunchesPage();
    QWidget *createJobsPage();
    void cancelSelectedJob();
    void setSelectedApproval(bool approve);
    void setAutoApproval(bool enabled);
    void updateActions();
    void showServerState(const QString &serverError);

    static constexpr int RecentPunchLimit = 500;
    static constexpr int RecentJobLimit = 200;

    storage::Connection &m_connection;
    http::ServerHost *m_server;
    TerminalTableModel *m_terminals;
    PunchTableModel *m_punches;
    JobTableModel *m_jobs;
    QTableView *m_terminalView = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_blockButton = nullptr;
    QCheckBox *m_autoApprove = nullptr;
    QTableView *m_jobView = nullptr;
    QPushButton *m_cancelJobButton = nullptr;
    QLabel *m_serverState = nullptr;
    QTimer m_refreshTimer;
};

} // namespace punchclock::ui
