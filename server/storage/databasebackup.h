#pragma once

#include "storewrite.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace punchclock::storage {

// Copies of the whole database: made while the server keeps writing, checked before anything
// is replaced, and copied back so that every open connection sees the restored data.
class DatabaseBackup
{
public:
    enum class Problem {
        None,
        NotSupported, // not SQLite: PostgreSQL has pg_dump
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
        bool ok() const { return problem == Problem::None; }
    };

    enum class Overwrite { Refuse, Replace };

    explicit DatabaseBackup(QSqlDatabase db);

    // A consistent snapshot (VACUUM INTO) while other connections go on writing.
    Result backupTo(const QString &path, Overwrite overwrite = Overwrite::Refuse) const;
    // Opens the file read-only and decides whether it may be restored; changes nothing.
    static Result check(const QString &path);
    // check(); a backup of an older schema is migrated to this build's in a copy next to the
    // live database; then the sqlite3 online backup API copies it into the live database under
    // one write lock. All or nothing: on any failure the live data is unchanged.
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
