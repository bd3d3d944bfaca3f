#pragma once

#include <QString>
#include <QTimeZone>

namespace punchclock::storage {
class SettingsRepository;
}

namespace punchclock::engine {

// Settings the server acts on, stored in the database so the console, `serve` and the CLI agree.
struct ServerSettings
{
    static constexpr char AutoApproveKey[] = "terminals.auto_approve";
    static constexpr char SiteTimeZoneKey[] = "site.time_zone";
    static constexpr char ListenKey[] = "server.listen"; // HOST:PORT for `punchclock serve`

    bool autoApproveTerminals = false;
    QTimeZone siteTimeZone = QTimeZone::systemTimeZone();

    static ServerSettings load(const storage::SettingsRepository &settings);
};

} // namespace punchclock::engine
