#include "logrecordcodec.h"

#include "binaryfields.h"
#include "tm32.h"

namespace punchclock::protocol {

namespace {

using namespace binary;

// Layouts whose date is a tm32 word; HS100 and HS200 use a full-year word instead.
struct Tm32Layout
{
    int userIdOffset;
    int userIdWidth; // 0 = u32 user id
    int secondOffset;
    int dateOffset;
    int workCodeOffset; // -1 = none
    int ioModeOffset;
    int ioModeWidth;
    int verifyOffset;
    int verifyWidth;
    int dataVersionOffset;
    int dataVersion;
    int valid;
};

const Tm32Layout *tm32Layout(RecordLibrary library)
{
    static const Tm32Layout hs101{0, 0, 7, 8, -1, 5, 1, 6, 1, 4, 1, 1};
    static const Tm32Layout hs102{0, 16, 19, 20, 18, 24, 4, 28, 4, 16, 1, 2};
    static const Tm32Layout hs103{0, 32, 35, 36, 34, 40, 4, 44, 4, 32, 1, 2};
    static const Tm32Layout hs105{0, 0, 7, 8, 6, 12, 4, 16, 4, 4, 1, 2};
    switch (library) {
    case RecordLibrary::HS101:
    case RecordLibrary::HS104: return &hs101;
    case RecordLibrary::HS102: return &hs102;
    case RecordLibrary::HS103: return &hs103;
    case RecordLibrary::HS105: return &hs105;
    default: return nullptr;
    }
}

quint32 readSized(const char *record, int offset, int width)
{
    return width == 4 ? u32(record, offset) : u8(record, offset);
}

void writeSized(QByteArray &out, int offset, int width, quint32 value)
{
    if (width == 4)
        putU32(out, offset, value);
    else
        putU8(out, offset, value);
}

LogRecord decodeTm32Record(RecordLibrary library, const Tm32Layout &layout, const char *record)
{
    LogRecord log;
    log.userId = layout.userIdWidth ? asciiId(record, layout.userIdOffset, layout.userIdWidth)
                                    : QString::number(u32(record, layout.userIdOffset));
    log.ioTime = tm32::decode(u32(record, layout.dateOffset), u8(record, layout.secondOffset));
    if (layout.workCodeOffset >= 0)
        log.workCode = u8(record, layout.workCodeOffset);
    log.ioMode = decodeIoMode(library, readSized(record, layout.ioModeOffset, layout.ioModeWidth));
    log.verifyModeRaw = readSized(record, layout.verifyOffset, layout.verifyWidth);
    log.verifyMethods = verifyMethodsFromCode(library, log.verifyModeRaw);
    return log;
}

QByteArray encodeTm32Record(const Tm32Layout &layout, int size, const LogRecord &log)
{
    QByteArray out(size, '\0');
    if (layout.userIdWidth)
        putAsciiId(out, layout.userIdOffset, layout.userIdWidth, log.userId);
    else
        putU32(out, layout.userIdOffset, log.userId.toUInt());
    putU8(out, layout.dataVersionOffset, quint32(layout.dataVersion));
    putU8(out, layout.secondOffset, quint32(log.ioTime.time().second()));
    putU32(out, layout.dateOffset, tm32::encode(log.ioTime, layout.valid));
    if (layout.workCodeOffset >= 0)
        putU8(out, layout.workCodeOffset, quint32(log.workCode));
    writeSized(out, layout.ioModeOffset, layout.ioModeWidth, log.ioMode.raw);
    writeSized(out, layout.verifyOffset, layout.verifyWidth, log.verifyModeRaw);
    return out;
}

// HS100: 0 Valid · 1–2 u16 Kind:6 InOut:2 · 3 Second · 4–7 u32 user id · 8–11 full-year date.
// HS200: 0 Valid · 1 Second · 2–3 u16 Kind:6 InOut:5 BackupNumber:5 · 4–7 user id · 8–11 date.
LogRecord decodeFullYearRecord(RecordLibrary library, const char *record)
{
    const bool hs200 = library == RecordLibrary::HS200;
    const quint16 kindBits = u16(record, hs200 ? 2 : 1);
    const int second = u8(record, hs200 ? 1 : 3);
    LogRecord log;
    log.userId = QString::number(u32(record, 4));
    log.ioTime = tm32::decodeFullYear(u32(record, 8), second);
    log.verifyModeRaw = kindBits & 0x3fu;
    log.verifyMethods = verifyMethodsFromCode(library, log.verifyModeRaw);
    log.ioMode = decodeIoMode(library, (kindBits >> 6) & (hs200 ? 0x1fu : 0x3u));
    return log;
}

QByteArray encodeFullYearRecord(RecordLibrary library, const LogRecord &log)
{
    const bool hs200 = library == RecordLibrary::HS200;
    QByteArray out(12, '\0');
    putU8(out, 0, 1);
    putU16(out, hs200 ? 2 : 1, (log.verifyModeRaw & 0x3fu) | (log.ioMode.raw << 6));
    putU8(out, hs200 ? 1 : 3, quint32(log.ioTime.time().second()));
    putU32(out, 4, log.userId.toUInt());
    putU32(out, 8, tm32::encodeFullYear(log.ioTime));
    return out;
}

} // namespace

DecodedLogRecords decodeLogRecords(RecordLibrary library, const QByteArray &data, int count,
                                   int recordSize)
{
    DecodedLogRecords result;
    const int expectedSize = logRecordSize(library);
    if (expectedSize == 0) {
        result.error = DecodedLogRecords::Error::UnknownLibrary;
        return result;
    }
    if (count <= 0)
        return result;
    if (recordSize != expectedSize) {
        result.error = DecodedLogRecords::Error::RecordSizeMismatch;
        return result;
    }
    if (data.size() < qsizetype(count) * recordSize) {
        result.error = DecodedLogRecords::Error::Truncated;
        return result;
    }
    const Tm32Layout *layout = tm32Layout(library);
    result.records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const char *record = data.constData() + qsizetype(i) * recordSize;
        LogRecord log = layout ? decodeTm32Record(library, *layout, record)
                               : decodeFullYearRecord(library, record);
        if (!log.ioTime.isValid() || log.userId.isEmpty()) {
            ++result.invalidRecords;
            continue;
        }
        result.records.append(std::move(log));
    }
    return result;
}

QByteArray encodeLogRecord(RecordLibrary library, const LogRecord &record)
{
    if (const Tm32Layout *layout = tm32Layout(library))
        return encodeTm32Record(*layout, logRecordSize(library), record);
    if (library == RecordLibrary::HS100 || library == RecordLibrary::HS200)
        return encodeFullYearRecord(library, record);
    return {};
}

} // namespace punchclock::protocol
