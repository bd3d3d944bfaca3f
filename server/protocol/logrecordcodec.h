#pragma once

#include "logrecord.h"
#include "recordlibrary.h"

namespace punchclock::protocol {

// Binary log records of GET_LOG_DATA per fk_bin_data_lib (protocol.md §8.1).
struct DecodedLogRecords
{
    enum class Error {
        None,
        UnknownLibrary,
        RecordSizeMismatch, // one_log_size differs from what the library defines
        Truncated,          // fewer bytes than log_count × one_log_size
    };

    QList<LogRecord> records;
    int invalidRecords = 0; // records with an impossible date or an empty user id, skipped
    Error error = Error::None;
};

DecodedLogRecords decodeLogRecords(RecordLibrary library, const QByteArray &data, int count,
                                   int recordSize);

// The exact bytes a terminal of this library would send for the record (raw io/verify codes).
QByteArray encodeLogRecord(RecordLibrary library, const LogRecord &record);

} // namespace punchclock::protocol
