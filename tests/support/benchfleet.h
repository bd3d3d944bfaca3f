#pragma once

#include "loadclient.h"

#include "databaseconfig.h"
#include "serverhost.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

// What the benchmarks that drive the terminal server share: the fleet they register, the
// requests its terminals send, and how a run is printed.
namespace punchclock::test {

// 16 characters, as the terminals' own ids.
QByteArray benchDevId(int n);

// Registers `fleet` approved terminals in an empty database (one without punches; *error says
// so otherwise). Nothing is queued for them, not even the server's own clock syncs and status
// refreshes, so that a poll measures a poll.
bool registerFleet(const storage::DatabaseConfig &database, int fleet, QString *error);

// Unique punches from the fleet, user and time derived from the punch number: punches
// `first` … `first + total - 1`, so that runs with different `first` never repeat one.
std::vector<QByteArray> punchRequests(int total, int fleet, int first = 0);

// receive_cmd polls as an HS101 terminal sends them (a capture), from each terminal in turn.
std::vector<QByteArray> pollRequests(int total, int fleet);

// A terminal server on 127.0.0.1, a free port, taking as many connections at once as the load
// client opens; nullptr with *error set when it cannot start.
std::unique_ptr<http::ServerHost> startLocalServer(const storage::DatabaseConfig &database, QString *error);

// One line: how many were answered OK, in how long, the rate and the latency.
void printRun(const char *label, const char *unit, const LoadClient::Result &load);

} // namespace punchclock::test
