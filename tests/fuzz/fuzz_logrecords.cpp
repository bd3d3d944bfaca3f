// The GET_LOG_DATA record layouts of every fk_bin_data_lib (protocol.md §8.1).
#include "logrecordcodec.h"
#include "recordcodecfuzz.h"

using namespace punchclock::protocol;

namespace {

bool isValid(const LogRecord &record)
{
    return record.ioTime.isValid() && !record.userId.isEmpty();
}

bool same(const LogRecord &a, const LogRecord &b)
{
    return a.userId == b.userId && a.ioTime == b.ioTime && a.verifyModeRaw == b.verifyModeRaw &&
           a.verifyMethods == b.verifyMethods && a.ioMode.raw == b.ioMode.raw && a.ioMode.mode == b.ioMode.mode &&
           a.workCode == b.workCode;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzRecordCodec<DecodedLogRecords>(data, size,
                                              {logRecordSize, decodeLogRecords, encodeLogRecord, isValid, same});
}
