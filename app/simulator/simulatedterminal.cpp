#include "simulatedterminal.h"

#include <algorithm>
#include <array>

namespace punchclock::simulator {

using protocol::BsCommFrame;
using protocol::RequestCode;
using protocol::ResponseCode;

namespace {

const QByteArray okCode = protocol::responseCodeName(ResponseCode::Ok);
const QByteArray resetCode = protocol::responseCodeName(ResponseCode::ResetFk);

TerminalModel modelFor(const TerminalConfig &config)
{
    // Callers validate the library (Simulator::validate); anything else runs as an HS101.
    TerminalModel model =
        TerminalModel::forLibrary(config.library).value_or(*TerminalModel::forLibrary(protocol::RecordLibrary::HS101));
    if (config.fpDataVersion > 0)
        model.fpDataVersion = config.fpDataVersion;
    if (config.faceDataVersion > 0)
        model.faceDataVersion = config.faceDataVersion;
    return model;
}

QRandomGenerator punchRandom(const SeedOptions &seed)
{
    // A stream of its own, so that punching does not disturb what seeding produced.
    const std::array<quint32, 3> words{quint32(seed.seed), quint32(seed.seed >> 32),
                                       0x70750000u + quint32(seed.terminalIndex)};
    return QRandomGenerator(words.data(), qsizetype(words.size()));
}

QString replyText(const ServerReply &reply)
{
    return reply.ok() ? QString::fromLatin1(reply.responseCode) : reply.errorText;
}

} // namespace

SimulatedTerminal::SimulatedTerminal(const TerminalConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_state(modelFor(config))
    , m_executor(m_state, config.quirks)
    , m_client(this)
    , m_random(punchRandom(config.seed))
    , m_pollTimer(this)
    , m_retryTimer(this)
    , m_restartTimer(this)
    , m_punchTimer(this)
    , m_enrollScreen(config.enrollScreen, config.enrollDelayMs,
                     [this](const QString &userId, int backupNumber) { enrollFromScreen(userId, backupNumber); })
{
    m_state.setNameLimit(config.quirks.nameLimit);
    if (config.staff.isEmpty())
        m_state.seed(config.seed);
    else
        m_state.seed(config.seed, config.staff);
    m_state.setFkName(config.fkName.isEmpty() ? QString(QStringLiteral("Simulated ") + config.deviceId)
                                              : config.fkName);
    m_state.setServer(config.server);

    m_client.setDeviceId(config.deviceId.toLatin1());
    m_client.setPath(config.path);
    m_client.setTimeout(config.requestTimeoutMs);
    connect(&m_client, &TerminalHttpClient::finished, this, &SimulatedTerminal::onReply);

    for (QTimer *timer : {&m_pollTimer, &m_retryTimer, &m_restartTimer, &m_punchTimer})
        timer->setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        m_pollDue = true;
        pump();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &SimulatedTerminal::pump);
    connect(&m_restartTimer, &QTimer::timeout, this, &SimulatedTerminal::finishRestart);
    connect(&m_punchTimer, &QTimer::timeout, this, [this] {
        const QStringList users = m_state.userIds();
        if (!m_restarting && !users.isEmpty())
            punch(users.at(m_random.bounded(int(users.size()))));
        schedulePunch();
    });
}

SimulatedTerminal::~SimulatedTerminal()
{
    stop();
}

void SimulatedTerminal::start()
{
    if (m_running)
        return;
    m_running = true;
    m_pollDue = false;
    m_pollTimer.start(std::max(m_config.startDelayMs, 0));
    schedulePunch();
    Q_EMIT eventOccurred(QStringLiteral("started (%1, server %2)")
                             .arg(protocol::recordLibraryName(m_state.library()), m_state.server().text()));
}

void SimulatedTerminal::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_restarting = false;
    m_enrollScreen.close(); // powered off in front of someone: nothing captured
    for (QTimer *timer : {&m_pollTimer, &m_retryTimer, &m_restartTimer, &m_punchTimer})
        timer->stop();
    m_client.abort();
    m_inFlight = InFlight::None;
    m_upload.reset();
}

void SimulatedTerminal::pollNow()
{
    m_pollTimer.stop();
    m_pollDue = true;
    pump();
}

void SimulatedTerminal::setPunchesPerMinute(double rate)
{
    m_config.punchesPerMinute = rate;
    m_punchTimer.stop();
    schedulePunch();
}

