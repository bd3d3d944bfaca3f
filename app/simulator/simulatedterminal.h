#pragma once

#include "commandexecutor.h"
#include "enrollscreen.h"
#include "realtimequeue.h"
#include "terminalconfig.h"
#include "terminalhttpclient.h"
#include "terminalstate.h"
#include "terminalstatistics.h"

#include "userenrollment.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <optional>

namespace punchclock::simulator {

// One terminal on the wire (protocol.md §4): polls with receive_cmd, executes one command per
// poll and uploads its result in blocks, pushes punches and keypad enrolments in realtime until
// the server answers OK, and restarts on RESET_FK. Everything runs on the event loop of the
// thread that owns it; nothing blocks.
class SimulatedTerminal : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedTerminal(const TerminalConfig &config, QObject *parent = nullptr);
    ~SimulatedTerminal() override;

    void start();
    // Powers the terminal off: a request in flight is dropped; memory and queue are kept.
    void stop();
    bool isRunning() const { return m_running; }
    bool isRestarting() const { return m_restarting; }

    QString deviceId() const { return m_config.deviceId; }
    const TerminalConfig &config() const { return m_config; }
    TerminalState &state() { return m_state; }
    const TerminalState &state() const { return m_state; }
    const TerminalStatistics &statistics() const { return m_statistics; }

    int pendingPunches() const { return m_realtime.punchCount(); }
    int pendingEnrollments() const { return m_realtime.enrollmentCount(); }

    // Polls now instead of at the end of the current interval.
    void pollNow();
    // Queues `count` punches by random users at once (a queue at the entrance); returns how many
    // were created (none without users).
    int queuePunches(int count);
    // One punch by this user, stored in the log memory and queued for realtime delivery; nullopt
    // for an unknown user and, refused at the keypad, for a disabled one.
    std::optional<protocol::LogRecord> punch(const QString &userId);
    // A keypad enrolment: the user is created or updated (credentials by backup_number; an empty
    // name and Privilege::Unknown keep what is stored) and the whole user is pushed with
    // realtime_enroll_data until the server answers OK. false for an id this terminal cannot hold,
    // and while the enrolment menu is locked (ENABLE_ENROLL_FUNC OFF).
    bool enrollUser(const QString &userId, const QString &name, const QList<protocol::Credential> &credentials,
                    protocol::Privilege privilege = protocol::Privilege::Unknown);
    void setPunchesPerMinute(double rate);

Q_SIGNALS:
    void eventOccurred(const QString &text);
    void polled(const QByteArray &responseCode);
    // resultSent is false for commands left unanswered and for abandoned uploads.
    void commandFinished(const QByteArray &commandCode, const QByteArray &returnCode, bool resultSent);
    void punchAcknowledged(const QString &userId, const QDateTime &ioTime);
    void enrollmentAcknowledged(const QString &userId);
    void restarted();

private:
    enum class InFlight {
        None,
        Poll,
        ResultBlock,
        Realtime,
    };

    struct Upload
    {
        QByteArray commandCode;
        QByteArray transId;
        QByteArray returnCode;
        QByteArray body;
        qsizetype offset = 0;
        qsizetype blockSize = 0; // of the block in flight
        int blocksSent = 0;
        int blockNumber = 0; // of the block in flight; 0 = last
    };

    void pump();
    void send(InFlight kind, const OutgoingRequest &request);
    void onReply(const ServerReply &reply);

    void sendPoll();
    void handlePollReply(const ServerReply &reply);
    void runCommand(const ServerReply &reply);
    void schedulePoll(int delayMs);

    void sendBlock();
    void handleBlockReply(const ServerReply &reply);
    void endUpload(const QString &outcome, bool delivered);

    void sendRealtime();
    void handleRealtimeReply(const ServerReply &reply);

    void restart(const QString &reason);
    void finishRestart();
    void schedulePunch();
    void enrollFromScreen(const QString &userId, int backupNumber);

    TerminalConfig m_config;
    TerminalState m_state;
    CommandExecutor m_executor;
    TerminalHttpClient m_client;
    QRandomGenerator m_random;
    TerminalStatistics m_statistics;

    QTimer m_pollTimer;
    QTimer m_retryTimer;
    QTimer m_restartTimer;
    QTimer m_punchTimer;

    bool m_running = false;
    bool m_restarting = false;
    bool m_pollDue = false;
    bool m_lastWasRealtime = false;
    InFlight m_inFlight = InFlight::None;
    QString m_lastPollAnswer;
    std::optional<Upload> m_upload;
    RealtimeQueue m_realtime;
    EnrollScreen m_enrollScreen;
};

} // namespace punchclock::simulator
