#pragma once

#include "bscommframe.h"
#include "logrecord.h"
#include "protocolcodes.h"
#include "recordlibrary.h"

namespace punchclock::protocol {

// A realtime_glog body (protocol.md §4.4), validated and normalised.
struct RealtimeLog
{
    RecordLibrary library = RecordLibrary::Unknown;
    LogRecord record;
    ResponseCode error = ResponseCode::Ok; // the code to answer when the body is refused

    bool ok() const { return error == ResponseCode::Ok; }

    // fallbackLibrary is the terminal's announced library, used when the body names none.
    static RealtimeLog parse(const BsCommFrame &frame, RecordLibrary fallbackLibrary);

    // The body a terminal of `library` sends for `record` (keys sorted, '\n' before the NUL).
    static QByteArray encode(RecordLibrary library, const LogRecord &record);
};

} // namespace punchclock::protocol
