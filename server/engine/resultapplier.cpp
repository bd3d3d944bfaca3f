#include "resultapplier.h"

#include "punchplausibility.h"

#include "bscommframe.h"
#include "commandparameters.h"
#include "commandresults.h"
#include "keypadlogrepository.h"
#include "digitcredential.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "walltime.h"

#include <QJsonDocument>

#include <algorithm>

namespace punchclock::engine {

using protocol::CommandCode;

namespace {

QString resultErrorCode(protocol::ResultError error)
{
    switch (error) {
    case protocol::ResultError::NotFramed: return QStringLiteral("NOT_FRAMED");
    case protocol::ResultError::MissingField: return QStringLiteral("MISSING_FIELD");
    case protocol::ResultError::InvalidField: return QStringLiteral("INVALID_FIELD");
    case protocol::ResultError::UnknownLibrary: return QStringLiteral("UNKNOWN_LIBRARY");
    case protocol::ResultError::RecordSizeMismatch: return QStringLiteral("RECORD_SIZE_MISMATCH");
    case protocol::ResultError::Truncated: return QStringLiteral("TRUNCATED");
    case protocol::ResultError::MissingBinary: return QStringLiteral("MISSING_BINARY");
    case protocol::ResultError::None: break;
    }
    return {};
}

// The summary says why a result could not be used, as a code the CLI and console put into words.
ResultApplier::Outcome decodeFailure(protocol::ResultError error)
{
    ResultApplier::Outcome outcome;
    outcome.summary.insert(QStringLiteral("error"), resultErrorCode(error));
    return outcome;
}

QJsonObject parametersOf(const storage::JobRow &job)
{
    return protocol::BsCommFrame::decode(job.parameters).frame.json();
}

} // namespace

ResultApplier::ResultApplier(storage::PunchRepository &punches, storage::UserRepository &users,
                             storage::TerminalRepository &terminals, storage::KeypadLogRepository &keypadLog)
    : m_punches(punches)
    , m_users(users)
    , m_terminals(terminals)
    , m_keypadLog(keypadLog)
{
}

ResultApplier::Outcome ResultApplier::apply(const storage::JobRow &job, const QByteArray &result,
                                            protocol::RecordLibrary library, const QDateTime &siteNow)
{
    switch (protocol::commandCodeFromName(job.commandCode.toLatin1())) {
    case CommandCode::GetLogData: return importLogs(job, result, library, siteNow);
    case CommandCode::GetUserIdList: return recordUserList(job, result, library);
    case CommandCode::GetUserInfo: return recordUserInfo(job, result);
    case CommandCode::GetEnrollData: return recordEnrollData(job, result);
    case CommandCode::GetDeviceStatus: return recordDeviceStatus(job, result);
    case CommandCode::GetSlogData: return recordKeypadLog(job, result, library);
    default: return recordWrite(job);
    }
}

ResultApplier::Outcome ResultApplier::importLogs(const storage::JobRow &job, const QByteArray &result,
                                                 protocol::RecordLibrary library, const QDateTime &siteNow)
{
    // From the raw body: some firmware omits "log_array", and only the raw body still has the
    // records binary then.
    const protocol::LogDataResult logs = protocol::decodeLogDataResult(result, library);
    if (logs.error != protocol::ResultError::None)
        return decodeFailure(logs.error);

    const storage::PunchRepository::ImportCount count =
        m_punches.importPulled(job.devId, logs.records, [&siteNow](const protocol::LogRecord &record) {
            return isPlausiblePunchTime(record.ioTime, siteNow) ? 0 : int(storage::ImplausibleTime);
        });
    Outcome outcome;
    outcome.stored = count.ok;
    outcome.summary = {{QStringLiteral("received"), int(logs.records.size())},
                       {QStringLiteral("imported"), count.imported},
                       {QStringLiteral("duplicates"), count.duplicates}};
    if (logs.invalidRecords > 0)
        outcome.summary.insert(QStringLiteral("invalid"), logs.invalidRecords);

