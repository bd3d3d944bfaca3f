#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace punchclock::storage {
class Connection;
}

namespace punchclock::cli {

enum ExitCode {
    Success = 0,
    Failure = 1, // the command ran and failed (database unusable, unknown terminal, …)
    Usage = 2,   // the command line itself is wrong
};

// What every subcommand gets: where the database is, and the two output streams.
class CliContext
{
public:
    explicit CliContext(QString databasePath);

    const QString &databasePath() const { return m_databasePath; }
    // Opens (and migrates) the database; prints the reason and returns null on failure.
    std::unique_ptr<storage::Connection> openDatabase();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    int usageError(const QString &message);
    int failure(const QString &message);

private:
    QString m_databasePath;
    QTextStream m_out;
    QTextStream m_err;
};

bool wantsCommandLine(int argc, char *argv[]);
int run(int argc, char *argv[]);

} // namespace punchclock::cli
