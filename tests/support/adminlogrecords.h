#pragma once

#include "adminlogcodec.h"
#include "walltime.h"

namespace punchclock::test {

// An administrator-log record as an FKDataHS101 terminal writes it, `raw` holding the bytes a
// real download carries: for the tests of the keypad log's store and its views. `kind` is an
// int so that kinds without a known meaning can be made too.
inline protocol::AdminLogRecord hs101AdminLogRecord(int kind, const char *managerId, const char *userId,
                                                    const char *storageTime, int target = 0)
{
    protocol::AdminLogRecord log;
    log.decoded = true;
    log.kind = kind;
    log.managerId = QLatin1String(managerId);
    log.userId = QLatin1String(userId);
    log.target = target;
    log.time = protocol::walltime::fromStorage(QLatin1String(storageTime));
    log.raw = protocol::encodeAdminLogRecord(protocol::RecordLibrary::HS101, log);
    return log;
}

} // namespace punchclock::test
