#include "privacyadmin.h"

#include "commandservice.h"
#include "privacyexport.h"
#include "servicecall.h"

#include "codetables.h"
#include "commandparameters.h"
#include "personaldatareader.h"
#include "punchrepository.h"
#include "settingsrepository.h"
#include "userrepository.h"

#include <QDir>
#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace punchclock::services {

namespace {

QJsonArray numbers(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

// What the trail keeps of removed data: which backup numbers, whether a photo and how many punch
// photos, never the data.
QJsonObject removedJson(const QList<int> &backupNumbers, bool photo, int punchPhotos)
{
    return {{QStringLiteral("backup_numbers"), numbers(backupNumbers)},
            {QStringLiteral("photo"), photo},
            {QStringLiteral("punch_photos"), punchPhotos}};
}

// Each credential's removal is in credential_history, as every other removal is. Photos taken at
// punches are faces too: they go, the punches stay. How many went, or nullopt.
std::optional<int> removeStored(QSqlDatabase db, storage::UserRepository &users, const QString &userId,
                                const QList<int> &backupNumbers, bool photo)
{
    for (int backupNumber : backupNumbers) {
        if (!users.removeCredential(userId, backupNumber))
            return std::nullopt;
    }
    if (photo && !users.removePhoto(userId))
        return std::nullopt;
    return storage::PunchRepository(std::move(db)).removePhotosOf(userId);
}

// A queueing the command service refused, as this service's outcome.
Outcome queueRefusal(const CommandService::Outcome &queued, const QString &devId)
{
    if (queued.failure != CommandService::Outcome::Failure::NotAllowed)
        return Outcome::storage(QStringLiteral("DELETE_USER could not be queued for terminal %1").arg(devId));
    Outcome denied;
    denied.status = Outcome::Status::NotAllowed;
    denied.permission = queued.permission;
    denied.department = queued.department;
    return denied;
}

} // namespace

PrivacyAdmin::PrivacyAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool PrivacyAdmin::isBiometric(int backupNumber)
{
    const protocol::CredentialKind kind = protocol::credentialKind(backupNumber);
    return kind != protocol::CredentialKind::Password && kind != protocol::CredentialKind::Card;
}

int PrivacyAdmin::retentionDays() const
{
    return retentionDaysFrom(storage::SettingsRepository(m_db).value(QLatin1String(RetentionDaysKey)));
}

int PrivacyAdmin::retentionDaysFrom(const QString &stored)
{
    bool ok = false;
    const int days = stored.toInt(&ok);
    return ok && days > 0 ? days : 0;
}

QList<BiometricHolding> PrivacyAdmin::purgeCandidates(const QDateTime &nowUtc, int daysAhead) const
{
    QList<BiometricHolding> candidates;
    const int days = retentionDays();
    if (days == 0)
        return candidates;
    const QDateTime horizon = nowUtc.toUTC().addDays(std::max(daysAhead, 0));
    for (const storage::InactiveUser &user : storage::PersonalDataReader(m_db).inactiveUsers()) {
        BiometricHolding holding{user.userId, user.name, user.inactiveSince, user.inactiveSince.addDays(days),
                                 {},          user.photo,    user.punchPhotos};
        std::copy_if(user.backupNumbers.cbegin(), user.backupNumbers.cend(), std::back_inserter(holding.backupNumbers),
                     isBiometric);
        if ((holding.backupNumbers.isEmpty() && !holding.photo && holding.punchPhotos == 0) ||
            !holding.inactiveSince.isValid() ||
            holding.purgeAt > horizon)
            continue;
        candidates.append(holding);
    }
    std::sort(candidates.begin(), candidates.end(), [](const BiometricHolding &a, const BiometricHolding &b) {
        return a.purgeAt != b.purgeAt ? a.purgeAt < b.purgeAt : a.userId < b.userId;
    });
    return candidates;
}

PurgeResult PrivacyAdmin::purgeExpired(const Actor &actor, const QDateTime &nowUtc)
{
    PurgeResult result;
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ErasePersonalData)) {
        result.outcome = call.finish();
        return result;
    }
    // Read under the write lock: what is removed is what was found due.
    const QList<BiometricHolding> due = purgeCandidates(nowUtc);
    storage::UserRepository users(m_db);
    users.setChangedBy(actor.name);
    for (const BiometricHolding &holding : due) {
        if (!removeStored(m_db, users, holding.userId, holding.backupNumbers, holding.photo)) {
            result.outcome = call.refuseStorage();
            return result;
        }
        QJsonObject removed = removedJson(holding.backupNumbers, holding.photo, holding.punchPhotos);
        removed.insert(QStringLiteral("inactive_since"), holding.inactiveSince.toString(Qt::ISODateWithMs));
        call.record(QStringLiteral("person.purge_biometrics"), QStringLiteral("user"), holding.userId, removed,
                    {{QStringLiteral("retention_days"), retentionDays()}});
    }
    result.outcome = call.finish();
    if (result.outcome.ok())
        result.purged = due;
    return result;
}

