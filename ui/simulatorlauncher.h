#pragma once

#include <QHostAddress>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <chrono>

namespace punchclock::ui {

// Runs one simulated terminal (the punchclock-sim program shipped next to the console) against
// this PC's server, so that a new user sees punches arrive before any hardware is set up. The
// process ends with its owner; everything that goes wrong is reported in words, including a
// terminal that runs but never reaches the server. Its event log (stderr) tells which.
class SimulatorLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorLauncher(QObject *parent = nullptr);
    ~SimulatorLauncher() override;

    // Next to the running program, in the build tree's app/simulator, else on PATH; empty when
    // none of these has it.
    static QString findExecutable();
    // Overrides the search (tests, packagers with their own layout).
    void setExecutable(const QString &path) { m_executable = path; }

    // Starts a terminal that polls the server listening on `listenAddress`:`port` and punches
    // every few seconds. False (and failed() emitted) when the program is missing or would
    // not start. When its first poll goes unanswered, the terminal is stopped and failed() says so.
    bool start(const QHostAddress &listenAddress, quint16 port);
    void stop();
    // The server now listens on `listenAddress`:`port` (Settings restarted it there): a running
    // terminal is restarted against it, as a real one whose server address is changed in its
    // menu. Nothing happens when it is not running or talks to that address already.
    void follow(const QHostAddress &listenAddress, quint16 port);
    bool isRunning() const;
    // The dev_id the simulated terminal reports.
    static QString deviceId();
    // "HOST:PORT" that reaches, from this PC, a server listening on `listenAddress`:`port`:
    // loopback for a server on every interface, else the one address it listens on.
    static QString serverAddress(const QHostAddress &listenAddress, quint16 port);
    // How long the first poll may take before the terminal is given up.
    void setAnswerTimeout(std::chrono::milliseconds timeout) { m_answerTimer.setInterval(timeout); }

Q_SIGNALS:
    void started();
    // The server answered the simulated terminal's first poll.
    void connected();
    // Why the simulator is not running, in a sentence for the user.
    void failed(const QString &reason);
    void stopped();

private:
    void onError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void readEvents();
    void giveUp(const QString &reason);

    QString m_executable;
    QString m_serverAddress;
    QProcess m_process;
    QTimer m_answerTimer;
    QString m_lastLine;       // of its event log, for the reason when it ends unexpectedly
    QString m_giveUpReason;   // set when it is stopped for not reaching the server
    bool m_stopping = false;
    bool m_connected = false;
};

} // namespace punchclock::ui
