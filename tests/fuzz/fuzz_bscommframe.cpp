// The BSComm body codec (protocol.md §2.1) on any body a terminal or the network can send.
#include "bscommframe.h"
#include "fuzzinput.h"

using punchclock::protocol::BsCommFrame;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput(data, size).rest();
    const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
    const bool wellFormed = BsCommFrame::isWellFormed(body);
    FUZZ_CHECK(decoded.ok() || !wellFormed);
    if (!decoded.ok())
        return 0;
    FUZZ_CHECK(decoded.trailingBytes >= 0 && decoded.trailingBytes <= body.size());

    // Queued commands are stored encoded and decoded again at delivery and with the result:
    // whatever decoded once must survive that trip unchanged, in both text tails.
    for (const auto tail : {BsCommFrame::TextTail::Nul, BsCommFrame::TextTail::NewlineAndNul}) {
        const QByteArray encoded = decoded.frame.encode(tail);
        const BsCommFrame::Decoded again = BsCommFrame::decode(encoded);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again.frame.json() == decoded.frame.json());
        FUZZ_CHECK(again.frame.binaries() == decoded.frame.binaries());
        FUZZ_CHECK(again.missingBinaries == decoded.missingBinaries);
        FUZZ_CHECK(again.trailingBytes == 0);
        FUZZ_CHECK(BsCommFrame::isWellFormed(encoded) == (decoded.missingBinaries == 0));
    }
    return 0;
}
