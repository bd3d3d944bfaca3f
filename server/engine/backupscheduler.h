#pragma once

#include "connection.h"
#include "databasebackup.h"
#include "periodicworker.h"
#include "settingsrepository.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace punchclock::engine {

// The daily automatic backup: when `backup.daily` is on and the last attempt is a day old, a
// backup named by DatabaseBackup::fileNameFor() goes to `backup.folder` and the oldest beyond
// `backup.keep` are deleted; a SQLite file of either engine's data. Safe by default: an
// installation that never set these backs up daily into defaultFolder() and keeps DefaultKeep. It works in a thread of its own with
// its own connection, so that copying a large database never stalls the window or the server;
// the settings are read from the database at every check, so the console, the CLI and `serve`
// all steer it.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr char FolderKey[] = "backup.folder";
    static constexpr char KeepKey[] = "backup.keep";
    static constexpr char DailyKey[] = "backup.daily";
    // The last daily attempt, which the schedule follows.
    static constexpr char LastAtKey[] = "backup.last_at";         // UTC, ISO 8601, of the last attempt
    static constexpr char LastResultKey[] = "backup.last_result"; // "ok" or a resultCode()
    static constexpr char LastFileKey[] = "backup.last_file";     // the file written or attempted
    static constexpr char LastDetailKey[] = "backup.last_detail"; // the driver's words on failure
    // The last backup made by hand, the same way; it neither moves nor replaces the daily one.
    static constexpr char ManualAtKey[] = "backup.manual_at";
    static constexpr char ManualResultKey[] = "backup.manual_result";
    static constexpr char ManualFileKey[] = "backup.manual_file";
    static constexpr char ManualDetailKey[] = "backup.manual_detail";
    // The newest backup of either kind that worked, kept when a later attempt fails.
    static constexpr char LastSuccessAtKey[] = "backup.last_success_at";
    static constexpr int DefaultKeep = 14;
    static constexpr char DefaultFolderName[] = "backups";
    // A backup older than this is stale: the Dashboard says so.
    static constexpr int StaleAfterDays = 2;

    // Whether the daily backup is on: unless `backup.daily` was turned off. The ...From
    // functions take the setting's stored text, for a caller that read it already.
    static bool dailyOn(const storage::SettingsRepository &settings);
    static bool dailyOnFrom(const QString &stored);
    // `backup.folder`, or defaultFolder() when none was set.
    static QString folder(const storage::SettingsRepository &settings, const storage::DatabaseConfig &database);
    static QString folder(const storage::SettingsRepository &settings, const QString &sqlitePath);
    static QString folderFrom(const QString &stored, const storage::DatabaseConfig &database);
    // SQLite: <folder of the database>/backups; empty for a database that is not a file.
    // PostgreSQL, which has no folder of its own: backups/ in the user's data folder
    // (~/.local/share/punchclock/backups), where a SQLite database would be.
    static QString defaultFolder(const storage::DatabaseConfig &database);
    static QString defaultFolder(const QString &sqlitePath);
    static int keep(const storage::SettingsRepository &settings);
    static int keepFrom(const QString &stored);
    // When the newest backup that worked was made, daily or by hand; invalid when none did.
    static QDateTime newestSuccessUtc(const storage::SettingsRepository &settings);

    enum class Kind { Daily, Manual };
    struct AttemptKeys
    {
        const char *at;
        const char *result;
        const char *file;
        const char *detail;
    };
    static AttemptKeys keysFor(Kind kind);

    explicit BackupScheduler(storage::DatabaseConfig database, QObject *parent = nullptr);
    ~BackupScheduler() override;

    void start(std::chrono::milliseconds checkInterval = std::chrono::minutes(1));
    void stop();

    // What the scheduler does at each check, on the caller's connection: a backup when one is
    // due at `nowUtc`, recorded in the backup.last_* settings. Returns whether one was attempted.
    static bool runIfDue(QSqlDatabase db, const QDateTime &nowUtc);
    // Records an attempt in the settings of its kind; the console's "Back up now" is Manual.
    static void recordAttempt(QSqlDatabase db, Kind kind, const QDateTime &nowUtc, const QString &file,
                              const storage::DatabaseBackup::Result &result);
    // The stable word stored in backup.last_result for a problem ("ok", "cannot-write", …).
    static QString resultCode(storage::DatabaseBackup::Problem problem);
    static storage::DatabaseBackup::Problem problemFromCode(const QString &code);

Q_SIGNALS:
    // From the scheduler's thread, after each automatic attempt.
    void backupAttempted(bool ok);

private:
    storage::PeriodicWorker m_worker;
};

} // namespace punchclock::engine
