#include "terminalhealth.h"

#include <algorithm>

namespace punchclock::engine {

namespace {

constexpr qint64 unknownIntervalSilenceSeconds = 6 * 60;
constexpr qint64 minimumSilenceSeconds = 60;
constexpr int silentIntervals = 3;

} // namespace

qint64 TerminalHealth::allowedSilenceSeconds(const storage::TerminalRow &terminal)
{
    if (!terminal.pollIntervalSeconds || *terminal.pollIntervalSeconds <= 0)
        return unknownIntervalSilenceSeconds;
    return std::max<qint64>(minimumSilenceSeconds, silentIntervals * *terminal.pollIntervalSeconds);
}

QString TerminalHealth::stateName(State state)
{
    switch (state) {
    case State::Online: return QStringLiteral("online");
    case State::Offline: return QStringLiteral("offline");
    case State::Pending: return QStringLiteral("pending");
    case State::Blocked: break;
    }
    return QStringLiteral("blocked");
}

bool TerminalHealth::isOnline(const storage::TerminalRow &terminal, const QDateTime &nowUtc)
{
    return terminal.lastSeen.isValid() && terminal.lastSeen.secsTo(nowUtc) <= allowedSilenceSeconds(terminal);
}

TerminalHealth::State TerminalHealth::stateOf(const storage::TerminalRow &terminal, const QDateTime &nowUtc)
{
    switch (terminal.approval) {
    case storage::Approval::Pending: return State::Pending;
    case storage::Approval::Blocked: return State::Blocked;
    case storage::Approval::Approved: break;
    }
    return isOnline(terminal, nowUtc) ? State::Online : State::Offline;
}

} // namespace punchclock::engine