ErasureResult PrivacyAdmin::erasePerson(const Actor &actor, const QString &userId, bool fromTerminals)
{
    ErasureResult result;
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ErasePersonalData)) {
        result.outcome = call.finish();
        return result;
    }
    storage::UserRepository users(m_db);
    const std::optional<protocol::UserEnrollment> before = users.load(userId);
    if (!before) {
        result.outcome = call.refuse(Outcome::notFound(userId));
        return result;
    }
    for (const protocol::Credential &credential : before->credentials)
        result.backupNumbers << credential.backupNumber;
    result.photo = !before->photo.isEmpty();
    result.terminals = users.holders(userId);
    users.setChangedBy(actor.name);
    const std::optional<int> punchPhotos = removeStored(m_db, users, userId, result.backupNumbers, result.photo);
    if (!punchPhotos || !users.setEnabled(userId, false)) {
        result.outcome = call.refuseStorage();
        return result;
    }
    result.punchPhotos = *punchPhotos;
    if (fromTerminals) {
        // Nested in this call's transaction: the jobs and their records commit with the erasure or not at all.
        CommandService commands(m_db);
        for (const QString &devId : std::as_const(result.terminals)) {
            const CommandService::Outcome queued =
                commands.queue(devId, protocol::CommandCode::DeleteUser,
                               {{QLatin1String(protocol::ParameterKey::UserId), userId}}, {}, actor);
            if (!queued.ok()) {
                result.jobIds.clear();
                result.outcome = call.refuse(queueRefusal(queued, devId));
                return result;
            }
            result.jobIds << queued.jobIds;
        }
    }
    QJsonObject removed = removedJson(result.backupNumbers, result.photo, result.punchPhotos);
    removed.insert(QStringLiteral("enabled"), before->enabled);
    removed.insert(QStringLiteral("terminals"), QJsonArray::fromStringList(result.terminals));
    QJsonArray jobs;
    for (qint64 id : std::as_const(result.jobIds))
        jobs.append(id);
    call.record(QStringLiteral("person.erase"), QStringLiteral("user"), userId, removed,
                {{QStringLiteral("enabled"), false}, {QStringLiteral("delete_user_jobs"), jobs}});
    result.outcome = call.finish();
    if (!result.outcome.ok())
        result.jobIds.clear();
    return result;
}

ExportResult PrivacyAdmin::exportPerson(const Actor &actor, const QString &userId, const QString &folder)
{
    ExportResult result;
    result.folder = QDir(folder).absolutePath();
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ExportPersonalData)) {
        result.outcome = call.finish();
        return result;
    }
    if (!storage::UserRepository(m_db).exists(userId)) {
        result.outcome = call.refuse(Outcome::notFound(userId));
        return result;
    }
    const std::optional<QList<PrivacyExport::File>> files = PrivacyExport::collect(m_db, userId);
    if (!files) {
        result.outcome = call.refuseStorage();
        return result;
    }
    const Outcome written = PrivacyExport::write(result.folder, *files);
    if (!written.ok()) {
        result.outcome = call.refuse(written);
        return result;
    }
    for (const PrivacyExport::File &file : *files)
        result.files << file.name;
    call.record(QStringLiteral("person.export"), QStringLiteral("user"), userId, {},
                {{QStringLiteral("folder"), result.folder},
                 {QStringLiteral("files"), QJsonArray::fromStringList(result.files)}});
    result.outcome = call.finish();
    // No export without its record: when the trail refused, the files go too.
    if (!result.outcome.ok()) {
        PrivacyExport::remove(result.folder, *files);
        result.files.clear();
    }
    return result;
}

} // namespace punchclock::services
