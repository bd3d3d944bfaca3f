#pragma once

#include "terminalrequestbuilder.h"

#include "serversettings.h"
#include "settingsrepository.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <vector>

namespace punchclock::test {

// A site ready for a flood from many terminals at one address whose only commands are the test's
// own: new terminals approved at their first punch, 64 of them pending per address (a fleet, not
// an attack), and no clock syncs or status refreshes queued by the server itself.
inline bool prepareFloodSite(QSqlDatabase db)
{
    storage::SettingsRepository settings(db);
    using engine::ServerSettings;
    return settings.setValue(QLatin1String(ServerSettings::AutoApproveKey), QStringLiteral("1")) &&
        settings.setValue(QLatin1String(ServerSettings::MaxPendingPerAddressKey), QStringLiteral("64")) &&
        settings.setValue(QLatin1String(ServerSettings::ClockSyncKey), QStringLiteral("0")) &&
        settings.setValue(QLatin1String(ServerSettings::StatusRefreshKey), QStringLiteral("0"));
}

// `count` distinct realtime punches from 48 terminals (FLOOD0 … FLOOD47) and 400 users, a second
// apart from 2026-11-02 06:00 UTC on.
inline std::vector<QByteArray> uniquePunchFlood(int count)
{
    std::vector<QByteArray> flood;
    flood.reserve(size_t(count));
    const QDateTime start(QDate(2026, 11, 2), QTime(6, 0), Qt::UTC);
    for (int n = 0; n < count; ++n) {
        TerminalRequestBuilder request;
        request.devId = "FLOOD" + QByteArray::number(n % 48);
        request.body = hs101GlogBody(QString::number(n % 400), start.addSecs(n).toString(QStringLiteral("yyyyMMddHHmmss")));
        flood.push_back(request.build());
    }
    return flood;
}

} // namespace punchclock::test
