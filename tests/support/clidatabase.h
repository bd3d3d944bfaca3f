#pragma once

#include "cliprocess.h"
#include "testdatabase.h"

#include "connection.h"

#include <QTemporaryDir>

#include <memory>

namespace punchclock::test {

// A CLI test's own database in a temporary folder (or PostgreSQL's stand-in for it), open here for setting up and
// checking, and the punchclock binary run on it as from a script (standard input ends at once).
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
        m_connection = storage::Connection::open(testDatabaseConfig(m_path, TestSchema::Current), error);
        return m_connection != nullptr;
    }

    QSqlDatabase database() const { return m_connection->database(); }

    CliRun run(const QString &binary, const QStringList &arguments) const
    {
        return runCli(binary, testDatabaseArgument(m_path, TestSchema::Current), arguments, plainEnvironment(),
                      QByteArray());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Connection> m_connection;
};

} // namespace punchclock::test
