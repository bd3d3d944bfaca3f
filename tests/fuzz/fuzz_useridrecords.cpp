// The GET_USER_ID_LIST record layouts of every fk_bin_data_lib (protocol.md §8.2).
#include "recordcodecfuzz.h"
#include "useridrecordcodec.h"

using namespace punchclock::protocol;

namespace {

bool isValid(const UserIdRecord &record)
{
    return !record.userId.isEmpty();
}

bool same(const UserIdRecord &a, const UserIdRecord &b)
{
    return a.userId == b.userId && a.privilegeByte == b.privilegeByte && a.privilege == b.privilege &&
           a.enabled == b.enabled && a.credentials.toBits() == b.credentials.toBits() &&
           a.backupNumber == b.backupNumber;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzRecordCodec<DecodedUserIdRecords>(
        data, size, {userIdRecordSize, decodeUserIdRecords, encodeUserIdRecord, isValid, same});
}
