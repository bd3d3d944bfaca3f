#include "simulatorlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace punchclock::ui {

namespace {

const QString programName = QStringLiteral("punchclock-sim");
constexpr int stopWaitMs = 3000;

} // namespace

SimulatorLauncher::SimulatorLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its event log on stderr is read only for the last line when it fails; keep it bounded.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setReadChannel(QProcess::StandardError);
    connect(&m_process, &QProcess::errorOccurred, this, &SimulatorLauncher::onError);
    connect(&m_process, &QProcess::finished, this, &SimulatorLauncher::onFinished);
    connect(&m_process, &QProcess::started, this, &SimulatorLauncher::started);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        constexpr qint64 keepBytes = 4096;
        if (m_process.bytesAvailable() > keepBytes)
            m_process.skip(m_process.bytesAvailable() - keepBytes);
    });
}

SimulatorLauncher::~SimulatorLauncher()
{
    stop();
}

QString SimulatorLauncher::findExecutable()
{
    const QDir here(QCoreApplication::applicationDirPath());
    // Installed, both are in /usr/bin; in the build tree the console is build/app/punchclock
    // and the simulator build/app/simulator/punchclock-sim (tests run from build/tests/…).
    const QStringList candidates{here.filePath(programName),
                                 here.filePath(QStringLiteral("simulator/") + programName),
                                 here.filePath(QStringLiteral("../app/simulator/") + programName),
                                 here.filePath(QStringLiteral("../../app/simulator/") + programName)};
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(programName);
}

QString SimulatorLauncher::deviceId()
{
    return QStringLiteral("DEMO0001");
}

bool SimulatorLauncher::start(quint16 port)
{
    if (isRunning())
        return true;
    const QString program = m_executable.isEmpty() ? findExecutable() : m_executable;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        Q_EMIT failed(tr("The simulator program (%1) is not installed next to the console.").arg(programName));
        return false;
    }
    m_stopping = false;
    // One punch every five seconds on average, polls every five seconds: lively enough to see
    // the dashboard move, quiet enough not to fill the database.
    m_process.start(program, {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
                              QStringLiteral("--terminals"), QStringLiteral("1"),
                              QStringLiteral("--dev-id-prefix"), QStringLiteral("DEMO"),
                              QStringLiteral("--punch-rate"), QStringLiteral("12")});
    return m_process.waitForStarted();
}

void SimulatorLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(stopWaitMs)) {
        m_process.kill();
        m_process.waitForFinished(stopWaitMs);
    }
}

bool SimulatorLauncher::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void SimulatorLauncher::onError(QProcess::ProcessError error)
{
    if (m_stopping)
        return;
    switch (error) {
    case QProcess::FailedToStart:
        Q_EMIT failed(tr("The simulator could not be started: %1").arg(m_process.errorString()));
        break;
    case QProcess::Crashed:
        // finished() follows and reports it.
        break;
    default:
        Q_EMIT failed(tr("The simulator stopped working: %1").arg(m_process.errorString()));
        break;
    }
}

void SimulatorLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const bool expected = m_stopping;
    m_stopping = false;
    if (!expected) {
        const QString detail = lastOutputLine();
        if (status == QProcess::CrashExit)
            Q_EMIT failed(tr("The simulator crashed."));
        else if (detail.isEmpty())
            Q_EMIT failed(tr("The simulator ended with exit code %1.").arg(exitCode));
        else
            Q_EMIT failed(tr("The simulator ended with exit code %1: %2").arg(exitCode).arg(detail));
    }
    Q_EMIT stopped();
}

QString SimulatorLauncher::lastOutputLine()
{
    const QStringList lines = QString::fromLocal8Bit(m_process.readAllStandardError())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

} // namespace punchclock::ui
