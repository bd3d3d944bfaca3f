#pragma once

#include "deliveryitem.h"
#include "deliveryjudgement.h"

#include <functional>
#include <optional>

namespace punchclock::integrations {

// How the events of one round reach one kind of destination. The round hands over the events
// it read, in order; the sender says what became of them as each answer arrives, and asks
// before each request whether it may still send (the round's lease).
class DeliverySender
{
public:
    struct Callbacks
    {
        std::function<bool()> maySend;                                        // false: stop, say nothing more
        std::function<bool(const QList<qint64> &, const Judgement &)> judged; // false: stop
        std::function<void()> finished;                                       // everything was judged
    };

    virtual ~DeliverySender() = default;

    // What cannot be sent at all (an event the destination has no call for): judged at once.
    virtual std::optional<Judgement> refuse(const DeliveryItem &item) const = 0;
    virtual void start(const QList<DeliveryItem> &items, Callbacks callbacks) = 0;
    // Stops without another callback; what was not judged stays pending.
    virtual void abandon() = 0;
};

} // namespace punchclock::integrations
