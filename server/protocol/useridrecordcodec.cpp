#include "useridrecordcodec.h"

#include "binaryfields.h"

namespace punchclock::protocol {

namespace {

using namespace binary;

bool isFullYearFamily(RecordLibrary library)
{
    return library == RecordLibrary::HS100 || library == RecordLibrary::HS200;
}

int textIdWidth(RecordLibrary library)
{
    return library == RecordLibrary::HS102 ? 16 : library == RecordLibrary::HS103 ? 32 : 0;
}

UserIdRecord decodeRecord(RecordLibrary library, const char *record)
{
    UserIdRecord user;
    if (isFullYearFamily(library)) {
        // 0 Enabled · 1 Privilege · 2 BackupNumber · 3 reserved · 4–7 u32 user id
        user.enabled = u8(record, 0) != 0;
        user.privilegeByte = u8(record, 1);
        user.backupNumber = u8(record, 2);
        user.userId = QString::number(u32(record, 4));
    } else {
        // user id (u32 or ASCII) · Privilege · Enabled · u16 credential flags
        const int width = textIdWidth(library);
        const int after = width ? width : 4;
        user.userId = width ? asciiId(record, 0, width) : QString::number(u32(record, 0));
        user.privilegeByte = u8(record, after);
        user.enabled = u8(record, after + 1) != 0;
        user.credentials = CredentialFlags::fromBits(u16(record, after + 2));
    }
    user.privilege = privilegeFromRecordByte(user.privilegeByte);
    return user;
}

} // namespace

DecodedUserIdRecords decodeUserIdRecords(RecordLibrary library, const QByteArray &data, int count,
                                         int recordSize)
{
    DecodedUserIdRecords result;
    const int expectedSize = userIdRecordSize(library);
    if (expectedSize == 0) {
        result.error = DecodedUserIdRecords::Error::UnknownLibrary;
        return result;
    }
    if (count <= 0)
        return result;
    if (recordSize != expectedSize) {
        result.error = DecodedUserIdRecords::Error::RecordSizeMismatch;
        return result;
    }
    if (data.size() < qsizetype(count) * recordSize) {
        result.error = DecodedUserIdRecords::Error::Truncated;
        return result;
    }
    result.records.reserve(count);
    for (int i = 0; i < count; ++i) {
        UserIdRecord user = decodeRecord(library, data.constData() + qsizetype(i) * recordSize);
        if (user.userId.isEmpty()) {
            ++result.invalidRecords;
            continue;
        }
        result.records.append(std::move(user));
    }
    return result;
}

QByteArray encodeUserIdRecord(RecordLibrary library, const UserIdRecord &user)
{
    const int size = userIdRecordSize(library);
    if (size == 0)
        return {};
    QByteArray out(size, '\0');
    if (isFullYearFamily(library)) {
        putU8(out, 0, user.enabled ? 1 : 0);
        putU8(out, 1, quint32(user.privilegeByte));
        putU8(out, 2, quint32(std::max(user.backupNumber, 0)));
        putU32(out, 4, user.userId.toUInt());
        return out;
    }
    const int width = textIdWidth(library);
    const int after = width ? width : 4;
    if (width)
        putAsciiId(out, 0, width, user.userId);
    else
        putU32(out, 0, user.userId.toUInt());
    putU8(out, after, quint32(user.privilegeByte));
    putU8(out, after + 1, user.enabled ? 1 : 0);
    putU16(out, after + 2, user.credentials.toBits());
    return out;
}

} // namespace punchclock::protocol
