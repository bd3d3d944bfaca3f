#include "digitcredential.h"

#include "codetables.h"

namespace punchclock::protocol {

bool isDigitCredential(int backupNumber)
{
    const CredentialKind kind = credentialKind(backupNumber);
    return kind == CredentialKind::Password || kind == CredentialKind::Card;
}

QByteArray withoutTrailingNul(const QByteArray &data)
{
    return data.endsWith('\0') ? data.chopped(1) : data;
}

QByteArray storedCredentialData(int backupNumber, const QByteArray &data)
{
    return isDigitCredential(backupNumber) ? withoutTrailingNul(data) : data;
}

QByteArray credentialDataFor(int backupNumber, const QByteArray &data, DigitForm form)
{
    if (!isDigitCredential(backupNumber))
        return data;
    const QByteArray digits = withoutTrailingNul(data);
    return form == DigitForm::WithNul ? digits + '\0' : digits;
}

std::optional<DigitForm> digitFormOf(int backupNumber, const QByteArray &data)
{
    // A lone NUL is no number: it tells nothing about the form.
    if (!isDigitCredential(backupNumber) || withoutTrailingNul(data).isEmpty())
        return std::nullopt;
    return data.endsWith('\0') ? DigitForm::WithNul : DigitForm::Plain;
}

} // namespace punchclock::protocol
