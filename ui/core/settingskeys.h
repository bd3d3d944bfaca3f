#pragma once

namespace punchclock::ui::settingskeys {

// QSettings keys (~/.config/punchclock/punchclock.conf) the console writes and the command
// line reads as well.

// The folder whose punchclock.sqlite is used when neither --db nor $PUNCHCLOCK_DB is given
// (Settings → Data moves the database there; app/databaselocation reads it).
constexpr char DatabaseFolder[] = "data/database_folder";

// The PostgreSQL database (its URL, never a password) chosen in the first-run wizard instead of
// a file; when set it is used rather than the folder's file, unless --db or $PUNCHCLOCK_DB say
// otherwise.
constexpr char DatabaseUrl[] = "data/database_url";

} // namespace punchclock::ui::settingskeys
