#pragma once

#include "databaseconfig.h"

#include <QString>

namespace punchclock::test {

// A console's worth of data for a page to show: `terminals` approved terminals
// (consoleSeedDevId(0 …)), `users` employees spread over them, each with a punch a day for the
// last 20 days. False with *error set when it could not be stored.
bool seedConsoleData(const storage::DatabaseConfig &config, int terminals, int users, QString *error);
QString consoleSeedDevId(int n);

} // namespace punchclock::test
