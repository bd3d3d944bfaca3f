#include "userstatusadmin.h"

#include "jobforcommand.h"
#include "refusals.h"
#include "servicecall.h"

#include "commandbuilder.h"
#include "jobrepository.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "userrepository.h"
#include "userstatusrepository.h"
#include "walltime.h"

#include <QJsonArray>

namespace punchclock::services {

namespace {

QDate siteToday(const QSqlDatabase &db)
{
    return protocol::walltime::now(engine::ServerSettings::load(storage::SettingsRepository(db)).siteTimeZone).date();
}

} // namespace

UserStatusAdmin::UserStatusAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

UserStatusAdmin::Result UserStatusAdmin::disable(const Actor &actor, const QString &userId)
{
    return setEnabled(actor, userId, false);
}

UserStatusAdmin::Result UserStatusAdmin::enable(const Actor &actor, const QString &userId)
{
    return setEnabled(actor, userId, true);
}

UserStatusAdmin::Result UserStatusAdmin::setEnabled(const Actor &actor, const QString &userId, bool enabled)
{
    Result result;
    ServiceCall call(m_db, actor);
    storage::UserRepository users(m_db);
    const std::optional<protocol::UserEnrollment> before = users.load(userId);
    if (!before) {
        result.outcome = call.refuse(Outcome::notFound(userId));
        return result;
    }
    if (!call.allowedForUser(Permission::ManageUsers, userId)) {
        result.outcome = call.finish();
        return result;
    }
    result.effectiveFrom = siteToday(m_db);
    if (storage::ClosedPeriodRepository(m_db).fromOnward(result.effectiveFrom)) {
        result.outcome = call.refuse(attendanceRefusal(m_db, storage::AttendanceError::PeriodClosed, result.effectiveFrom));
        return result;
    }
    const protocol::BuiltCommand command = protocol::Commands::enableUser(userId, enabled);
    if (!users.setEnabled(userId, enabled)
        || !storage::UserStatusRepository(m_db).record(userId, enabled, result.effectiveFrom, actor.name)) {
        result.outcome = call.refuseStorage();
        return result;
    }

    storage::JobRepository jobs(m_db);
    const std::optional<qint64> operation = jobs.createOperation(
        enabled ? QStringLiteral("enable_user") : QStringLiteral("disable_user"),
        (enabled ? QStringLiteral("Enable user %1 on every terminal") : QStringLiteral("Disable user %1 on every terminal"))
            .arg(userId),
        actor.name);
    if (!operation) {
        result.outcome = call.refuseStorage();
        return result;
    }
    const QStringList holders = users.holders(userId);
    for (const QString &devId : holders) {
        const std::optional<qint64> id = jobs.enqueue(jobForCommand(devId, command, actor.name, operation));
        if (!id) {
            result.jobIds.clear();
            result.outcome = call.refuseStorage();
            return result;
        }
        result.jobIds << *id;
    }

    QJsonArray jobIds;
    for (qint64 id : std::as_const(result.jobIds))
        jobIds.append(id);
    call.record(enabled ? QStringLiteral("user.enable") : QStringLiteral("user.disable"), QStringLiteral("user"), userId,
                {{QStringLiteral("enabled"), before->enabled}},
                {{QStringLiteral("enabled"), enabled},
                 {QStringLiteral("from"), result.effectiveFrom.toString(Qt::ISODate)},
                 {QStringLiteral("operation"), *operation},
                 {QStringLiteral("terminals"), QJsonArray::fromStringList(holders)},
                 {QStringLiteral("jobs"), jobIds}});
    result.outcome = call.finish();
    if (result.outcome.ok())
        result.outcome.id = *operation;
    else
        result.jobIds.clear();
    return result;
}

} // namespace punchclock::services
