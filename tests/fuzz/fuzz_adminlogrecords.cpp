// The GET_SLOG_DATA (administrator log) record layouts (protocol.md §8.3): decoded where the
// layout is known, kept as raw bytes where not.
// Input: library byte · record-size byte (0 = the library's own size) · count byte · records.
#include "adminlogcodec.h"
#include "fuzzinput.h"

using namespace punchclock::protocol;

namespace {

bool same(const AdminLogRecord &a, const AdminLogRecord &b)
{
    return a.kind == b.kind && a.managerId == b.managerId && a.userId == b.userId &&
           a.managerVerify == b.managerVerify && a.target == b.target && a.time == b.time;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const RecordLibrary library = input.library();
    const int sizeByte = input.byte();
    const int recordSize = sizeByte ? sizeByte : adminLogRecordSize(library);
    const int count = input.byte();
    const QByteArray records = input.rest();

    const DecodedAdminLogRecords decoded = decodeAdminLogRecords(library, records, count, recordSize);
    if (decoded.error != DecodedAdminLogRecords::Error::None) {
        FUZZ_CHECK(decoded.records.isEmpty());
        return 0;
    }
    FUZZ_CHECK(decoded.records.size() + decoded.invalidRecords == count);
    const bool layoutKnown = recordSize == adminLogRecordSize(library);
    int slot = 0; // records come out in the terminal's order, the skipped ones left out
    for (const AdminLogRecord &record : decoded.records) {
        // Nothing the terminal sent is lost: every record keeps its own bytes, read or not.
        while (slot < count && records.mid(qsizetype(slot) * recordSize, recordSize) != record.raw)
            ++slot;
        FUZZ_CHECK(slot++ < count);
        FUZZ_CHECK(record.decoded == layoutKnown);
        if (!record.decoded)
            continue;
        FUZZ_CHECK(record.time.isValid());
        // The simulator writes its administrator log with the encoder.
        const QByteArray encoded = encodeAdminLogRecord(library, record);
        const DecodedAdminLogRecords again = decodeAdminLogRecords(library, encoded, 1, int(encoded.size()));
        FUZZ_CHECK(again.records.size() == 1 && same(again.records.first(), record));
    }
    return 0;
}
