#pragma once

#include "storewrite.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace punchclock::storage {

// Copies every table of one Punchclock database into another, SQLite or PostgreSQL either
// way, keeping ids: an installation moving to PostgreSQL (and back), and backups of a
// PostgreSQL database into a SQLite file. The source is read in one snapshot, so a server
// may go on writing meanwhile; the target is written in one transaction, verified table by
// table (rows and a RowChecksum, read back before the commit) and committed only when every
// table matches: a copy that fails or does not match leaves the target as it was.
class DatabaseCopier
{
public:
    enum class Problem {
        None,
        SchemaDiffers,  // detail: "source version/target version", or the table that differs
        TargetNotEmpty, // detail: the first table that has rows
        ReadFailed,     // the source could not be read (detail: the driver's words)
        WriteFailed,    // the target refused a row, a lock or the commit; it is unchanged
        Mismatch,       // a table read back differs from the source; nothing was committed
    };

    enum class Existing {
        Refuse,  // a target with rows in any table is refused
        Replace, // its rows are deleted first, in the copy's transaction
    };

    struct TableResult
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QString sourceChecksum; // RowChecksum, hex
        QString targetChecksum;
        bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    };

    struct Result
    {
        Problem problem = Problem::None;
        QString detail;
        int schemaVersion = 0;
        QList<TableResult> tables; // in copy order, as far as the copy went
        bool ok() const { return problem == Problem::None; }
    };

    // Rows of `table` written so far.
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    DatabaseCopier(QSqlDatabase source, QSqlDatabase target);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Inside a WriteTransaction of the caller's on the target (a service's, to add its audit
    // record), the copy is a savepoint of it and the caller commits; else it commits itself.
    PUNCHCLOCK_STORE_WRITE Result copy(Existing existing = Existing::Refuse);

private:
    QSqlDatabase m_source;
    QSqlDatabase m_target;
    Progress m_progress;
};

} // namespace punchclock::storage
