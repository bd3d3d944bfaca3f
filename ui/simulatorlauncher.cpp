#include "simulatorlauncher.h"

#include "listenaddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

namespace punchclock::ui {

namespace {

const QString programName = QStringLiteral("punchclock-sim");
constexpr int stopWaitMs = 3000;
// A poll runs into the simulator's own 10 s request timeout first; this catches the rest.
constexpr std::chrono::seconds answerTimeout(20);
// Its event log lines are short; anything longer without a line end is not one.
constexpr qint64 maxLineBytes = 4096;

// The simulator's event log: "HH:mm:ss.zzz DEV_ID poll answered OK" or "… poll failed: why".
const QLatin1String pollAnswered(" poll answered ");
const QLatin1String pollFailed(" poll failed: ");

} // namespace

SimulatorLauncher::SimulatorLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setReadChannel(QProcess::StandardError);
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(answerTimeout);
    connect(&m_process, &QProcess::errorOccurred, this, &SimulatorLauncher::onError);
    connect(&m_process, &QProcess::finished, this, &SimulatorLauncher::onFinished);
    connect(&m_process, &QProcess::started, this, &SimulatorLauncher::started);
    connect(&m_process, &QProcess::readyReadStandardError, this, &SimulatorLauncher::readEvents);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        const int seconds = (m_answerTimer.interval() + 999) / 1000;
        giveUp(tr("The simulated terminal got no answer from the server at %1 within %n seconds and was stopped.",
                  nullptr, seconds)
                   .arg(m_serverAddress));
    });
}

SimulatorLauncher::~SimulatorLauncher()
{
    // Its owner is going away: nobody is left to tell why it stopped.
    m_giveUpReason.clear();
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

QString SimulatorLauncher::serverAddress(const QHostAddress &listenAddress, quint16 port)
{
    QHostAddress target = listenAddress;
    if (listenAddress.isNull() || listenAddress == QHostAddress(QHostAddress::Any)
        || listenAddress == QHostAddress(QHostAddress::AnyIPv4))
        target = QHostAddress(QHostAddress::LocalHost);
    else if (listenAddress == QHostAddress(QHostAddress::AnyIPv6))
        target = QHostAddress(QHostAddress::LocalHostIPv6);
    return http::ListenAddress::format(target, port);
}

bool SimulatorLauncher::start(const QHostAddress &listenAddress, quint16 port)
{
    if (isRunning())
        return true;
    const QString program = m_executable.isEmpty() ? findExecutable() : m_executable;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        Q_EMIT failed(tr("The simulator program (%1) is not installed next to the console.").arg(programName));
        return false;
    }
    m_stopping = false;
    m_connected = false;
    m_giveUpReason.clear();
    m_lastLine.clear();
    m_serverAddress = serverAddress(listenAddress, port);
    // One punch every five seconds on average, polls every five seconds: lively enough to see
    // the dashboard move, quiet enough not to fill the database.
    m_process.start(program, {QStringLiteral("--server"), m_serverAddress,
                              QStringLiteral("--terminals"), QStringLiteral("1"),
                              QStringLiteral("--dev-id-prefix"), QStringLiteral("DEMO"),
                              QStringLiteral("--punch-rate"), QStringLiteral("12")});
    if (!m_process.waitForStarted())
        return false;
    m_answerTimer.start();
    return true;
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

void SimulatorLauncher::follow(const QHostAddress &listenAddress, quint16 port)
{
    if (!isRunning() || serverAddress(listenAddress, port) == m_serverAddress)
        return;
    stop();
    start(listenAddress, port);
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
    readEvents();
    m_answerTimer.stop();
    const bool expected = m_stopping;
    const QString giveUpReason = std::exchange(m_giveUpReason, QString());
    m_stopping = false;
    m_connected = false;
    if (!giveUpReason.isEmpty()) {
        Q_EMIT failed(giveUpReason);
    } else if (!expected) {
        if (status == QProcess::CrashExit)
            Q_EMIT failed(tr("The simulator crashed."));
        else if (m_lastLine.isEmpty())
            Q_EMIT failed(tr("The simulator ended with exit code %1.").arg(exitCode));
        else
            Q_EMIT failed(tr("The simulator ended with exit code %1: %2").arg(exitCode).arg(m_lastLine));
    }
    Q_EMIT stopped();
}

void SimulatorLauncher::readEvents()
{
    while (m_process.canReadLine()) {
        const QString line = QString::fromLocal8Bit(m_process.readLine(maxLineBytes)).trimmed();
        if (line.isEmpty())
            continue;
        m_lastLine = line;
        if (m_connected || !m_giveUpReason.isEmpty())
            continue;
        if (line.contains(pollAnswered)) {
            m_connected = true;
            m_answerTimer.stop();
            Q_EMIT connected();
        } else if (const qsizetype at = line.indexOf(pollFailed); at >= 0) {
            giveUp(tr("The simulated terminal cannot reach the server at %1 (%2) and was stopped.")
                       .arg(m_serverAddress, line.mid(at + pollFailed.size())));
        }
    }
    if (m_process.bytesAvailable() > maxLineBytes)
        m_process.skip(m_process.bytesAvailable());
}

// Asynchronous: the reason is reported once the process has ended, so that whoever hears
// failed() finds it stopped.
void SimulatorLauncher::giveUp(const QString &reason)
{
    if (m_stopping || !m_giveUpReason.isEmpty() || !isRunning())
        return;
    m_answerTimer.stop();
    m_giveUpReason = reason;
    m_process.terminate();
}

} // namespace punchclock::ui
