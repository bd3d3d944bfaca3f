#include "settingsadmin.h"

#include "servicecall.h"

#include "settingsrepository.h"

namespace punchclock::services {

SettingsAdmin::SettingsAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome SettingsAdmin::set(const Actor &actor, const QString &key, const QString &value)
{
    return set(actor, QList<std::pair<QString, QString>>{{key, value}});
}

Outcome SettingsAdmin::set(const Actor &actor, const QList<std::pair<QString, QString>> &values)
{
    ServiceCall call(m_db, actor);
    storage::SettingsRepository settings(m_db);
    for (const auto &[key, value] : values) {
        const Permission needed =
            key.startsWith(QLatin1String("attendance.")) ? Permission::ChangeSiteRules : Permission::ChangeSettings;
        if (!call.allowed(needed))
            return call.finish();
        const QString before = settings.value(key);
        if (before == value)
            continue;
        if (!settings.setValue(key, value))
            return call.refuseStorage();
        call.record(QStringLiteral("setting.change"), QStringLiteral("setting"), key, {{QStringLiteral("value"), before}},
                    {{QStringLiteral("value"), value}});
    }
    return call.finish();
}

} // namespace punchclock::services
