#include "destinationround.h"

#include "erpnextprotocol.h"
#include "httpexchange.h"
#include "odoosender.h"
#include "requestsender.h"
#include "webhookprotocol.h"

#include "secretbox.h"

#include "outboxrepository.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <csignal>

Q_LOGGING_CATEGORY(lcIntegrations, "punchclock.integrations")

namespace punchclock::integrations {

namespace {

constexpr int DefaultTimeoutSeconds = 10;
constexpr int DefaultBatchSize = 50;

QDateTime retryAt(const storage::DestinationRow &destination, const DeliveryPacing &pacing)
{
    // The failures before this one, doubling the wait each time.
    const int doublings = std::min(destination.failures, 20);
    const qint64 wait = std::min<qint64>(pacing.firstRetry.count() << doublings, pacing.longestRetry.count());
    return QDateTime::currentDateTimeUtc().addMSecs(wait);
}

} // namespace

namespace {

// Where this process's pids mean something: the host, its boot and its pid namespace. Two
// containers or cloned machines of one name differ here, so neither takes the other's pids
// for its own.
QString processSpace()
{
    QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    const QString bootId =
        boot.open(QIODevice::ReadOnly) ? QString::fromLatin1(boot.readAll().trimmed()) : QStringLiteral("?");
    const QString pidNamespace = QFileInfo(QStringLiteral("/proc/self/ns/pid")).symLinkTarget();
    return QStringLiteral("%1/%2/%3")
        .arg(QHostInfo::localHostName(), bootId, pidNamespace.isEmpty() ? QStringLiteral("?") : pidNamespace)
        .replace(QLatin1Char(':'), QLatin1Char('.'));
}

} // namespace

QString leaseOwnerName()
{
    return QStringLiteral("%1:%2:%3")
        .arg(processSpace())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

bool leaseOwnerIsGone(const QString &owner)
{
    const QStringList parts = owner.split(QLatin1Char(':'));
    bool numeric = false;
    const qint64 pid = parts.value(1).toLongLong(&numeric);
    return parts.size() == 3 && parts.first() == processSpace() && !parts.first().contains(QLatin1Char('?')) &&
           numeric && pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 &&
           errno == ESRCH;
}

std::unique_ptr<DeliverySender> senderFor(const storage::DestinationRow &destination, const QString &secret,
                                          const QSqlDatabase &db, QNetworkAccessManager *network,
                                          const DeliveryPacing &pacing)
{
    const QJsonObject &options = destination.options;
    auto exchange = std::make_unique<HttpExchange>(
        network, options.value(QStringLiteral("timeout_s")).toInt(DefaultTimeoutSeconds), pacing.largestAnswer);
    if (destination.kind == QLatin1String("webhook"))
        return std::make_unique<RequestSender>(
            std::make_unique<WebhookProtocol>(QUrl(destination.url), secret.toUtf8(),
                                              options.value(QStringLiteral("batch_size")).toInt(DefaultBatchSize)),
            std::move(exchange));
    if (destination.kind == QLatin1String("erpnext")) {
        ErpnextProtocol::Settings settings;
        settings.site = QUrl(destination.url);
        settings.apiKey = options.value(QStringLiteral("api_key")).toString();
        settings.apiSecret = secret;
        settings.method = options.value(QStringLiteral("method")).toString(settings.method);
        settings.employeeFieldname =
            options.value(QStringLiteral("employee_fieldname")).toString(settings.employeeFieldname);
        return std::make_unique<RequestSender>(std::make_unique<ErpnextProtocol>(settings), std::move(exchange));
    }
    if (destination.kind == QLatin1String("odoo"))
        return std::make_unique<OdooSender>(db, destination, secret, std::move(exchange));
    return nullptr;
}

DestinationRound::DestinationRound(QSqlDatabase db, QNetworkAccessManager *network, const services::SecretBox *box,
                                   QString keyProblem, storage::DestinationRow destination, QString owner,
                                   DeliveryPacing pacing, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(network)
    , m_box(box)
    , m_keyProblem(std::move(keyProblem))
    , m_destination(std::move(destination))
    , m_owner(std::move(owner))
    , m_pacing(pacing)
{}

DestinationRound::~DestinationRound()
{
    abandon();
}

void DestinationRound::start()
{
    // A read first: an idle destination costs no write (the lease) each second.
    storage::OutboxRepository outbox(m_db);
    if (outbox.nextPending(m_destination.id, 1).isEmpty())
        return end(End::Idle);
    if (!holdLease())
        return end(End::Idle);
    // Read again under the lease: another server may have sent them meanwhile. A webhook's
    // batch may be larger than a round's usual share.
    const int limit = std::max(m_pacing.batchLimit, m_destination.options.value(QStringLiteral("batch_size")).toInt());
    const QList<storage::OutboxRow> rows = outbox.nextPending(m_destination.id, limit);
    if (rows.isEmpty())
        return end(End::Idle);
    m_fullBatch = rows.size() == limit;

    QString error;
    if (!m_box)
        return fail(QStringLiteral("the destination's secret cannot be opened: %1").arg(m_keyProblem));
    const std::optional<QString> secret = m_box->unseal(m_destination.sealedSecret, &error);
    if (!secret)
        return fail(error);
    m_sender = senderFor(m_destination, *secret, m_db, m_network, m_pacing);
    if (!m_sender)
        return fail(QStringLiteral("this version of Punchclock cannot send to a destination of kind \"%1\"")
                        .arg(m_destination.kind));
    const std::optional<QList<DeliveryItem>> items = loadDeliveryItems(m_db, rows);
    if (!items)
        return fail(
            QStringLiteral("the events could not be read: %1").arg(storage::lastQueryFailureOnThisThread().message));

    QList<DeliveryItem> sendable;
    for (const DeliveryItem &item : *items) {
        if (const std::optional<Judgement> refusal = m_sender->refuse(item)) {
            if (!judged({item.row.id}, *refusal))
                return;
        } else
            sendable.append(item);
    }
    DeliverySender::Callbacks callbacks;
    // Renewed before each request but the first: a slow destination must not let another
    // server in mid-batch.
    callbacks.maySend = [this] {
        if (std::exchange(m_firstRequest, false) || holdLease())
            return true;
        end(End::Idle);
        return false;
    };
    callbacks.judged = [this](const QList<qint64> &ids, const Judgement &judgement) { return judged(ids, judgement); };
    callbacks.finished = [this] {
        storage::DestinationRepository(m_db).recordAnswered(m_destination.id, m_delivered);
        end(m_fullBatch ? End::More : End::Idle);
    };
    m_sender->start(sendable, callbacks);
}

bool DestinationRound::holdLease()
{
    // Longer than a request may take, so that it never runs out while one waits for its answer.
    const qint64 timeoutMs =
        qint64(m_destination.options.value(QStringLiteral("timeout_s")).toInt(DefaultTimeoutSeconds)) * 1000;
    const QDateTime until =
        QDateTime::currentDateTimeUtc().addMSecs(std::max<qint64>(m_pacing.lease.count(), timeoutMs + 20'000));
    storage::DestinationRepository destinations(m_db);
    if (destinations.takeLease(m_destination.id, m_owner, until))
        return true;
    // A server of this machine killed while it held the destination: no need to wait for its
    // lease to run out.
    const std::optional<storage::DestinationRow> now = destinations.find(m_destination.id);
    return now && leaseOwnerIsGone(now->leaseOwner) &&
           destinations.takeLeaseFrom(m_destination.id, now->leaseOwner, m_owner, until);
}

bool DestinationRound::judged(const QList<qint64> &outboxIds, const Judgement &judgement)
{
    if (m_ended)
        return false;
    // Not written down, an answer would be sent again after every one that follows it: stop.
    if (!apply(outboxIds, judgement)) {
        fail(QStringLiteral("what the destination answered could not be written down: %1")
                 .arg(storage::lastQueryFailureOnThisThread().message));
        return false;
    }
    if (judgement.verdict != Judgement::Verdict::Retry)
        return true;
    fail(judgement.reason);
    return false;
}

bool DestinationRound::apply(const QList<qint64> &outboxIds, const Judgement &judgement)
{
    storage::OutboxRepository outbox(m_db);
    switch (judgement.verdict) {
    case Judgement::Verdict::Delivered: m_delivered = true; return outbox.markDelivered(outboxIds);
    case Judgement::Verdict::Retry: return outbox.markAttempted(outboxIds, judgement.reason);
    case Judgement::Verdict::Failed:
    case Judgement::Verdict::Parked:
        for (const qint64 id : outboxIds) {
            if (!outbox.markUndeliverable(id,
                                          judgement.verdict == Judgement::Verdict::Failed
                                              ? storage::OutboxStatus::Failed
                                              : storage::OutboxStatus::Parked,
                                          judgement.reason))
                return false;
        }
        return true;
    }
    return false;
}

void DestinationRound::fail(const QString &reason)
{
    qCWarning(lcIntegrations).noquote()
        << QStringLiteral("delivery to \"%1\" failed, waiting: %2").arg(m_destination.name, reason);
    storage::DestinationRepository(m_db).recordFailure(m_destination.id, reason, retryAt(m_destination, m_pacing));
    end(End::Waiting);
}

void DestinationRound::abandon()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_sender)
        m_sender->abandon();
    storage::DestinationRepository(m_db).releaseLease(m_destination.id, m_owner);
}

void DestinationRound::end(End how)
{
    if (m_ended)
        return;
    m_ended = true;
    storage::DestinationRepository(m_db).releaseLease(m_destination.id, m_owner);
    Q_EMIT finished(how);
}

} // namespace punchclock::integrations
