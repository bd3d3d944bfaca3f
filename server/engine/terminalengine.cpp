#include "terminalengine.h"

#include "commanddispatcher.h"
#include "contactrecorder.h"
#include "resultapplier.h"
#include "realtimeingestor.h"
#include "transactionbatcher.h"

#include "auditrepository.h"
#include "statusrefresh.h"
#include "bscommframe.h"
#include "jobrepository.h"
#include "keypadlogrepository.h"
#include "pollinfo.h"
#include "punchrepository.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "walcheckpointer.h"
#include "walltime.h"
#include "writetransaction.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcEngine, "punchclock.engine", QtInfoMsg)

namespace punchclock::engine {

using protocol::RequestCode;
using protocol::ResponseCode;
using storage::Approval;

namespace {

constexpr int settingsReloadMs = 2000;
constexpr int jobExpiryMs = 5000;

// A terminal that talks from another address goes into the audit trail as the terminal's own
// doing: a copied dev_id shows there next to who approved or pinned the real one.
void recordMove(const QSqlDatabase &db, const QString &devId, const QString &from, const QString &to)
{
    storage::WriteTransaction transaction(db);
    storage::AuditEntry entry;
    entry.actorKind = QStringLiteral("terminal");
    entry.actor = devId;
    entry.origin = to;
    entry.action = QStringLiteral("terminal.address_change");
    entry.objectKind = QStringLiteral("terminal");
    entry.objectId = devId;
    entry.oldValue = {{QStringLiteral("address"), from}};
    entry.newValue = {{QStringLiteral("address"), to}};
    if (!transaction.isActive() || !storage::AuditRepository(db).append(&entry) || !transaction.commit())
        qCWarning(lcEngine) << "the move of terminal" << devId << "could not be recorded in the audit trail";
}

QString refusalText(EndpointGuard::Refusal refusal, const TerminalRequest &request, const QString &pinnedAddress)
{
    switch (refusal) {
    case EndpointGuard::Refusal::OutsideAllowedNetworks:
        return QStringLiteral("refused terminal %1 from %2: outside terminals.allowed_networks")
            .arg(request.devId, request.remoteAddress);
    case EndpointGuard::Refusal::TooManyPending:
        return QStringLiteral("refused new terminal %1 from %2: too many terminals wait for approval "
                              "(terminals.max_pending_per_address, terminals.max_pending)")
            .arg(request.devId, request.remoteAddress);
    case EndpointGuard::Refusal::TooManyNew:
        return QStringLiteral("refused new terminal %1 from %2: too many new terminals approved automatically "
                              "within the hour (terminals.max_pending_per_address, terminals.max_pending)")
            .arg(request.devId, request.remoteAddress);
    case EndpointGuard::Refusal::NotPinnedAddress:
        return QStringLiteral("refused terminal %1 from %2: it is pinned to %3")
            .arg(request.devId, request.remoteAddress, pinnedAddress);
    case EndpointGuard::Refusal::None:
        break;
    }
    return {};
}

} // namespace

TerminalEngine::TerminalEngine(storage::DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_settingsReload(this)
    , m_jobExpiry(this)
    , m_reconnect(this)
{
    m_reconnect.setInterval(DatabaseOutage::RetryIntervalMs);
    connect(&m_reconnect, &QTimer::timeout, this, &TerminalEngine::reconnect);
    m_jobExpiry.setInterval(jobExpiryMs);
    connect(&m_jobExpiry, &QTimer::timeout, this, &TerminalEngine::expireJobs);
    // Settings changed by another process (CLI, console) take effect within seconds.
    m_settingsReload.setInterval(settingsReloadMs);
    connect(&m_settingsReload, &QTimer::timeout, this, &TerminalEngine::reloadSettings);
}

TerminalEngine::~TerminalEngine()
{
    if (m_batcher) {
        publishRefusals();
        m_batcher->flush();
    }
}

bool TerminalEngine::open(QString *error)
{
    std::unique_ptr<storage::Connection> connection = storage::Connection::open(m_config, error);
    if (!connection)
        return false;
    build(std::move(connection));
    reloadSettings();
    m_settingsReload.start();
    m_jobExpiry.start();
    return true;
}

void TerminalEngine::build(std::unique_ptr<storage::Connection> connection)
{
    m_connection = std::move(connection);
    const QSqlDatabase db = m_connection->database();
    if (db.driverName() == QLatin1String("QSQLITE")) {
        // The server host runs a WalCheckpointer; checkpoints inside our commits would delay replies.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1")
                               .arg(storage::WalCheckpointer::WriterAutoCheckpointPages));
        // A pull of 200,000 logs touches tens of MB of table and index pages in one transaction;
        // with SQLite's default 2 MB cache they would be spilled to the WAL and read back.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    m_terminals = std::make_unique<storage::TerminalRepository>(db);
    m_punches = std::make_unique<storage::PunchRepository>(db);
    m_users = std::make_unique<storage::UserRepository>(db);
    m_keypadLog = std::make_unique<storage::KeypadLogRepository>(db);
    m_settingsRepository = std::make_unique<storage::SettingsRepository>(db);
    m_batcher = std::make_unique<TransactionBatcher>(db);
    m_contacts = std::make_unique<ContactRecorder>(*m_terminals);
    m_ingestor = std::make_unique<RealtimeIngestor>(*m_batcher, *m_contacts, *m_punches, *m_users, *m_terminals);
    m_jobs = std::make_unique<storage::JobRepository>(db);
    m_resultApplier = std::make_unique<ResultApplier>(*m_punches, *m_users, *m_terminals, *m_keypadLog);
    m_dispatcher = std::make_unique<CommandDispatcher>(*m_jobs, *m_users, *m_terminals, *m_resultApplier, m_siteClock);
    m_statusRefresh = std::make_unique<StatusRefresh>(*m_jobs, *m_terminals);
    connect(m_batcher.get(), &TransactionBatcher::flushed, this, &TerminalEngine::afterFlush);
    m_batcher->setFirstInTransaction([this](QSqlDatabase &) {
        return m_terminals->lockInOrder(QStringList(m_batchTerminals.cbegin(), m_batchTerminals.cend()));
    });
    // The contacts written by the rolled-back attempt are gone with it.
    connect(m_batcher.get(), &TransactionBatcher::retryingWithSavepoints, this,
            [this] { m_contacts->startNewTransaction(); });
}

void TerminalEngine::tearDown()
{
    m_statusRefresh.reset();
    m_dispatcher.reset();
    m_resultApplier.reset();
    m_jobs.reset();
    m_ingestor.reset();
    m_contacts.reset();
    m_batcher.reset();
    m_settingsRepository.reset();
    m_keypadLog.reset();
    m_users.reset();
    m_punches.reset();
    m_terminals.reset();
    m_connection.reset();
}

bool TerminalEngine::connectionAnswers()
{
    if (m_outage.active())
        return false;
    if (m_connection->answers())
        return true;
    m_outage.begin(m_config.displayName());
    m_reconnect.start();
    Q_EMIT databaseUnreachable(m_outage.sinceUtc());
    return false;
}

// Prepared statements die with the old session, so everything that holds one is built anew
// on the new connection; what the dispatcher remembers of unstored results carries over.
void TerminalEngine::reconnect()
{
    if (!m_outage.probeSucceeded(m_config))
        return;
    QString error;
    std::unique_ptr<storage::Connection> connection = storage::Connection::open(m_config, &error);
    if (!connection)
        return; // unreachable again: logged once, when the outage began
    m_reconnect.stop();
    m_batcher->flush(); // what is still queued fails: answered with errors, sent again
    const QSet<qint64> unstoredResults = m_dispatcher->unstoredResults();
    tearDown();
    build(std::move(connection));
    for (const qint64 jobId : unstoredResults)
        m_dispatcher->resultNotStored(jobId);
    m_outage.end(m_config.displayName());
    Q_EMIT databaseReachable();
    reloadSettings();
}

void TerminalEngine::flush()
{
    if (m_batcher)
        m_batcher->flush();
    sendReplies();
}

void TerminalEngine::handleRequests(const RequestBatch &requests)
{
    prefetchStandings(requests);
    for (const auto &[requestId, request] : requests)
        handleRequest(requestId, request);
    m_prefetched.reset();
    // Refusals are answered at once; stored requests when their batch is committed.
    sendReplies();
}

struct TerminalEngine::PrefetchedStandings
{
    QSet<QString> asked;
    QHash<QString, storage::TerminalStanding> found; // those registered
};

// One read for the terminals the batch comes from instead of one per request: on PostgreSQL
// each read is a round trip. Only terminals the guard knows are read ahead, so that made-up
// dev_ids still cost nothing before the guard's first rule; the others are read one by one.
// Nothing written in the batch is committed before the last request was handled, so what is
// read ahead is what a read per request would have seen.
void TerminalEngine::prefetchStandings(const RequestBatch &requests)
{
    if (!m_batcher || m_outage.active() || requests.size() < 2)
        return;
    QSet<QString> known;
    for (const auto &entry : requests) {
        if (m_guard.isKnown(entry.second.devId))
            known.insert(entry.second.devId);
    }
    if (known.size() < 2)
        return;
    if (std::optional<QHash<QString, storage::TerminalStanding>> found =
            m_terminals->standings(QStringList(known.cbegin(), known.cend())))
        m_prefetched.reset(new PrefetchedStandings{std::move(known), std::move(*found)});
}

std::optional<storage::TerminalStanding> TerminalEngine::standingOf(const QString &devId) const
{
    if (m_prefetched && m_prefetched->asked.contains(devId)) {
        const auto found = m_prefetched->found.constFind(devId);
        return found == m_prefetched->found.constEnd() ? std::nullopt
                                                         : std::optional<storage::TerminalStanding>(*found);
    }
    return m_terminals->standing(devId);
}

void TerminalEngine::sendReplies()
{
    if (!m_outgoing.isEmpty())
        Q_EMIT repliesReady(std::exchange(m_outgoing, {}));
}

void TerminalEngine::reloadSettings()
{
    // Settings read from a database that does not answer would be the defaults.
    if (!m_settingsRepository || !connectionAnswers())
        return;
    m_settings = ServerSettings::load(*m_settingsRepository);
    m_siteClock.setTimeZone(m_settings.siteTimeZone);
    m_guard.applySettings(m_settings);
    const bool networksChanged = m_settings.allowedNetworksText != m_checkedNetworksText;
    m_checkedNetworksText = m_settings.allowedNetworksText;
    if (networksChanged && !m_settings.allowedNetworksError.isEmpty()) {
        qCWarning(lcEngine).noquote() << QStringLiteral("terminals.allowed_networks: %1; ignored%2")
                                             .arg(m_settings.allowedNetworksError,
                                                  m_settings.allowedNetworks.isEmpty()
                                                      ? QStringLiteral(", so terminals are accepted from anywhere")
                                                      : QString());
    }
    // Approvals, and terminals registered by other processes, change the counts behind the
    // registration caps; a failed read keeps the last ones.
    if (std::optional<storage::RegistrationCensus> census = m_terminals->registrationCensus())
        m_guard.takeCensus(std::move(*census));
    publishRefusals();
}

void TerminalEngine::publishRefusals()
{
    const RegistrationRefusals &refusals = m_guard.refusals();
    const qint64 count = refusals.count();
    if (count == m_publishedRefusals || !m_batcher)
        return;
    m_batcher->enqueue(
        [this, json = QString::fromUtf8(refusals.toJson())](QSqlDatabase &) {
            return m_settingsRepository->setValue(QLatin1String(RegistrationRefusals::SettingKey), json);
        },
        [this, count](bool stored) {
            if (stored)
                m_publishedRefusals = std::max(m_publishedRefusals, count);
        });
}

bool TerminalEngine::refused(const TerminalRequest &request, EndpointGuard::Refusal refusal,
                             const QString &pinnedAddress, const QDateTime &nowUtc, const ReplyFn &reply)
{
    if (refusal == EndpointGuard::Refusal::None)
        return false;
    if (m_guard.shouldLog(refusal, request.remoteAddress, nowUtc))
        qCWarning(lcEngine).noquote() << refusalText(refusal, request, pinnedAddress)
                                      << "(more from this address are not logged for a minute)";
    reply(replyTo(request, ResponseCode::Error));
    return true;
}

void TerminalEngine::handleRequest(quint64 requestId, const TerminalRequest &request)
{
    ReplyFn reply = [this, requestId](const TerminalReply &answer) { m_outgoing.append({requestId, answer}); };
    if (!m_batcher || m_outage.active()) {
        reply(replyTo(request, ResponseCode::ErrorDbConnect));
        return;
    }
    if (request.code == RequestCode::Unknown) {
        reply(replyTo(request, ResponseCode::ErrorInvalidRequestCode));
        return;
    }

    // The endpoint's rules come before anything is written; the first of them before anything
    // is read, so that a flood from outside or of made-up dev_ids costs no database work.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (refused(request, m_guard.screen(request.devId, request.remoteAddress, now), {}, now, reply))
        return;
    const std::optional<storage::TerminalStanding> standing = standingOf(request.devId);
    if (standing && standing->approval == Approval::Blocked) {
        qCDebug(lcEngine) << "refused blocked terminal" << request.devId;
        reply(replyTo(request, ResponseCode::Error));
        return;
    }
    if (refused(request, m_guard.admit(request.devId, request.remoteAddress, standing, now),
                standing ? standing->remoteAddress : QString(), now, reply))
        return;
    if (!standing)
        qCInfo(lcEngine) << "new terminal" << request.devId << "from" << request.remoteAddress;
    else if (m_guard.isNewMove(request.devId, standing->remoteAddress, request.remoteAddress, now)) {
        qCWarning(lcEngine).noquote() << QStringLiteral("terminal %1 now talks from %2, was %3")
                                             .arg(request.devId, request.remoteAddress, standing->remoteAddress);
        recordMove(m_connection->database(), request.devId, standing->remoteAddress, request.remoteAddress);
    }

    storage::TerminalContact contact;
    contact.devId = request.devId;
    contact.remoteAddress = request.remoteAddress;
    contact.approvalIfNew = m_settings.autoApproveTerminals ? Approval::Approved : Approval::Pending;
    const Approval approval = standing ? standing->approval : contact.approvalIfNew;
    storage::TerminalStanding known = standing.value_or(storage::TerminalStanding{});
    known.approval = approval;
    m_terminalsTouched = true;
    m_batchTerminals.insert(request.devId);

    switch (request.code) {
    case RequestCode::ReceiveCmd:
        handlePoll(request, contact, known, reply);
        return;
    case RequestCode::SendCmdResult:
        handleCommandResult(request, contact, known, standing.has_value(), reply);
        return;
    case RequestCode::RealtimeGlog:
    case RequestCode::RealtimeEnrollData: {
        RealtimeIngestor::Context context;
        context.contact = contact;
        context.terminalKnown = standing.has_value();
        context.terminalPending = known.approval == Approval::Pending;
        context.library = protocol::recordLibraryFromName(known.recordLibrary);
        context.siteNow = m_siteClock.now();
        if (request.code == RequestCode::RealtimeGlog)
            m_ingestor->ingestLog(request, context, reply);
        else
            m_ingestor->ingestEnrollment(request, context, reply);
        return;
    }
    case RequestCode::Unknown:
        break;
    }
}

void TerminalEngine::handlePoll(const TerminalRequest &request, const storage::TerminalContact &contact,
                                const storage::TerminalStanding &standing, ReplyFn reply)
{
    // A poll whose body does not frame still counts as a sign of life; only the details are lost.
    const auto decoded = protocol::BsCommFrame::decode(request.body);
    if (!decoded.ok())
        qCWarning(lcEngine) << "receive_cmd from" << request.devId << "carries a body that does not frame";
    const protocol::PollInfo poll = protocol::PollInfo::parse(decoded.frame);
    std::optional<qint64> drift;
    if (poll.clock.isValid())
        drift = m_siteClock.now().secsTo(poll.clock);

    auto answer = std::make_shared<TerminalReply>(replyTo(request, ResponseCode::ErrorNoCmd));
    storage::TerminalStanding current = standing;
    if (current.recordLibrary.isEmpty())
        current.recordLibrary = poll.libraryName;
    m_batcher->enqueue(
        [this, request, contact, poll, drift, current, answer](QSqlDatabase &db) {
            if (!m_terminals->recordPoll(contact, poll, drift))
                return false;
            // Pending and blocked terminals are sent nothing; their jobs wait for approval.
            if (current.approval != Approval::Approved)
                return true;
            m_jobsTouched = true;
            return m_statusRefresh->queueIfDue(db, request.devId, m_settings.statusRefreshMinutes,
                                               QDateTime::currentDateTimeUtc())
                && m_dispatcher->answerPoll(request, current, drift, m_settings, answer.get());
        },
        [request, reply, answer](bool stored) {
            reply(stored ? *answer : replyTo(request, ResponseCode::ErrorDbAccess));
        });
}

void TerminalEngine::handleCommandResult(const TerminalRequest &request, const storage::TerminalContact &contact,
                                         const storage::TerminalStanding &standing, bool known, ReplyFn reply)
{
    auto answer = std::make_shared<TerminalReply>(replyTo(request, ResponseCode::Ok));
    m_batcher->enqueue(
        [this, request, contact, standing, known, answer](QSqlDatabase &) {
            m_jobsTouched = true;
            return m_contacts->record(contact, known) && m_dispatcher->acceptResult(request, standing, m_settings, answer.get());
        },
        [this, request, reply, answer](bool stored) {
            // Never OK for a result that is not stored. The terminal will not send it again, so
            // the dispatcher asks again at its next poll.
            if (!stored) {
                bool numeric = false;
                const qint64 jobId = request.transId.toLongLong(&numeric);
                if (numeric)
                    m_dispatcher->resultNotStored(jobId);
            }
            reply(stored ? *answer : replyTo(request, ResponseCode::ErrorDbAccess));
        });
}

void TerminalEngine::expireJobs()
{
    if (!m_batcher || m_outage.active())
        return;
    const int timeout = m_settings.commandTimeoutSeconds;
    m_batcher->enqueue(
        [this, timeout](QSqlDatabase &) {
            const int changed = m_dispatcher->expire(timeout);
            m_jobsTouched = m_jobsTouched || changed > 0;
            return changed >= 0;
        },
        {});
}

void TerminalEngine::afterFlush(bool committed)
{
    sendReplies();
    m_batchTerminals.clear();
    m_contacts->startNewTransaction();
    m_guard.registrationsSettled();
    if (!committed) {
        connectionAnswers();
        return;
    }
    const RealtimeIngestor::Counters counters = m_ingestor->takeCounters();
    if (counters.punchesStored > 0)
        Q_EMIT punchesStored(counters.punchesStored);
    if (counters.usersChanged > 0)
        Q_EMIT usersChanged();
    if (std::exchange(m_terminalsTouched, false))
        Q_EMIT terminalsChanged();
    if (std::exchange(m_jobsTouched, false))
        Q_EMIT jobsChanged();
}

} // namespace punchclock::engine
