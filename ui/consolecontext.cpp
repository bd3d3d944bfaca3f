#include "consolecontext.h"

#include "consolereader.h"
#include "servertexts.h"

#include "connection.h"
#include "serverhost.h"
#include "sqlsupport.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QSysInfo>

namespace punchclock::ui {

namespace {

// How soon a change made by another process (the CLI) shows in the console.
constexpr int outsideCommitCheckMs = 2000;

} // namespace

ConsoleContext::ConsoleContext(storage::Connection &connection, http::ServerHost *server, QObject *parent)
    : ConsoleContext(connection, server, false, parent)
{
}

ConsoleContext::ConsoleContext(storage::Connection &connection, http::ServerHost *server, bool readsOnReaderThread,
                               QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_server(server)
    , m_reader(new ConsoleReader(
          connection, readsOnReaderThread ? ConsoleReader::Mode::OnReaderThread : ConsoleReader::modeFor(connection),
          this))
{
    connect(m_reader, &ConsoleReader::readFailed, this, &ConsoleContext::noteDatabaseError);
    if (m_server) {
        connect(m_server, &http::ServerHost::punchesStored, this, [this] { notifyChanged(Punches); });
        connect(m_server, &http::ServerHost::terminalsChanged, this, [this] { notifyChanged(Terminals); });
        connect(m_server, &http::ServerHost::usersChanged, this, [this] { notifyChanged(Users); });
        connect(m_server, &http::ServerHost::jobsChanged, this, [this] { notifyChanged(Jobs); });
        connect(m_server, &http::ServerHost::databaseUnreachable, this, &ConsoleContext::serverLostDatabase);
        connect(m_server, &http::ServerHost::databaseReachable, this, &ConsoleContext::retryDatabase);
    }
    if (m_connection.config().isPostgres()) {
        // The reader's connection listens, and listens again after it reconnects: nothing of it
        // waits on the GUI thread.
        connect(m_reader, &ConsoleReader::tablesChanged, this,
                [this](const QSet<QString> &tables) { notifyChanged(areasOf(tables)); });
        m_reader->listenForChanges();
    }
    m_outsideCommits.setInterval(outsideCommitCheckMs);
    connect(&m_outsideCommits, &QTimer::timeout, this, &ConsoleContext::checkForOutsideCommits);
    m_outsideCommits.start();
    checkForOutsideCommits(); // the starting point: a commit before the first tick counts too
}

QSqlDatabase ConsoleContext::database() const
{
    return m_connection.database();
}

void ConsoleContext::setServerError(const QString &error)
{
    m_serverError = ServerTexts::serverError(error);
    Q_EMIT serverStateChanged();
}

void ConsoleContext::setActor(const services::Actor &actor)
{
    m_actor = actor;
    Q_EMIT actorChanged();
}

QString ConsoleContext::origin()
{
    return QStringLiteral("console on %1").arg(QSysInfo::machineHostName());
}

bool ConsoleContext::allows(services::Permission permission, std::optional<qint64> departmentId) const
{
    return services::allows(m_actor, permission, departmentId);
}

bool ConsoleContext::roleAllows(services::Permission permission) const
{
    return services::roleAllows(m_actor.role, permission);
}

bool ConsoleContext::maySendCommands() const
{
    return roleAllows(services::Permission::ManageTerminals) || roleAllows(services::Permission::ManageUsers);
}

// Before anyone signs in (tests, the first run), the console acts as the login that runs it, as
// the CLI does: whoever can open the database file can do anything with it.
services::Actor ConsoleContext::defaultActor()
{
    const QString login = qEnvironmentVariable("USER");
    services::Actor actor;
    actor.kind = services::ActorKind::Operator;
    actor.name = login.isEmpty() ? QStringLiteral("console") : QStringLiteral("console:") + login;
    actor.origin = origin();
    return actor;
}

void ConsoleContext::notifyChanged(Areas areas)
{
    if (areas.testFlag(Terminals))
        Q_EMIT terminalsChanged();
    if (areas.testFlag(Punches))
        Q_EMIT punchesChanged();
    if (areas.testFlag(Users))
        Q_EMIT usersChanged();
    if (areas.testFlag(Jobs))
        Q_EMIT jobsChanged();
    if (areas.testFlag(Settings))
        Q_EMIT settingsChanged();
    if (areas.testFlag(Attendance))
        Q_EMIT attendanceChanged();
    noticeQueryFailures(); // the pages have reloaded: did any of their reads fail?
}

void ConsoleContext::retryDatabase()
{
    // Every tick retries while the database fails; one retry at a time waits on the reader.
    if (m_retryWaiting)
        return;
    // A PostgreSQL server that went away (restarted, out of reach) left the reader's connection
    // closed: it opens it again, and listens again, before reading.
    if (!m_databaseError.isEmpty())
        m_reader->checkConnection();
    const quint64 before = m_failuresSeen;
    const quint64 readerFailuresBefore = m_reader->failedReads();
    notifyChanged(Everything);
    m_retryWaiting = true;
    // The reloads just asked for may run on the reader's thread: the error clears once they are
    // all shown, if none failed there or here.
    m_reader->afterQueuedReads([this, before, readerFailuresBefore] {
        m_retryWaiting = false;
        const bool anyFailed = m_reader->failedReads() != readerFailuresBefore;
        // The server's outage ends when the server says so, however well the console reads.
        const bool serverOutage = m_server && m_server->databaseUnreachableSince().isValid();
        if (!anyFailed && m_failuresSeen == before && !m_databaseError.isEmpty() && !serverOutage) {
            m_databaseError.clear();
            Q_EMIT databaseRecovered();
        }
    });
}

void ConsoleContext::serverLostDatabase(const QDateTime &sinceUtc)
{
    m_databaseError = tr("Database unreachable since %1: terminals are answered with errors and send "
                         "their punches again; the server reconnects by itself.")
                          .arg(QLocale().toString(sinceUtc.toLocalTime().time(), QLocale::ShortFormat));
    Q_EMIT databaseFailed(m_databaseError);
}

void ConsoleContext::noticeQueryFailures()
{
    const storage::QueryFailure failure = storage::lastQueryFailureOnThisThread();
    if (failure.serial == m_failuresSeen)
        return;
    m_failuresSeen = failure.serial;
    noteDatabaseError(failure.message);
}

void ConsoleContext::noteDatabaseError(const QString &message)
{
    // While the server reports the database unreachable, its words (since when, what terminals
    // see) say more than a read's.
    if (m_server && m_server->databaseUnreachableSince().isValid() && !m_databaseError.isEmpty())
        return;
    m_databaseError = message;
    Q_EMIT databaseFailed(message);
}

ConsoleContext::Areas ConsoleContext::areasOf(const QSet<QString> &tables)
{
    static const QHash<QString, Areas> areaOfTable{
        {QStringLiteral("terminals"), Terminals},
        {QStringLiteral("keypad_log"), Terminals},
        {QStringLiteral("punches"), Punches | Attendance},
        {QStringLiteral("punch_photos"), Punches},
        {QStringLiteral("punch_corrections"), Punches | Attendance},
        {QStringLiteral("users"), Users | Attendance},
        {QStringLiteral("departments"), Users | Attendance},
        {QStringLiteral("user_status_changes"), Users | Attendance},
        {QStringLiteral("credentials"), Users},
        {QStringLiteral("credential_history"), Users},
        {QStringLiteral("terminal_users"), Users},
        {QStringLiteral("terminal_credentials"), Users},
        {QStringLiteral("enrollment_requests"), Users},
        {QStringLiteral("jobs"), Jobs},
        {QStringLiteral("job_events"), Jobs},
        {QStringLiteral("operations"), Jobs},
        {QStringLiteral("settings"), Settings},
        {QStringLiteral("operators"), Settings},
        {QStringLiteral("operator_departments"), Settings},
        // Written with every change, together with the change's own tables.
        {QStringLiteral("audit_log"), {}},
    };
    Areas areas;
    for (const QString &table : tables) {
        // The rules of attendance: shifts, schedules (personal, department, site), holidays,
        // leave, closed periods.
        const auto known = areaOfTable.constFind(table);
        areas |= known != areaOfTable.cend() ? *known
            : table.contains(QLatin1String("schedule")) || table.startsWith(QLatin1String("shift")) ||
                table == QLatin1String("holidays") || table == QLatin1String("leave_days") ||
                table == QLatin1String("closed_periods")
            ? Areas(Attendance)
            : Areas(Everything);
    }
    return areas;
}

// SQLite's data_version changes when another connection (the server's engine thread, the CLI)
// has committed since we last looked; it is one cheap pragma. Which tables changed it does not
// say, so every page refreshes. PostgreSQL's change notices say which, and as they come; a
// connection that cannot listen refreshes everything at every tick instead.
// While the database is failing, every tick retries, so the pages fill again by themselves once
// it can be read (a network back, a disk back, a lock released).
void ConsoleContext::checkForOutsideCommits()
{
    noticeQueryFailures(); // reads made outside a refresh since the last tick: a dialog, a timer
    if (m_connection.config().isPostgres()) {
        if (!m_databaseError.isEmpty() || !m_reader->hearsChanges())
            retryDatabase();
        return;
    }
    QSqlQuery query(database());
    if (!storage::exec(query, QStringLiteral("PRAGMA data_version")) || !query.next()) {
        noticeQueryFailures();
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    // Ends the statement's read transaction: the pages' reloads must see the newest commits.
    query.finish();
    const bool changed = m_dataVersion != -1 && version != m_dataVersion;
    m_dataVersion = version;
    if (!m_databaseError.isEmpty())
        retryDatabase();
    else if (changed)
        notifyChanged(Everything);
}

} // namespace punchclock::ui
