#include "webhookprotocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace punchclock::integrations {

WebhookProtocol::WebhookProtocol(QUrl url, QByteArray secret, int batchSize)
    : m_url(std::move(url))
    , m_secret(std::move(secret))
    , m_batchSize(std::max(1, batchSize))
{}

QByteArray WebhookProtocol::signature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    return "sha256=" +
           QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
}

std::optional<Judgement> WebhookProtocol::refuse(const DeliveryItem &item) const
{
    if (!item.found)
        return Judgement{Judgement::Verdict::Failed,
                         QStringLiteral("its %1 no longer exists (erased with the employee's data)")
                             .arg(storage::outboxEventName(item.row.event))};
    return std::nullopt;
}

QList<PreparedRequest> WebhookProtocol::prepare(const QList<DeliveryItem> &items) const
{
    QList<PreparedRequest> requests;
    for (qsizetype first = 0; first < items.size(); first += m_batchSize) {
        PreparedRequest prepared;
        QJsonArray events;
        for (const DeliveryItem &item : items.mid(first, m_batchSize)) {
            events.append(item.event);
            prepared.outboxIds.append(item.row.id);
        }
        prepared.body = QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
        prepared.request = QNetworkRequest(m_url);
        prepared.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        requests.append(prepared);
    }
    return requests;
}

void WebhookProtocol::finish(PreparedRequest &prepared) const
{
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    prepared.request.setRawHeader(TimestampHeader, timestamp);
    prepared.request.setRawHeader(SignatureHeader, signature(m_secret, timestamp, prepared.body));
}

Judgement WebhookProtocol::judge(const HttpAnswer &answer, int events) const
{
    using Verdict = Judgement::Verdict;
    if (std::optional<Judgement> common = judgeTransport(answer))
        return *common;
    if (answer.status >= 200 && answer.status < 300)
        return {Verdict::Delivered, {}};
    // "Already have it" is clear for one event; for a batch it does not say which of them.
    if (answer.status == 409 && events == 1)
        return {Verdict::Delivered, QStringLiteral("the receiver already had it")};
    if (answer.status == 409)
        return {Verdict::Failed, QStringLiteral("HTTP 409 for a batch of %1 events: a receiver answers 2xx when it "
                                                "already had some of them (docs/integrations.md)")
                                     .arg(events)};
    return {Verdict::Failed, QStringLiteral("HTTP %1: %2").arg(answer.status).arg(bodyExcerpt(answer.body))};
}

} // namespace punchclock::integrations