    // The next "pull new logs" starts where this one ended: the end asked for, else the newest log.
    QDateTime until = protocol::walltime::fromProtocol(
        parametersOf(job).value(QLatin1String(protocol::ParameterKey::EndTime)).toString());
    for (const protocol::LogRecord &record : logs.records) {
        if (!until.isValid() || record.ioTime > until)
            until = record.ioTime;
    }
    if (until.isValid() && isPlausiblePunchTime(until, siteNow) && until > m_terminals.logsPulledUntil(job.devId))
        outcome.stored = outcome.stored && m_terminals.setLogsPulledUntil(job.devId, until);
    return outcome;
}

ResultApplier::Outcome ResultApplier::recordUserList(const storage::JobRow &job, const QByteArray &result,
                                                     protocol::RecordLibrary library)
{
    const protocol::UserIdListResult list = protocol::decodeUserIdListResult(result, library);
    if (list.error != protocol::ResultError::None)
        return decodeFailure(list.error);
    Outcome outcome;
    outcome.stored = m_users.replaceMembership(job.devId, list.users);
    outcome.summary = {{QStringLiteral("users"), int(list.users.size())}};
    return outcome;
}

ResultApplier::Outcome ResultApplier::recordUserInfo(const storage::JobRow &job, const QByteArray &result)
{
    const auto decoded = protocol::BsCommFrame::decode(result);
    if (!decoded.ok())
        return decodeFailure(protocol::ResultError::NotFramed);
    const protocol::UserEnrollment user = protocol::UserEnrollment::parse(decoded.frame);
    if (!user.ok())
        return decodeFailure(protocol::ResultError::InvalidField);
    Outcome outcome;
    outcome.stored = m_users.applyEnrollment(job.devId, user)
        && (!user.digitForm || m_terminals.setDigitForm(job.devId, *user.digitForm));
    outcome.summary = {{QStringLiteral("user_id"), user.userId},
                       {QStringLiteral("name"), user.name},
                       {QStringLiteral("credentials"), int(user.credentials.size())},
                       {QStringLiteral("photo"), !user.photo.isEmpty()}};
    return outcome;
}

ResultApplier::Outcome ResultApplier::recordEnrollData(const storage::JobRow &job, const QByteArray &result)
{
    const protocol::EnrollDataResult enrolled = protocol::decodeEnrollDataResult(result);
    if (enrolled.error != protocol::ResultError::None)
        return decodeFailure(enrolled.error);
    const QJsonObject parameters = parametersOf(job);
    const QString userId = parameters.value(QLatin1String(protocol::ParameterKey::UserId)).toString();
    const int backupNumber = parameters.value(QLatin1String(protocol::ParameterKey::BackupNumber)).toInt();
    const std::optional<protocol::DigitForm> form = protocol::digitFormOf(backupNumber, enrolled.data);
    Outcome outcome;
    outcome.stored = m_users.storeCredential(job.devId, userId, backupNumber, enrolled.data)
        && (!form || m_terminals.setDigitForm(job.devId, *form));
    outcome.summary = {{QStringLiteral("user_id"), userId},
                       {QStringLiteral("backup_number"), backupNumber},
                       {QStringLiteral("bytes"), int(enrolled.data.size())}};
    return outcome;
}

ResultApplier::Outcome ResultApplier::recordDeviceStatus(const storage::JobRow &job, const QByteArray &result)
{
    const protocol::DeviceStatus status = protocol::decodeDeviceStatusResult(result);
    if (status.error != protocol::ResultError::None)
        return decodeFailure(status.error);
    const QJsonObject counts{{QStringLiteral("total_user_count"), status.totalUserCount},
                             {QStringLiteral("user_count"), status.userCount},
                             {QStringLiteral("manager_count"), status.managerCount},
                             {QStringLiteral("fp_count"), status.fpCount},
                             {QStringLiteral("face_count"), status.faceCount},
                             {QStringLiteral("password_count"), status.passwordCount},
                             {QStringLiteral("idcard_count"), status.idcardCount},
                             {QStringLiteral("total_log_count"), status.totalLogCount}};
    Outcome outcome;
    outcome.stored = m_terminals.setDeviceStatus(job.devId, QJsonDocument(counts).toJson(QJsonDocument::Compact));
    outcome.summary = counts;
    return outcome;
}

ResultApplier::Outcome ResultApplier::recordKeypadLog(const storage::JobRow &job, const QByteArray &result,
                                                      protocol::RecordLibrary library)
{
    const protocol::AdminLogResult log = protocol::decodeAdminLogResult(result, library);
    if (log.error != protocol::ResultError::None)
        return decodeFailure(log.error);
    const storage::KeypadLogRepository::ImportCount count = m_keypadLog.import(job.devId, log.records, job.id);
    Outcome outcome;
    outcome.stored = count.ok;
    outcome.summary = {{QStringLiteral("received"), int(log.records.size())},
                       {QStringLiteral("imported"), count.imported},
                       {QStringLiteral("duplicates"), count.duplicates}};
    // Records of a layout Punchclock cannot read are stored as bytes: said, so nobody looks for
    // actions that are not there.
    const auto undecoded = std::count_if(log.records.cbegin(), log.records.cend(),
                                         [](const protocol::AdminLogRecord &record) { return !record.decoded; });
    if (undecoded > 0)
        outcome.summary.insert(QStringLiteral("undecoded"), int(undecoded));
    if (log.invalidRecords > 0)
        outcome.summary.insert(QStringLiteral("invalid"), log.invalidRecords);
    return outcome;
}

ResultApplier::Outcome ResultApplier::recordWrite(const storage::JobRow &job)
{
    // Commands that change the terminal: the store follows what the terminal accepted, since
    // later pushes of the user are built from the store.
    Outcome outcome;
    const auto decodedParameters = protocol::BsCommFrame::decode(job.parameters);
    const QJsonObject parameters = decodedParameters.frame.json();
    const QString userId = parameters.value(QLatin1String(protocol::ParameterKey::UserId)).toString();
    switch (protocol::commandCodeFromName(job.commandCode.toLatin1())) {
    case CommandCode::SetUserInfo: {
        // The job holds the user as delivered: the terminal now holds exactly that, enabled or not.
        const protocol::UserEnrollment sent = protocol::UserEnrollment::parse(decodedParameters.frame);
        outcome.stored = m_users.applyPushed(job.devId, sent) && m_users.setEnabledOn(job.devId, sent.userId, sent.enabled);
        break;
    }
    case CommandCode::EnableUser:
        outcome.stored = m_users.setEnabledOn(
            job.devId, userId,
            parameters.value(QLatin1String(protocol::ParameterKey::EnableFlag)).toString() != QLatin1String("OFF"));
        break;
    case CommandCode::SetEnrollData: {
        const int backupNumber = parameters.value(QLatin1String(protocol::ParameterKey::BackupNumber)).toInt();
        const QByteArray data =
            decodedParameters.frame.binaryFor(parameters.value(QLatin1String(protocol::ParameterKey::EnrollData)));
        const auto user = m_users.load(userId);
        outcome.stored = m_users.storeCredential(job.devId, userId, backupNumber, data)
            && m_users.addMembership(job.devId, userId, user ? user->privilegeName : QString());
        break;
    }
    case CommandCode::SetUserPrivilege: {
        const QString privilege = parameters.value(QLatin1String(protocol::ParameterKey::UserPrivilege)).toString();
        // Membership first: it creates the user when the store has not met it yet.
        outcome.stored = m_users.addMembership(job.devId, userId, privilege) && m_users.setPrivilege(userId, privilege);
        break;
    }
    case CommandCode::SetUserName:
        // A user the store has not met yet has nothing to rename.
        outcome.stored = !m_users.exists(userId)
            || m_users.setName(userId, parameters.value(QLatin1String(protocol::ParameterKey::UserName)).toString());
        break;
    case CommandCode::DeleteUser:
        outcome.stored = m_users.removeMembership(job.devId, userId);
        break;
    case CommandCode::ClearEnrollData:
        outcome.stored = m_users.clearMembership(job.devId);
        break;
    case CommandCode::SetFkName:
        outcome.stored = m_terminals.setName(job.devId, parameters.value(QLatin1String(protocol::ParameterKey::FkName)).toString());
        break;
    default:
        break;
    }
    return outcome;
}

} // namespace punchclock::engine
