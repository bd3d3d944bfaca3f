#include "requestsender.h"

namespace punchclock::integrations {

RequestSender::RequestSender(std::unique_ptr<DestinationProtocol> protocol, std::unique_ptr<HttpExchange> exchange)
    : m_protocol(std::move(protocol))
    , m_exchange(std::move(exchange))
{}

void RequestSender::start(const QList<DeliveryItem> &items, Callbacks callbacks)
{
    m_callbacks = std::move(callbacks);
    m_requests = m_protocol->prepare(items);
    m_next = 0;
    sendNext();
}

void RequestSender::sendNext()
{
    if (m_next >= m_requests.size())
        return m_callbacks.finished();
    if (!m_callbacks.maySend())
        return;
    PreparedRequest &prepared = m_requests[m_next];
    m_protocol->finish(prepared);
    m_exchange->post(prepared.request, prepared.body, [this](const HttpAnswer &answer) {
        const PreparedRequest &answeredFor = m_requests.at(m_next++);
        if (m_callbacks.judged(answeredFor.outboxIds, m_protocol->judge(answer, int(answeredFor.outboxIds.size()))))
            sendNext();
    });
}

void RequestSender::abandon()
{
    m_exchange->abandon();
}

} // namespace punchclock::integrations
