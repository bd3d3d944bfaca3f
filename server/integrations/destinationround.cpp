#include "destinationround.h"

#include "erpnextprotocol.h"
#include "webhookprotocol.h"

#include "secretbox.h"

#include "outboxrepository.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

QString leaseOwnerName()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

bool leaseOwnerIsGone(const QString &owner)
{
    const QStringList parts = owner.split(QLatin1Char(':'));
    bool numeric = false;
    const qint64 pid = parts.value(1).toLongLong(&numeric);
    return parts.size() == 3 && parts.first() == QHostInfo::localHostName() && numeric && pid > 0 &&
           pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

std::unique_ptr<DestinationProtocol> protocolFor(const storage::DestinationRow &destination, const QString &secret)
{
    const QJsonObject &options = destination.options;
    if (destination.kind == QLatin1String("webhook"))
        return std::make_unique<WebhookProtocol>(QUrl(destination.url), secret.toUtf8(),
                                                 options.value(QStringLiteral("batch_size")).toInt(DefaultBatchSize));
    if (destination.kind == QLatin1String("erpnext")) {
        ErpnextProtocol::Settings settings;
        settings.site = QUrl(destination.url);
        settings.apiKey = options.value(QStringLiteral("api_key")).toString();
        settings.apiSecret = secret;
        settings.method = options.value(QStringLiteral("method")).toString(settings.method);
        settings.employeeFieldname =
            options.value(QStringLiteral("employee_fieldname")).toString(settings.employeeFieldname);
        return std::make_unique<ErpnextProtocol>(settings);
    }
    return nullptr;
}

DestinationRound::DestinationRound(QSqlDatabase db, QNetworkAccessManager *network, const services::SecretBox *box,
                                   storage::DestinationRow destination, QString owner, DeliveryPacing pacing,
                                   QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(network)
    , m_box(box)
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
    if (!holdLease())
        return end(End::Idle);
    const QList<storage::OutboxRow> rows =
        storage::OutboxRepository(m_db).nextPending(m_destination.id, m_pacing.batchLimit);
    if (rows.isEmpty())
        return end(End::Idle);
    m_fullBatch = rows.size() == m_pacing.batchLimit;

    QString error;
    if (!m_box)
        return fail(QStringLiteral("the key file that opens the destination's secret cannot be read"));
    const std::optional<QString> secret = m_box->unseal(m_destination.sealedSecret, &error);
    if (!secret)
        return fail(error);
    m_protocol = protocolFor(m_destination, *secret);
    if (!m_protocol)
        return fail(QStringLiteral("this version of Punchclock cannot send to a destination of kind \"%1\"")
                        .arg(m_destination.kind));
    const std::optional<QList<DeliveryItem>> items = loadDeliveryItems(m_db, rows);
    if (!items)
        return fail(
            QStringLiteral("the events could not be read: %1").arg(storage::lastQueryFailureOnThisThread().message));

    QList<DeliveryItem> sendable;
    for (const DeliveryItem &item : *items) {
        if (const std::optional<Judgement> refusal = m_protocol->refuse(item))
            apply({item.row.id}, *refusal);
        else
            sendable.append(item);
    }
    m_requests = m_protocol->prepare(sendable);
    sendNext();
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

void DestinationRound::sendNext()
{
    if (m_ended)
        return;
    if (m_next >= m_requests.size()) {
        storage::DestinationRepository(m_db).recordAnswered(m_destination.id, m_delivered);
        return end(m_fullBatch ? End::More : End::Idle);
    }
    // Renewed before each request: a slow destination must not let another server in mid-batch.
    if (m_next > 0 && !holdLease())
        return end(End::Idle);
    PreparedRequest &prepared = m_requests[m_next];
    const int timeout = m_destination.options.value(QStringLiteral("timeout_s")).toInt(DefaultTimeoutSeconds);
    prepared.request.setTransferTimeout(timeout * 1000);
    prepared.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    prepared.request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Punchclock"));
    m_reply = m_network->post(prepared.request, prepared.body);
    m_answerTooLong = false;
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_pacing.largestAnswer && m_reply) {
            m_answerTooLong = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &DestinationRound::answered);
}

void DestinationRound::answered()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_ended)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->read(m_pacing.largestAnswer);
    answer.redirectTo = reply->header(QNetworkRequest::LocationHeader).toUrl().toString();
    if (m_answerTooLong) {
        answer.status = 0;
        answer.transportError = QStringLiteral("the answer was longer than %1 KiB").arg(m_pacing.largestAnswer / 1024);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Nothing else aborts a request in flight but its transfer timeout.
        answer.status = 0;
        answer.transportError =
            QStringLiteral("no answer within %1 s")
                .arg(m_destination.options.value(QStringLiteral("timeout_s")).toInt(DefaultTimeoutSeconds));
    } else if (answer.status == 0) {
        answer.transportError = reply->errorString();
    }
    const PreparedRequest &prepared = m_requests.at(m_next++);
    const Judgement judgement = m_protocol->judge(answer);
    apply(prepared.outboxIds, judgement);
    if (judgement.verdict == Judgement::Verdict::Retry)
        return fail(judgement.reason);
    sendNext();
}

void DestinationRound::apply(const QList<qint64> &outboxIds, const Judgement &judgement)
{
    storage::OutboxRepository outbox(m_db);
    switch (judgement.verdict) {
    case Judgement::Verdict::Delivered:
        m_delivered = true;
        outbox.markDelivered(outboxIds);
        return;
    case Judgement::Verdict::Retry: outbox.markAttempted(outboxIds, judgement.reason); return;
    case Judgement::Verdict::Failed:
    case Judgement::Verdict::Parked:
        for (const qint64 id : outboxIds)
            outbox.markUndeliverable(id,
                                     judgement.verdict == Judgement::Verdict::Failed ? storage::OutboxStatus::Failed
                                                                                     : storage::OutboxStatus::Parked,
                                     judgement.reason);
        return;
    }
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
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
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
