#include "backupadmin.h"

#include "permission.h"
#include "backupscheduler.h"
#include "servicecall.h"

namespace punchclock::services {

namespace {

Outcome refusalOf(const storage::DatabaseBackup::Result &result)
{
    Outcome refused = Outcome::refused(result.problem);
    refused.detail = result.detail;
    return refused;
}

Outcome notAllowed(Permission permission)
{
    Outcome denied;
    denied.status = Outcome::Status::NotAllowed;
    denied.permission = permission;
    return denied;
}

} // namespace

BackupAdmin::BackupAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome BackupAdmin::backupTo(const Actor &actor, const QString &path, storage::DatabaseBackup::Overwrite overwrite,
                              storage::DatabaseBackup::Result *made)
{
    // The copy cannot run inside a write transaction of the live connection (VACUUM INTO refuses
    // one, PostgreSQL's read snapshot is a transaction of its own): the permission is checked
    // first, the record follows the copy.
    if (!allows(actor, Permission::BackupAndRestore))
        return notAllowed(Permission::BackupAndRestore);
    const storage::DatabaseBackup::Result result = storage::DatabaseBackup(m_db).backupTo(path, overwrite);
    if (made)
        *made = result;
    // What the Settings page shows as the last backup made by hand, from the console or the CLI.
    engine::BackupScheduler::recordAttempt(m_db, engine::BackupScheduler::Kind::Manual,
                                           QDateTime::currentDateTimeUtc(), path, result);
    if (!result.ok())
        return refusalOf(result);
    if (!recordEvent(m_db, actor, QStringLiteral("backup.create"), QStringLiteral("file"), path,
                     {{QStringLiteral("bytes"), result.bytes}}))
        return Outcome::storage();
    return {};
}

Outcome BackupAdmin::restoreFrom(const Actor &actor, const QString &path)
{
    if (m_db.driverName() == QLatin1String("QPSQL"))
        return restoreIntoPostgres(actor, path);
    // The sqlite3 backup API replaces the pages outside any transaction of this connection: the
    // record follows the restore.
    if (!allows(actor, Permission::BackupAndRestore))
        return notAllowed(Permission::BackupAndRestore);
    const storage::DatabaseBackup::Result result = storage::DatabaseBackup(m_db).restoreFrom(path);
    if (!result.ok())
        return refusalOf(result);
    if (!recordEvent(m_db, actor, QStringLiteral("backup.restore"), QStringLiteral("file"), path))
        return Outcome::storage();
    return {};
}

Outcome BackupAdmin::restoreIntoPostgres(const Actor &actor, const QString &path)
{
    // The copier replaces the rows in a savepoint of this call's transaction: the restored data
    // and the record of the restore, after the restored trail, commit together or not at all.
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::BackupAndRestore))
        return call.finish();
    const storage::DatabaseBackup::Result result = storage::DatabaseBackup(m_db).restoreFrom(path);
    if (!result.ok())
        return call.refuse(refusalOf(result));
    call.record(QStringLiteral("backup.restore"), QStringLiteral("file"), path, {},
                {{QStringLiteral("rows"), result.rows}, {QStringLiteral("schema_version"), result.schemaVersion}});
    return call.finish();
}

} // namespace punchclock::services
