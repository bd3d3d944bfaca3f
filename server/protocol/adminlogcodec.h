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

// Records as large as this or smaller are kept even when their layout is unknown; a larger
// one_log_size is taken for a garbled result.
inline constexpr int MaxAdminLogRecordSize = 1024;

struct DecodedAdminLogRecords
{
    enum class Error {
        None,
        InvalidRecordSize, // not 1 … MaxAdminLogRecordSize
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
