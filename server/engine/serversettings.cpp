#include "serversettings.h"

#include "settingsrepository.h"

#include <QStringList>

namespace punchclock::engine {

namespace {

// A count setting: its value when it is a whole number from 0 up, else the default.
int countSetting(const QHash<QString, QString> &settings, const char *key, int fallback)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key)).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace

ServerSettings ServerSettings::load(const storage::SettingsRepository &repository)
{
    // One read for them all: on PostgreSQL each read is a round trip.
    const QHash<QString, QString> settings = repository.values(
        {QLatin1String(AutoApproveKey), QLatin1String(SiteTimeZoneKey), QLatin1String(CommandTimeoutKey),
         QLatin1String(EnrollTimeoutKey), QLatin1String(ClockSyncKey), QLatin1String(ReadBackWritesKey),
         QLatin1String(ClockSyncThresholdKey), QLatin1String(StatusRefreshKey), QLatin1String(MaxPendingPerAddressKey),
         QLatin1String(MaxPendingKey), QLatin1String(AllowedNetworksKey)});
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
    const int enrollTimeout = settings.value(QLatin1String(EnrollTimeoutKey)).toInt(&ok);
    if (ok && enrollTimeout > 0)
        loaded.enrollTimeoutSeconds = enrollTimeout;
    loaded.autoClockSync = settings.value(QLatin1String(ClockSyncKey), QStringLiteral("1")) == QLatin1String("1");
    loaded.readBackWrites = settings.value(QLatin1String(ReadBackWritesKey), QStringLiteral("1")) == QLatin1String("1");
    const int threshold = settings.value(QLatin1String(ClockSyncThresholdKey)).toInt(&ok);
    if (ok && threshold > 0)
        loaded.clockSyncThresholdSeconds = threshold;
    const int refresh = settings.value(QLatin1String(StatusRefreshKey)).toInt(&ok);
    if (ok && refresh >= 0)
        loaded.statusRefreshMinutes = refresh;
    loaded.maxPendingPerAddress = countSetting(settings, MaxPendingPerAddressKey, loaded.maxPendingPerAddress);
    loaded.maxPending = countSetting(settings, MaxPendingKey, loaded.maxPending);
    loaded.allowedNetworksText = settings.value(QLatin1String(AllowedNetworksKey)).trimmed();
    parseAllowedNetworks(loaded.allowedNetworksText, &loaded.allowedNetworks, &loaded.allowedNetworksError);
    return loaded;
}

bool parseAllowedNetworks(const QString &text, QList<Subnet> *networks, QString *error)
{
    QList<Subnet> valid;
    QStringList invalid;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        const Subnet subnet = QHostAddress::parseSubnet(trimmed);
        if (subnet.first.isNull())
            invalid.append(QLatin1Char('"') + trimmed + QLatin1Char('"'));
        else
            valid.append(subnet);
    }
    if (networks)
        *networks = valid;
    if (error) {
        *error = invalid.isEmpty()
            ? QString()
            : QStringLiteral("not a network: %1 (write ADDRESS/PREFIX, such as 192.168.1.0/24 or fd00::/8)")
                  .arg(invalid.join(QStringLiteral(", ")));
    }
    return invalid.isEmpty();
}

} // namespace punchclock::engine
