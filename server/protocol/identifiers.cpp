#include "identifiers.h"

namespace punchclock::protocol {

namespace {

bool isIdentifier(const QString &text)
{
    if (text.isEmpty() || text.size() > MaxIdentifierLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z')
            || (u >= u'a' && u <= u'z') || u == u'_';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace

bool isValidDeviceId(const QString &deviceId)
{
    return isIdentifier(deviceId);
}

bool isValidUserId(const QString &userId)
{
    return isIdentifier(userId);
}

} // namespace punchclock::protocol
