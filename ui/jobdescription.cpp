#include "jobdescription.h"

#include "usermessages.h"

#include "bscommframe.h"
#include "codetables.h"
#include "commandparameters.h"
#include "walltime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace punchclock::ui {

using protocol::CommandCode;
namespace Key = protocol::ParameterKey;

namespace {

QString text(const QJsonObject &parameters, const char *key)
{
    const QJsonValue value = parameters.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

bool enabledFlag(const QJsonObject &parameters)
{
    return text(parameters, Key::EnableFlag).compare(QLatin1String("OFF"), Qt::CaseInsensitive) != 0;
}

// A GET_LOG_DATA / GET_SLOG_DATA range in the words given for each shape of range.
QString rangeText(const QJsonObject &parameters, const QString &between, const QString &since, const QString &until,
                  const QString &all)
{
    const QString begin = JobDescription::wallTimeText(text(parameters, Key::BeginTime));
    const QString end = JobDescription::wallTimeText(text(parameters, Key::EndTime));
    if (!begin.isEmpty() && !end.isEmpty())
        return between.arg(begin, end);
    if (!begin.isEmpty())
        return since.arg(begin);
    return end.isEmpty() ? all : until.arg(end);
}

// The records a decoder had to skip, after what the result did.
QString withSkipped(const QJsonObject &summary, const QString &words)
{
    if (!summary.contains(QLatin1String("invalid")))
        return words;
    return JobDescription::tr("%1; %Ln unreadable records skipped", nullptr,
                              summary.value(QLatin1String("invalid")).toInt())
        .arg(words);
}

QJsonObject summaryOf(const storage::JobRow &job)
{
    return QJsonDocument::fromJson(job.summary.toUtf8()).object();
}

QString number(const QJsonObject &object, const char *key)
{
    return QLocale().toString(object.value(QLatin1String(key)).toInteger());
}

} // namespace

QString JobDescription::commandName(CommandCode code)
{
    switch (code) {
    case CommandCode::GetEnrollData: return tr("Get credential");
    case CommandCode::SetEnrollData: return tr("Send credential");
    case CommandCode::SetTime: return tr("Set clock");
    case CommandCode::ResetFk: return tr("Restart terminal");
    case CommandCode::DeleteUser: return tr("Delete user");
    case CommandCode::SetUserName: return tr("Rename user");
    case CommandCode::SetUserPrivilege: return tr("Set privilege");
    case CommandCode::GetUserIdList: return tr("Get user list");
    case CommandCode::GetLogData: return tr("Get logs");
    case CommandCode::SetFkName: return tr("Rename terminal");
    case CommandCode::ClearLogData: return tr("Clear all logs");
    case CommandCode::ClearEnrollData: return tr("Clear all enrollments");
    case CommandCode::GetDeviceStatus: return tr("Get device status");
    case CommandCode::SetUserInfo: return tr("Send user");
    case CommandCode::GetUserInfo: return tr("Get user");
    case CommandCode::SetWebServerInfo: return tr("Set server address");
    case CommandCode::GetSlogData: return tr("Get keypad activity");
    case CommandCode::EnableUser: return tr("Enable or disable user");
    case CommandCode::OpenDoor: return tr("Open door");
    case CommandCode::EnableEnrollFunc: return tr("Lock or unlock keypad enrollment");
    case CommandCode::SetCommand: return tr("Open enrollment screen");
    case CommandCode::Unknown: break;
    }
    return tr("Unknown command");
}

QString JobDescription::wallTimeText(const QString &protocolTime)
{
    const QDateTime time = protocol::walltime::fromProtocol(protocolTime);
    if (!time.isValid())
        return protocolTime;
    // The protocol's times, as in the parameters shown beside them (ui-guide: "Get logs
    // 2026-11-01 → 2026-11-23").
    return time.time() == QTime(0, 0) ? time.toString(QStringLiteral("yyyy-MM-dd")) // fixed format: as sent
                                      : time.toString(QStringLiteral("yyyy-MM-dd HH:mm")); // fixed format: as sent
}

QString JobDescription::credentialName(int backupNumber)
{
    switch (protocol::credentialKind(backupNumber)) {
    case protocol::CredentialKind::Fingerprint: return tr("Finger %1").arg(backupNumber + 1);
    case protocol::CredentialKind::Password: return tr("Password");
    case protocol::CredentialKind::Card: return tr("Card");
    case protocol::CredentialKind::Face: return tr("Face");
    case protocol::CredentialKind::Palm: return tr("Palm %1").arg(backupNumber - 12);
    case protocol::CredentialKind::Photo: return tr("Photo");
    case protocol::CredentialKind::Vein: return tr("Vein");
    case protocol::CredentialKind::Invalid: break;
    }
    return tr("Credential %1").arg(backupNumber);
}

QString JobDescription::commandText(CommandCode code, const QJsonObject &parameters)
{
    const QString userId = text(parameters, Key::UserId);
    switch (code) {
    case CommandCode::GetLogData:
        return rangeText(parameters, tr("Get logs %1 → %2"), tr("Get logs since %1"), tr("Get logs until %1"),
                         tr("Get all logs"));
    case CommandCode::GetSlogData:
        return rangeText(parameters, tr("Get keypad activity %1 → %2"), tr("Get keypad activity since %1"),
                         tr("Get keypad activity until %1"), tr("Get all keypad activity"));
    case CommandCode::DeleteUser: return tr("Delete user %1").arg(userId);
    case CommandCode::GetUserInfo: return tr("Get user %1").arg(userId);
    case CommandCode::SetUserInfo: return tr("Send user %1").arg(userId);
    case CommandCode::SetUserName:
        return tr("Rename user %1 to %2").arg(userId, text(parameters, Key::UserName));
    case CommandCode::SetUserPrivilege:
        return tr("Set privilege of user %1: %2")
            .arg(userId, UserMessages::privilegeName(text(parameters, Key::UserPrivilege)));
    case CommandCode::GetEnrollData:
        return tr("Get user %1: %2")
            .arg(userId, credentialName(parameters.value(QLatin1String(Key::BackupNumber)).toInt()));
    case CommandCode::SetEnrollData:
        return tr("Send user %1: %2")
            .arg(userId, credentialName(parameters.value(QLatin1String(Key::BackupNumber)).toInt()));
    case CommandCode::SetFkName: return tr("Rename terminal to %1").arg(text(parameters, Key::FkName));
    case CommandCode::SetTime:
        // The terminal's clock takes the site's wall time, not UTC.
        if (const QString time = wallTimeText(text(parameters, Key::Time)); !time.isEmpty())
            return tr("Set clock to %1 (site time)").arg(time);
        break;
    case CommandCode::EnableUser:
        return enabledFlag(parameters) ? tr("Enable user %1").arg(userId) : tr("Disable user %1").arg(userId);
    case CommandCode::OpenDoor: return tr("Open door %1").arg(text(parameters, Key::DoorNumber));
    case CommandCode::EnableEnrollFunc:
        return enabledFlag(parameters) ? tr("Unlock keypad enrollment") : tr("Lock keypad enrollment");
    case CommandCode::SetCommand: {
        const QJsonObject param = parameters.value(QLatin1String(Key::Param)).toObject();
        return tr("Enroll user %1: %2")
            .arg(text(param, Key::UserId), credentialName(param.value(QLatin1String(Key::BackupNumber)).toInt()));
    }
    case CommandCode::SetWebServerInfo: {
        const QString address = parameters.contains(QLatin1String(Key::ServerIp)) ? text(parameters, Key::ServerIp)
                                                                                 : text(parameters, Key::IpAddress);
        const QString port = parameters.contains(QLatin1String(Key::ServerPort)) ? text(parameters, Key::ServerPort)
                                                                                 : text(parameters, Key::Port);
        return tr("Point terminal at %1:%2").arg(address, port);
    }
    default: break;
    }
    return commandName(code);
}

QString JobDescription::commandText(const storage::JobRow &job)
{
    return commandText(protocol::commandCodeFromName(job.commandCode.toLatin1()), parametersJson(job.parameters));
}

QString JobDescription::returnCodeText(const QString &returnCode)
{
    if (returnCode.isEmpty())
        return {};
    if (returnCode == QLatin1String("OK"))
        return tr("Done");
    if (returnCode == QLatin1String("ERROR_NOT_EXIST"))
        return tr("Not enrolled on the terminal");
    if (returnCode == QLatin1String("ERROR_INVALID_PARAMTER") || returnCode == QLatin1String("ERROR_INVALID_PARAMETER"))
        return tr("The terminal refused the parameters");
    if (returnCode == QLatin1String("ERROR_NOT_SUPPORTED"))
        return tr("Not supported by this terminal");
    if (returnCode == QLatin1String("ERROR_NO_ID"))
        return tr("No such user on the terminal");
    if (returnCode == QLatin1String("ERROR_NO_DATA"))
        return tr("Nothing stored on the terminal");
    return tr("The terminal reported an error");
}

QString JobDescription::statusText(const storage::JobRow &job)
{
    switch (job.status) {
    case storage::JobStatus::Wait: return tr("Queued");
    case storage::JobStatus::Run: return tr("Sent to terminal");
    case storage::JobStatus::Result:
        if (!job.succeeded())
            return returnCodeText(job.returnCode);
        if (storage::writeNotApplied(job.summary))
            return tr("Not applied");
        return job.failed() ? tr("Answer unreadable") : tr("Done");
    case storage::JobStatus::Timeout: return tr("No answer");
    case storage::JobStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

StatusTone JobDescription::statusTone(const storage::JobRow &job)
{
    switch (job.status) {
    case storage::JobStatus::Wait: return StatusTone::Waiting;
    case storage::JobStatus::Run: return StatusTone::Running;
    case storage::JobStatus::Result: return job.failed() ? StatusTone::Bad : StatusTone::Good;
    case storage::JobStatus::Timeout: return StatusTone::Bad;
    case storage::JobStatus::Cancelled: return StatusTone::Inactive;
    }
    return StatusTone::Inactive;
}

QString JobDescription::resultText(const storage::JobRow &job)
{
    // What stayed behind at delivery (templates another terminal version cannot use) is said
    // whatever became of the rest.
    const QString templates = summaryOf(job).value(QLatin1String("templates")).toString();
    const QString result = outcomeText(job);
    if (templates.isEmpty())
        return result;
    return result.isEmpty() ? templates : tr("%1; %2").arg(result, templates);
}

QString JobDescription::outcomeText(const storage::JobRow &job)
{
    if (job.status != storage::JobStatus::Result)
        return {};
    if (!job.succeeded())
        return tr("%1 (%2)").arg(returnCodeText(job.returnCode), job.returnCode);
    const QJsonObject summary = summaryOf(job);
    if (storage::writeNotApplied(job.summary))
        return summary.value(QLatin1String("not_applied")).toString();
    if (job.failed())
        return tr("The terminal answered, but its answer could not be read (%1)")
            .arg(summary.value(QLatin1String("error")).toString());
    switch (protocol::commandCodeFromName(job.commandCode.toLatin1())) {
    case CommandCode::GetLogData:
        return withSkipped(summary, tr("Imported %Ln punches, %1 already known", nullptr,
                                       summary.value(QLatin1String("imported")).toInt())
                                        .arg(number(summary, "duplicates")));
    case CommandCode::GetSlogData: {
        QString words = tr("Stored %Ln keypad actions, %1 already known", nullptr,
                           summary.value(QLatin1String("imported")).toInt())
                            .arg(number(summary, "duplicates"));
        if (summary.contains(QLatin1String("undecoded")))
            words = tr("%1; %Ln in a layout Punchclock cannot read, kept as bytes", nullptr,
                       summary.value(QLatin1String("undecoded")).toInt())
                        .arg(words);
        return withSkipped(summary, words);
    }
    case CommandCode::GetUserIdList:
        return tr("%Ln users on the terminal", nullptr, summary.value(QLatin1String("users")).toInt());
    case CommandCode::GetUserInfo:
        return tr("Stored user %1 (%2) with %Ln credentials", nullptr,
                  summary.value(QLatin1String("credentials")).toInt())
            .arg(summary.value(QLatin1String("user_id")).toString(), summary.value(QLatin1String("name")).toString());
    case CommandCode::GetEnrollData:
        return tr("Stored user %1: %2 (%Ln bytes)", nullptr, summary.value(QLatin1String("bytes")).toInt())
            .arg(summary.value(QLatin1String("user_id")).toString(),
                 credentialName(summary.value(QLatin1String("backup_number")).toInt()));
    case CommandCode::GetDeviceStatus:
        return tr("%1 users, %2 fingerprints, %3 faces, %4 cards, %5 logs")
            .arg(number(summary, "total_user_count"), number(summary, "fp_count"), number(summary, "face_count"),
                 number(summary, "idcard_count"), number(summary, "total_log_count"));
    default: break;
    }
    return tr("The terminal carried it out");
}

QJsonObject JobDescription::parametersJson(const QByteArray &framedParameters)
{
    if (framedParameters.isEmpty())
        return {};
    const auto decoded = protocol::BsCommFrame::decode(framedParameters);
    QJsonObject json = decoded.frame.json();
    QJsonArray sizes;
    for (const QByteArray &binary : decoded.frame.binaries())
        sizes.append(int(binary.size()));
    if (!sizes.isEmpty())
        //: A key shown among a job's parameters: the sizes in bytes of the files the job carries
        json.insert(tr("(binary sizes)"), sizes);
    return json;
}

QJsonObject JobDescription::editableParameters(const QByteArray &framedParameters)
{
    return framedParameters.isEmpty() ? QJsonObject() : protocol::BsCommFrame::decode(framedParameters).frame.json();
}

} // namespace punchclock::ui
