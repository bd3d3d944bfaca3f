#pragma once

#include "destinationprotocol.h"

#include <QUrl>

namespace punchclock::integrations {

// A webhook: events POSTed as {"events": [...]} in batches, signed with HMAC-SHA256 over the
// timestamp and the body (docs/integrations.md has a receiver's check). Any 2xx, or 409 for
// events it already has, counts as delivered; another 4xx refuses the batch for good.
class WebhookProtocol : public DestinationProtocol
{
public:
    static constexpr char TimestampHeader[] = "X-Punchclock-Timestamp";
    static constexpr char SignatureHeader[] = "X-Punchclock-Signature";

    WebhookProtocol(QUrl url, QByteArray secret, int batchSize);

    // "sha256=" and the hex HMAC-SHA256 of "<timestamp>.<body>" under the secret.
    static QByteArray signature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);

    std::optional<Judgement> refuse(const DeliveryItem &item) const override;
    QList<PreparedRequest> prepare(const QList<DeliveryItem> &items) const override;
    void finish(PreparedRequest &prepared) const override;
    Judgement judge(const HttpAnswer &answer, int events) const override;

private:
    QUrl m_url;
    QByteArray m_secret;
    int m_batchSize;
};

} // namespace punchclock::integrations
