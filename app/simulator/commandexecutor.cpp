#include "commandexecutor.h"

#include "jsonfields.h"
#include "logrecordcodec.h"
#include "userenrollment.h"
#include "useridrecordcodec.h"
#include "walltime.h"

#include <QJsonArray>

namespace punchclock::simulator {

using protocol::BsCommFrame;
using protocol::CommandCode;
using protocol::CredentialKind;

namespace {

// The legacy firmware's answer to a credential kind the model has no reader for (protocol.md §5).

QString textParameter(const QJsonObject &parameters, const char *key)
{
    return protocol::json::text(parameters.value(QLatin1String(key)));
}

// "ON" or "OFF" in any case; nullopt for anything else.
std::optional<bool> enableFlag(const QJsonObject &parameters)
{
    const QString flag = textParameter(parameters, "enable_flag");
    if (flag.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0)
        return true;
    if (flag.compare(QLatin1String("OFF"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// Simulated terminals drive one lock.
constexpr int SimulatedDoors = 1;

// Where the wall time is absent or malformed the bound is open (vendor demo semantics, §6).
QDateTime timeParameter(const QJsonObject &parameters, const char *key)
{
    return protocol::walltime::fromProtocol(textParameter(parameters, key));
}

bool isUserWrite(CommandCode code)
{
    return code == CommandCode::SetUserInfo || code == CommandCode::SetUserName || code == CommandCode::SetUserPrivilege
        || code == CommandCode::SetEnrollData || code == CommandCode::EnableUser;
}

} // namespace

CommandOutcome CommandOutcome::ok(BsCommFrame result)
{
    CommandOutcome outcome;
    outcome.result = std::move(result);
    return outcome;
}

CommandOutcome CommandOutcome::failed(const char *returnCode)
{
    CommandOutcome outcome;
    outcome.returnCode = returnCode;
    return outcome;
}

CommandOutcome CommandOutcome::silent()
{
    CommandOutcome outcome;
    outcome.kind = Kind::NoResult;
    outcome.returnCode.clear();
    return outcome;
}

CommandOutcome CommandOutcome::restart()
{
    CommandOutcome outcome;
    outcome.kind = Kind::Restart;
    outcome.returnCode.clear();
    return outcome;
}

CommandExecutor::CommandExecutor(TerminalState &state, TerminalQuirks quirks)
    : m_state(state)
    , m_quirks(quirks)
{}

CommandOutcome CommandExecutor::execute(const QByteArray &commandCode, const BsCommFrame &parameters)
{
    // A command's changes are logged without a manager: no one stood at the keypad.
    const QList<SimulatedUser> before = m_state.users();
    CommandOutcome outcome = carryOut(commandCode, parameters);
    m_state.adminLog().recordUserChanges(before, m_state.users(), QString(), m_state.now());
    return outcome;
}

CommandOutcome CommandExecutor::carryOut(const QByteArray &commandCode, const BsCommFrame &parameters)
{
    const QJsonObject &json = parameters.json();
    const CommandCode code = protocol::commandCodeFromName(commandCode);
    if (m_quirks.ignoresUserWrites && isUserWrite(code))
        return CommandOutcome::ok();
    switch (code) {
    case CommandCode::GetEnrollData: return getEnrollData(json);
    case CommandCode::SetEnrollData: return setEnrollData(parameters);
    case CommandCode::SetTime: return setTime(json);
    case CommandCode::ResetFk: return CommandOutcome::restart();
    case CommandCode::DeleteUser: return deleteUser(json);
    case CommandCode::SetUserName: return setUserName(json);
    case CommandCode::SetUserPrivilege: return setUserPrivilege(json);
    case CommandCode::GetUserIdList: return getUserIdList();
    case CommandCode::GetLogData: return getLogData(json);
    case CommandCode::SetFkName: return setFkName(json);
    case CommandCode::ClearLogData: m_state.clearLogs(); return CommandOutcome::ok();
    case CommandCode::ClearEnrollData: m_state.clearUsers(); return CommandOutcome::ok();
    case CommandCode::GetDeviceStatus: return getDeviceStatus();
    case CommandCode::SetUserInfo: return setUserInfo(parameters);
    case CommandCode::GetUserInfo: return getUserInfo(json);
    case CommandCode::SetWebServerInfo: return setWebServerInfo(json);
    case CommandCode::EnableUser: return enableUser(json);
    case CommandCode::OpenDoor: return openDoor(json);
    case CommandCode::EnableEnrollFunc: return enableEnrollFunc(json);
    case CommandCode::SetCommand: return setCommand(json);
    case CommandCode::GetSlogData:
        return CommandOutcome::ok(m_state.adminLog().result(m_state.library(), timeParameter(json, "begin_time"),
                                                            timeParameter(json, "end_time")));
    case CommandCode::Unknown: break;
    }
    // Terminals ignore commands they do not know: no result at all (protocol.md §6).
    return CommandOutcome::silent();
}

CommandOutcome CommandExecutor::unknownUser() const
{
    return m_quirks.silentOnUnknownUser ? CommandOutcome::silent() : CommandOutcome::failed(ReturnCode::NotExist);
}

bool CommandExecutor::supportsBackupNumber(int backupNumber) const
{
    switch (protocol::credentialKind(backupNumber)) {
    case CredentialKind::Fingerprint:
    case CredentialKind::Password:
    case CredentialKind::Card:
    case CredentialKind::Photo: return true;
    case CredentialKind::Face: return m_state.model().hasFace();
    default: return false;
    }
}

CommandOutcome CommandExecutor::getEnrollData(const QJsonObject &parameters)
{
    const auto backupNumber = protocol::json::integer(parameters.value(QLatin1String("backup_number")));
    if (!backupNumber || protocol::credentialKind(int(*backupNumber)) == CredentialKind::Invalid)
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    const SimulatedUser *user = m_state.user(textParameter(parameters, "user_id"));
    if (!user)
        return CommandOutcome::failed(ReturnCode::NotExist);
    const bool photo = protocol::credentialKind(int(*backupNumber)) == CredentialKind::Photo;
    const QByteArray data = photo ? user->photo : user->credentials.value(int(*backupNumber));
    if (data.isEmpty())
        return CommandOutcome::failed(ReturnCode::NotExist);
    BsCommFrame result;
    const QString reference = result.addBinary(data);
    return CommandOutcome::ok(BsCommFrame({{QStringLiteral("enroll_data"), reference}}, result.binaries()));
}

CommandOutcome CommandExecutor::setEnrollData(const BsCommFrame &parameters)
{
    const QJsonObject &json = parameters.json();
    const QString userId = m_state.canonicalUserId(textParameter(json, "user_id"));
    const auto backupNumber = protocol::json::integer(json.value(QLatin1String("backup_number")));
    bool found = false;
    const QByteArray data = parameters.binaryFor(json.value(QLatin1String("enroll_data")), &found);
    if (userId.isEmpty() || !backupNumber || !found || data.isEmpty() ||
        protocol::credentialKind(int(*backupNumber)) == CredentialKind::Invalid)
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    if (!supportsBackupNumber(int(*backupNumber)))
        return CommandOutcome::failed(ReturnCode::NotSupported);

    // Copying users between terminals goes through SET_ENROLL_DATA, so an unknown id is created.
    SimulatedUser user;
    if (const SimulatedUser *existing = m_state.user(userId))
        user = *existing;
    else
        user.userId = userId;
    if (protocol::credentialKind(int(*backupNumber)) == CredentialKind::Photo)
        user.photo = data;
    else
        user.credentials.insert(int(*backupNumber), data);
    m_state.putUser(std::move(user));
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::setTime(const QJsonObject &parameters)
{
    const QDateTime time = timeParameter(parameters, "time");
    if (!time.isValid())
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    m_state.setClock(time);
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::deleteUser(const QJsonObject &parameters)
{
    if (!m_state.removeUser(textParameter(parameters, "user_id")))
        return unknownUser();
    return m_quirks.deleteAnswersError ? CommandOutcome::failed(ReturnCode::PlainError) : CommandOutcome::ok();
}

CommandOutcome CommandExecutor::setUserName(const QJsonObject &parameters)
{
    SimulatedUser *user = m_state.user(textParameter(parameters, "user_id"));
    if (!user)
        return CommandOutcome::failed(ReturnCode::NotExist);
    user->name = m_state.storedName(textParameter(parameters, "user_name"));
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::setUserPrivilege(const QJsonObject &parameters)
{
    const protocol::Privilege privilege = protocol::privilegeFromName(textParameter(parameters, "user_privilege"));
    if (privilege == protocol::Privilege::Unknown)
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    SimulatedUser *user = m_state.user(textParameter(parameters, "user_id"));
    if (!user)
        return CommandOutcome::failed(ReturnCode::NotExist);
    user->privilege = privilege;
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::getUserIdList() const
{
    const QList<SimulatedUser> users = m_state.users();
    QByteArray records;
    for (const SimulatedUser &user : users) {
        protocol::UserIdRecord record;
        record.userId = user.userId;
        // Only 0 (USER) and 1 (MANAGER) are confirmed record bytes; every keypad role is a manager.
        record.privilegeByte = user.privilege == protocol::Privilege::User ? 0 : 1;
        record.enabled = user.enabled;
        record.credentials = user.credentialFlags();
        records.append(protocol::encodeUserIdRecord(m_state.library(), record));
    }
    QJsonObject json{
        {QStringLiteral("one_user_id_size"), protocol::userIdRecordSize(m_state.library())},
        {QStringLiteral("user_id_count"), int(users.size())},
    };
    BsCommFrame frame;
    if (!users.isEmpty())
        json.insert(QStringLiteral("user_id_array"), frame.addBinary(records));
    return CommandOutcome::ok(BsCommFrame(json, frame.binaries()));
}

CommandOutcome CommandExecutor::getLogData(const QJsonObject &parameters) const
{
    const QList<protocol::LogRecord> logs =
        m_state.logsBetween(timeParameter(parameters, "begin_time"), timeParameter(parameters, "end_time"));
    QByteArray records;
    records.reserve(logs.size() * protocol::logRecordSize(m_state.library()));
    for (const protocol::LogRecord &log : logs)
        records.append(protocol::encodeLogRecord(m_state.library(), log));
    QJsonObject json{
        {QStringLiteral("log_count"), int(logs.size())},
        {QStringLiteral("one_log_size"), protocol::logRecordSize(m_state.library())},
    };
    // A zero-count result carries neither the array key nor a binary, like Fingerspot's (§2.1).
    BsCommFrame frame;
    if (!logs.isEmpty())
        json.insert(QStringLiteral("log_array"), frame.addBinary(records));
    return CommandOutcome::ok(BsCommFrame(json, frame.binaries()));
}

CommandOutcome CommandExecutor::setFkName(const QJsonObject &parameters)
{
    const QJsonValue name = parameters.value(QLatin1String("fk_name"));
    if (!name.isString())
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    m_state.setFkName(name.toString());
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::getDeviceStatus() const
{
    int managers = 0;
    int fingers = 0;
    int faces = 0;
    int passwords = 0;
    int cards = 0;
    const QList<SimulatedUser> users = m_state.users();
    for (const SimulatedUser &user : users) {
        const protocol::CredentialFlags flags = user.credentialFlags();
        managers += user.privilege == protocol::Privilege::User ? 0 : 1;
        fingers += flags.fingers;
        faces += flags.face ? 1 : 0;
        passwords += flags.password ? 1 : 0;
        cards += flags.card ? 1 : 0;
    }
    const int total = int(users.size());
    return CommandOutcome::ok(BsCommFrame(QJsonObject{
        {QStringLiteral("total_user_count"), total},
        {QStringLiteral("user_count"), total - managers},
        {QStringLiteral("manager_count"), managers},
        {QStringLiteral("fp_count"), fingers},
        {QStringLiteral("face_count"), faces},
        {QStringLiteral("password_count"), passwords},
        {QStringLiteral("idcard_count"), cards},
        {QStringLiteral("total_log_count"), int(m_state.logs().size())},
    }));
}

CommandOutcome CommandExecutor::setUserInfo(const BsCommFrame &parameters)
{
    const protocol::UserEnrollment sent = protocol::UserEnrollment::parse(parameters);
    const QString userId = m_state.canonicalUserId(sent.userId);
    if (!sent.ok() || userId.isEmpty())
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    // The whole user is replaced: what the command does not carry is deleted (Fingerspot, §6).
    SimulatedUser user;
    user.userId = userId;
    user.name = sent.name;
    user.privilege = protocol::privilegeFromName(sent.privilegeName);
    if (user.privilege == protocol::Privilege::Unknown)
        user.privilege = protocol::Privilege::User;
    user.enabled = sent.enabled;
    user.photo = sent.photo;
    for (const protocol::Credential &credential : sent.credentials) {
        if (!supportsBackupNumber(credential.backupNumber))
            return CommandOutcome::failed(ReturnCode::NotSupported);
        if (protocol::credentialKind(credential.backupNumber) == CredentialKind::Photo)
            user.photo = credential.data;
        else
            user.credentials.insert(credential.backupNumber, credential.data);
    }
    m_state.putUser(std::move(user));
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::getUserInfo(const QJsonObject &parameters) const
{
    const SimulatedUser *user = m_state.user(textParameter(parameters, "user_id"));
    if (!user)
        return unknownUser();
    const protocol::UserEnrollment enrollment = user->toEnrollment();
    const BsCommFrame frame = enrollment.toFrame();
    QJsonObject json = frame.json();
    json.insert(QStringLiteral("enable_flag"), user->enabled ? QStringLiteral("ON") : QStringLiteral("OFF"));
    if (enrollment.credentials.isEmpty())
        json.insert(QStringLiteral("enroll_data_array"), QJsonValue::Null);
    return CommandOutcome::ok(BsCommFrame(json, frame.binaries()));
}

CommandOutcome CommandExecutor::setWebServerInfo(const QJsonObject &parameters)
{
    // The spec's keys and those of the vendor admin UI / legacy firmware are both accepted (§15.9).
    ServerAddress server;
    server.host = textParameter(parameters, "server_ip");
    if (server.host.isEmpty())
        server.host = textParameter(parameters, "ip_address");
    auto port = protocol::json::integer(parameters.value(QLatin1String("server_port")));
    if (!port)
        port = protocol::json::integer(parameters.value(QLatin1String("port")));
    if (server.host.trimmed().isEmpty() || server.host.contains(QLatin1Char(' ')) || !port || *port < 1 ||
        *port > 65535)
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    server.host = server.host.trimmed();
    server.port = quint16(*port);
    m_state.setPendingServer(server);
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::enableUser(const QJsonObject &parameters)
{
    const std::optional<bool> enabled = enableFlag(parameters);
    if (!enabled)
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    SimulatedUser *user = m_state.user(textParameter(parameters, "user_id"));
    if (!user)
        return unknownUser();
    // The templates stay: a disabled user is refused at the keypad until enabled again.
    user->enabled = *enabled;
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::openDoor(const QJsonObject &parameters)
{
    const auto door = protocol::json::integer(parameters.value(QLatin1String("door_no")));
    if (!door || *door < 1 || *door > SimulatedDoors)
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    m_state.openDoor(int(*door));
    return CommandOutcome::ok();
}

CommandOutcome CommandExecutor::enableEnrollFunc(const QJsonObject &parameters)
{
    const std::optional<bool> enabled = enableFlag(parameters);
    if (!enabled)
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    m_state.setEnrollMenuLocked(!*enabled);
    return CommandOutcome::ok();
}

// Only enter_enroll is known (protocol.md §6): answered at once, the screen opens afterwards.
CommandOutcome CommandExecutor::setCommand(const QJsonObject &parameters)
{
    if (textParameter(parameters, "cmd") != QLatin1String("enter_enroll"))
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    const QJsonObject param = parameters.value(QLatin1String("param")).toObject();
    const QString userId = m_state.canonicalUserId(textParameter(param, "user_id"));
    const auto backupNumber = protocol::json::integer(param.value(QLatin1String("backup_number")));
    if (userId.isEmpty() || !backupNumber || protocol::credentialKind(int(*backupNumber)) == CredentialKind::Invalid
        || protocol::credentialKind(int(*backupNumber)) == CredentialKind::Photo)
        return CommandOutcome::failed(ReturnCode::InvalidParameter);
    if (m_quirks.refusesRemoteEnroll || !supportsBackupNumber(int(*backupNumber)))
        return CommandOutcome::failed(ReturnCode::NotSupported);
    m_state.requestEnrollScreen(userId, int(*backupNumber));
    return CommandOutcome::ok();
}

} // namespace punchclock::simulator
