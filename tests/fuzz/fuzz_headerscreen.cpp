// The header screen in front of QHttpServer, on whatever a client sends before the body.
#include "fuzzinput.h"
#include "headerscreen.h"

using punchclock::http::HeaderScreen;

namespace {

void screen(const QByteArray &sent, const HeaderScreen::Limits &limits)
{
    // ConnectionGuard peeks no further than this into the socket.
    const QByteArray received = sent.left(limits.maxHeaderBytes + 4);
    const HeaderScreen verdict = HeaderScreen::check(received, limits);
    const bool ended = received.contains("\r\n\r\n") || received.contains("\n\n");
    switch (verdict.verdict) {
    case HeaderScreen::Verdict::Incomplete:
        // The guard waits for more: only right while more can still arrive within the limit.
        FUZZ_CHECK(!ended && received.size() <= limits.maxHeaderBytes);
        FUZZ_CHECK(verdict.status == 0);
        break;
    case HeaderScreen::Verdict::Accept: FUZZ_CHECK(ended && verdict.status == 0); break;
    case HeaderScreen::Verdict::Reject:
        FUZZ_CHECK(verdict.status == 400 || verdict.status == 413 || verdict.status == 431 || verdict.status == 501);
        FUZZ_CHECK(!verdict.reason.isEmpty());
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray sent = FuzzInput(data, size).rest();
    screen(sent, {});
    // Small limits, so short inputs reach the size and count refusals too.
    screen(sent, {64, 3, 10});
    return 0;
}
