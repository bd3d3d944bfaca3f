#pragma once

#include <QHostAddress>
#include <QStringList>

namespace punchclock::ui {

// The IPv4 addresses of this PC that a terminal on the LAN can reach; for a server bound to
// one address, just that one.
QStringList reachableAddresses(const QHostAddress &bound);

} // namespace punchclock::ui
