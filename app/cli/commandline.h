#pragma once

#include "actor.h"
#include "databaseconfig.h"
#include "passwordsource.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

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
    explicit CliContext(storage::DatabaseConfig database = {});
    ~CliContext() { wipe(&m_database.password); }
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    const storage::DatabaseConfig &database() const { return m_database; }
    // The database in messages: the file, or the URL (never a password).
    QString databaseName() const { return m_database.displayName(); }
    // Opens (and migrates) the database; prints the reason and returns null on failure. When a
    // PostgreSQL server asks for a password that ~/.pgpass does not have, it is asked for as the
    // operator's are (passwords()) and kept for this command's further connections only.
    std::unique_ptr<storage::Connection> openDatabase();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    int usageError(const QString &message);
    int failure(const QString &message);

    // --operator NAME (or $PUNCHCLOCK_OPERATOR): the account changes are made as; empty, the
    // login running the command (cliActor()).
    void setOperatorName(const QString &name) { m_operatorName = name; }
    const QString &operatorName() const { return m_operatorName; }
    PasswordSource &passwords() { return m_passwords; }
    // Who makes a change: the operator, signed in at the first change, else cliActor() unless
    // cli.require_operator is on. Nullopt, with the reason said and *exitCode set, when the
    // sign-in or that setting refuses. Reads do not ask: they need no one.
    std::optional<services::Actor> actorForChange(const QSqlDatabase &db, int *exitCode);

private:
    storage::DatabaseConfig m_database;
    QTextStream m_out;
    QTextStream m_err;
    QString m_operatorName;
    PasswordSource m_passwords;
    std::optional<services::Actor> m_actor;
};

bool wantsCommandLine(int argc, char *argv[]);
// Which program runs the command line: punchclock, which opens the console without a command,
// or punchclock-server, which has none.
enum class Program {
    Console,
    Server,
};
int run(int argc, char *argv[], Program program = Program::Console);

} // namespace punchclock::cli
