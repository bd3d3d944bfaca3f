#include "serversettings.h"

#include "settingsrepository.h"

namespace punchclock::engine {

ServerSettings ServerSettings::load(const storage::SettingsRepository &settings)
{
    ServerSettings loaded;
    loaded.autoApproveTerminals = settings.value(QLatin1String(AutoApproveKey)) == QLatin1String("1");
    const QString zone = settings.value(QLatin1String(SiteTimeZoneKey));
    if (!zone.isEmpty()) {
        const QTimeZone configured(zone.toUtf8());
        if (configured.isValid())
            loaded.siteTimeZone = configured;
    }
    return loaded;
}

} // namespace punchclock::engine
