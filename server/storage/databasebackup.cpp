#include "databasebackup.h"

#include "connection.h"
#include "databasecopier.h"
#include "migrator.h"
#include "sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace punchclock::storage {

namespace {

const QLatin1String sqliteDriver("QSQLITE");
const QLatin1String postgresDriver("QPSQL");

// A restore waits this long for the server's writer to let go of the database.
constexpr int restoreLockWaitMs = 30000;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A sqlite3 connection to a file the user picked (read-only) or to a staging copy, closed
// whatever happens.
class SqliteFile
{
public:
    explicit SqliteFile(const QString &path, int flags = SQLITE_OPEN_READONLY)
    {
        m_status = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    }
    ~SqliteFile() { sqlite3_close_v2(m_db); }
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool isOpen() const { return m_status == SQLITE_OK; }
    sqlite3 *get() const { return m_db; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    // Every row of the first column; false when the statement fails (error() says why).
    bool column(const char *sql, QStringList *rows) const
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return false;
        int status = SQLITE_ROW;
        while ((status = sqlite3_step(statement)) == SQLITE_ROW)
            rows->append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        sqlite3_finalize(statement);
        return status == SQLITE_DONE;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_status = SQLITE_ERROR;
};

// Replaces every page of `to` with those of `from`; empty on success, else why not. One step
// copies every page under a single write lock, so other connections see either the old data
// or the new, and a step that fails is rolled back. While the server commits, the lock is
// busy: wait.
QString copyPages(sqlite3 *from, sqlite3 *to)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    int status = SQLITE_OK;
    int waitedMs = 0;
    while ((status = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || status == SQLITE_LOCKED) {
        if (waitedMs >= restoreLockWaitMs)
            break;
        sqlite3_sleep(50);
        waitedMs += 50;
    }
    sqlite3_backup_finish(backup);
    return status == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errstr(status));
}

DatabaseBackup::Result failed(DatabaseBackup::Problem problem, const QString &detail = {})
{
    DatabaseBackup::Result result;
    result.problem = problem;
    result.detail = detail;
    return result;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

qint64 rowsCopied(const DatabaseCopier::Result &copied)
{
    qint64 rows = 0;
    for (const DatabaseCopier::TableResult &table : copied.tables)
        rows += table.targetRows;
    return rows;
}

// The copier's refusal in words for Result::detail.
QString copierDetail(const DatabaseCopier::Result &copied)
{
    if (copied.problem == DatabaseCopier::Problem::Mismatch) {
        for (const DatabaseCopier::TableResult &table : copied.tables) {
            if (!table.matches())
                return QStringLiteral("%1 read back differs from the source").arg(table.table);
        }
    }
    if (copied.problem == DatabaseCopier::Problem::SchemaDiffers)
        return QStringLiteral("the schemas differ: %1").arg(copied.detail);
    return copied.detail;
}

// Every table of `source` into `target`, whose rows are replaced; empty on success, else why not.
QString copyTables(const QSqlDatabase &source, const QSqlDatabase &target, qint64 *rows)
{
    const DatabaseCopier::Result copied = DatabaseCopier(source, target).copy(DatabaseCopier::Existing::Replace);
    *rows = rowsCopied(copied);
    return copied.ok() ? QString() : copierDetail(copied);
}

QString vacuumInto(const QSqlDatabase &db, const QString &file)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return query.lastError().text();
    query.addBindValue(file);
    return query.exec() ? QString() : query.lastError().text();
}

// PostgreSQL into the empty SQLite `file`: opening it gives it this build's schema, the copier
// the rows in one snapshot of `source`.
QString copyIntoSqliteFile(const QSqlDatabase &source, const QString &file, qint64 *rows)
{
    QString error;
    const std::unique_ptr<Connection> target = Connection::open(DatabaseConfig::sqlite(file), &error);
    if (!target)
        return error;
    error = copyTables(source, target->database(), rows);
    if (!error.isEmpty())
        return error;
    // One file with nothing beside it (no -wal), as VACUUM INTO writes: a backup is moved,
    // copied and opened read-only as it is.
    QSqlQuery query(target->database());
    return query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) ? QString() : query.lastError().text();
}

} // namespace

DatabaseBackup::DatabaseBackup(QSqlDatabase db)
    : m_db(std::move(db))
{}

DatabaseBackup::Result DatabaseBackup::backupTo(const QString &path, Overwrite overwrite) const
{
    const bool postgres = m_db.driverName() == postgresDriver;
    if (!postgres && m_db.driverName() != sqliteDriver)
        return failed(Problem::NotSupported, m_db.driverName());
    const QFileInfo target(path);
    if (target.exists() && overwrite == Overwrite::Refuse)
        return failed(Problem::TargetExists, target.absoluteFilePath());
    // The copy goes into an empty file next to the target, which then takes the target's
    // name: a reader of the target never sees half a backup, and a failed backup leaves the
    // old one in place.
    QTemporaryFile partial(target.absolutePath() + QStringLiteral("/.punchclock-backup-XXXXXX"));
    if (!partial.open())
        return failed(Problem::CannotWrite, partial.errorString());
    partial.close();

    Result result;
    const QString error = postgres ? copyIntoSqliteFile(m_db, partial.fileName(), &result.rows)
                                   : vacuumInto(m_db, partial.fileName());
    if (!error.isEmpty())
        return failed(Problem::CannotWrite, error);
    if (target.exists() && !QFile::remove(target.absoluteFilePath()))
        return failed(Problem::CannotWrite, target.absoluteFilePath());
    if (!partial.rename(target.absoluteFilePath()))
        return failed(Problem::CannotWrite, partial.errorString());
    partial.setAutoRemove(false);

    result.bytes = QFileInfo(target.absoluteFilePath()).size();
    result.schemaVersion = Migrator::latestVersion();
    return result;
}

