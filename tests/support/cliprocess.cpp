#include "cliprocess.h"

#include <QProcess>

namespace punchclock::test {

CliRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                  const std::optional<QByteArray> &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    return finishProcess(process, input);
}

CliRun runCli(const QString &binary, const QString &database, const QStringList &arguments,
              const QProcessEnvironment &environment, const std::optional<QByteArray> &input)
{
    return runProcess(binary, QStringList{QStringLiteral("--db"), database} + arguments, environment, input);
}

CliRun finishProcess(QProcess &process, const std::optional<QByteArray> &input)
{
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    CliRun result;
    if (!process.waitForFinished(CliTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment plainEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PUNCHCLOCK_DB", "PUNCHCLOCK_OPERATOR", "PUNCHCLOCK_PASSWORD_FILE"})
        environment.remove(QLatin1String(name));
    return environment;
}

} // namespace punchclock::test
