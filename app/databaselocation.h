#pragma once

#include <QString>

namespace punchclock::app {

// The database path: --db, else $PUNCHCLOCK_DB, else punchclock.sqlite in the folder Settings moved
// it to, else in the user's data folder.
QString databasePath(const QString &option);

void setApplicationIdentity();

} // namespace punchclock::app
