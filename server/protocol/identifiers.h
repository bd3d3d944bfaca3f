#pragma once

#include <QString>

namespace punchclock::protocol {

// dev_id and user_id share one rule: [A-Za-z0-9_]{1,24} (protocol.md §4.1, §4.4).
inline constexpr int MaxIdentifierLength = 24;

bool isValidDeviceId(const QString &deviceId);
bool isValidUserId(const QString &userId);

// A key that sorts user ids as people read them: numbers by value (2 before 10), then the
// others by text.
QString userIdSortKey(const QString &userId);

} // namespace punchclock::protocol
