#pragma once

#include <QDateTime>

namespace punchclock::engine {

// Terminals fall back to 2000-01-01 or 2015-01-01 after a power loss (protocol.md §10), and a
// wrong clock can also run ahead. Such punches are stored and acknowledged, but flagged.
bool isPlausiblePunchTime(const QDateTime &ioTime, const QDateTime &siteNow);

} // namespace punchclock::engine
