#pragma once

#include "cliprocess.h"

#include "connection.h"

#include <QTemporaryDir>

#include <memory>

namespace punchclock::test {

// A CLI test's own database in a temporary folder, open here for setting up and checking, and
// the punchclock binary run on it as from a script (standard input ends at once).
class CliDatabase
{
public:
    // False with *error set when the database cannot be made.
    bool open(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = m_dir.errorString();
            return false;
        }
        m_path = m_dir.filePath(QStringLiteral("punchclock.sqlite"));
        m_connection = storage::Connection::open(storage::DatabaseConfig::sqlite(m_path), error);
        return m_connection != nullptr;
    }

    QSqlDatabase database() const { return m_connection->database(); }

    CliRun run(const QString &binary, const QStringList &arguments) const
    {
        return runCli(binary, m_path, arguments, plainEnvironment(), QByteArray());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Connection> m_connection;
};

} // namespace punchclock::test
