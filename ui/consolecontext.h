#pragma once

#include "actor.h"
#include "permission.h"
#include "protocolcodes.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

namespace punchclock::storage {
class Connection;
}
namespace punchclock::http {
class ServerHost;
}

namespace punchclock::ui {

class ConsoleReader;
class SimulatorLauncher;

// What a page asks the command builder to open with: any field may be empty.
struct CommandDraft
{
    QString devId;
    std::optional<protocol::CommandCode> code;
    QJsonObject parameters;
};

// The pages of the main window, in navigation order (Ctrl+1 … Ctrl+9).
enum class PageId {
    Dashboard,
    Terminals,
    Users,
    Punches,
    Jobs,
    Reports,
    Integrations,
    Settings,
    Audit, // shown to whoever may read the whole audit trail
};

// What every page shares: the GUI thread's database connection, the embedded server, and
// the news of changes. Changes arrive three ways: the server's signals (queued from its
// threads), commits by other connections (the CLI, another process, on PostgreSQL another PC),
// and notifyChanged() from a page after it wrote through database() itself. Other connections'
// commits are noticed by a 2 s check of SQLite's data_version, and on PostgreSQL by its change
// notices (storage::ChangeListener), within a fraction of a second and naming the tables.
class ConsoleContext : public QObject
{
    Q_OBJECT

public:
    enum Area {
        Terminals = 0x1,
        Punches = 0x2,
        Users = 0x4,
        Jobs = 0x8,
        Settings = 0x10,
        Attendance = 0x20,
        Everything = 0xff,
    };
    Q_DECLARE_FLAGS(Areas, Area)

    ConsoleContext(storage::Connection &connection, http::ServerHost *server, QObject *parent = nullptr);
    // With the pages' reads on the reader's thread also on SQLite, when `readsOnReaderThread`
    // (PostgreSQL reads there always): tests of the reader's thread on SQLite.
    ConsoleContext(storage::Connection &connection, http::ServerHost *server, bool readsOnReaderThread,
                   QObject *parent = nullptr);

    storage::Connection &connection() const { return m_connection; }
    QSqlDatabase database() const;
    // Where the pages read what they show: off the GUI thread when the database is across a
    // network (PostgreSQL), on it for a SQLite file on this PC.
    ConsoleReader &reader() const { return *m_reader; }
    // May be null (tests without a server); check isRunning() before relying on it.
    http::ServerHost *server() const { return m_server; }
    // Why the server is not running, in words; empty while it runs.
    QString serverError() const { return m_serverError; }
    void setServerError(const QString &error);
    // The console's one simulated terminal, which the first-run wizard may have started
    // already: the Dashboard shows, stops and restarts it. Set before the main window is
    // built; null when the console has none to hand over (tests), and the Dashboard then
    // runs its own.
    SimulatorLauncher *simulator() const { return m_simulator; }
    void setSimulator(SimulatorLauncher *simulator) { m_simulator = simulator; }

    // Who acts from this console: the signed-in operator. Every change goes through a service
    // with it, which checks its rights and records it.
    const services::Actor &actor() const { return m_actor; }
    void setActor(const services::Actor &actor);
    static services::Actor defaultActor();
    // Where this console's actors act from: "console on pc-office".
    static QString origin();
    // Whether the actor may do this (services::allows): the pages hide or disable what it may
    // not, the services still refuse it.
    bool allows(services::Permission permission, std::optional<qint64> departmentId = {}) const;
    // Whether the actor's role may do this for some department: for actions whose department is
    // not known yet (the service checks the one concerned).
    bool roleAllows(services::Permission permission) const;
    // Whether the command builder, retry and cancel are of use: terminal or employee commands.
    bool maySendCommands() const;
    // The departments whose employees the actor may see: nullopt for every department. Reads
    // of people (reports, punches, charts) pass it on.
    std::optional<QSet<qint64>> departmentScope() const
    {
        return m_actor.allDepartments ? std::nullopt : std::optional<QSet<qint64>>(m_actor.departments);
    }
    // Recorded as queued_by / changed_by for what the operator does.
    QString operatorName() const { return m_actor.name; }

    // After this process wrote through database(): every page hears of it now.
    void notifyChanged(Areas areas);
    // The pages a change of these tables concerns (a table the console does not know: all).
    static Areas areasOf(const QSet<QString> &tables);

    // Why the console's own connection failed to read or write, in the driver's words; empty
    // while it works. Pages answer a failed read with an empty table, so this is the one
    // place that tells the operator the database is the problem, not the data.
    QString databaseError() const { return m_databaseError; }
    // Reloads every page; the error clears when that reload fails nowhere.
    void retryDatabase();

    // Navigation requests any page may make; the main window carries them out.
    void showPage(PageId page) { Q_EMIT pageRequested(page); }
    void showJob(qint64 jobId) { Q_EMIT jobRequested(jobId); }
    void openCommandBuilder(const CommandDraft &draft = {}) { Q_EMIT commandBuilderRequested(draft); }
    void showUser(const QString &userId) { Q_EMIT userRequested(userId); }
    void showTerminal(const QString &devId) { Q_EMIT terminalRequested(devId); }
    // The accounts changed under the console (a restore): the main window locks it, and whoever
    // signs in again acts with the rights the data now gives them.
    void requestSignIn() { Q_EMIT signInRequested(); }

Q_SIGNALS:
    void terminalsChanged();
    void punchesChanged();
    void usersChanged();
    void jobsChanged();
    void settingsChanged();
    void attendanceChanged();
    void serverStateChanged();
    // Another operator signed in (unlocking as someone else): what the pages allow may change.
    void actorChanged();
    void databaseFailed(const QString &message);
    void databaseRecovered();

    void pageRequested(punchclock::ui::PageId page);
    void jobRequested(qint64 jobId);
    void commandBuilderRequested(const punchclock::ui::CommandDraft &draft);
    void userRequested(const QString &userId);
    void terminalRequested(const QString &devId);
    void signInRequested();

private:
    void checkForOutsideCommits();
    void noticeQueryFailures();
    void noteDatabaseError(const QString &message);
    // The server's engine lost the database (ServerHost::databaseUnreachable): the banner says since when.
    void serverLostDatabase(const QDateTime &sinceUtc);

    storage::Connection &m_connection;
    http::ServerHost *m_server;
    services::Actor m_actor = defaultActor();
    SimulatorLauncher *m_simulator = nullptr;
    QString m_serverError;
    QTimer m_outsideCommits;
    ConsoleReader *m_reader;
    qint64 m_dataVersion = -1;
    quint64 m_failuresSeen = 0;
    bool m_retryWaiting = false; // a retry's reloads are queued on the reader's thread
    QString m_databaseError;
};

} // namespace punchclock::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(punchclock::ui::ConsoleContext::Areas)
