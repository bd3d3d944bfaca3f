#include "backupscheduler.h"

#include "settingsrepository.h"
#include "sqlsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace punchclock::engine {

namespace {

using Problem = storage::DatabaseBackup::Problem;

const QList<std::pair<Problem, const char *>> &resultCodes()
{
    static const QList<std::pair<Problem, const char *>> codes{
        {Problem::None, "ok"},
        {Problem::NotSupported, "not-supported"},
        {Problem::TargetExists, "target-exists"},
        {Problem::CannotWrite, "cannot-write"},
        {Problem::NotFound, "not-found"},
        {Problem::NotSqlite, "not-sqlite"},
        {Problem::Damaged, "damaged"},
        {Problem::NotPunchclock, "not-punchclock"},
        {Problem::NewerSchema, "newer-schema"},
        {Problem::RestoreFailed, "restore-failed"},
    };
    return codes;
}

// A failed attempt is not retried at every check: a missing folder would otherwise fill the
// log once a minute. A day between successful backups, an hour after a failure.
constexpr qint64 dayMs = 24 * 3600 * 1000;
constexpr qint64 retryMs = 3600 * 1000;

} // namespace

BackupScheduler::BackupScheduler(storage::DatabaseConfig database, QObject *parent)
    : QObject(parent)
    , m_worker(std::move(database), QStringLiteral("punchclock-backup"))
{
}

BackupScheduler::~BackupScheduler()
{
    stop();
}

void BackupScheduler::start(std::chrono::milliseconds checkInterval)
{
    m_worker.start(checkInterval, [this](QSqlDatabase db) {
        if (runIfDue(db, QDateTime::currentDateTimeUtc())) {
            const bool ok = storage::SettingsRepository(db).value(QLatin1String(LastResultKey)) == QLatin1String("ok");
            Q_EMIT backupAttempted(ok);
        }
    });
}

void BackupScheduler::stop()
{
    m_worker.stop();
}

bool BackupScheduler::runIfDue(QSqlDatabase db, const QDateTime &nowUtc)
{
    storage::SettingsRepository settings(db);
    storage::DatabaseConfig database;
    database.driver = db.driverName();
    database.path = db.databaseName();
    const QString folder = BackupScheduler::folder(settings, database);
    if (!dailyOn(settings) || folder.isEmpty())
        return false;
    const QDateTime lastAt = QDateTime::fromString(settings.value(QLatin1String(LastAtKey)), Qt::ISODateWithMs);
    if (lastAt.isValid()) {
        const bool lastFailed = settings.value(QLatin1String(LastResultKey)) != QLatin1String("ok");
        if (lastAt.msecsTo(nowUtc) < (lastFailed ? retryMs : dayMs))
            return false;
    }

    const QString file = QDir(folder).filePath(storage::DatabaseBackup::fileNameFor(nowUtc.toLocalTime()));
    storage::DatabaseBackup::Result result;
    if (!QDir().mkpath(folder)) {
        result.problem = Problem::CannotWrite;
        result.detail = folder;
    } else {
        result = storage::DatabaseBackup(db).backupTo(file);
    }
    if (result.ok()) {
        storage::DatabaseBackup::pruneBackups(folder, keep(settings));
    } else {
        qCWarning(lcStorage) << "automatic backup to" << file << "failed:" << resultCode(result.problem)
                             << result.detail;
    }
    recordAttempt(db, Kind::Daily, nowUtc, file, result);
    return true;
}

bool BackupScheduler::dailyOn(const storage::SettingsRepository &settings)
{
    return dailyOnFrom(settings.value(QLatin1String(DailyKey)));
}

bool BackupScheduler::dailyOnFrom(const QString &stored)
{
    return stored != QLatin1String("0");
}

QString BackupScheduler::folder(const storage::SettingsRepository &settings, const storage::DatabaseConfig &database)
{
    return folderFrom(settings.value(QLatin1String(FolderKey)), database);
}

