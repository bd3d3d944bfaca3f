#pragma once

#include "settingsrepository.h"

#include <QString>
#include <QTimeZone>

namespace punchclock::engine {

// Settings the server acts on, stored in the database so the console, `serve` and the CLI agree.
struct ServerSettings
{
    static constexpr char AutoApproveKey[] = "terminals.auto_approve";
    static constexpr const char *SiteTimeZoneKey = storage::SettingsRepository::SiteTimeZoneKey;
    static constexpr char ListenKey[] = "server.listen"; // HOST:PORT for `punchclock serve`
    static constexpr char CommandTimeoutKey[] = "jobs.timeout_s";
    static constexpr char ClockSyncKey[] = "clock.auto_sync";
    static constexpr char ClockSyncThresholdKey[] = "clock.sync_threshold_s";

    bool autoApproveTerminals = false;
    QTimeZone siteTimeZone = QTimeZone::systemTimeZone();
    int commandTimeoutSeconds = 300;   // a RUN job without answer for this long ends as TIMEOUT
    bool autoClockSync = true;         // queue SET_TIME when a terminal's clock drifts
    int clockSyncThresholdSeconds = 120;

    static ServerSettings load(const storage::SettingsRepository &settings);
};

} // namespace punchclock::engine
