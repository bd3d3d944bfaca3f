#pragma once

#include "databaseconfig.h"

#include <QString>

#include <optional>

namespace punchclock::app {

// The database path: --db, else $PUNCHCLOCK_DB, else punchclock.sqlite in the folder Settings moved
// it to, else in the user's data folder. For a SQLite file only: see databaseConfig().
QString databasePath(const QString &option);

// The database to open: what --db or $PUNCHCLOCK_DB names, a SQLite file or a postgresql:// URL,
// else the SQLite file databasePath() finds. nullopt with *error for a URL it cannot read (a
// password in it, a malformed port, …).
std::optional<storage::DatabaseConfig> databaseConfig(const QString &option, QString *error);

// The folder Settings moved the database to, when that is the one in use (no --db, no
// $PUNCHCLOCK_DB) and it is not there (an unplugged disk): a new, empty database must not be
// created in its place. Empty otherwise.
QString unavailableDataFolder(const QString &option);

void setApplicationIdentity();

} // namespace punchclock::app
