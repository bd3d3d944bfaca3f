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

QString userIdSortKey(const QString &userId)
{
    // '0'-padded past the 20 digits of any 64-bit number; '~' sorts after every digit.
    bool numeric = false;
    const qulonglong value = userId.toULongLong(&numeric);
    return numeric ? QString::number(value).rightJustified(24, QLatin1Char('0')) : QLatin1Char('~') + userId;
}

} // namespace punchclock::protocol
