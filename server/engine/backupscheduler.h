#pragma once

#include "connection.h"
#include "databasebackup.h"
#include "periodicworker.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace punchclock::engine {

// The daily automatic backup: when `backup.daily` is on and the last attempt is a day old, a
// backup named by DatabaseBackup::fileNameFor() goes to `backup.folder` and the oldest beyond
// `backup.keep` are deleted. It works in a thread of its own with its own connection, so that
// copying a large database never stalls the window or the server; the settings are read
// from the database at every check, so the console, the CLI and `serve` all steer it.
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
    static constexpr int DefaultKeep = 14;

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
