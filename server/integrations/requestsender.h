#pragma once

#include "deliverysender.h"
#include "destinationprotocol.h"
#include "httpexchange.h"

#include <memory>

namespace punchclock::integrations {

// A destination spoken to by requests that do not depend on each other's answers (webhooks,
// Frappe HR): the protocol prepares them all, they go one after the other, and each answer is
// judged for the events its request carried.
class RequestSender : public DeliverySender
{
public:
    RequestSender(std::unique_ptr<DestinationProtocol> protocol, std::unique_ptr<HttpExchange> exchange);

    std::optional<Judgement> refuse(const DeliveryItem &item) const override { return m_protocol->refuse(item); }
    void start(const QList<DeliveryItem> &items, Callbacks callbacks) override;
    void abandon() override;

private:
    void sendNext();

    std::unique_ptr<DestinationProtocol> m_protocol;
    std::unique_ptr<HttpExchange> m_exchange;
    Callbacks m_callbacks;
    QList<PreparedRequest> m_requests;
    qsizetype m_next = 0;
};

} // namespace punchclock::integrations
