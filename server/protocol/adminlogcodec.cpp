#include "adminlogcodec.h"

#include "binaryfields.h"
#include "tm32.h"

namespace punchclock::protocol {

namespace {

using namespace binary;

// Both layouts: 0 Valid · 1 Kind · 2 BackupNumber · 3 toBackupNumber · manager id · user id ·
// date word. HS101 ids are u32 (0 = none), HS102 ids 16 ASCII bytes NUL-padded.
struct AdminLogLayout
{
    int size;
    int idWidth; // 0 = u32 ids
    int managerOffset;
    int userOffset;
    int dateOffset;
};

constexpr AdminLogLayout hs101{16, 0, 4, 8, 12};
constexpr AdminLogLayout hs102{40, 16, 4, 20, 36};

const AdminLogLayout *layoutOf(RecordLibrary library)
{
    switch (library) {
    case RecordLibrary::HS101: return &hs101;
    case RecordLibrary::HS102: return &hs102;
    default: return nullptr;
    }
}

QString readId(const char *record, const AdminLogLayout &layout, int offset)
{
    if (layout.idWidth)
        return asciiId(record, offset, layout.idWidth);
    const quint32 id = u32(record, offset);
    return id == 0 ? QString() : QString::number(id);
}

void writeId(QByteArray &out, const AdminLogLayout &layout, int offset, const QString &id)
{
    if (layout.idWidth)
        putAsciiId(out, offset, layout.idWidth, id);
    else
        putU32(out, offset, id.toUInt());
}

AdminLogRecord decodeRecord(const AdminLogLayout &layout, const char *record)
{
    AdminLogRecord log;
    log.decoded = true;
    log.kind = u8(record, 1);
    log.managerVerify = u8(record, 2);
    log.target = u8(record, 3);
    log.managerId = readId(record, layout, layout.managerOffset);
    log.userId = readId(record, layout, layout.userOffset);
    log.time = tm32::decodeYear1900(u32(record, layout.dateOffset));
    return log;
}

} // namespace

bool isKnownAdminAction(int kind)
{
    return kind >= int(AdminAction::EnrollUser) && kind <= int(AdminAction::DeleteUser);
}

int adminLogRecordSize(RecordLibrary library)
{
    const AdminLogLayout *layout = layoutOf(library);
    return layout ? layout->size : 0;
}

DecodedAdminLogRecords decodeAdminLogRecords(RecordLibrary library, const QByteArray &data, int count, int recordSize)
{
    DecodedAdminLogRecords result;
    if (count <= 0)
        return result;
    if (recordSize < MinAdminLogRecordSize || recordSize > MaxAdminLogRecordSize) {
        result.error = DecodedAdminLogRecords::Error::InvalidRecordSize;
        return result;
    }
    if (data.size() < qsizetype(count) * recordSize) {
        result.error = DecodedAdminLogRecords::Error::Truncated;
        return result;
    }
    if (count > MaxAdminLogRecords) {
        result.error = DecodedAdminLogRecords::Error::TooManyRecords;
        return result;
    }
    const AdminLogLayout *known = layoutOf(library);
    const AdminLogLayout *layout = known && known->size == recordSize ? known : nullptr;
    result.records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qsizetype offset = qsizetype(i) * recordSize;
        AdminLogRecord log;
        if (layout) {
            log = decodeRecord(*layout, data.constData() + offset);
            if (!log.time.isValid()) {
                ++result.invalidRecords;
                continue;
            }
        }
        log.raw = data.mid(offset, recordSize);
        result.records.append(std::move(log));
    }
    return result;
}

QByteArray encodeAdminLogRecord(RecordLibrary library, const AdminLogRecord &record)
{
    const AdminLogLayout *layout = layoutOf(library);
    if (!layout)
        return {};
    QByteArray out(layout->size, '\0');
    putU8(out, 0, 1);
    putU8(out, 1, quint32(record.kind));
    putU8(out, 2, quint32(record.managerVerify));
    putU8(out, 3, quint32(record.target));
    writeId(out, *layout, layout->managerOffset, record.managerId);
    writeId(out, *layout, layout->userOffset, record.userId);
    putU32(out, layout->dateOffset, tm32::encodeYear1900(record.time));
    return out;
}

} // namespace punchclock::protocol
