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
    bool ok = false;
    const int timeout = settings.value(QLatin1String(CommandTimeoutKey)).toInt(&ok);
    if (ok && timeout > 0)
        loaded.commandTimeoutSeconds = timeout;
    loaded.autoClockSync = settings.value(QLatin1String(ClockSyncKey), QStringLiteral("1")) == QLatin1String("1");
    const int threshold = settings.value(QLatin1String(ClockSyncThresholdKey)).toInt(&ok);
    if (ok && threshold > 0)
        loaded.clockSyncThresholdSeconds = threshold;
    return loaded;
}

} // namespace punchclock::engine
