#pragma once

#include "testdatabase.h"

#include "connection.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace punchclock::test {

// For tests of several processes or PCs on one PostgreSQL database (ctest label
// postgres-only): fails the test run with the way to run it when there is no PostgreSQL.
#define PUNCHCLOCK_REQUIRE_POSTGRES()                                                              \
    do {                                                                                           \
        if (!punchclock::test::testsRunOnPostgres())                                               \
            QFAIL("needs PostgreSQL: run it through scripts/with-throwaway-postgres.sh "           \
                  "(ctest label postgres-only)");                                                  \
    } while (false)

// One database of the test cluster and `count` connections to it, as many servers or consoles
// would each have their own.
class SharedDatabase
{
public:
    // False with *error set when the database or a connection cannot be opened.
    bool open(int count, QString *error)
    {
        m_config = testDatabaseConfig(m_dir.filePath(QStringLiteral("site.sqlite")));
        for (int n = 0; n < count; ++n) {
            m_connections.push_back(storage::Connection::open(m_config, error));
            if (!m_connections.back())
                return false;
        }
        return true;
    }

    const storage::DatabaseConfig &config() const { return m_config; }
    storage::Connection &connection(int n) const { return *m_connections.at(size_t(n)); }

private:
    QTemporaryDir m_dir;
    storage::DatabaseConfig m_config;
    std::vector<std::unique_ptr<storage::Connection>> m_connections;
};

} // namespace punchclock::test
