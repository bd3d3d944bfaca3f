#pragma once

#include "settingsrepository.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

namespace punchclock::engine {

// A network as QHostAddress::parseSubnet gives it: the address and the prefix length.
using Subnet = QPair<QHostAddress, int>;

// Settings the server acts on, stored in the database so the console, `serve` and the CLI agree.
struct ServerSettings
{
    static constexpr char AutoApproveKey[] = "terminals.auto_approve";
    static constexpr const char *SiteTimeZoneKey = storage::SettingsRepository::SiteTimeZoneKey;
    static constexpr char ListenKey[] = "server.listen"; // HOST:PORT for `punchclock serve`
    static constexpr char CommandTimeoutKey[] = "jobs.timeout_s";
    static constexpr char EnrollTimeoutKey[] = "enroll.timeout_s";
    static constexpr char ClockSyncKey[] = "clock.auto_sync";
    static constexpr char ReadBackWritesKey[] = "jobs.read_back_writes";
    static constexpr char ClockSyncThresholdKey[] = "clock.sync_threshold_s";
    static constexpr char MaxPendingPerAddressKey[] = "terminals.max_pending_per_address";
    static constexpr char MaxPendingKey[] = "terminals.max_pending";
    static constexpr char AllowedNetworksKey[] = "terminals.allowed_networks"; // CIDR, comma-separated
    static constexpr char StatusRefreshKey[] = "terminals.status_refresh_min";

    bool autoApproveTerminals = false;
    QTimeZone siteTimeZone = QTimeZone::systemTimeZone();
    int commandTimeoutSeconds = 300;   // a RUN job without answer for this long ends as TIMEOUT
    int enrollTimeoutSeconds = 120;    // a remote enrollment without template for this long timed out
    bool autoClockSync = true;         // queue SET_TIME when a terminal's clock drifts
    // Read a user back (GET_USER_INFO) after a write the terminal answered OK: some firmware
    // answers OK to a write it ignored (protocol.md §11.7).
    bool readBackWrites = true;
    int clockSyncThresholdSeconds = 120;
    // Ask each approved terminal for its counts when they are missing or older than this (engine::StatusRefresh); 0: never.
    int statusRefreshMinutes = 30;
    // New terminals waiting for approval, from one address and in all: a flood of made-up
    // dev_ids must not fill the registry. 0 accepts no new terminal at all.
    int maxPendingPerAddress = 16;
    int maxPending = 256;
    // Where terminals may talk from; empty: anywhere. Invalid entries are left out and named in
    // allowedNetworksError, so that one typo does not shut every terminal out.
    QList<Subnet> allowedNetworks;
    QString allowedNetworksText;
    QString allowedNetworksError;

    static ServerSettings load(const storage::SettingsRepository &settings);
};

// Reads `terminals.allowed_networks` text ("192.168.1.0/24, 10.0.0.0/8, fd00::/8"; a bare
// address is one host). Fills `networks` with every valid entry; false, with the invalid ones
// named in `error`, when any entry is not a network. Empty text is valid: no restriction.
bool parseAllowedNetworks(const QString &text, QList<Subnet> *networks, QString *error);

} // namespace punchclock::engine
