#pragma once

#include "firstrunchoices.h"

#include <QCoreApplication>

#include <memory>

namespace punchclock::storage {
class Connection;
}
namespace punchclock::http {
class ServerHost;
}

namespace punchclock::ui {

// Puts the first-run choices into effect: creates the data folder and the database in it,
// stores the settings every process reads (listen address, time zone, approval policy) and
// starts the terminal server. The console takes the connection and the server over afterwards.
class FirstRunSetup
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunSetup)

public:
    static constexpr char DatabaseFileName[] = "punchclock.sqlite";

    FirstRunSetup();
    ~FirstRunSetup();

    // May be called again after a failure (another folder, another port).
    FirstRunOutcome apply(const FirstRunChoices &choices);

    QString databasePath() const { return m_databasePath; }
    std::unique_ptr<storage::Connection> takeConnection();
    std::unique_ptr<http::ServerHost> takeServer();

private:
    QString m_databasePath;
    std::unique_ptr<storage::Connection> m_connection;
    std::unique_ptr<http::ServerHost> m_server;
};

} // namespace punchclock::ui