void SimulatedTerminal::schedulePunch()
{
    if (!m_running || m_config.punchesPerMinute <= 0)
        return;
    // Jitter of ±50 % keeps many terminals from punching in lock-step.
    const double meanMs = 60000.0 / m_config.punchesPerMinute;
    m_punchTimer.start(int(std::clamp(meanMs * (0.5 + m_random.generateDouble()), 1.0, 86400000.0)));
}

int SimulatedTerminal::queuePunches(int count)
{
    const QStringList users = m_state.userIds();
    if (users.isEmpty())
        return 0;
    int created = 0;
    for (int i = 0; i < count; ++i)
        created += punch(users.at(m_random.bounded(int(users.size())))) ? 1 : 0;
    return created;
}

std::optional<protocol::LogRecord> SimulatedTerminal::punch(const QString &userId)
{
    const std::optional<protocol::LogRecord> log = m_state.punch(userId, m_random);
    if (!log) {
        if (const SimulatedUser *user = m_state.user(userId); user && !user->enabled) {
            ++m_statistics.punchesRefused;
            Q_EMIT eventOccurred(QStringLiteral("punch of user %1 refused: disabled").arg(user->userId));
        }
        return std::nullopt;
    }
    ++m_statistics.punchesCreated;
    m_realtime.addPunch(m_state.library(), *log);
    pump();
    return log;
}

bool SimulatedTerminal::enrollUser(const QString &userId, const QString &name,
                                   const QList<protocol::Credential> &credentials, protocol::Privilege privilege)
{
    const QString id = m_state.canonicalUserId(userId);
    if (id.isEmpty())
        return false;
    if (m_state.enrollMenuLocked()) {
        ++m_statistics.enrollmentsRefused;
        Q_EMIT eventOccurred(QStringLiteral("keypad enrolment of user %1 refused: the enrolment menu is locked").arg(id));
        return false;
    }
    const QList<SimulatedUser> before = m_state.users();
    SimulatedUser user;
    if (const SimulatedUser *existing = m_state.user(id))
        user = *existing;
    user.userId = id;
    if (!name.isEmpty())
        user.name = name;
    if (privilege != protocol::Privilege::Unknown)
        user.privilege = privilege;
    for (const protocol::Credential &credential : credentials)
        user.credentials.insert(credential.backupNumber, credential.data);
    m_state.putUser(user);
    m_state.adminLog().recordUserChanges(before, m_state.users(), AdminLog::keypadManager(before), m_state.now());

    const SimulatedUser &stored = *m_state.user(id);
    m_realtime.addEnrollment(stored);
    Q_EMIT eventOccurred(
        QStringLiteral("keypad enrolment of user %1 (%2 credentials)").arg(id).arg(stored.credentials.size()));
    pump();
    return true;
}

// The person at the enrollment screen presented the finger or face: stored and pushed like a
// keypad enrolment. A screen the locked menu would refuse was opened by the server, so it counts.
void SimulatedTerminal::enrollFromScreen(const QString &userId, int backupNumber)
{
    const bool locked = m_state.enrollMenuLocked();
    m_state.setEnrollMenuLocked(false);
    enrollUser(userId, {}, {{backupNumber, m_state.captureCredential(backupNumber, m_random)}});
    m_state.setEnrollMenuLocked(locked);
}

void SimulatedTerminal::pump()
{
    if (!m_running || m_restarting || m_inFlight != InFlight::None)
        return;
    if (m_upload) {
        sendBlock();
        return;
    }
    const bool realtimeReady = !m_realtime.isEmpty() && !m_retryTimer.isActive();
    // Polls and a realtime backlog take turns, so neither starves the other.
    if (m_pollDue && (!realtimeReady || m_lastWasRealtime))
        sendPoll();
    else if (realtimeReady)
        sendRealtime();
}

void SimulatedTerminal::send(InFlight kind, const OutgoingRequest &request)
{
    m_inFlight = kind;
    const ServerAddress server = m_state.server();
    m_client.send(server.host, server.port, request);
}

void SimulatedTerminal::onReply(const ServerReply &reply)
{
    switch (std::exchange(m_inFlight, InFlight::None)) {
    case InFlight::Poll: handlePollReply(reply); break;
    case InFlight::ResultBlock: handleBlockReply(reply); break;
    case InFlight::Realtime: handleRealtimeReply(reply); break;
    case InFlight::None: break;
    }
    pump();
}

