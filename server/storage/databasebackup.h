#pragma once

#include "storewrite.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace punchclock::storage {

// Copies of the whole database into a SQLite file, of either engine: made while the server keeps
// writing, checked before anything is replaced, and copied back so that every open connection
// sees the restored data. A SQLite database is copied page by page (VACUUM INTO, the sqlite3
// backup API); a PostgreSQL one through DatabaseCopier, in one REPEATABLE READ snapshot, each
// table verified. Either engine restores the other's backups: the file is the same.
class DatabaseBackup
{
public:
    enum class Problem {
        None,
        NotSupported, // neither SQLite nor PostgreSQL
        TargetExists, // backupTo() without Overwrite::Replace
        CannotWrite,  // the copy could not be written (folder missing, disk full, …)
        NotFound,
        NotSqlite,
        Damaged,       // PRAGMA integrity_check did not answer "ok"
        NotPunchclock, // a SQLite file without Punchclock's tables
        NewerSchema,   // written by a newer Punchclock than this build
        RestoreFailed, // the copy into the live database failed; the live data is unchanged
    };

    struct Result
    {
        Problem problem = Problem::None;
        QString detail;        // the driver's words or the offending value, for the details
        qint64 bytes = 0;      // size of the backup written or checked
        int schemaVersion = 0; // of the file checked or restored
        qint64 rows = 0;       // PostgreSQL: rows copied and verified, every table together
        bool ok() const { return problem == Problem::None; }
    };

    enum class Overwrite { Refuse, Replace };

    explicit DatabaseBackup(QSqlDatabase db);

    // A consistent snapshot while other connections go on writing, written beside `path` and
    // renamed to it when complete: a reader never sees half a backup.
    Result backupTo(const QString &path, Overwrite overwrite = Overwrite::Refuse) const;
    // Opens the file read-only and decides whether it may be restored; changes nothing.
    static Result check(const QString &path);
    // check(); a backup of an older schema is migrated to this build's in a copy (next to a
    // SQLite database, in the temporary folder for PostgreSQL); then SQLite gets it through the
    // sqlite3 online backup API under one write lock, PostgreSQL through DatabaseCopier with
    // Existing::Replace in one transaction (a savepoint of the caller's, if it has one). All or
    // nothing: on any failure the live data is unchanged.
    PUNCHCLOCK_STORE_WRITE Result restoreFrom(const QString &path);

    // "punchclock-YYYYMMDD-HHMMSS.sqlite" for a daily backup taken at `localTime`; sorts by age.
    static QString fileNameFor(const QDateTime &localTime);
    // "punchclock-manual-YYYYMMDD-HHMMSS.sqlite" for one made by hand: pruning never takes it.
    static QString manualFileNameFor(const QDateTime &localTime);
    // Deletes the oldest backups named by fileNameFor() in `folder` beyond the newest `keep`;
    // other files (manual backups included) are left alone. Returns how many were deleted.
    static int pruneBackups(const QString &folder, int keep);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
