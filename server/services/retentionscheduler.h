#pragma once

#include "privacyadmin.h"

#include "periodicworker.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <optional>

namespace punchclock::services {

// The daily purge of biometrics past their retention (PrivacyAdmin::purgeExpired), in the
// console and in `serve`. It checks once an hour, in a thread of its own with its own
// connection (storage::PeriodicWorker); the setting and the last run are read from the
// database at every check, so whichever process checks first that day purges, and the others
// find it done.
class RetentionScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr char LastRunKey[] = "privacy.last_purge_at";        // UTC, ISO 8601
    static constexpr char LastResultKey[] = "privacy.last_purge_result"; // "ok", or why it failed
    static constexpr char LastCountKey[] = "privacy.last_purge_users";   // whose biometrics went

    explicit RetentionScheduler(storage::DatabaseConfig database, QObject *parent = nullptr);
    ~RetentionScheduler() override; // stops first: a check in flight signals through this object

    void start(std::chrono::milliseconds checkInterval = std::chrono::hours(1));
    void stop();

    // One check on the caller's connection: while retention is on and no purge ran in the day
    // before nowUtc, purges as Actor::system("biometric retention") and records the run in the
    // settings above. nullopt when nothing was due.
    static std::optional<PurgeResult> runIfDue(QSqlDatabase db, const QDateTime &nowUtc);

Q_SIGNALS:
    // From the scheduler's thread, after each purge.
    void purgeRan(bool ok, int users);

private:
    storage::PeriodicWorker m_worker;
};

} // namespace punchclock::services
