#pragma once

#include "codetables.h"

#include <QDateTime>
#include <QString>

namespace punchclock::engine::attendance {

// Where a punch comes from. Corrections are made by the caller on the punch list; the
// calculator only needs to know which punches no longer count.
enum class PunchSource {
    Terminal,
    Added,  // entered by hand
    Moved,  // a terminal punch whose time or direction was corrected
    Voided, // kept for the record, never counted
};

struct PunchInput
{
    qint64 id = 0;
    QString userId;
    QDateTime time; // zone-less wall clock (protocol::walltime)
    protocol::Direction direction = protocol::Direction::Unknown;
    // False for punches that do not count: kept from a terminal that has not been approved.
    bool counts = true;
    // When it began to count (UTC milliseconds since the epoch): it arrived, or its pending
    // terminal was approved. Compared with AttendanceRules::closedAtMs.
    qint64 countedAtMs = 0;
    PunchSource source = PunchSource::Terminal;
};

} // namespace punchclock::engine::attendance
