#pragma once

#include "connection.h"
#include "databasebackup.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

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
    static constexpr char LastAtKey[] = "backup.last_at";         // UTC, ISO 8601, of the last attempt
    static constexpr char LastResultKey[] = "backup.last_result"; // "ok" or a resultCode()
    static constexpr char LastFileKey[] = "backup.last_file";     // the file written or attempted
    static constexpr char LastDetailKey[] = "backup.last_detail"; // the driver's words on failure
    static constexpr int DefaultKeep = 14;

    explicit BackupScheduler(storage::DatabaseConfig database, QObject *parent = nullptr);
    ~BackupScheduler() override;

    void start(std::chrono::milliseconds checkInterval = std::chrono::minutes(1));
    void stop();

    // What the scheduler does at each check, on the caller's connection: a backup when one is
    // due at `nowUtc`, recorded in the backup.last_* settings. Returns whether one was attempted.
    static bool runIfDue(QSqlDatabase db, const QDateTime &nowUtc);
    // Records an attempt made by hand (the console's "Back up now") the same way.
    static void recordAttempt(QSqlDatabase db, const QDateTime &nowUtc, const QString &file,
                              const storage::DatabaseBackup::Result &result);
    // The stable word stored in backup.last_result for a problem ("ok", "cannot-write", …).
    static QString resultCode(storage::DatabaseBackup::Problem problem);
    static storage::DatabaseBackup::Problem problemFromCode(const QString &code);

Q_SIGNALS:
    // From the scheduler's thread, after each automatic attempt.
    void backupAttempted(bool ok);

private:
    storage::DatabaseConfig m_database;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace punchclock::engine
