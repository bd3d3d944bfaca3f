#include "commandbuilder.h"

#include "codetables.h"
#include "commandvalidation.h"

#include <QJsonArray>
#include <QSet>

namespace punchclock::protocol {

namespace {

using namespace commandvalidation;

QString key(const char *name)
{
    return QLatin1String(name);
}

QString credentialField(int index, const char *name)
{
    return QString(key(ParameterKey::EnrollDataArray) + QLatin1Char('[') + QString::number(index) +
                   QLatin1String("].") + QLatin1String(name));
}

// Collects the first failing check (fields are checked in the order the command lists them) and
// the warnings, then frames the parameters only when every check passed.
class CommandDraft
{
public:
    explicit CommandDraft(CommandCode code) { m_command.code = code; }

    bool check(ParameterError error, const QString &field)
    {
        if (m_command.error == ParameterError::None && error != ParameterError::None) {
            m_command.error = error;
            m_command.errorField = field;
        }
        return error == ParameterError::None;
    }

    void warnIf(bool condition, ParameterWarning warning, const QString &field)
    {
        if (condition)
            m_command.warnings.append({warning, field});
    }

    bool failed() const { return !m_command.ok(); }

    BuiltCommand finish(const BsCommFrame &parameters = {})
    {
        if (!failed())
            m_command.parameters = parameters;
        return m_command;
    }

private:
    BuiltCommand m_command;
};

BuiltCommand userIdOnly(CommandCode code, const QString &userId)
{
    CommandDraft draft(code);
    draft.check(checkUserId(userId), key(ParameterKey::UserId));
    return draft.finish(BsCommFrame(QJsonObject{{key(ParameterKey::UserId), userId}}));
}

QString enableFlagText(bool enabled)
{
    return enabled ? QStringLiteral("ON") : QStringLiteral("OFF");
}

BuiltCommand parameterless(CommandCode code)
{
    return CommandDraft(code).finish();
}

void checkCredential(CommandDraft &draft, int backupNumber, const QByteArray &data, const QString &numberField,
                     const QString &dataField)
{
    if (!draft.check(checkBackupNumber(backupNumber), numberField))
        return;
    draft.check(checkCredentialData(backupNumber, data), dataField);
    draft.warnIf(passwordMayBeTooLong(backupNumber, data), ParameterWarning::PasswordMayBeTooLong, dataField);
}

// An invalid QDateTime leaves the bound out; a valid one needs a 14-digit form.
void addTimeBound(CommandDraft &draft, QJsonObject &json, const char *name, const QDateTime &time, const QString &text)
{
    if (!time.isValid())
        return;
    if (draft.check(text.isEmpty() ? ParameterError::InvalidTime : ParameterError::None, key(name)))
        json.insert(key(name), text);
}

// GET_LOG_DATA and GET_SLOG_DATA: both bounds optional, begin not after end.
BuiltCommand timeRange(CommandCode code, const QDateTime &begin, const QDateTime &end)
{
    CommandDraft draft(code);
    QJsonObject json;
    const QString beginText = protocolTime(begin);
    const QString endText = protocolTime(end);
    addTimeBound(draft, json, ParameterKey::BeginTime, begin, beginText);
    addTimeBound(draft, json, ParameterKey::EndTime, end, endText);
    // Fourteen-digit wall times sort as text, whatever zone the QDateTimes carry.
    if (!beginText.isEmpty() && !endText.isEmpty() && beginText > endText)
        draft.check(ParameterError::TimeRangeReversed, key(ParameterKey::EndTime));
    return draft.finish(BsCommFrame(json));
}

} // namespace

namespace Commands {

BuiltCommand getLogData(const QDateTime &begin, const QDateTime &end)
{
    return timeRange(CommandCode::GetLogData, begin, end);
}

BuiltCommand getSlogData(const QDateTime &begin, const QDateTime &end)
{
    return timeRange(CommandCode::GetSlogData, begin, end);
}

BuiltCommand getUserIdList()
{
    return parameterless(CommandCode::GetUserIdList);
}

BuiltCommand getDeviceStatus()
{
    return parameterless(CommandCode::GetDeviceStatus);
}

BuiltCommand resetFk()
{
    return parameterless(CommandCode::ResetFk);
}

BuiltCommand clearLogData()
{
    return parameterless(CommandCode::ClearLogData);
}

BuiltCommand clearEnrollData()
{
    return parameterless(CommandCode::ClearEnrollData);
}

BuiltCommand setTime(const QDateTime &wallTime)
{
    CommandDraft draft(CommandCode::SetTime);
    const QString text = protocolTime(wallTime);
    draft.check(text.isEmpty() ? ParameterError::InvalidTime : ParameterError::None, key(ParameterKey::Time));
    return draft.finish(BsCommFrame(QJsonObject{{key(ParameterKey::Time), text}}));
}

BuiltCommand deleteUser(const QString &userId)
{
    return userIdOnly(CommandCode::DeleteUser, userId);
}

BuiltCommand getUserInfo(const QString &userId)
{
    return userIdOnly(CommandCode::GetUserInfo, userId);
}

BuiltCommand setUserName(const QString &userId, const QString &name)
{
    CommandDraft draft(CommandCode::SetUserName);
    draft.check(checkUserId(userId), key(ParameterKey::UserId));
    draft.check(checkUserName(name, EmptyName::Rejected), key(ParameterKey::UserName));
    draft.warnIf(nameMayBeTruncated(name), ParameterWarning::NameMayBeTruncated, key(ParameterKey::UserName));
    return draft.finish(BsCommFrame(QJsonObject{
        {key(ParameterKey::UserId), userId},
        {key(ParameterKey::UserName), name},
    }));
}

BuiltCommand setUserPrivilege(const QString &userId, const QString &privilege)
{
    CommandDraft draft(CommandCode::SetUserPrivilege);
    draft.check(checkUserId(userId), key(ParameterKey::UserId));
    draft.check(checkPrivilege(privilege), key(ParameterKey::UserPrivilege));
    return draft.finish(BsCommFrame(QJsonObject{
        {key(ParameterKey::UserId), userId},
        {key(ParameterKey::UserPrivilege), privilegeName(privilegeFromName(privilege))},
    }));
}

BuiltCommand getEnrollData(const QString &userId, int backupNumber)
{
    CommandDraft draft(CommandCode::GetEnrollData);
    draft.check(checkUserId(userId), key(ParameterKey::UserId));
    draft.check(checkBackupNumber(backupNumber), key(ParameterKey::BackupNumber));
    return draft.finish(BsCommFrame(QJsonObject{
        {key(ParameterKey::UserId), userId},
        {key(ParameterKey::BackupNumber), backupNumber},
    }));
}

BuiltCommand setEnrollData(const QString &userId, int backupNumber, const QByteArray &data)
{
    CommandDraft draft(CommandCode::SetEnrollData);
    draft.check(checkUserId(userId), key(ParameterKey::UserId));
    checkCredential(draft, backupNumber, data, key(ParameterKey::BackupNumber), key(ParameterKey::EnrollData));
    BsCommFrame frame;
    const QString reference = frame.addBinary(data);
    return draft.finish(BsCommFrame(
        QJsonObject{
            {key(ParameterKey::UserId), userId},
            {key(ParameterKey::BackupNumber), backupNumber},
            {key(ParameterKey::EnrollData), reference},
        },
        frame.binaries()));
}

BuiltCommand setFkName(const QString &name)
{
    CommandDraft draft(CommandCode::SetFkName);
    draft.check(checkTerminalName(name), key(ParameterKey::FkName));
    return draft.finish(BsCommFrame(QJsonObject{{key(ParameterKey::FkName), name}}));
}

BuiltCommand setWebServerInfo(const QString &ipv4, int port)
{
    CommandDraft draft(CommandCode::SetWebServerInfo);
    draft.check(checkServerAddress(ipv4), key(ParameterKey::ServerIp));
    draft.check(checkPort(port), key(ParameterKey::ServerPort));
    return draft.finish(BsCommFrame(QJsonObject{
        {key(ParameterKey::ServerIp), ipv4},
        {key(ParameterKey::ServerPort), port},
        {key(ParameterKey::IpAddress), ipv4},
        {key(ParameterKey::Port), QString::number(port)},
    }));
}

BuiltCommand setUserInfo(const UserEnrollment &user)
{
    CommandDraft draft(CommandCode::SetUserInfo);
    draft.check(checkUserId(user.userId), key(ParameterKey::UserId));
    draft.check(checkUserName(user.name, EmptyName::Allowed), key(ParameterKey::UserName));
    draft.warnIf(nameMayBeTruncated(user.name), ParameterWarning::NameMayBeTruncated, key(ParameterKey::UserName));
    draft.check(checkPrivilege(user.privilegeName), key(ParameterKey::UserPrivilege));

    // Binaries are numbered in the order they appear in the sorted JSON text: the credentials
    // (enroll_data_array) first, then user_photo, as the vendor server rebuilds it (protocol.md §2.1).
    BsCommFrame frame;
    QJsonArray enrolled;
    QSet<int> seenBackupNumbers;
    for (int i = 0; i < user.credentials.size(); ++i) {
        const Credential &credential = user.credentials.at(i);
        const QString numberField = credentialField(i, ParameterKey::BackupNumber);
        checkCredential(draft, credential.backupNumber, credential.data, numberField,
                        credentialField(i, ParameterKey::EnrollData));
        if (seenBackupNumbers.contains(credential.backupNumber))
            draft.check(ParameterError::DuplicateBackupNumber, numberField);
        seenBackupNumbers.insert(credential.backupNumber);
        enrolled.append(QJsonObject{
            {key(ParameterKey::BackupNumber), credential.backupNumber},
            {key(ParameterKey::EnrollData), frame.addBinary(credential.data)},
        });
    }

    QJsonObject json{
        {key(ParameterKey::UserId), user.userId},
        {key(ParameterKey::UserName), user.name},
        {key(ParameterKey::UserPrivilege), privilegeName(privilegeFromName(user.privilegeName))},
        {key(ParameterKey::EnrollDataArray), enrolled},
    };
    if (!user.photo.isEmpty())
        json.insert(key(ParameterKey::UserPhoto), frame.addBinary(user.photo));
    if (!user.enabled)
        json.insert(key(ParameterKey::EnableFlag), enableFlagText(false));
    return draft.finish(BsCommFrame(json, frame.binaries()));
}

BuiltCommand enableUser(const QString &userId, bool enabled)
{
    CommandDraft draft(CommandCode::EnableUser);
    draft.check(checkUserId(userId), key(ParameterKey::UserId));
    return draft.finish(BsCommFrame(QJsonObject{
        {key(ParameterKey::UserId), userId},
        {key(ParameterKey::EnableFlag), enableFlagText(enabled)},
    }));
}

BuiltCommand openDoor(int doorNumber)
{
    CommandDraft draft(CommandCode::OpenDoor);
    draft.check(doorNumber >= 1 && doorNumber <= MaxDoorNumber ? ParameterError::None : ParameterError::InvalidDoorNumber,
                key(ParameterKey::DoorNumber));
    return draft.finish(BsCommFrame(QJsonObject{{key(ParameterKey::DoorNumber), doorNumber}}));
}

BuiltCommand enableEnrollFunc(bool enabled)
{
    return CommandDraft(CommandCode::EnableEnrollFunc)
        .finish(BsCommFrame(QJsonObject{{key(ParameterKey::EnableFlag), enableFlagText(enabled)}}));
}

BuiltCommand enterEnroll(const QString &userId, int backupNumber)
{
    CommandDraft draft(CommandCode::SetCommand);
    draft.check(checkUserId(userId), key(ParameterKey::UserId));
    draft.check(checkBackupNumber(backupNumber), key(ParameterKey::BackupNumber));
    return draft.finish(BsCommFrame(QJsonObject{
        {key(ParameterKey::Cmd), key(ParameterKey::EnterEnroll)},
        {key(ParameterKey::Param),
         QJsonObject{{key(ParameterKey::UserId), userId}, {key(ParameterKey::BackupNumber), backupNumber}}},
    }));
}

} // namespace Commands

} // namespace punchclock::protocol
