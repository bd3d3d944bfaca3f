#include "commandvalidation.h"

#include "codetables.h"
#include "digitcredential.h"
#include "identifiers.h"
#include "walltime.h"

#include <QStringList>

#include <limits>

namespace punchclock::protocol::commandvalidation {

namespace {

bool isControlCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

bool isAsciiDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Decimal 0–255 without leading zeros: some parsers read "010" as octal.
bool parseOctet(const QString &text, int *value)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    *value = text.toInt();
    return *value <= 255;
}

} // namespace

ParameterError checkUserId(const QString &userId)
{
    return isValidUserId(userId) ? ParameterError::None : ParameterError::InvalidUserId;
}

ParameterError checkBackupNumber(qint64 backupNumber)
{
    if (backupNumber < 0 || backupNumber > std::numeric_limits<int>::max())
        return ParameterError::InvalidBackupNumber;
    const CredentialKind kind = credentialKind(int(backupNumber));
    return kind == CredentialKind::Invalid || kind == CredentialKind::Photo ? ParameterError::InvalidBackupNumber
                                                                            : ParameterError::None;
}

ParameterError checkCredentialData(int backupNumber, const QByteArray &data)
{
    if (data.isEmpty())
        return ParameterError::EmptyBinary;
    if (isDigitCredential(backupNumber) && !isAsciiDigits(withoutTrailingNul(data)))
        return ParameterError::InvalidCredentialData;
    return ParameterError::None;
}

bool passwordMayBeTooLong(int backupNumber, const QByteArray &data)
{
    return credentialKind(backupNumber) == CredentialKind::Password &&
           withoutTrailingNul(data).size() > UsualMaxPasswordDigits;
}

ParameterError checkPrivilege(const QString &privilege)
{
    return privilegeFromName(privilege) == Privilege::Unknown ? ParameterError::InvalidPrivilege : ParameterError::None;
}

ParameterError checkTerminalName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return ParameterError::EmptyText;
    for (const QChar c : name) {
        if (isControlCharacter(c.unicode()))
            return ParameterError::ControlCharacter;
        if (c.unicode() > 0x7e)
            return ParameterError::NonAsciiText;
    }
    return name.size() > MaxTerminalNameLength ? ParameterError::TextTooLong : ParameterError::None;
}

ParameterError checkUserName(const QString &name, EmptyName empty)
{
    if (empty == EmptyName::Rejected && name.trimmed().isEmpty())
        return ParameterError::EmptyText;
    for (const char32_t c : name.toUcs4()) {
        if (isControlCharacter(c))
            return ParameterError::ControlCharacter;
    }
    return name.toUcs4().size() > MaxUserNameLength ? ParameterError::TextTooLong : ParameterError::None;
}

QString clampedUserName(const QString &name)
{
    qsizetype end = 0;
    for (int kept = 0; end < name.size() && kept < MaxUserNameLength; ++kept)
        end += name.at(end).isHighSurrogate() && end + 1 < name.size() && name.at(end + 1).isLowSurrogate() ? 2 : 1;
    return name.left(end);
}

bool nameMayBeTruncated(const QString &name)
{
    // Characters as a terminal counts them: code points, not UTF-16 units.
    return name.toUcs4().size() > SafeUserNameLength;
}

ParameterError checkServerAddress(const QString &ipv4)
{
    const QStringList parts = ipv4.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return ParameterError::InvalidAddress;
    int octets[4] = {};
    for (int i = 0; i < 4; ++i) {
        if (!parseOctet(parts.at(i), &octets[i]))
            return ParameterError::InvalidAddress;
    }
    // A terminal pointed at "this host", loopback, multicast or broadcast never reaches a server
    // again, and only someone at its keypad can repair that. Loopback is the likely slip (the
    // server's own 127.0.0.1), so it gets its own words.
    if (octets[0] == 127)
        return ParameterError::LoopbackAddress;
    if (octets[0] == 0 || octets[0] >= 224)
        return ParameterError::UnreachableAddress;
    return ParameterError::None;
}

ParameterError checkPort(qint64 port)
{
    return port >= 1 && port <= 65535 ? ParameterError::None : ParameterError::InvalidPort;
}

QString protocolTime(const QDateTime &wallTime)
{
    const QString text = walltime::toProtocol(wallTime);
    return isProtocolTime(text) ? text : QString();
}

bool isProtocolTime(const QString &text)
{
    if (text.size() != 14)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return walltime::fromProtocol(text).isValid();
}

} // namespace punchclock::protocol::commandvalidation
