#pragma once

#include "actor.h"
#include "outcome.h"

#include "databasebackup.h"

#include <QSqlDatabase>

namespace punchclock::services {

// Backups and restores (Permission::BackupAndRestore) of either engine, each in the audit trail.
// A restore replaces the trail with the backup's: the record of the restore is written into the
// restored database, after it (on PostgreSQL in the restore's own transaction). The refusal is storage::DatabaseBackup::Problem, the driver's words in
// Outcome::detail.
class BackupAdmin
{
public:
    explicit BackupAdmin(QSqlDatabase db);

    // Notes the attempt as the last backup made by hand (engine::BackupScheduler::Kind::Manual),
    // whatever came of it; `made` gets the copy's size or its problem.
    Outcome backupTo(const Actor &actor, const QString &path,
                     storage::DatabaseBackup::Overwrite overwrite = storage::DatabaseBackup::Overwrite::Refuse,
                     storage::DatabaseBackup::Result *made = nullptr);
    Outcome restoreFrom(const Actor &actor, const QString &path);

private:
    Outcome restoreIntoPostgres(const Actor &actor, const QString &path);

    QSqlDatabase m_db;
};

} // namespace punchclock::services
