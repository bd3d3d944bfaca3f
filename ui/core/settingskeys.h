#pragma once

namespace punchclock::ui::settingskeys {

// QSettings keys (~/.config/punchclock/punchclock.conf) the console writes and the command
// line reads as well.

// The folder whose punchclock.sqlite is used when neither --db nor $PUNCHCLOCK_DB is given
// (Settings → Data moves the database there; app/databaselocation reads it).
constexpr char DatabaseFolder[] = "data/database_folder";

} // namespace punchclock::ui::settingskeys
