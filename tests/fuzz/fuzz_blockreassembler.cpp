// The blk_no reassembly of chunked uploads (protocol.md §3) under any sequence of blocks, keys,
// block numbers and clock steps, including a clock that goes back.
// Input: repeated [key byte · block-number byte · clock-step byte · length byte · data].
#include "blockreassembler.h"
#include "fuzzinput.h"

#include <QLoggingCategory>

using punchclock::engine::BlockReassembler;
using Kind = BlockReassembler::Outcome::Kind;

namespace {

// Small limits, so that short inputs reach the size, age and count refusals.
constexpr BlockReassembler::Limits Limits{1024, 600, 4};

BlockReassembler::Key keyFrom(quint8 byte)
{
    return {QStringLiteral("T%1").arg(byte & 3u),
            (byte & 4u) ? QStringLiteral("send_cmd_result") : QStringLiteral("realtime_glog"),
            QString::number((byte >> 3) & 1u)};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Every refusal logs a warning; thousands a second would only slow the run.
    static const bool quiet = (QLoggingCategory::setFilterRules(QStringLiteral("punchclock.*=false")), true);
    Q_UNUSED(quiet);

    FuzzInput input(data, size);
    BlockReassembler blocks(Limits);
    QDateTime now(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    while (!input.atEnd()) {
        const BlockReassembler::Key key = keyFrom(input.byte());
        const qint64 blockNumber = qint8(input.byte());
        now = now.addSecs(qint8(input.byte()) * 8);
        const QByteArray block = input.bytes(input.byte());

        const BlockReassembler::Outcome outcome = blocks.add(key, blockNumber, block, now);
        FUZZ_CHECK(blocks.openTransfers() <= Limits.maxOpenTransfers);
        if (blockNumber < 0) {
            FUZZ_CHECK(outcome.kind == Kind::Refused);
        } else if (blockNumber == 0) {
            // The last block always ends the upload; the blocks before it stayed within the limit.
            FUZZ_CHECK(outcome.kind == Kind::Complete);
            FUZZ_CHECK(outcome.body.endsWith(block));
            FUZZ_CHECK(outcome.body.size() <= Limits.maxTransferBytes + block.size());
            FUZZ_CHECK(!outcome.droppedStaleTransfer || outcome.body == block);
        } else {
            FUZZ_CHECK(outcome.kind != Kind::Complete && outcome.body.isEmpty());
        }
    }
    return 0;
}
