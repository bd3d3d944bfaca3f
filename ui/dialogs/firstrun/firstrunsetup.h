#pragma once

#include "firstrunchoices.h"

#include "actor.h"
#include "databaseconfig.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace punchclock::storage {
class Connection;
}
namespace punchclock::http {
class ServerHost;
}

namespace punchclock::ui {

// Puts the first-run choices into effect: creates the data folder and the database in it (or
// opens the PostgreSQL database chosen instead),
// stores the settings every process reads (listen address, time zone, approval policy) as the
// first-run set-up, creates the first administrator and signs them in, and starts the terminal
// server. The console takes the connection, the server and the administrator over afterwards.
class FirstRunSetup
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunSetup)

public:
    static constexpr char DatabaseFileName[] = "punchclock.sqlite";

    FirstRunSetup();
    ~FirstRunSetup();

    // May be called again after a failure (another folder, another port).
    FirstRunOutcome apply(const FirstRunChoices &choices);

    // The SQLite file when the data is kept in a folder, else empty.
    QString databasePath() const { return m_config.isPostgres() ? QString() : m_config.path; }
    const storage::DatabaseConfig &databaseConfig() const { return m_config; }
    // The first administrator, signed in, once apply() succeeded.
    const std::optional<services::Actor> &administrator() const { return m_administrator; }
    std::unique_ptr<storage::Connection> takeConnection();
    std::unique_ptr<http::ServerHost> takeServer();

private:
    // Creates the account (or finds it from an earlier try on this database) and signs it in;
    // the problem in words otherwise.
    QString signInAdministrator(const FirstRunChoices &choices);

    // Where the database is, for the messages: a folder, or a server's database.
    QString placeName() const;

    storage::DatabaseConfig m_config;
    std::optional<services::Actor> m_administrator;
    std::unique_ptr<storage::Connection> m_connection;
    std::unique_ptr<http::ServerHost> m_server;
};

} // namespace punchclock::ui
