#pragma once

#include "databaseoutage.h"
#include "endpointguard.h"
#include "serversettings.h"
#include "siteclock.h"
#include "terminalrequest.h"

#include "connection.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace punchclock::storage {
class JobRepository;
class KeypadLogRepository;
class PunchRepository;
class SettingsRepository;
class TerminalRepository;
struct TerminalContact;
struct TerminalStanding;
class UserRepository;
} // namespace punchclock::storage

namespace punchclock::engine {

class CommandDispatcher;
class ContactRecorder;
class ResultApplier;
class RealtimeIngestor;
class StatusRefresh;
class TransactionBatcher;

// The server's business side. Lives in its own thread with the only writing database
// connection; the HTTP thread hands it complete requests and gets replies back as signals.
class TerminalEngine : public QObject
{
    Q_OBJECT

public:
    explicit TerminalEngine(storage::DatabaseConfig config, QObject *parent = nullptr);
    ~TerminalEngine() override;

    // Must run in the engine's thread: the connection belongs to the thread that opens it.
    bool open(QString *error);
    // Commits every queued write and sends the replies waiting for it.
    void flush();

    const ServerSettings &settings() const { return m_settings; }

public Q_SLOTS:
    void handleRequests(const punchclock::engine::RequestBatch &requests);
    void reloadSettings();

Q_SIGNALS:
    void repliesReady(const punchclock::engine::ReplyBatch &replies);
    void punchesStored(int count);
    void terminalsChanged();
    void usersChanged();
    void jobsChanged();
    // The database stopped answering (PostgreSQL restarted, out of reach): terminals are
    // answered with errors until databaseReachable(), the engine reconnecting by itself.
    void databaseUnreachable(const QDateTime &sinceUtc);
    void databaseReachable();

private:
    using ReplyFn = std::function<void(const TerminalReply &)>;

    void prefetchStandings(const RequestBatch &requests);
    std::optional<storage::TerminalStanding> standingOf(const QString &devId) const;
    void handleRequest(quint64 requestId, const TerminalRequest &request);
    // Answers ERROR for a refusal of the endpoint's rules; false when there is none.
    bool refused(const TerminalRequest &request, EndpointGuard::Refusal refusal, const QString &pinnedAddress,
                 const QDateTime &nowUtc, const ReplyFn &reply);
    // Writes the refused registrations for the console (RegistrationRefusals) when they changed.
    void publishRefusals();
    void sendReplies();
    void handlePoll(const TerminalRequest &request, const storage::TerminalContact &contact,
                    const storage::TerminalStanding &standing, ReplyFn reply);
    void handleCommandResult(const TerminalRequest &request, const storage::TerminalContact &contact,
                             const storage::TerminalStanding &standing, bool known, ReplyFn reply);
    void expireJobs();
    void afterFlush(bool committed);
    // The connection and everything that reads or writes through it.
    void build(std::unique_ptr<storage::Connection> connection);
    void tearDown();
    // After a failure: whether the connection still answers; starts an outage when not.
    bool connectionAnswers();
    void reconnect();

    storage::DatabaseConfig m_config;
    std::unique_ptr<storage::Connection> m_connection;
    std::unique_ptr<storage::TerminalRepository> m_terminals;
    std::unique_ptr<storage::PunchRepository> m_punches;
    std::unique_ptr<storage::UserRepository> m_users;
    std::unique_ptr<storage::KeypadLogRepository> m_keypadLog;
    std::unique_ptr<storage::SettingsRepository> m_settingsRepository;
    std::unique_ptr<storage::JobRepository> m_jobs;
    std::unique_ptr<TransactionBatcher> m_batcher;
    std::unique_ptr<ContactRecorder> m_contacts;
    std::unique_ptr<RealtimeIngestor> m_ingestor;
    std::unique_ptr<ResultApplier> m_resultApplier;
    std::unique_ptr<CommandDispatcher> m_dispatcher;
    std::unique_ptr<StatusRefresh> m_statusRefresh;
    ServerSettings m_settings;
    EndpointGuard m_guard;
    qint64 m_publishedRefusals = 0;
    QString m_checkedNetworksText; // the allowed networks last checked, so that a typo is said once
    SiteClock m_siteClock;
    QTimer m_settingsReload;
    QTimer m_jobExpiry;
    QTimer m_reconnect;
    DatabaseOutage m_outage;
    bool m_terminalsTouched = false;
    bool m_jobsTouched = false;
    ReplyBatch m_outgoing;
    QSet<QString> m_batchTerminals; // whose requests the next flush writes: locked first, in order
    struct PrefetchedStandings; // read ahead for the batch being handled
    std::unique_ptr<PrefetchedStandings> m_prefetched;
};

} // namespace punchclock::engine
