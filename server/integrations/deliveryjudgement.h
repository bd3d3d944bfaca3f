#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace punchclock::integrations {

// What came back for one request: an HTTP status with its body, or no answer at all.
struct HttpAnswer
{
    int status = 0;         // 0: no HTTP answer (refused, timed out, TLS failed)
    QByteArray body;        // at most DeliveryRound's cap
    QString transportError; // the network's words when status is 0
    QString redirectTo;     // a 3xx's Location
};

// What becomes of the events a request carried.
struct Judgement
{
    enum class Verdict {
        Delivered, // stored there, or it already had them
        Retry,     // may pass (down, overloaded, timed out, refused our key): the destination waits
        Failed,    // refused for good: kept with the reason, sent again only when asked
        Parked,    // needs a person there (an employee to map): sent again when asked
    };
    Verdict verdict = Verdict::Delivered;
    QString reason;
};

// The answers every kind of destination reads alike: no answer, a redirect, overload and
// server errors, our credentials refused. nullopt: a 2xx or a 4xx the kind must read itself.
std::optional<Judgement> judgeTransport(const HttpAnswer &answer);

// A short, single-line excerpt of a body for a reason (a server's error page can be large).
QString bodyExcerpt(const QByteArray &body);

} // namespace punchclock::integrations
