#pragma once

#include "enrollscreen.h"
#include "terminalquirks.h"
#include "terminalstate.h"

#include "recordlibrary.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace punchclock::simulator {

// Everything that makes one simulated terminal. Defaults are those of `punchclock-sim`.
struct TerminalConfig
{
    static constexpr int DefaultBlockSize = 10240; // "more than 10 KB" (vendor spec, protocol.md §3)

    QString deviceId = QStringLiteral("SIM0001");
    QString fkName; // empty: "Simulated <deviceId>"
    ServerAddress server{QStringLiteral("127.0.0.1"), 8090};
    QByteArray path = "/"; // fixed by firmware: "/", "//" or "/hdata.aspx" (protocol.md §1)
    protocol::RecordLibrary library = protocol::RecordLibrary::HS101;
    // Template format versions its fk_info announces; 0: the record library's own (TerminalModel).
    int fpDataVersion = 0;
    int faceDataVersion = 0;
    SeedOptions seed;
    // When not empty, these users instead of seed.users seeded ones (Simulator seeds them once).
    QList<SimulatedUser> staff;
    TerminalQuirks quirks;

    double punchesPerMinute = 0; // realtime punches on its own; 0 = only on request
    int pollIntervalMs = 5000;
    int startDelayMs = 0;      // before the first poll; spreads many terminals out
    int restartDelayMs = 2000; // how long a RESET_FK keeps it silent
    int blockSize = DefaultBlockSize;
    int requestTimeoutMs = 10000;
    int retryDelayMs = 1000;     // first back-off of an unacknowledged realtime request
    int maxRetryDelayMs = 30000; // the back-off doubles up to this
    // What the person in front of it does when SET_COMMAND enter_enroll opens its enrollment
    // screen, and after how long a capture is sent.
    EnrollScreenBehaviour enrollScreen = EnrollScreenBehaviour::Capture;
    int enrollDelayMs = 1500;
};

} // namespace punchclock::simulator