DatabaseBackup::Result DatabaseBackup::check(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return failed(Problem::NotFound, path);
    if (!hasSqliteHeader(path))
        return failed(Problem::NotSqlite, path);
    const SqliteFile db(path);
    if (!db.isOpen())
        return failed(Problem::NotSqlite, db.error());

    QStringList integrity;
    if (!db.column("PRAGMA integrity_check", &integrity))
        return failed(Problem::Damaged, db.error());
    if (integrity != QStringList{QStringLiteral("ok")})
        return failed(Problem::Damaged, integrity.mid(0, 5).join(QLatin1Char('\n')));

    QStringList tables;
    if (!db.column("SELECT name FROM sqlite_master WHERE type = 'table'", &tables))
        return failed(Problem::Damaged, db.error());
    const QSet<QString> present(tables.cbegin(), tables.cend());
    for (const char *required : {"schema_version", "settings", "terminals", "punches", "users", "jobs"}) {
        if (!present.contains(QLatin1String(required)))
            return failed(Problem::NotPunchclock, QLatin1String(required));
    }

    QStringList version;
    if (!db.column("SELECT MAX(version) FROM schema_version", &version) || version.isEmpty())
        return failed(Problem::NotPunchclock, db.error());
    Result result;
    result.schemaVersion = version.first().toInt();
    result.bytes = file.size();
    if (result.schemaVersion > Migrator::latestVersion()) {
        result.problem = Problem::NewerSchema;
        result.detail = QString::number(result.schemaVersion);
    }
    return result;
}

DatabaseBackup::Result DatabaseBackup::restoreFrom(const QString &path)
{
    const bool postgres = m_db.driverName() == postgresDriver;
    sqlite3 *live = handleOf(m_db);
    if (!postgres && (m_db.driverName() != sqliteDriver || !live))
        return failed(Problem::NotSupported, m_db.driverName());
    Result checked = check(path);
    if (!checked.ok())
        return checked;

    const SqliteFile source(path);
    if (!source.isOpen())
        return failed(Problem::NotSqlite, source.error());
    if (!postgres && checked.schemaVersion == Migrator::latestVersion()) {
        const QString error = copyPages(source.get(), live);
        return error.isEmpty() ? checked : failed(Problem::RestoreFailed, error);
    }

    // The backup gets this build's schema in a copy before anything is replaced: a migration
    // that fails leaves the live data as it was, and the file picked is never written to.
    const QString stagingFolder = postgres ? QDir::tempPath() : QFileInfo(m_db.databaseName()).absolutePath();
    QTemporaryFile staging(stagingFolder + QStringLiteral("/.punchclock-restore-XXXXXX"));
    if (!staging.open())
        return failed(Problem::RestoreFailed, staging.errorString());
    staging.close();
    {
        const SqliteFile copy(staging.fileName(), SQLITE_OPEN_READWRITE);
        const QString error = copy.isOpen() ? copyPages(source.get(), copy.get()) : copy.error();
        if (!error.isEmpty())
            return failed(Problem::RestoreFailed, error);
    }
    QString error;
    // Opening migrates it, as at start-up.
    const std::unique_ptr<Connection> migrated = Connection::open(DatabaseConfig::sqlite(staging.fileName()), &error);
    if (!migrated)
        return failed(Problem::RestoreFailed, error);
    error = postgres ? copyTables(migrated->database(), m_db, &checked.rows)
                     : copyPages(handleOf(migrated->database()), live);
    return error.isEmpty() ? checked : failed(Problem::RestoreFailed, error);
}

QString DatabaseBackup::fileNameFor(const QDateTime &localTime)
{
    return QStringLiteral("punchclock-%1.sqlite").arg(localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString DatabaseBackup::manualFileNameFor(const QDateTime &localTime)
{
    return QStringLiteral("punchclock-manual-%1.sqlite").arg(localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

int DatabaseBackup::pruneBackups(const QString &folder, int keep)
{
    // At least one backup survives: a mistyped setting must not delete them all.
    keep = qMax(keep, 1);
    static const QRegularExpression ours(QStringLiteral("^punchclock-\\d{8}-\\d{6}\\.sqlite$"));
    QStringList backups;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("punchclock-*.sqlite")}, QDir::Files, QDir::Name)) {
        if (ours.match(name).hasMatch())
            backups.append(name);
    }
    int deleted = 0;
    for (qsizetype i = 0; i + keep < backups.size(); ++i) {
        if (QFile::remove(dir.filePath(backups.at(i))))
            ++deleted;
        else
            qCWarning(lcStorage) << "cannot delete the old backup" << dir.filePath(backups.at(i));
    }
    return deleted;
}

} // namespace punchclock::storage
