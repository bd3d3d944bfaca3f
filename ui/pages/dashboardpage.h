#pragma once

#include "attentionlist.h"
#include "consolereader.h"
#include "dashboardqueries.h"
#include "databaseconfig.h"
#include "page.h"
#include "terminalcommands.h"
#include "terminalrepository.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace punchclock::ui {

class DashboardTile;
class DataTableView;
class GettingStartedPanel;
class PageHeader;
class RecentPunchModel;
class SimulatorLauncher;

// "Is everything fine?" at a glance (ui-guide "Dashboard"): four tiles, the live punch feed,
// and the Attention list with its actions inline; for a new install, the steps to point a
// terminal at this PC.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    static constexpr int feedLength = 20;
    static constexpr qint64 clockToleranceSeconds = 2 * 60;
    static constexpr int failedJobDays = 7;

    explicit DashboardPage(ConsoleContext &context, QWidget *parent = nullptr);
    void reload() override;

    // A row of charts between the tiles and the feed (the reports work adds them).
    void addChartsRow(QWidget *charts);

private:
    // What a reload needs to know of the console, taken on the GUI thread.
    struct ReadRequest
    {
        storage::DatabaseConfig database; // locates the default backup folder
        std::optional<QSet<qint64>> departmentScope;
        bool hasServer = false;
        bool serverRunning = false;
        quint16 serverPort = 0;
        QDateTime listeningSince;
    };
    // What a reload reads, on the console's reader.
    struct Snapshot
    {
        std::optional<QSet<qint64>> departmentScope; // the account's, when it was read
        QDateTime nowUtc;
        QList<storage::TerminalRow> terminals;
        // The installation's notices (backups, the server's port, the firewall).
        QList<AttentionItem> installation;
        // Read only with a terminal there: without one the page shows how to connect one.
        qint64 punchesToday = 0;
        qsizetype presentToday = 0;
        QList<storage::FailedJob> failedJobs;
        QList<AttentionItem> refusedRegistrations;
        QList<AttentionItem> biometricRetention;
        QTimeZone siteZone;
        QList<storage::RecentPunch> latestPunches;
    };
    ReadRequest readRequest() const;
    static Snapshot read(const QSqlDatabase &db, const ReadRequest &request);
    void present(const Snapshot &snapshot);
    void presentTiles(const Snapshot &snapshot);
    // What needs attention about terminals' health and failed jobs (dashboardattention.cpp).
    static QList<AttentionItem> terminalAttention(const QList<storage::TerminalRow> &terminals,
                                                  const QDateTime &nowUtc);
    static QList<AttentionItem> failedJobAttention(const QList<storage::FailedJob> &jobs);
    QWidget *buildOverview();
    void scheduleReload();
    void reloadGettingStarted();
    // The Terminals page's own actions (TerminalCommands), on the terminal the list names.
    void act(const QString &devId, TerminalCommands::Command command);
    // Pins the terminal to `address`, the one the list showed.
    void pin(const QString &devId, const QString &address);
    // The terminal's row as stored now; an empty row when it is gone.
    storage::TerminalRow terminalAsStored(const QString &devId) const;
    void report(const TerminalCommands::Result &result);
    void updateAttentionActions();
    void showMessage(const QString &html, bool error);
    void startSimulator();
    void stopSimulator();
    void showSimulatorRunning();
    // Settings restarted the server elsewhere: a running simulated terminal goes there too.
    void followServer();
    // The Dashboard's notices about this installation (backups, the server's port, no terminal yet).
    static QList<AttentionItem> installationNotices(const QSqlDatabase &db, const ReadRequest &request,
                                                    const QDateTime &nowUtc, bool noTerminal);
    void noteListening();

    TerminalCommands m_commands;
    PageHeader *m_header;
    QStackedWidget *m_views;
    GettingStartedPanel *m_gettingStarted;
    QWidget *m_overview = nullptr;
    DashboardTile *m_punchesToday = nullptr;
    DashboardTile *m_inNow = nullptr;
    DashboardTile *m_online = nullptr;
    DashboardTile *m_attention = nullptr;
    QVBoxLayout *m_chartsRow = nullptr;
    RecentPunchModel *m_feed = nullptr;
    DataTableView *m_feedView = nullptr;
    AttentionList *m_attentionList = nullptr;
    // The installation's notices while no terminal is there to show the overview.
    AttentionList *m_setupNotices = nullptr;
    QDateTime m_listeningSince;
    QLabel *m_message = nullptr;
    QPushButton *m_stopSimulator;
    SimulatorLauncher *m_simulator; // the console's (ConsoleContext::simulator()), else this page's own
    QTimer m_reloadSoon;
    QTimer m_ageTimer;
    RepeatedRead<Snapshot> m_read;
};

} // namespace punchclock::ui