QString BackupScheduler::folderFrom(const QString &stored, const storage::DatabaseConfig &database)
{
    return stored.isEmpty() ? defaultFolder(database) : stored;
}

QString BackupScheduler::folder(const storage::SettingsRepository &settings, const QString &sqlitePath)
{
    return folder(settings, storage::DatabaseConfig::sqlite(sqlitePath));
}

QString BackupScheduler::defaultFolder(const storage::DatabaseConfig &database)
{
    if (!database.isPostgres())
        return defaultFolder(database.path);
    // Spelled out as app::databasePath() does: AppDataLocation would add the organisation.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return data.isEmpty() ? QString() : data + QStringLiteral("/punchclock/") + QLatin1String(DefaultFolderName);
}

QString BackupScheduler::defaultFolder(const QString &sqlitePath)
{
    const QFileInfo database(sqlitePath);
    // Qt takes ":memory:" for an absolute resource path.
    if (sqlitePath.isEmpty() || sqlitePath.startsWith(QLatin1Char(':')) || !database.isAbsolute())
        return {};
    return database.dir().filePath(QLatin1String(DefaultFolderName));
}

int BackupScheduler::keep(const storage::SettingsRepository &settings)
{
    return keepFrom(settings.value(QLatin1String(KeepKey)));
}

int BackupScheduler::keepFrom(const QString &stored)
{
    bool ok = false;
    const int kept = stored.toInt(&ok);
    return ok && kept > 0 ? kept : DefaultKeep;
}

QDateTime BackupScheduler::newestSuccessUtc(const storage::SettingsRepository &settings)
{
    QDateTime newest = QDateTime::fromString(settings.value(QLatin1String(LastSuccessAtKey)), Qt::ISODateWithMs);
    // Attempts recorded before LastSuccessAtKey existed.
    for (const Kind kind : {Kind::Daily, Kind::Manual}) {
        const AttemptKeys keys = keysFor(kind);
        if (settings.value(QLatin1String(keys.result)) != QLatin1String("ok"))
            continue;
        const QDateTime at = QDateTime::fromString(settings.value(QLatin1String(keys.at)), Qt::ISODateWithMs);
        if (at.isValid() && (!newest.isValid() || at > newest))
            newest = at;
    }
    return newest;
}

BackupScheduler::AttemptKeys BackupScheduler::keysFor(Kind kind)
{
    if (kind == Kind::Manual)
        return {ManualAtKey, ManualResultKey, ManualFileKey, ManualDetailKey};
    return {LastAtKey, LastResultKey, LastFileKey, LastDetailKey};
}

void BackupScheduler::recordAttempt(QSqlDatabase db, Kind kind, const QDateTime &nowUtc, const QString &file,
                                    const storage::DatabaseBackup::Result &result)
{
    storage::SettingsRepository settings(db);
    const AttemptKeys keys = keysFor(kind);
    settings.setValue(QLatin1String(keys.at), nowUtc.toUTC().toString(Qt::ISODateWithMs));
    settings.setValue(QLatin1String(keys.result), resultCode(result.problem));
    settings.setValue(QLatin1String(keys.file), file);
    settings.setValue(QLatin1String(keys.detail), result.detail);
    if (result.ok())
        settings.setValue(QLatin1String(LastSuccessAtKey), nowUtc.toUTC().toString(Qt::ISODateWithMs));
}

QString BackupScheduler::resultCode(storage::DatabaseBackup::Problem problem)
{
    for (const auto &[known, code] : resultCodes()) {
        if (known == problem)
            return QLatin1String(code);
    }
    return QStringLiteral("unknown");
}

storage::DatabaseBackup::Problem BackupScheduler::problemFromCode(const QString &code)
{
    for (const auto &[problem, known] : resultCodes()) {
        if (code == QLatin1String(known))
            return problem;
    }
    return Problem::CannotWrite;
}

} // namespace punchclock::engine
