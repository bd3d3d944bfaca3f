#include "adminlog.h"

#include "terminalstate.h"

#include "adminlogcodec.h"
#include "codetables.h"

#include <QHash>
#include <QJsonObject>

namespace punchclock::simulator {

namespace {

using protocol::AdminAction;
using protocol::AdminLogField;

AdminAction deletionOf(int backupNumber)
{
    switch (protocol::credentialKind(backupNumber)) {
    case protocol::CredentialKind::Fingerprint: return AdminAction::DeleteFingerprint;
    case protocol::CredentialKind::Password: return AdminAction::DeletePassword;
    case protocol::CredentialKind::Card: return AdminAction::DeleteCard;
    case protocol::CredentialKind::Face: return AdminAction::DeleteFace;
    case protocol::CredentialKind::Palm: return AdminAction::DeletePalm;
    default: return AdminAction::ModifyUser;
    }
}

QDateTime toTheMinute(const QDateTime &time)
{
    QDateTime minute = time;
    minute.setTime(QTime(time.time().hour(), time.time().minute()));
    return minute;
}

} // namespace

void AdminLog::record(AdminAction action, const QString &managerId, const QString &userId, int target,
                      const QDateTime &at)
{
    protocol::AdminLogRecord log;
    log.decoded = true;
    log.kind = int(action);
    log.managerId = managerId;
    log.userId = userId;
    log.target = target;
    log.time = toTheMinute(at);
    m_records.append(log);
}

void AdminLog::recordUserChanges(const QList<SimulatedUser> &before, const QList<SimulatedUser> &after,
                                 const QString &managerId, const QDateTime &at)
{
    QHash<QString, const SimulatedUser *> previous;
    for (const SimulatedUser &user : before)
        previous.insert(user.userId, &user);
    for (const SimulatedUser &user : after) {
        const SimulatedUser *old = previous.take(user.userId);
        const AdminAction enrol =
            user.privilege == protocol::Privilege::User ? AdminAction::EnrollUser : AdminAction::EnrollManager;
        for (auto it = user.credentials.cbegin(); it != user.credentials.cend(); ++it) {
            if (!old || old->credentials.value(it.key()) != it.value())
                record(enrol, managerId, user.userId, it.key(), at);
        }
        if (!old)
            continue;
        for (auto it = old->credentials.cbegin(); it != old->credentials.cend(); ++it) {
            if (!user.credentials.contains(it.key()))
                record(deletionOf(it.key()), managerId, user.userId, it.key(), at);
        }
        if (!old->photo.isEmpty() && user.photo.isEmpty())
            record(AdminAction::DeletePhoto, managerId, user.userId, 0, at);
        if (old->name != user.name)
            record(AdminAction::ModifyUser, managerId, user.userId, int(AdminLogField::Name), at);
        if (old->privilege != user.privilege)
            record(AdminAction::ModifyUser, managerId, user.userId, int(AdminLogField::Privilege), at);
        if (old->enabled != user.enabled)
            record(AdminAction::ModifyUser, managerId, user.userId, int(AdminLogField::Enabled), at);
    }
    for (const SimulatedUser &user : before) {
        if (previous.contains(user.userId))
            record(AdminAction::DeleteUser, managerId, user.userId, 0, at);
    }
}

protocol::BsCommFrame AdminLog::result(protocol::RecordLibrary library, const QDateTime &begin,
                                       const QDateTime &end) const
{
    const protocol::RecordLibrary layout =
        protocol::adminLogRecordSize(library) > 0 ? library : protocol::RecordLibrary::HS102;
    QByteArray records;
    int count = 0;
    for (const protocol::AdminLogRecord &log : m_records) {
        if ((begin.isValid() && log.time < begin) || (end.isValid() && log.time > end))
            continue;
        records.append(protocol::encodeAdminLogRecord(layout, log));
        ++count;
    }
    QJsonObject json{
        {QStringLiteral("log_count"), count},
        {QStringLiteral("one_log_size"), protocol::adminLogRecordSize(layout)},
    };
    protocol::BsCommFrame frame;
    if (count > 0)
        json.insert(QStringLiteral("log_array"), frame.addBinary(records));
    return protocol::BsCommFrame(json, frame.binaries());
}

QString AdminLog::keypadManager(const QList<SimulatedUser> &users)
{
    for (const SimulatedUser &user : users) {
        if (user.privilege != protocol::Privilege::User)
            return user.userId;
    }
    return {};
}

} // namespace punchclock::simulator
