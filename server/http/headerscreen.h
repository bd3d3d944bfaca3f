#pragma once

#include <QByteArray>

namespace punchclock::http {

// Checks a request's header block before QHttpServer sees it. QHttpServer 6.4 silently drops
// every header (and so misframes the body) when one name is invalid or there are more than 100,
// and it has no body limit (house-style.md, QHttpServer limits 2 and 3).
struct HeaderScreen
{
    enum class Verdict {
        Incomplete,   // the blank line that ends the headers has not arrived yet
        Accept,
        Reject,
    };

    struct Limits
    {
        int maxHeaderBytes = 16 * 1024;
        int maxHeaderFields = 100;
        qint64 maxBodyBytes = 64 * 1024 * 1024;
    };

    Verdict verdict = Verdict::Incomplete;
    int status = 0; // HTTP status for a rejection
    QByteArray reason;
    bool expectsContinue = false;

    static HeaderScreen check(const QByteArray &received, const Limits &limits);
};

} // namespace punchclock::http
