#include "payrollprofiles.h"

#include "servicecall.h"

#include "payrollprofilelist.h"
#include "settingsrepository.h"

namespace punchclock::services {

namespace {

using engine::reports::PayrollProfile;
using engine::reports::PayrollProfileError;
using engine::reports::PayrollProfileList;
using engine::reports::PayrollProfileProblem;

const QString auditObject = QStringLiteral("payroll_profile");

Outcome refusal(const PayrollProfileProblem &problem)
{
    Outcome outcome = Outcome::refused(problem.error);
    outcome.subject = problem.detail;
    outcome.id = problem.column;
    return outcome;
}

QJsonObject savedJson(const PayrollProfileList &list, const QString &name)
{
    const std::optional<PayrollProfile> saved = list.find(name);
    return saved ? saved->toJson() : QJsonObject();
}

// What the audit trail shows of a saved entry that is removed: all of it, or its name when it
// could not be read (a hand-edited entry).
QJsonObject removedJson(const PayrollProfileList &list, const QString &name)
{
    const QJsonObject saved = savedJson(list, name);
    return saved.isEmpty() ? QJsonObject{{QStringLiteral("name"), name.trimmed()}} : saved;
}

} // namespace

PayrollProfiles::PayrollProfiles(QSqlDatabase db)
    : m_db(std::move(db))
{}

Outcome PayrollProfiles::save(const Actor &actor, const PayrollProfile &profile)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSettings))
        return call.finish();
    if (const PayrollProfileProblem problem = profile.problem(); !problem.ok())
        return call.refuse(refusal(problem));
    if (engine::reports::isShippedPayrollProfile(profile.name))
        return call.refuse(refusal({PayrollProfileError::ShippedName, -1, profile.name}));
    storage::SettingsRepository settings(m_db);
    const QString stored = settings.value(QLatin1String(PayrollProfileList::SettingsKey));
    PayrollProfileProblem problem;
    const std::optional<QString> changed = PayrollProfileList::storedWith(stored, profile, &problem);
    if (!changed)
        return call.refuse(refusal(problem));
    const QJsonObject before = savedJson(PayrollProfileList::fromStored(stored), profile.name);
    if (before == profile.toJson())
        return call.finish();
    if (!settings.setValue(QLatin1String(PayrollProfileList::SettingsKey), *changed))
        return call.refuseStorage();
    call.record(QStringLiteral("payroll_profile.save"), auditObject, profile.name, before, profile.toJson());
    return call.finish();
}

Outcome PayrollProfiles::remove(const Actor &actor, const QString &name)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSettings))
        return call.finish();
    if (engine::reports::isShippedPayrollProfile(name))
        return call.refuse(refusal({PayrollProfileError::ShippedName, -1, name.trimmed()}));
    storage::SettingsRepository settings(m_db);
    const QString stored = settings.value(QLatin1String(PayrollProfileList::SettingsKey));
    PayrollProfileProblem problem;
    bool removed = false;
    const std::optional<QString> changed = PayrollProfileList::storedWithout(stored, name, &removed, &problem);
    if (!changed)
        return call.refuse(refusal(problem));
    if (!removed)
        return call.refuse(Outcome::notFound(name.trimmed()));
    const QJsonObject before = removedJson(PayrollProfileList::fromStored(stored), name);
    if (!settings.setValue(QLatin1String(PayrollProfileList::SettingsKey), *changed))
        return call.refuseStorage();
    call.record(QStringLiteral("payroll_profile.remove"), auditObject, name.trimmed(), before, {});
    return call.finish();
}

} // namespace punchclock::services
