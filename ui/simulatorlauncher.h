#pragma once

#include <QObject>
#include <QProcess>

namespace punchclock::ui {

// Runs one simulated terminal (the punchclock-sim program shipped next to the console) against
// this PC's server, so that a new user sees punches arrive before any hardware is set up. The
// process ends with its owner; everything that goes wrong is reported in words.
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

    // Starts a terminal that polls 127.0.0.1:`port` and punches every few seconds. False (and
    // failed() emitted) when the program is missing or would not start.
    bool start(quint16 port);
    void stop();
    bool isRunning() const;
    // The dev_id the simulated terminal reports.
    static QString deviceId();

Q_SIGNALS:
    void started();
    // Why the simulator is not running, in a sentence for the user.
    void failed(const QString &reason);
    void stopped();

private:
    void onError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    QString lastOutputLine();

    QString m_executable;
    QProcess m_process;
    bool m_stopping = false;
};

} // namespace punchclock::ui
