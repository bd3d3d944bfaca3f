#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

class QProcess;

namespace punchclock::test {

// Long enough for a loaded CI machine under the sanitizers: a command that takes longer is hung.
constexpr auto CliTimeoutMs = 60000;

// What a command left when it ended.
struct CliRun
{
    int exitCode = -1; // -1: it crashed, or it was killed when the timeout ran out (no output then)
    QByteArray out;
    QByteArray err;
};

// Standard input is always a pipe, never a terminal. Without `input` it stays open and nothing
// comes on it, so a command that reads it waits; with `input` those bytes come and then its end,
// as from a script's pipe.

// `program arguments…` in `environment`, waited for up to CliTimeoutMs.
CliRun runProcess(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  const std::optional<QByteArray> &input = std::nullopt);

// `binary --db database arguments…`: the punchclock binary on a test's own database.
CliRun runCli(const QString &binary, const QString &database, const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              const std::optional<QByteArray> &input = std::nullopt);

// Feeds and waits for a process the caller started itself, such as script(1) lending a command
// a pseudo-terminal.
CliRun finishProcess(QProcess &process, const std::optional<QByteArray> &input = std::nullopt);

// This process's environment without PUNCHCLOCK_DB, PUNCHCLOCK_OPERATOR and
// PUNCHCLOCK_PASSWORD_FILE: whatever the developer's shell sets, the command uses the database it
// is given and, without an operator of the caller's, acts as the login running it.
QProcessEnvironment plainEnvironment();

} // namespace punchclock::test