void SimulatedTerminal::sendPoll()
{
    m_pollDue = false;
    m_lastWasRealtime = false;
    m_pollTimer.stop();
    send(InFlight::Poll, {protocol::requestCodeName(RequestCode::ReceiveCmd),
                          TransIdAction::ReceiveCommand,
                          {},
                          0,
                          m_state.pollInfo().encode()});
}

void SimulatedTerminal::schedulePoll(int delayMs)
{
    m_pollTimer.start(std::max(delayMs, 0));
}

void SimulatedTerminal::handlePollReply(const ServerReply &reply)
{
    ++m_statistics.polls;
    if (!reply.ok())
        ++m_statistics.pollFailures;
    else
        Q_EMIT polled(reply.responseCode);
    // Only changes are worth a line: an idle terminal polls every few seconds.
    const QString answer = reply.ok() ? QStringLiteral("poll answered %1").arg(replyText(reply))
                                      : QStringLiteral("poll failed: %1").arg(replyText(reply));
    if (answer != m_lastPollAnswer)
        Q_EMIT eventOccurred(answer);
    m_lastPollAnswer = answer;

    if (reply.ok() && reply.responseCode == resetCode) {
        restart(QStringLiteral("response_code RESET_FK"));
        return;
    }
    if (reply.ok() && reply.responseCode == okCode && !reply.commandCode.isEmpty()) {
        runCommand(reply);
        return;
    }
    // ERROR_NO_CMD, OK without a command, ERROR (blocked), network failures: ask again later.
    schedulePoll(m_config.pollIntervalMs);
}

void SimulatedTerminal::runCommand(const ServerReply &reply)
{
    const QByteArray code = reply.commandCode;
    ++m_statistics.commandsByCode[QString::fromLatin1(code)];
    const QString name =
        QStringLiteral("command %1 (trans %2)").arg(QString::fromLatin1(code), QString::fromLatin1(reply.transId));
    Q_EMIT eventOccurred(name + QStringLiteral(" received"));
    // A body that does not frame leaves the command without parameters; the firmware then
    // answers as it does to missing ones.
    const auto decoded = BsCommFrame::decode(reply.body);
    const CommandOutcome outcome = m_executor.execute(code, decoded.ok() ? decoded.frame : BsCommFrame());
    if (const auto screen = m_state.takeEnrollScreenRequest()) {
        Q_EMIT eventOccurred(QStringLiteral("enrollment screen for user %1, backup number %2")
                                 .arg(screen->first)
                                 .arg(screen->second));
        m_enrollScreen.open(screen->first, screen->second);
    }
    switch (outcome.kind) {
    case CommandOutcome::Kind::Restart:
        Q_EMIT commandFinished(code, {}, false);
        restart(name);
        return;
    case CommandOutcome::Kind::NoResult:
        Q_EMIT eventOccurred(name + QStringLiteral(": left unanswered, as the firmware does"));
        Q_EMIT commandFinished(code, {}, false);
        m_pollDue = true; // terminals re-poll at once after a command
        return;
    case CommandOutcome::Kind::Result: break;
    }
    Upload upload;
    upload.commandCode = code;
    upload.transId = reply.transId;
    upload.returnCode = outcome.returnCode;
    upload.body = outcome.result.encode(BsCommFrame::TextTail::NewlineAndNul);
    m_upload = std::move(upload);
}

void SimulatedTerminal::sendBlock()
{
    Upload &upload = *m_upload;
    const qsizetype blockSize = std::max(m_config.blockSize, 1);
    OutgoingRequest request{
        protocol::requestCodeName(RequestCode::SendCmdResult), upload.transId, upload.returnCode, 0, {}};
    if (upload.body.size() <= blockSize) {
        request.body = upload.body;
    } else {
        // Raw slices of the whole framed body, numbered 1, 2, … with the last one 0 (§3).
        request.body = upload.body.mid(upload.offset, blockSize);
        const bool last = upload.offset + request.body.size() >= upload.body.size();
        request.blockNumber = last ? 0 : upload.blocksSent + 1;
    }
    upload.blockSize = request.body.size();
    upload.blockNumber = request.blockNumber;
    send(InFlight::ResultBlock, request);
}

