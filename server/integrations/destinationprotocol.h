#pragma once

#include "deliveryitem.h"
#include "deliveryjudgement.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>

namespace punchclock::integrations {

// One HTTP request and the events it carries.
struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray body;
    QList<qint64> outboxIds;
};

// How one kind of destination is spoken to: the requests for a batch of events, in order, and
// what an answer means for the events of a request.
class DestinationProtocol
{
public:
    virtual ~DestinationProtocol() = default;

    // What cannot be sent at all (a kind of event the destination has no call for): judged
    // without a request. nullopt: send it.
    virtual std::optional<Judgement> refuse(const DeliveryItem &item) const = 0;
    virtual QList<PreparedRequest> prepare(const QList<DeliveryItem> &items) const = 0;
    // Just before a prepared request is sent (a signature's timestamp must be the sending's).
    virtual void finish(PreparedRequest &) const {}
    // What the answer to a request carrying `events` events means for them.
    virtual Judgement judge(const HttpAnswer &answer, int events) const = 0;
};

} // namespace punchclock::integrations
