#pragma once

#include "actor.h"
#include "connection.h"
#include "consolecontext.h"
#include "serverhost.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace punchclock::test {

// The parts a console test runs against: a temporary SQLite database, optionally the real
// server on 127.0.0.1 port 0, and a ConsoleContext over both. Set-up is in two steps so a
// test can fill the database before the context (and the page built on it) first reads it.
// The context acts as ConsoleContext::defaultActor(), an administrator, as if signed in
// without the dialog; signInAs() makes it act as a real operator account instead.
class ConsoleTestbed
{
public:
    struct Options
    {
        bool startServer = true;
        // Written to the settings table before the server starts (key, value).
        QList<QPair<QString, QString>> settings;
    };

    ConsoleTestbed() = default;
    ~ConsoleTestbed();
    ConsoleTestbed(const ConsoleTestbed &) = delete;
    ConsoleTestbed &operator=(const ConsoleTestbed &) = delete;

    // Opens the database, writes the settings and starts the server. False with *error set
    // when any of that fails.
    bool open(const Options &options, QString *error);
    bool open(QString *error) { return open(Options(), error); }
    // Its pages read where the engine suits (on the GUI thread for SQLite), or on the console's
    // reader thread as on PostgreSQL.
    ui::ConsoleContext &createContext(bool readsOnReaderThread = false);
    // Until every read the pages asked for so far has been shown.
    void waitForReads();

    // Creates an operator account (every department unless `departments` are given) and signs
    // it in with OperatorPassword; the context, once created, acts as it. An invalid actor
    // (operatorId 0) when the account could not be made.
    services::Actor signInAs(const QString &name, services::Role role, const QSet<qint64> &departments = {});
    static inline const QString OperatorPassword = QStringLiteral("punch clock 2026");

    QString folder() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString databasePath() const;
    const storage::DatabaseConfig &config() const { return m_db->config(); }
    storage::Connection &connection() const { return *m_db; }
    QSqlDatabase database() const { return m_db->database(); }
    http::ServerHost *server() const { return m_server.get(); }
    ui::ConsoleContext &context() const { return *m_context; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_db;
    std::unique_ptr<http::ServerHost> m_server;
    std::unique_ptr<ui::ConsoleContext> m_context;
    services::Actor m_actor; // signInAs()'s, for a context created afterwards
};

// A bed without a terminal server, opened for the test function running now with QSettings of
// its own (what one test saves there does not reach the next); null with *error set when it
// cannot be opened.
std::unique_ptr<ConsoleTestbed> openServerlessBed(QString *error);

} // namespace punchclock::test
