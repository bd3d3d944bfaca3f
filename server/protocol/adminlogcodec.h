#pragma once

#include "adminlogrecord.h"
#include "recordlibrary.h"

#include <QByteArray>
#include <QList>

// Binary records of GET_SLOG_DATA per fk_bin_data_lib (protocol.md §8.3). A pure function of the
// bytes and the library, so that it can be fuzzed on its own.
namespace punchclock::protocol {

// 16 (HS101), 40 (HS102); 0 where no layout is known.
int adminLogRecordSize(RecordLibrary library);

// Records of MinAdminLogRecordSize … MaxAdminLogRecordSize bytes are kept even when their layout
// is unknown; another one_log_size is taken for a garbled result. The smallest published layout
// (HS101) is 16 bytes: a record holds at least a kind, two ids and a time.
inline constexpr int MinAdminLogRecordSize = 16;
inline constexpr int MaxAdminLogRecordSize = 1024;
// Far more than a terminal's administrator log holds. Each record costs about 150 bytes once
// decoded, so this bounds a result's memory (~75 MB) whatever its count and size say; a longer
// log is downloaded in date ranges.
inline constexpr int MaxAdminLogRecords = 500000;

struct DecodedAdminLogRecords
{
    enum class Error {
        None,
        InvalidRecordSize, // not MinAdminLogRecordSize … MaxAdminLogRecordSize
        TooManyRecords,    // more than MaxAdminLogRecords
        Truncated,         // fewer bytes than count × recordSize
    };

    QList<AdminLogRecord> records;
    int invalidRecords = 0; // a known layout with an impossible date: counted and skipped
    Error error = Error::None;
};

// Decodes when recordSize is the library's layout; otherwise keeps every record's bytes
// undecoded (protocol.md §8.3: HS103 and others are unknown).
DecodedAdminLogRecords decodeAdminLogRecords(RecordLibrary library, const QByteArray &data, int count, int recordSize);

// The bytes a terminal of this library writes for the record; empty where no layout is known.
QByteArray encodeAdminLogRecord(RecordLibrary library, const AdminLogRecord &record);

} // namespace punchclock::protocol
