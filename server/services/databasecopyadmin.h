#pragma once

#include "actor.h"
#include "outcome.h"

#include "databasecopier.h"

#include <QSqlDatabase>

namespace punchclock::services {

// A copy of the whole database into another (`punchclock db copy`), for administrators
// (Permission::BackupAndRestore: it is a backup and, with Replace, a restore). The record of
// the copy is appended to the target's audit trail, after the copied records, in the copy's
// transaction: the trail stays one verifiable chain. A refusal is
// storage::DatabaseCopier::Problem, with the copier's detail.
class DatabaseCopyAdmin
{
public:
    DatabaseCopyAdmin(QSqlDatabase source, QSqlDatabase target);

    // `sourceName` names the source in the record (a file or a URL, no password). `copied`
    // gets the per-table verification, also of a copy that failed.
    Outcome copy(const Actor &actor, const QString &sourceName, storage::DatabaseCopier::Existing existing,
                 storage::DatabaseCopier::Result *copied = nullptr,
                 const storage::DatabaseCopier::Progress &progress = {});

private:
    QSqlDatabase m_source;
    QSqlDatabase m_target;
};

} // namespace punchclock::services