void SimulatedTerminal::handleBlockReply(const ServerReply &reply)
{
    if (!m_upload)
        return;
    Upload &upload = *m_upload;
    ++m_statistics.resultBlocksSent;
    ++upload.blocksSent;
    if (reply.ok() && reply.responseCode == resetCode) {
        // The vendor server asks for the restart here and drops the result (§4.3).
        endUpload(QStringLiteral("dropped, server asked for a restart"), false);
        restart(QStringLiteral("RESET_FK in reply to send_cmd_result"));
        return;
    }
    if (!reply.isOk()) {
        // What firmware does with a refused block is unknown (§15.1); giving up is the assumption.
        ++m_statistics.uploadsAbandoned;
        endUpload(QStringLiteral("abandoned at block %1: %2").arg(upload.blocksSent).arg(replyText(reply)), false);
        if (reply.ok())
            m_pollDue = true;
        else
            schedulePoll(m_config.pollIntervalMs);
        return;
    }
    upload.offset += upload.blockSize;
    if (upload.blockNumber != 0)
        return; // pump() sends the next block
    ++m_statistics.resultsSent;
    const QString blocks = upload.blocksSent > 1 ? QStringLiteral(" in %1 blocks").arg(upload.blocksSent) : QString();
    endUpload(QStringLiteral("answered %1, %2 bytes%3")
                  .arg(QString::fromLatin1(upload.returnCode))
                  .arg(upload.body.size())
                  .arg(blocks),
              true);
    m_pollDue = true;
}

void SimulatedTerminal::endUpload(const QString &outcome, bool delivered)
{
    const Upload upload = *std::exchange(m_upload, std::nullopt);
    Q_EMIT eventOccurred(
        QStringLiteral("command %1 (trans %2) %3")
            .arg(QString::fromLatin1(upload.commandCode), QString::fromLatin1(upload.transId), outcome));
    Q_EMIT commandFinished(upload.commandCode, upload.returnCode, delivered);
}

void SimulatedTerminal::sendRealtime()
{
    m_lastWasRealtime = true;
    ++(m_realtime.head().kind == RealtimeQueue::Item::Kind::Punch ? m_statistics.punchesSent
                                                                  : m_statistics.enrollmentsSent);
    send(InFlight::Realtime, m_realtime.nextRequest());
}

void SimulatedTerminal::handleRealtimeReply(const ServerReply &reply)
{
    if (m_realtime.isEmpty())
        return;
    if (reply.isOk()) {
        const RealtimeQueue::Item item = m_realtime.acknowledge();
        const QString retries = item.attempts > 1 ? QStringLiteral(" after %1 attempts").arg(item.attempts) : QString();
        Q_EMIT eventOccurred(item.description() + QStringLiteral(" acknowledged") + retries);
        if (item.kind == RealtimeQueue::Item::Kind::Punch) {
            ++m_statistics.punchesAcknowledged;
            Q_EMIT punchAcknowledged(item.userId, item.ioTime);
        } else {
            ++m_statistics.enrollmentsAcknowledged;
            Q_EMIT enrollmentAcknowledged(item.userId);
        }
        return;
    }
    const RealtimeQueue::Item &item = m_realtime.head();
    if (item.kind == RealtimeQueue::Item::Kind::Punch)
        ++m_statistics.punchesRetried;
    if (item.attempts == 1)
        Q_EMIT eventOccurred(item.description() +
                             QStringLiteral(" not acknowledged (%1); kept queued").arg(replyText(reply)));
    m_retryTimer.start(m_realtime.backOff(m_config.retryDelayMs, m_config.maxRetryDelayMs));
}

void SimulatedTerminal::restart(const QString &reason)
{
    ++m_statistics.restarts;
    m_restarting = true;
    m_upload.reset();
    m_enrollScreen.close();
    m_pollTimer.stop();
    m_retryTimer.stop();
    Q_EMIT eventOccurred(QStringLiteral("restarting (%1)").arg(reason));
    m_restartTimer.start(std::max(m_config.restartDelayMs, 0));
}

void SimulatedTerminal::finishRestart()
{
    m_restarting = false;
    // "Ignores all previous commands" (spec); memory, clock and the realtime queue survive.
    if (m_state.applyPendingServer())
        Q_EMIT eventOccurred(QStringLiteral("restarted; server is now %1").arg(m_state.server().text()));
    else
        Q_EMIT eventOccurred(QStringLiteral("restarted"));
    Q_EMIT restarted();
    m_pollDue = true;
    pump();
}

} // namespace punchclock::simulator
