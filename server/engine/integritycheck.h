#pragma once

#include <QString>

namespace punchclock::storage {
class Connection;
}

namespace punchclock::engine {

// A quick look for damage (SQLite's PRAGMA quick_check) when the console or `serve` opens a
// SQLite database, so that a damaged file is found at start rather than by a write that fails
// or a report that is wrong. It reads the whole file: about 1 s per 70 MB read from disk,
// a tenth of that from the page cache; files larger than MaxCheckedBytes are not checked at
// start (docs/cli.md). PostgreSQL checks its own pages.
class IntegrityCheck
{
public:
    static constexpr qint64 MaxCheckedBytes = 256LL * 1024 * 1024;

    struct Result
    {
        bool damaged = false;
        QString problem;      // quick_check's first findings, or the driver's words
        QString database;     // the file
        QString backupFolder; // where the backups are (backup.folder or the default)
        QString newestBackup; // the newest backup there; empty when there is none
        // The command that restores the newest backup.
        QString restoreCommand() const;
        // For the log and the command line: what is wrong and what to do.
        QString text() const;
    };

    static Result run(const storage::Connection &connection);
    // The most recently written backup (daily or made by hand) in `folder`; empty when none.
    static QString newestBackup(const QString &folder);
};

} // namespace punchclock::engine
