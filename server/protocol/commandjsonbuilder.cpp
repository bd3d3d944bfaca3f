// buildCommand(): the JSON entry of commandbuilder.h. Reads the operator's JSON into typed values
// (commandjsonreader.h) and hands them to the typed builders, which own the value rules.

#include "commandbuilder.h"
#include "commandjsonreader.h"
#include "commandvalidation.h"
#include "jsonfields.h"
#include "walltime.h"

#include <QJsonArray>

namespace punchclock::protocol {

namespace {

namespace Key = ParameterKey;
using commandvalidation::checkBackupNumber;
using commandvalidation::checkPort;
using commandvalidation::checkServerAddress;
using commandvalidation::isProtocolTime;

BuiltCommand rejected(CommandCode code, ParameterError error, const QString &field)
{
    BuiltCommand command;
    command.code = code;
    command.error = error;
    command.errorField = field;
    return command;
}

// An absent, null or empty bound means "no bound", as in the vendor demo (protocol.md §6).
std::optional<QDateTime> optionalTime(CommandJsonReader &in, const char *key)
{
    if (!in.has(key) || in.object().value(QLatin1String(key)) == QJsonValue(QString()))
        return QDateTime();
    const auto text = in.string(key, ParameterError::InvalidTime);
    if (!text)
        return std::nullopt;
    if (!isProtocolTime(*text)) {
        in.context().fail(ParameterError::InvalidTime, in.field(key));
        return std::nullopt;
    }
    return walltime::fromProtocol(*text);
}

std::optional<int> backupNumber(CommandJsonReader &in)
{
    const auto number = in.integer(Key::BackupNumber, ParameterError::InvalidBackupNumber);
    if (!number)
        return std::nullopt;
    // Range first: the typed builders take an int, and a wrapped 2^32 would read as finger 0.
    if (checkBackupNumber(*number) != ParameterError::None) {
        in.context().fail(ParameterError::InvalidBackupNumber, in.field(Key::BackupNumber));
        return std::nullopt;
    }
    return int(*number);
}

// Checked at once (the typed builders check again) so that the first bad field is the one reported.
std::optional<QString> checked(CommandJsonReader &in, const char *key, std::optional<QString> value,
                               ParameterError (*check)(const QString &))
{
    if (value && check(*value) != ParameterError::None) {
        in.context().fail(check(*value), in.field(key));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> userId(CommandJsonReader &in)
{
    return checked(in, Key::UserId, in.text(Key::UserId, ParameterError::InvalidUserId),
                   commandvalidation::checkUserId);
}

std::optional<QString> privilege(CommandJsonReader &in)
{
    return checked(in, Key::UserPrivilege, in.string(Key::UserPrivilege, ParameterError::InvalidPrivilege),
                   commandvalidation::checkPrivilege);
}

// Either key style may be given; when both are, they have to agree.
template <typename SameValue>
std::optional<QJsonValue> eitherStyle(CommandJsonReader &in, const char *specKey, const char *legacyKey, SameValue same)
{
    const bool hasSpec = in.has(specKey);
    const bool hasLegacy = in.has(legacyKey);
    if (!hasSpec && !hasLegacy) {
        in.context().fail(ParameterError::MissingField, in.field(specKey));
        return std::nullopt;
    }
    const QJsonValue spec = in.object().value(QLatin1String(specKey));
    const QJsonValue legacy = in.object().value(QLatin1String(legacyKey));
    if (hasSpec && hasLegacy && !same(spec, legacy)) {
        in.context().fail(ParameterError::ConflictingValues, in.field(legacyKey));
        return std::nullopt;
    }
    return hasSpec ? spec : legacy;
}

BuiltCommand setWebServerInfo(CommandJsonReader &in)
{
    if (!in.allowOnly({Key::ServerIp, Key::ServerPort, Key::IpAddress, Key::Port}))
        return {};
    const auto address =
        eitherStyle(in, Key::ServerIp, Key::IpAddress, [](const QJsonValue &a, const QJsonValue &b) { return a == b; });
    if (!address)
        return {};
    // Errors name the key the operator wrote; the typed builder only knows the spec's.
    const char *addressKey = in.has(Key::ServerIp) ? Key::ServerIp : Key::IpAddress;
    const ParameterError addressError =
        address->isString() ? checkServerAddress(address->toString()) : ParameterError::InvalidAddress;
    if (addressError != ParameterError::None) {
        in.context().fail(addressError, in.field(addressKey));
        return {};
    }
    const auto port = eitherStyle(in, Key::ServerPort, Key::Port, [](const QJsonValue &a, const QJsonValue &b) {
        return json::integer(a) == json::integer(b);
    });
    if (!port)
        return {};
    const auto number = json::integer(*port);
    if (!number || checkPort(*number) != ParameterError::None) {
        in.context().fail(ParameterError::InvalidPort, in.field(in.has(Key::ServerPort) ? Key::ServerPort : Key::Port));
        return {};
    }
    return Commands::setWebServerInfo(address->toString(), int(*number));
}

std::optional<Credential> credential(CommandJsonContext &context, const QJsonValue &item, int index)
{
    const QString prefix =
        QString(QLatin1String(Key::EnrollDataArray) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'));
    if (!item.isObject()) {
        context.fail(ParameterError::WrongType, prefix);
        return std::nullopt;
    }
    CommandJsonReader in(context, item.toObject(), QString(prefix + QLatin1Char('.')));
    if (!in.allowOnly({Key::BackupNumber, Key::EnrollData}))
        return std::nullopt;
    const auto number = backupNumber(in);
    const auto data = number ? in.binary(Key::EnrollData) : std::nullopt;
    if (!data)
        return std::nullopt;
    return Credential{*number, *data};
}

// "ON" or "OFF", in any case; required.
std::optional<bool> enableFlag(CommandJsonReader &in)
{
    const auto flag = in.string(Key::EnableFlag, ParameterError::InvalidEnableFlag);
    if (!flag)
        return std::nullopt;
    const bool on = flag->compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0;
    if (!on && flag->compare(QLatin1String("OFF"), Qt::CaseInsensitive) != 0) {
        in.context().fail(ParameterError::InvalidEnableFlag, in.field(Key::EnableFlag));
        return std::nullopt;
    }
    return on;
}

BuiltCommand setUserInfo(CommandJsonReader &in)
{
    if (!in.allowOnly(
            {Key::UserId, Key::UserName, Key::UserPrivilege, Key::UserPhoto, Key::EnrollDataArray, Key::EnableFlag}))
        return {};
    UserEnrollment user;
    const auto id = userId(in);
    // Required although it may be empty: the command replaces the whole user, so leaving the key
    // out would blank the name without the operator having said so.
    const auto name = id ? in.text(Key::UserName, ParameterError::WrongType) : std::nullopt;
    const auto privilegeText = name ? privilege(in) : std::nullopt;
    if (!privilegeText)
        return {};
    user.userId = *id;
    user.name = *name;
    user.privilegeName = *privilegeText;

    if (in.has(Key::UserPhoto)) {
        const auto photo = in.binary(Key::UserPhoto);
        if (!photo)
            return {};
        user.photo = *photo;
    }

    const QJsonValue enrolled = in.object().value(QLatin1String(Key::EnrollDataArray));
    if (in.has(Key::EnrollDataArray) && !enrolled.isArray()) {
        in.context().fail(ParameterError::WrongType, in.field(Key::EnrollDataArray));
        return {};
    }
    const QJsonArray items = enrolled.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const auto entry = credential(in.context(), items.at(i), i);
        if (!entry)
            return {};
        user.credentials.append(*entry);
    }

    if (in.has(Key::EnableFlag)) {
        const auto on = enableFlag(in);
        if (!on)
            return {};
        user.enabled = *on;
    }
    return Commands::setUserInfo(user);
}

// SET_COMMAND: only enter_enroll is known to do anything on a terminal (protocol.md §6).
BuiltCommand setCommand(CommandJsonReader &in)
{
    if (!in.allowOnly({Key::Cmd, Key::Param}))
        return {};
    const auto cmd = in.string(Key::Cmd, ParameterError::WrongType);
    if (!cmd)
        return {};
    if (*cmd != QLatin1String(Key::EnterEnroll)) {
        in.context().fail(ParameterError::UnexpectedField, in.field(Key::Cmd));
        return {};
    }
    const QJsonValue param = in.object().value(QLatin1String(Key::Param));
    if (!param.isObject()) {
        in.context().fail(in.has(Key::Param) ? ParameterError::WrongType : ParameterError::MissingField,
                          in.field(Key::Param));
        return {};
    }
    CommandJsonReader inner(in.context(), param.toObject(), QString(QLatin1String(Key::Param) + QLatin1Char('.')));
    if (!inner.allowOnly({Key::UserId, Key::BackupNumber}))
        return {};
    const auto id = userId(inner);
    const auto number = id ? backupNumber(inner) : std::nullopt;
    return number ? Commands::enterEnroll(*id, *number) : BuiltCommand();
}

BuiltCommand parameterless(CommandCode code)
{
    switch (code) {
    case CommandCode::GetUserIdList: return Commands::getUserIdList();
    case CommandCode::GetDeviceStatus: return Commands::getDeviceStatus();
    case CommandCode::ResetFk: return Commands::resetFk();
    case CommandCode::ClearLogData: return Commands::clearLogData();
    case CommandCode::ClearEnrollData: return Commands::clearEnrollData();
    default: break;
    }
    return {};
}

// Builds from the reader, or returns a placeholder once the reader has recorded a problem.
BuiltCommand fromJson(CommandCode code, CommandJsonReader &in)
{
    switch (code) {
    case CommandCode::Unknown: in.context().fail(ParameterError::UnknownCommand, {}); return {};
    case CommandCode::GetUserIdList:
    case CommandCode::GetDeviceStatus:
    case CommandCode::ResetFk:
    case CommandCode::ClearLogData:
    case CommandCode::ClearEnrollData: {
        if (!in.allowOnly({}))
            return {};
        return parameterless(code);
    }
    case CommandCode::GetLogData:
    case CommandCode::GetSlogData: {
        if (!in.allowOnly({Key::BeginTime, Key::EndTime}))
            return {};
        const auto begin = optionalTime(in, Key::BeginTime);
        const auto end = begin ? optionalTime(in, Key::EndTime) : std::nullopt;
        if (!end)
            return {};
        return code == CommandCode::GetLogData ? Commands::getLogData(*begin, *end)
                                               : Commands::getSlogData(*begin, *end);
    }
    case CommandCode::SetTime: {
        if (!in.allowOnly({Key::Time}))
            return {};
        // The server stamps SET_TIME with the site's clock when the terminal receives it, so a
        // time given here only fills the job until then and may be left out.
        if (!in.has(Key::Time))
            return Commands::setTime(QDateTime::currentDateTime());
        const auto time = in.string(Key::Time, ParameterError::InvalidTime);
        if (!time)
            return {};
        if (!isProtocolTime(*time)) {
            in.context().fail(ParameterError::InvalidTime, in.field(Key::Time));
            return {};
        }
        return Commands::setTime(walltime::fromProtocol(*time));
    }
    case CommandCode::DeleteUser:
    case CommandCode::GetUserInfo: {
        if (!in.allowOnly({Key::UserId}))
            return {};
        const auto id = userId(in);
        if (!id)
            return {};
        return code == CommandCode::DeleteUser ? Commands::deleteUser(*id) : Commands::getUserInfo(*id);
    }
    case CommandCode::SetUserName: {
        if (!in.allowOnly({Key::UserId, Key::UserName}))
            return {};
        const auto id = userId(in);
        const auto name = id ? in.text(Key::UserName, ParameterError::WrongType) : std::nullopt;
        return name ? Commands::setUserName(*id, *name) : BuiltCommand();
    }
    case CommandCode::SetUserPrivilege: {
        if (!in.allowOnly({Key::UserId, Key::UserPrivilege}))
            return {};
        const auto id = userId(in);
        const auto privilegeText = id ? privilege(in) : std::nullopt;
        return privilegeText ? Commands::setUserPrivilege(*id, *privilegeText) : BuiltCommand();
    }
    case CommandCode::GetEnrollData: {
        if (!in.allowOnly({Key::UserId, Key::BackupNumber}))
            return {};
        const auto id = userId(in);
        const auto number = id ? backupNumber(in) : std::nullopt;
        return number ? Commands::getEnrollData(*id, *number) : BuiltCommand();
    }
    case CommandCode::SetEnrollData: {
        if (!in.allowOnly({Key::UserId, Key::BackupNumber, Key::EnrollData}))
            return {};
        const auto id = userId(in);
        const auto number = id ? backupNumber(in) : std::nullopt;
        const auto data = number ? in.binary(Key::EnrollData) : std::nullopt;
        return data ? Commands::setEnrollData(*id, *number, *data) : BuiltCommand();
    }
    case CommandCode::SetFkName: {
        if (!in.allowOnly({Key::FkName}))
            return {};
        const auto name = in.text(Key::FkName, ParameterError::WrongType);
        return name ? Commands::setFkName(*name) : BuiltCommand();
    }
    case CommandCode::SetWebServerInfo: return setWebServerInfo(in);
    case CommandCode::EnableUser: {
        if (!in.allowOnly({Key::UserId, Key::EnableFlag}))
            return {};
        const auto id = userId(in);
        const auto on = id ? enableFlag(in) : std::nullopt;
        return on ? Commands::enableUser(*id, *on) : BuiltCommand();
    }
    case CommandCode::OpenDoor: {
        if (!in.allowOnly({Key::DoorNumber}))
            return {};
        const auto door = in.integer(Key::DoorNumber, ParameterError::InvalidDoorNumber);
        if (!door)
            return {};
        // Range first: the typed builder takes an int, and a wrapped 2^32 + 1 would read as door 1.
        if (*door < 1 || *door > MaxDoorNumber) {
            in.context().fail(ParameterError::InvalidDoorNumber, in.field(Key::DoorNumber));
            return {};
        }
        return Commands::openDoor(int(*door));
    }
    case CommandCode::EnableEnrollFunc: {
        if (!in.allowOnly({Key::EnableFlag}))
            return {};
        const auto on = enableFlag(in);
        return on ? Commands::enableEnrollFunc(*on) : BuiltCommand();
    }
    case CommandCode::SetUserInfo: return setUserInfo(in);
    case CommandCode::SetCommand: return setCommand(in);
    }
    in.context().fail(ParameterError::UnknownCommand, {});
    return {};
}

} // namespace

BuiltCommand buildCommand(CommandCode code, const QJsonObject &parameters, const QList<QByteArray> &binaries)
{
    CommandJsonContext context(binaries);
    CommandJsonReader reader(context, parameters);
    BuiltCommand command = fromJson(code, reader);
    if (!context.ok())
        return rejected(code, context.error(), context.errorField());
    if (!command.ok())
        return command;
    if (const QString unused = context.firstUnreferencedBinary(); !unused.isEmpty())
        return rejected(code, ParameterError::UnreferencedBinary, unused);
    return command;
}

} // namespace punchclock::protocol
