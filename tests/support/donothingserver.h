#pragma once

#include "loadclient.h"

#include <QByteArray>

#include <vector>

namespace punchclock::test {

// Sends `requests` to a server that answers OK to each at once, without parsing or storing it:
// the same HTTP stack on its own thread, so the ceiling the stack and the client set on this
// machine. A benchmark's figures are read as a ratio to this one.
LoadClient::Result runAgainstDoNothingServer(int clients, const std::vector<QByteArray> &requests);

} // namespace punchclock::test
