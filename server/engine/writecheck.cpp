#include "writecheck.h"

#include "commandparameters.h"
#include "digitcredential.h"

namespace punchclock::engine {

using protocol::CommandCode;

namespace {

namespace Key = protocol::ParameterKey;

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

void compareName(const QString &sent, const QString &held, WriteCheck *check)
{
    // Terminals pad or trim names with spaces; that is not a difference anyone sees.
    if (sent.trimmed() == held.trimmed())
        return;
    // No terminal known keeps fewer than 8 characters: "Ann" after "Anna" is a rename ignored.
    if (held.size() >= protocol::SafeUserNameLength && held.size() < sent.size() && sent.startsWith(held)) {
        check->nameLimit = int(held.size());
        check->differences << QStringLiteral("the terminal kept only the first %1 characters of the name (\"%2\")")
                                  .arg(held.size())
                                  .arg(held);
        return;
    }
    check->differences << QStringLiteral("the name is still \"%1\", not \"%2\"").arg(held, sent);
}

void comparePrivilege(const QString &sent, const QString &held, WriteCheck *check)
{
    if (protocol::privilegeFromName(sent) != protocol::privilegeFromName(held))
        check->differences << QStringLiteral("the privilege is unchanged (%1, not %2)").arg(held, sent);
}

QString credentialWords(int backupNumber)
{
    const protocol::CredentialKind kind = protocol::credentialKind(backupNumber);
    if (kind == protocol::CredentialKind::Fingerprint)
        return QStringLiteral("fingerprint %1").arg(backupNumber);
    return protocol::credentialKindName(kind);
}

void compareCredential(int backupNumber, const QByteArray &sent, const protocol::UserEnrollment &held,
                       WriteCheck *check)
{
    for (const protocol::Credential &credential : held.credentials) {
        if (credential.backupNumber != backupNumber)
            continue;
        // Templates may be re-encoded by the terminal; passwords and cards must read back as sent.
        if (protocol::isDigitCredential(backupNumber)
            && protocol::storedCredentialData(backupNumber, credential.data)
                != protocol::storedCredentialData(backupNumber, sent))
            check->differences << QStringLiteral("the %1 is not the one sent").arg(credentialWords(backupNumber));
        return;
    }
    check->differences << QStringLiteral("the %1 is missing").arg(credentialWords(backupNumber));
}

} // namespace

QString WriteCheck::message() const
{
    return QStringLiteral("Terminal said OK but did not apply: ") + differences.join(QStringLiteral("; "));
}

bool isCheckedWrite(CommandCode code)
{
    return code == CommandCode::SetUserInfo || code == CommandCode::SetUserName || code == CommandCode::SetUserPrivilege
        || code == CommandCode::SetEnrollData || code == CommandCode::EnableUser;
}

WriteCheck checkWrite(CommandCode code, const QByteArray &sentParameters,
                      const std::optional<protocol::UserEnrollment> &readBack, bool enabledReported)
{
    WriteCheck check;
    const protocol::BsCommFrame frame = protocol::BsCommFrame::decode(sentParameters).frame;
    const QJsonObject json = frame.json();
    if (!readBack) {
        check.differences << QStringLiteral("the terminal does not hold user %1").arg(text(json, Key::UserId));
        return check;
    }
    switch (code) {
    case CommandCode::SetUserInfo: {
        const protocol::UserEnrollment sent = protocol::UserEnrollment::parse(frame);
        compareName(sent.name, readBack->name, &check);
        comparePrivilege(sent.privilegeName, readBack->privilegeName, &check);
        for (const protocol::Credential &credential : sent.credentials)
            compareCredential(credential.backupNumber, credential.data, *readBack, &check);
        break;
    }
    case CommandCode::SetUserName: compareName(text(json, Key::UserName), readBack->name, &check); break;
    case CommandCode::SetUserPrivilege:
        comparePrivilege(text(json, Key::UserPrivilege), readBack->privilegeName, &check);
        break;
    case CommandCode::SetEnrollData:
        compareCredential(json.value(QLatin1String(Key::BackupNumber)).toInt(),
                          frame.binaryFor(json.value(QLatin1String(Key::EnrollData))), *readBack, &check);
        break;
    case CommandCode::EnableUser: {
        if (!enabledReported) {
            check.unchecked = QStringLiteral("the terminal does not report whether a user is enabled");
            break;
        }
        const bool enable = text(json, Key::EnableFlag).compare(QLatin1String("OFF"), Qt::CaseInsensitive) != 0;
        if (enable != readBack->enabled)
            check.differences << (readBack->enabled ? QStringLiteral("the user is still enabled")
                                                    : QStringLiteral("the user is still disabled"));
        break;
    }
    default: break;
    }
    return check;
}

} // namespace punchclock::engine
