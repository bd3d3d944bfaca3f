#pragma once

#include "databaseconfig.h"

#include <QDateTime>

#include <future>

namespace punchclock::engine {

// The engine's database gone away (PostgreSQL restarted or out of reach): since when, and the
// two log lines an operator looks for, once per outage. A failed commit on a connection that
// still answers is no outage: a full disk or a refused write, answered per request.
class DatabaseOutage
{
public:
    // How often the engine tries to connect again while the database is unreachable.
    static constexpr int RetryIntervalMs = 1000;

    bool active() const { return m_since.isValid(); }
    QDateTime sinceUtc() const { return m_since; }
    // Logs "database unreachable since …" at the first call of an outage.
    void begin(const QString &database);
    // Logs "database reachable again after …".
    void end(const QString &database);
    // Whether a connection attempt made in a thread of its own has just succeeded; starts one
    // when none runs. Over a network that drops packets an attempt takes connect_timeout
    // (10 s), which the engine's thread must not wait out: it answers terminals meanwhile.
    bool probeSucceeded(const storage::DatabaseConfig &config);

private:
    QDateTime m_since;
    std::future<bool> m_probe;
};

} // namespace punchclock::engine
