#pragma once

#include <QString>

namespace punchclock::app {

// The database path: --db, else $PUNCHCLOCK_DB, else punchclock.sqlite in the folder Settings moved
// it to, else in the user's data folder.
QString databasePath(const QString &option);

// The folder Settings moved the database to, when that is the one in use (no --db, no
// $PUNCHCLOCK_DB) and it is not there (an unplugged disk): a new, empty database must not be
// created in its place. Empty otherwise.
QString unavailableDataFolder(const QString &option);

void setApplicationIdentity();

} // namespace punchclock::app
